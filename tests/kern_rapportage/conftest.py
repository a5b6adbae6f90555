import pytest
from faker import Faker


@pytest.fixture
def wedde_demo(wedde_db, wereld):
    """Wedde's schema seeded as `noaber demo` seeds it (residents, then MDO/activities/history)."""
    from kern.demo import seed_tenant as kern_seed
    from kern.demo_rapportage import seed_tenant

    faker = Faker("nl_NL")
    faker.seed_instance("test-wedde")
    kern_seed(organisatie=wereld.wedde, faker=faker, residents=12)
    seed_tenant(organisatie=wereld.wedde, faker=faker, residents=12)
    return wereld.wedde
