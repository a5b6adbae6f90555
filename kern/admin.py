from django.contrib import admin

from noaber.admin_scopes import TenantOnlyAdmin

from kern.models import Inwoner


@admin.register(Inwoner)
class InwonerAdmin(TenantOnlyAdmin, admin.ModelAdmin):
    list_display = ["achternaam", "voornaam", "dorp"]
    search_fields = ["achternaam", "voornaam", "straat", "telefoon"]
