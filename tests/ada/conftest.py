"""The ADA toolbox's tests share the Leerkring's world: its content, staff, photos in tmp."""

from tests.leerkring.conftest import media_in_tmp, staf, toolbox  # noqa: F401
