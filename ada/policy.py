"""Who may do what in the ADA toolbox (the one policy module of this app).

Reading is for everyone, published projects only. A foundation's coordinator or board
submits a project (tenants.rollen's PROJECT_DELEN); Groninger Dorpen staff review it and
alone see what is not yet published.
"""

from __future__ import annotations

from tenants.models import Lidmaatschap
from tenants.rollen import Recht, is_staf, mag

__all__ = ["is_staf", "may_submit_project"]


def may_submit_project(lidmaatschap: Lidmaatschap | None) -> bool:
    return mag(lidmaatschap, Recht.PROJECT_DELEN)
