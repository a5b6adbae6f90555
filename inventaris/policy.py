"""Who may do what in the shared layer: one place.

The map and the application form are public. Editing the inventory, the
provincial overview and approving applications are for Groninger Dorpen
staff (User.is_platformstaf); MfaRequiredMiddleware already demands TOTP of them.
"""

from __future__ import annotations

from tenants.rollen import is_staf, staf_required  # noqa: F401 - the one staff check
