"""Demo data for MDO, activities and reports. Call inside the tenant's schema."""


def seed_tenant(*, organisatie, faker, residents: int) -> None:
    """Nothing yet: filled in with the MDO/activities work."""
