#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations that ship: every language named in po/LINGUAS.

    check-translations.py SOURCE_ROOT
        checks po/LANG.po for each LANG in po/LINGUAS;
    check-translations.py SOURCE_ROOT --po FILE
        checks FILE alone (to try the check on a broken copy).

A translation passes when it has an entry for every string xgettext finds in the files of
po/POTFILES.in, no entry is fuzzy and none is left untranslated (every plural form
included), it gives as many plural forms as its Plural-Forms header says, each translation of
a C format string has the same conversions as the original (the same types at the same
positions: "%1$s" may move, a plain "%s" may not), and a label keeps as many underscores as its
original, so a menu item keeps its mnemonic. msgfmt --check checks the formats too, but not
the rest. Every problem is printed, with the file and line of its entry."""

import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

# A printf conversion: an optional position, flags, width, precision, length and the type.
CONVERSION = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?"
                        r"(hh|h|ll|l|L|q|j|z|Z|t)?([diouxXeEfFgGaAcspn%])")
SAME_TYPE = {"i": "d", "F": "f", "E": "e", "G": "g", "X": "x"}


def unquote(text):
    """The value of one quoted PO string."""
    body = text.strip()[1:-1]
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), "\\" + m.group(1)), body)


def parse(path):
    """The entries of a PO file, obsolete ones left out: dicts of msgid, msgid_plural,
    msgstr (a list), flags and the line the entry starts on."""
    entries = []
    entry = None
    field = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#~"):
            if line.strip() == "" and entry is not None:
                # Only comments before an obsolete (#~) entry make no entry.
                if entry["msgid"] is not None:
                    entries.append(entry)
                entry = None
            continue
        if entry is None:
            entry = {"line": number, "flags": set(), "msgctxt": None, "msgid": None,
                     "msgid_plural": None, "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")\s*$', line)
        if match:
            keyword, index, value = match.groups()
            if keyword == "msgstr":
                field = ("msgstr", int(index or 0))
                entry["msgstr"][field[1]] = unquote(value)
            else:
                field = (keyword, None)
                entry[keyword] = unquote(value)
        elif line.startswith('"') and field is not None:
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += unquote(line)
            else:
                entry[field[0]] += unquote(line)
        else:
            raise ValueError(f"{path}:{number}: cannot read {line!r}")
    if entry is not None and entry["msgid"] is not None:
        entries.append(entry)
    return entries


# The strings xgettext takes from the sources: meson's 'glib' preset (po/meson.build).
XGETTEXT_ARGS = ["--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_",
                 "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2",
                 "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3"]


def template(root):
    """The msgids (with their contexts) of every file in po/POTFILES.in, as xgettext finds
    them; None when there is no xgettext."""
    xgettext = shutil.which("xgettext")
    if xgettext is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        pot = pathlib.Path(folder) / "waymark.pot"
        subprocess.run([xgettext, *XGETTEXT_ARGS, "--files-from=po/POTFILES.in",
                        f"--output={pot}"], cwd=root, check=True)
        return {(e["msgctxt"], e["msgid"]) for e in parse(pot) if e["msgid"]}


def missing(path, wanted):
    """The strings of the sources that @path has no entry for, as printable lines."""
    have = {(e["msgctxt"], e["msgid"]) for e in parse(path)}
    return [f"{path}: no entry for {msgid[:60]!r}" + (f" (context {context!r})" if context else "")
            + ": run `meson compile -C build waymark-pot` and msgmerge, then translate it"
            for context, msgid in sorted(wanted - have, key=lambda key: (key[1], key[0] or ""))]


def conversions(text):
    """The conversions of a format string, as {position: type}; None if it mixes plain and
    numbered ones or numbers one position twice with different types."""
    found = {}
    plain = numbered = False
    next_position = 1
    for match in CONVERSION.finditer(text):
        position, length, kind = match.groups()
        if kind == "%":
            continue
        kind = (length or "") + SAME_TYPE.get(kind, kind)
        if position:
            numbered = True
            position = int(position)
        else:
            plain = True
            position = next_position
            next_position += 1
        if found.get(position, kind) != kind:
            return None
        found[position] = kind
    return None if plain and numbered else found


def nplurals(header):
    match = re.search(r"nplurals\s*=\s*(\d+)", header)
    return int(match.group(1)) if match else None


def check(path):
    """The problems of one PO file, as printable lines."""
    problems = []
    entries = parse(path)
    header = next((e for e in entries if e["msgid"] == "" and e["msgctxt"] is None), None)
    if header is None:
        return [f"{path}: no header entry"]
    n_forms = nplurals(header["msgstr"].get(0, ""))
    if n_forms is None:
        problems.append(f"{path}:{header['line']}: the header has no Plural-Forms with nplurals")
    if "fuzzy" in header["flags"]:
        problems.append(f"{path}:{header['line']}: the header is fuzzy")

    for entry in entries:
        if entry is header:
            continue
        where = f"{path}:{entry['line']}: {entry['msgid'][:60]!r}"
        if "fuzzy" in entry["flags"]:
            problems.append(f"{where}: fuzzy")
        plural = entry["msgid_plural"] is not None
        wanted = range(n_forms or 1) if plural else range(1)
        forms = entry["msgstr"]
        if plural and n_forms is not None and sorted(forms) != list(wanted):
            problems.append(f"{where}: {len(forms)} plural forms, not {n_forms}")
        if any(not forms.get(i) for i in wanted):
            problems.append(f"{where}: untranslated")
            continue
        if "c-format" in entry["flags"]:
            expected = conversions(entry["msgid_plural"] if plural else entry["msgid"])
            for i, text in sorted(forms.items()):
                got = conversions(text)
                if got != expected:
                    problems.append(f"{where}: msgstr[{i}] has the conversions {got}, "
                                    f"the original {expected}")
        for i, text in sorted(forms.items()):
            if text.count("_") != entry["msgid"].count("_"):
                problems.append(f"{where}: msgstr[{i}] has {text.count('_')} underscores "
                                f"(mnemonics), the original {entry['msgid'].count('_')}")
    return problems


def main():
    root = pathlib.Path(sys.argv[1])
    if len(sys.argv) == 4 and sys.argv[2] == "--po":
        files = [pathlib.Path(sys.argv[3])]
    else:
        linguas = root / "po" / "LINGUAS"
        languages = [word for line in linguas.read_text().splitlines()
                     if not line.startswith("#") for word in line.split()]
        files = [root / "po" / f"{language}.po" for language in languages]
    wanted = template(root)
    if wanted is None:
        print("xgettext is not installed: not checking that every string has an entry")
    problems = []
    for path in files:
        if not path.exists():
            problems.append(f"{path}: named in po/LINGUAS but missing")
            continue
        found = check(path) + (missing(path, wanted) if wanted is not None else [])
        problems += found
        print(f"{path.name}: {'ok' if not found else f'{len(found)} problems'}")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
