"""Reference data from the Groninger Dorpen inventory (tenants/data/inventaris.json)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "inventaris.json"


@cache
def load() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def initiatief(slug: str) -> dict:
    for item in load()["initiatieven"]:
        if item["slug"] == slug:
            return item
    raise KeyError(slug)


def demo_initiatieven() -> list[dict]:
    return [item for item in load()["initiatieven"] if item["demo"]]
