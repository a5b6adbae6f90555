"""Loaded with `-p noaber.pytest_plugin`, before pytest-django reads the settings.

Tests run against real PostgreSQL: DATABASE_URL when set, otherwise the
embedded server in var/pgdata (pytest-django makes its own test database there).
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noaber.settings")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")
os.environ.setdefault("ALLOWED_HOSTS", ".localhost,localhost,testserver,127.0.0.1")
os.environ.setdefault("NOABER_DOMAIN", "localhost")
# Same settings on both database paths: production-like, without collectstatic.
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("STATICFILES_MANIFEST", "false")

from noaber.cli import setup_environment  # noqa: E402

setup_environment()

# whitenoise warns about a missing STATIC_ROOT until collectstatic has run.
os.makedirs(os.path.join(os.path.dirname(__file__), "..", "..", "var", "static"), exist_ok=True)
