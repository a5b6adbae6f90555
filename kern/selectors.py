"""Reads for a foundation's pages. Call inside the tenant's schema."""

from __future__ import annotations

from dataclasses import dataclass

from kern.models import Inwoner


@dataclass(frozen=True)
class Dashboard:
    inwoners: int


def dashboard_for(*, lidmaatschap) -> Dashboard:
    return Dashboard(inwoners=Inwoner.objects.count())
