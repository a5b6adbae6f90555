"""Fill platform/locale/en/LC_MESSAGES/django.po from scripts/en/*.json, then compile.

Run: .venv/bin/python scripts/translate_en.py  (after `noaber makemessages -l en ...`)
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "platform/locale/en/LC_MESSAGES/django.po"
TABLE = {}
for part in sorted((ROOT / "scripts/en").glob("*.json")):  # one file per app, no merge conflicts
    TABLE.update(json.loads(part.read_text(encoding="utf-8")))

ENTRY = re.compile(r'(msgid ((?:"(?:[^"\\]|\\.)*"\s*)+))msgstr ((?:"(?:[^"\\]|\\.)*"\s*)+)', re.M)


def join(chunks: str) -> str:
    return "".join(json.loads(c) for c in re.findall(r'"(?:[^"\\]|\\.)*"', chunks))


def fill(match: re.Match) -> str:
    msgid = join(match.group(2))
    current = join(match.group(3))
    english = TABLE.get(msgid)
    if not msgid or english is None or current:
        return match.group(0)
    return f"{match.group(1)}msgstr {json.dumps(english, ensure_ascii=False)}\n\n"


text = PO.read_text(encoding="utf-8")
text = text.replace("#, fuzzy\n", "", 1)
PO.write_text(ENTRY.sub(fill, text), encoding="utf-8")
missing = [
    m for m in (join(x.group(2)) for x in ENTRY.finditer(PO.read_text())) if m and m not in TABLE
]
if missing:
    print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
subprocess.run(["msgfmt", "-o", str(PO.with_suffix(".mo")), str(PO)], check=True)
