#!/usr/bin/env python
"""Same as the `noaber` command, for those used to manage.py."""

from noaber.cli import main

if __name__ == "__main__":
    main()
