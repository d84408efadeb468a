#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file with translatable strings is missing from po/POTFILES.in, or when
POTFILES.in names a file that does not exist (xgettext would stop on it)."""

import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {line.strip() for line in (root / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}

marks = {".c": re.compile(r"\b(N?_|ngettext|C_)\s*\("), ".ui": re.compile(r'translatable="yes"')}
needed = set()
for folder in ("src", "ui", "data"):
    for path in (root / folder).rglob("*"):
        mark = marks.get(path.suffix)
        if mark and mark.search(path.read_text(encoding="utf-8")):
            needed.add(str(path.relative_to(root)))

missing = sorted(needed - listed)
absent = sorted(name for name in listed if not (root / name).exists())
for name in missing:
    print(f"po/POTFILES.in lacks {name}, which has translatable strings")
for name in absent:
    print(f"po/POTFILES.in names {name}, which does not exist")
sys.exit(1 if missing or absent else 0)
