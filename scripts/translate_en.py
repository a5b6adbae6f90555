"""Fill platform/locale/en/LC_MESSAGES/django.po from scripts/en/*.json, then compile.

Run after `noaber makemessages -l en --ignore=.venv --ignore=var --ignore=tests --ignore=bench`:
    .venv/bin/python scripts/translate_en.py
Each app keeps its own table (scripts/en/<app>.json: Dutch msgid → English), so parallel work
never conflicts on the .po file. A plural entry takes msgid_plural's English from the table
too (falling back to the singular). Entries msgmerge guessed ("fuzzy") are replaced.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "platform/locale/en/LC_MESSAGES/django.po"
TABLE: dict[str, str] = {}
for part in sorted((ROOT / "scripts/en").glob("*.json")):
    TABLE.update(json.loads(part.read_text(encoding="utf-8")))

STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _value(lines: list[str], keyword: str) -> str | None:
    """The (possibly multi-line) string after `keyword` in an entry."""
    for i, line in enumerate(lines):
        if line.startswith(keyword + " "):
            chunks = [line[len(keyword) + 1 :]]
            for follow in lines[i + 1 :]:
                if not follow.startswith('"'):
                    break
                chunks.append(follow)
            return "".join(json.loads(c) for c in STRING.findall(" ".join(chunks)))
    return None


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def translate(entry: str) -> tuple[str, str | None]:
    lines = entry.split("\n")
    msgid = _value(lines, "msgid")
    if not msgid:
        return entry, None  # the header
    if msgid not in TABLE:
        done = _value(lines, "msgstr") or _value(lines, "msgstr[0]")
        return entry, None if done and "#, fuzzy" not in entry else msgid
    plural = _value(lines, "msgid_plural")
    head = []
    for line in lines:
        if line.startswith("msgstr"):
            break  # the old translation and its continuation lines go
        if line.startswith("#,"):
            flags = [f.strip() for f in line[2:].split(",") if f.strip() != "fuzzy"]
            if flags:
                head.append("#, " + ", ".join(flags))
            continue
        if line.startswith("#|"):
            continue  # msgmerge's note of the previous msgid, gone with the fuzzy flag
        head.append(line)
    if plural is None:
        head.append(f"msgstr {_quote(TABLE[msgid])}")
    else:
        head.append(f"msgstr[0] {_quote(TABLE[msgid])}")
        head.append(f"msgstr[1] {_quote(TABLE.get(plural, TABLE[msgid]))}")
    return "\n".join(head), None


def main() -> None:
    text = PO.read_text(encoding="utf-8")
    entries = text.strip("\n").split("\n\n")
    out, missing = [], []
    for entry in entries:
        new, untranslated = translate(entry)
        out.append(new)
        if untranslated:
            missing.append(untranslated)
    out[0] = out[0].replace("#, fuzzy\n", "", 1)
    PO.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    mo = PO.with_suffix(".mo")
    subprocess.run(["msgfmt", "--check-format", "-o", str(mo), str(PO)], check=True)


if __name__ == "__main__":
    main()
