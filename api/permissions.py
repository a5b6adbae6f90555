from rest_framework.permissions import BasePermission

from tenants.rollen import Recht, mag


class IsTenantMember(BasePermission):
    """Only members of the foundation whose domain this is (set by tenants.middleware)."""

    message = "Je bent geen lid van deze organisatie."

    def has_permission(self, request, view):
        return bool(request.user.is_authenticated and getattr(request, "lidmaatschap", None))


class IsCoordinator(IsTenantMember):
    """Those who keep the case files (the role table's DOSSIERS_SCHRIJVEN: the coordinator)."""

    message = "Alleen de dorpsondersteuner (coördinator) mag dit zien."

    def has_permission(self, request, view):
        return super().has_permission(request, view) and mag(
            request.lidmaatschap, Recht.DOSSIERS_SCHRIJVEN
        )
