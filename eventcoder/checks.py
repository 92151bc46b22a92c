"""
Checks that need every dictionary file at once: duplicates, names shared by
two actors, overlapping date ranges of one person, and what the compiler
finds (unknown synsets, pattern heads that are not lemmas).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import Problem
from .normalize import normalize

if TYPE_CHECKING:
    from .dictionary import Dictionaries


def _src(src: str) -> tuple[str, int]:
    path, _, line = src.rpartition(":")
    return path, int(line) if line.isdigit() else 0


def _p(src: str, msg: str, severity: str = "error") -> Problem:
    path, line = _src(src)
    return Problem(path, line, msg, severity)


def check_all(d: "Dictionaries") -> list[Problem]:
    out: list[Problem] = []
    out += _check_people(d)
    out += _check_actor_names(d)
    out += _check_duplicates(d)
    out += _check_pronoun_suffixes(d)
    return out


def _check_people(d: "Dictionaries") -> list[Problem]:
    out: list[Problem] = []
    by_id: dict[str, list] = {}
    for p in d.entries["people"]:
        by_id.setdefault(normalize(p.names[0]), []).append(p)
    for ident, entries in by_id.items():
        rs = sorted(entries, key=lambda p: p.start or "")
        for a, b in zip(rs, rs[1:]):
            a_end = a.end or "9999-12-31"
            if (b.start or "0000-01-01") < a_end:
                out.append(_p(b.src, f"date range of {b.names[0]!r} ({b.start or '…'}..{b.end or '…'}) overlaps "
                                     f"the one at line {_src(a.src)[1]} ({a.start or '…'}..{a.end or '…'}): "
                                     "one code per person and date; make the ranges touch or split them"))
    # a short name shared by two people on the same date cannot be resolved by the date
    by_name: dict[str, list] = {}
    for p in d.entries["people"]:
        for n in p.names:
            by_name.setdefault(normalize(n), []).append(p)
    for name, entries in by_name.items():
        idents = {normalize(p.names[0]) for p in entries}
        if len(idents) < 2:
            continue
        for i, a in enumerate(entries):
            for b in entries[i + 1:]:
                if normalize(a.names[0]) == normalize(b.names[0]):
                    continue
                if (a.start or "0000") < (b.end or "9999") and (b.start or "0000") < (a.end or "9999"):
                    out.append(_p(b.src, f"the name {name!r} belongs to {a.names[0]!r} (line {_src(a.src)[1]}) and "
                                         f"{b.names[0]!r} on the same dates: the date cannot choose; keep it for "
                                         "one of them only, or list the full names", "warning"))
                    break
    return out


def _check_actor_names(d: "Dictionaries") -> list[Problem]:
    """A surface form that names two different actors is reported."""
    out: list[Problem] = []
    seen: dict[str, tuple[str, str]] = {}

    def see(name: str, code: str, src: str) -> None:
        key = normalize(name)
        if key.startswith("ال") and len(key) > 3:
            key = key[2:]
        prev = seen.get(key)
        if prev is None:
            seen[key] = (code, src)
        elif prev[0] != code:
            out.append(_p(src, f"{name!r} is {code} here but {prev[0]} at {prev[1]}: one name, one actor; "
                               "remove one, or make the names differ (e.g. a longer name)", "warning"))

    for c in d.entries["countries"]:
        for n in c.names:
            see(n, c.code, c.src)
        for m, role in c.metonyms:
            see(m, c.code + role, c.src)
        for n in c.demonyms:
            see(n, c.code, c.src)
    for o in d.entries["organisations"]:
        for n in o.names:
            see(n, o.code, o.src)
    for pl in d.entries["places"]:
        for n in pl.names:
            see(n, pl.code, pl.src)
    # a person named like a place (الأسد) is resolved by the longest match and is not reported
    return out


def _check_duplicates(d: "Dictionaries") -> list[Problem]:
    out: list[Problem] = []
    seen: dict[tuple, str] = {}

    def see(key: tuple, src: str, what: str) -> None:
        if key in seen:
            out.append(_p(src, f"duplicate {what}: already at {seen[key]}; remove one", "warning"))
        else:
            seen[key] = src

    for c in d.entries["countries"]:
        names = [normalize(x) for x in c.names] + [normalize(m) for m, _ in c.metonyms]
        for n in names:
            see(("country-name", c.code, n), c.src, f"name {n!r} for {c.code}")
    for p in d.entries["patterns"]:
        see(("pattern", p.code, p.elements), p.src, f"pattern {p.text!r} with code {p.code}")
    for s in d.entries["synsets"]:
        for m in s.members:
            see(("synset", s.name, normalize(m)), s.src, f"member {m!r} of {s.name}")
    for g in d.entries["grammar"]:
        for w in g.words:
            see(("grammar", g.cls, g.arg, normalize(w)), g.src, f"word {w!r} in {g.cls}")
    for a in d.entries["agents"]:
        for f in a.forms:
            see(("agent", normalize(f)), a.src, f"agent form {f!r}")
    # conflicting patterns: the same elements with two different codes
    by_elems: dict[tuple, tuple[str, str]] = {}
    for p in d.entries["patterns"]:
        prev = by_elems.get(p.elements)
        if prev and prev[0] != p.code:
            out.append(_p(p.src, f"pattern {p.text!r} is {p.code} here but {prev[0]} at {prev[1]}: the later one "
                                 "shadows the other; keep one", "warning"))
        by_elems[p.elements] = (p.code, p.src)
    return out


_PRONOUNS = ("هما", "ها", "هم", "هن")


def _check_pronoun_suffixes(d: "Dictionaries") -> list[Problem]:
    """A synset member with a possessive pronoun on a word another synset lists bare
    (عملياتها الإنسانية in one, عمليات العسكرية in another) makes that spelling a word of its
    own: the analyser stops splitting the pronoun off it everywhere, so عملياتها العسكرية no
    longer matches the other synset. The phrase without the pronoun matches both."""
    words_of: dict[str, set[str]] = {}
    for s in d.entries["synsets"]:
        for m in s.members:
            for w in normalize(m).split():
                words_of.setdefault(w, set()).add(s.name)
    out: list[Problem] = []
    seen: set[tuple] = set()
    for s in d.entries["synsets"]:
        for m in s.members:
            for w in normalize(m).split():
                suf = next((x for x in _PRONOUNS if w.endswith(x) and len(w) - len(x) >= 3), None)
                if suf is None:
                    continue
                bare = w[:-len(suf)]
                others = words_of.get(bare, set()) | words_of.get("ال" + bare, set())
                missing = sorted(others - words_of.get(w, set()))
                if missing and (w, s.name) not in seen:
                    seen.add((w, s.name))
                    out.append(_p(s.src, f"{w!r} in {s.name} is {bare!r} with a pronoun: listed, it is no longer "
                                         f"split anywhere, so {', '.join(missing)} (which list {bare!r}) miss it; "
                                         "list the phrase without the pronoun", "warning"))
    return out
