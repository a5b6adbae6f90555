from tenants.rollen import rechtnamen_voor
from tenants.selectors import lidmaatschappen_of


def tenancy(request):
    """The current foundation, the person's membership and the rights it holds (menus)."""
    tenant = getattr(request, "tenant", None)
    user = getattr(request, "user", None)

    def memberships():
        return list(lidmaatschappen_of(user)) if user and user.is_authenticated else []

    return {
        "tenant": tenant if tenant is not None and not tenant.is_public else None,
        "lidmaatschap": getattr(request, "lidmaatschap", None),
        "rechten": rechtnamen_voor(getattr(request, "lidmaatschap", None)),
        "mijn_lidmaatschappen": memberships,
    }
