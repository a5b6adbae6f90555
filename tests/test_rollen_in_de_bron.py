"""Roles are compared in one place: tenants/rollen.py. Everything else asks for a right.

Reads the project's own Python and templates (not migrations, not tests) and fails on a
comparison with a role, such as ``rol == "coordinator"``, ``lid.rol != lid.Rol.BESTUUR`` or
``{% if rol == "vrijwilliger" %}``, and on a role name as a string literal next to ``rol``.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = [
    "activiteiten",
    "ada",
    "api",
    "inventaris",
    "kern",
    "leerkring",
    "mdo",
    "platform",
    "rapportage",
    "tenants",
]
# The table itself, the model whose choices the roles are, and the one service that grants a
# membership (it compares the role it is given with the stored one).
TOEGESTAAN = {Path("tenants/rollen.py"), Path("tenants/models.py"), Path("tenants/services.py")}
ROLNAMEN = "coordinator|vrijwilliger|bestuur|alleen-lezen"
VERGELIJKING = re.compile(
    rf"""\brol\b\s*(==|!=)|(==|!=)\s*[\w.]*\brol\b|
    \bRol\.(COORDINATOR|VRIJWILLIGER|BESTUUR|ALLEEN_LEZEN)\b\s*(==|!=)|
    (==|!=)\s*[\w.]*\bRol\.(COORDINATOR|VRIJWILLIGER|BESTUUR|ALLEEN_LEZEN)\b|
    \brol\b[^\n]{{0,20}}["']({ROLNAMEN})["']""",
    re.VERBOSE,
)


def _bronbestanden():
    for app in APPS:
        for pad in sorted((ROOT / app).rglob("*")):
            relatief = pad.relative_to(ROOT)
            if pad.suffix not in {".py", ".html"} or "migrations" in relatief.parts:
                continue
            if relatief not in TOEGESTAAN:
                yield relatief, pad


def test_geen_rol_vergeleken_buiten_de_rollentabel():
    gevonden = [
        f"{relatief}:{nummer}: {regel.strip()}"
        for relatief, pad in _bronbestanden()
        for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1)
        if VERGELIJKING.search(regel)
    ]
    assert not gevonden, "vraag tenants.rollen om een recht:\n" + "\n".join(gevonden)


def test_de_controle_herkent_een_rolvergelijking():
    for regel in (
        'if lid.rol == "coordinator":',
        "return lid.rol != lid.Rol.BESTUUR",
        '{% if rol == "vrijwilliger" %}',
        "if Lidmaatschap.Rol.COORDINATOR == lid.rol:",
        '{% with rol=lidmaatschap.rol %}{% if rol == "bestuur" or x %}',
    ):
        assert VERGELIJKING.search(regel), regel
    for regel in (
        "lidmaatschap_grant(user=u, organisatie=o, rol=Lidmaatschap.Rol.COORDINATOR)",
        'soort = "vrijwilliger"',
        "if mag(lid, Recht.MDO):",
    ):
        assert not VERGELIJKING.search(regel), regel
