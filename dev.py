#!/usr/bin/env python3
"""Install everything and run Noaber: `python3 dev.py demo` or `python3 dev.py test`.

Needs only Python 3 and git. It fetches uv from PyPI, lets uv find (or fetch) a
Python 3.11/3.12 interpreter, installs the locked dependencies into .venv/,
installs Debian's Chromium and poppler-utils for the tests when missing, then runs the
demo or the whole test suite. The database is the embedded PostgreSQL in
var/pgdata unless DATABASE_URL is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
TOOLS = ROOT / "var" / "tools"
UV_VERSION = "0.13.9"
CHROMIUM = Path("/usr/bin/chromium")


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def run(cmd: list[str], **kwargs) -> None:
    result = subprocess.run(cmd, cwd=ROOT, **kwargs)  # noqa: S603
    if result.returncode != 0:
        sys.exit(result.returncode)


def uv() -> str:
    """uv from PyPI, in a private tool venv (never inside .venv, which uv manages)."""
    found = shutil.which("uv")
    if found:
        return found
    binary = TOOLS / "bin" / "uv"
    if not binary.exists():
        say(f"uv {UV_VERSION} installeren in {TOOLS}")
        run([sys.executable, "-m", "venv", str(TOOLS)])
        run([str(TOOLS / "bin" / "python"), "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"])
    return str(binary)


def setup(*, browsers: bool) -> None:
    # uv picks a Python the project allows (>=3.11,<3.13), downloading one if needed.
    run([uv(), "sync", "--frozen", "--quiet"])
    if browsers:
        ensure_test_tools()


# Debian packages the tests drive: the browser for walkthroughs, pdftoppm to render report PDFs.
TEST_TOOLS = {"chromium": CHROMIUM, "poppler-utils": Path("/usr/bin/pdftoppm")}


def ensure_test_tools() -> None:
    missing = [package for package, path in TEST_TOOLS.items() if not path.exists()]
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt is None:
        say(f"geen apt-get: tests die {', '.join(missing)} nodig hebben worden overgeslagen")
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say(f"geen root of sudo: tests die {', '.join(missing)} nodig hebben worden overgeslagen")
        return
    say(f"Debian-pakketten installeren voor de tests: {', '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", *missing], env=env)


def main(argv: list[str]) -> None:
    command = argv[1] if len(argv) > 1 else "help"
    rest = argv[2:]
    if command == "setup":
        setup(browsers=True)
    elif command == "demo":
        setup(browsers=False)
        os.execv(str(VENV / "bin" / "noaber"), ["noaber", "demo", *rest])  # noqa: S606
    elif command == "test":
        setup(browsers=True)
        run([str(VENV / "bin" / "ruff"), "check", "."])
        run([str(VENV / "bin" / "ruff"), "format", "--check", "--quiet", "."])
        # Types of the writes, reads, access rules and the tenant contract (pyproject [tool.mypy]).
        # django-stubs reads the settings, which want a database URL; mypy never connects.
        mypy_env = {"DATABASE_URL": "postgresql://mypy@localhost/mypy", **os.environ}
        run([str(VENV / "bin" / "mypy")], env={**mypy_env, "DEBUG": "true"})
        os.execv(str(VENV / "bin" / "pytest"), ["pytest", *rest])  # noqa: S606
    else:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)


if __name__ == "__main__":
    main(sys.argv)
