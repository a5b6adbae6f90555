from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from noaber.admin_scopes import PublicOnlyAdmin
from tenants.models import Domain, Dorp, Gemeente, Lidmaatschap, Organisatie, User


@admin.register(Gemeente)
class GemeenteAdmin(PublicOnlyAdmin, admin.ModelAdmin):
    list_display = ["naam"]


@admin.register(Dorp)
class DorpAdmin(PublicOnlyAdmin, admin.ModelAdmin):
    list_display = ["naam", "gemeente", "lat", "lon"]
    list_filter = ["gemeente"]


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


@admin.register(Organisatie)
class OrganisatieAdmin(PublicOnlyAdmin, admin.ModelAdmin):
    list_display = ["naam", "slug", "soort", "status", "gemeente"]
    list_filter = ["soort", "status", "gemeente"]
    readonly_fields = ["schema_name"]
    inlines = [DomainInline]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(PublicOnlyAdmin, admin.ModelAdmin):
    list_display = ["user", "organisatie", "rol", "actief"]
    list_filter = ["rol", "organisatie"]


@admin.register(User)
class UserAdmin(PublicOnlyAdmin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_platformstaf", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Persoon", {"fields": ("first_name", "last_name")}),
        ("Rechten", {"fields": ("is_active", "is_platformstaf", "is_staff", "is_superuser")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
