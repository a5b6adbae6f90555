from django.contrib import admin

from kern.models import Inwoner
from noaber.admin_scopes import TenantOnlyAdmin


@admin.register(Inwoner)
class InwonerAdmin(TenantOnlyAdmin, admin.ModelAdmin):
    list_display = ["achternaam", "voornaam", "dorp"]
    search_fields = ["achternaam", "voornaam", "straat", "telefoon"]
