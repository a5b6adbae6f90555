"""Bring the English catalogues in step with the code, one per app, and compile them.

    .venv/bin/python scripts/messages.py

Each directory in APPS has its own catalogue, <dir>/locale/en/LC_MESSAGES/django.po; that
file is the source of truth, translated by hand. For every directory this runs
`django-admin makemessages -l en` inside it, so a catalogue holds only its own app's strings,
and fills entries that are still empty from all catalogues as they were before the run
(`msgmerge --compendium`): an app split off, or code moved between apps, keeps its
translations. Then it compiles each catalogue to the django.mo beside it, which is committed
(deployments do not run compilemessages). No settings or database are needed.

Adding an app, e.g. `mdo` split off from kern: add it to INSTALLED_APPS (Django only reads the
catalogues of installed apps) and to APPS below, run this script, commit mdo/locale/, and give
it a sample text in VOORBEELDEN in tests/test_vertalingen.py. (`api` has no UI strings yet.)

The script ends with a list of what needs a hand: untranslated entries; fuzzy ones (a guess by
msgmerge for a changed string, or catalogues that disagreed about one Dutch text); and a Dutch
text translated differently in two catalogues. Django merges all catalogues into one, so such
a text gets one translation everywhere: make them equal, or, where the meanings really differ,
give one side a context (pgettext, `{% translate "…" context "…" %}`).
tests/test_vertalingen.py fails on the same three.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Directories with UI strings, relative to ROOT. "platform" holds the project's templates and
# the noaber package; its catalogue is settings.LOCALE_PATHS. The others are INSTALLED_APPS.
APPS = [
    "platform",
    "tenants",
    "inventaris",
    "leerkring",
    "ada",
    "kern",
    "mdo",
    "activiteiten",
    "rapportage",
]

IGNORE = ["migrations", "tests", "static", "locale"]
HEADER_COMMENT = "# English for Noaber ({app}); translate here, see scripts/messages.py."


def catalogue(app: str) -> Path:
    return ROOT / app / "locale" / "en" / "LC_MESSAGES" / "django.po"


@dataclass(frozen=True)
class Entry:
    context: str | None
    msgid: str
    msgstr: tuple[str, ...]  # one per plural form
    fuzzy: bool

    @property
    def name(self) -> str:
        return self.msgid if self.context is None else f"{self.msgid} (context {self.context})"


def read_po(path: Path) -> list[Entry]:
    """The entries of a catalogue, the header (msgid "") first; obsolete ones (#~) left out."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        fuzzy, keyword = False, ""
        for line in block.splitlines():
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in (flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#") or not line.strip():
                continue
            elif line.startswith('"'):
                fields[keyword] += json.loads(line)
            else:
                keyword, _, value = line.partition(" ")
                fields[keyword] = json.loads(value)
        if "msgid" in fields:
            msgstr = tuple(v for k, v in sorted(fields.items()) if k.startswith("msgstr"))
            entries.append(Entry(fields.get("msgctxt"), fields["msgid"], msgstr, fuzzy))
    return entries


def unfinished(po: Path) -> list[str]:
    """Entries that are fuzzy (a guess, or catalogues that disagreed) or untranslated."""
    found = []
    for entry in read_po(po):
        if entry.fuzzy:
            found.append(f"fuzzy: {entry.name or '(header)'}")
        elif entry.msgid and not all(entry.msgstr):
            found.append(f"untranslated: {entry.name}")
    return found


def conflicts(catalogues: dict[str, Path]) -> list[str]:
    """Dutch texts (with the same context, or none) that two catalogues translate differently."""
    seen: dict[tuple[str | None, str], tuple[str, tuple[str, ...]]] = {}
    found = []
    for app, po in catalogues.items():
        for entry in read_po(po):
            if not entry.msgid or entry.fuzzy or not all(entry.msgstr):
                continue
            first, english = seen.setdefault((entry.context, entry.msgid), (app, entry.msgstr))
            if entry.msgstr != english:
                found.append(
                    f"{entry.name!r}: {first} {' / '.join(english)!r}"
                    f" ≠ {app} {' / '.join(entry.msgstr)!r}"
                )
    return found


def _run(*args: str | Path, **kwargs) -> None:
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def makemessages(app: str) -> None:
    # makemessages files an app's strings under the nearest locale/ it finds; without one here
    # they would have nowhere to go.
    (ROOT / app / "locale").mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    options = ["-l", "en", "--no-obsolete", "--add-location=file"]
    options += [f"--ignore={pattern}" for pattern in IGNORE]
    # django-admin, not `python -m django`: that would put the app first on sys.path, where
    # tenants/selectors.py shadows the standard library's selectors.
    django_admin = Path(sys.executable).with_name("django-admin")
    _run(django_admin, "makemessages", *options, cwd=ROOT / app, env=env)


def fill(po: Path, compendium: Path) -> None:
    """Give empty entries the translation another catalogue had; own translations stay."""
    # msgmerge prefers the entry in its first file, and counts an empty plural entry as
    # translated; so that file holds only this catalogue's translated entries.
    own = po.with_suffix(".own")
    _run("msgattrib", "--force-po", "--translated", "-o", own, po)
    _run(
        "msgmerge",
        "--quiet",
        "--previous",
        "--no-fuzzy-matching",
        f"--compendium={compendium}",
        "-o",
        po,
        own,
        po,
    )
    own.unlink()


def settle_header(po: Path, app: str) -> None:
    """A new catalogue starts with gettext's template header: fuzzy, no language."""
    header, end, body = po.read_text(encoding="utf-8").partition("\n\n")
    lines = [line for line in header.split("\n") if line != "#, fuzzy"]
    if lines[0] == "# SOME DESCRIPTIVE TITLE.":
        lines = [HEADER_COMMENT.format(app=app), *lines[lines.index('msgid ""') :]]
    header = "\n".join(lines).replace('"Language: \\n"', '"Language: en\\n"')
    po.write_text(header + end + body, encoding="utf-8")


def main() -> int:
    existing = [catalogue(app) for app in APPS if catalogue(app).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        compendium = Path(tmp) / "compendium.po"
        if existing:
            # Catalogues that disagree come out fuzzy with both translations, never one silently.
            _run("msgcat", "-o", compendium, *existing)
        for app in APPS:
            makemessages(app)
            settle_header(catalogue(app), app)
            if existing:
                fill(catalogue(app), compendium)
    for app in APPS:
        po = catalogue(app)
        _run("msgfmt", "--check-format", "-o", po.with_suffix(".mo"), po)
    found = [f"{app}: {problem}" for app in APPS for problem in unfinished(catalogue(app))]
    found += [f"conflict: {c}" for c in conflicts({app: catalogue(app) for app in APPS})]
    print(*found, sep="\n", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
