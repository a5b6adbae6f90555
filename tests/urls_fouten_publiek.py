"""Test-only URLconf of the shared layer: its own URLs plus the views of tests/urls_fouten.py."""

from django.urls import path

from noaber.urls_public import handler403, handler404, handler500  # noqa: F401
from noaber.urls_public import urlpatterns as gedeeld
from tests.urls_fouten import ontsnap

urlpatterns = [path("test-fout/<str:soort>/", ontsnap), *gedeeld]
