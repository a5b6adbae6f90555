"""List limits shared by kern's selectors."""

from __future__ import annotations

LIJST_MAX = 50
DASHBOARD_MAX = 15
