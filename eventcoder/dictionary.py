"""
Reading and validating dictionary files (the format is in docs/dictionaries.md).

:func:`parse_file` turns one file into typed entries and a list of
:class:`~eventcoder.errors.Problem`; :class:`Dictionaries` gathers the files of
one or more folders (the defaults first, a user's folders on top) and runs the
checks that need every file at once (duplicates, shared names, overlapping
date ranges, unknown synsets and lemmas).

Dictionaries are data: nothing here evaluates, imports or executes what a
file contains, and no entry becomes a regular expression.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from . import codebook
from .errors import DictionaryError, Problem
from .normalize import normalize

# ---------------------------------------------------------------------------
# entry types


@attrs.frozen
class Country:
    code: str
    names: tuple[str, ...]
    metonyms: tuple[tuple[str, str], ...]  # (name, role or "")
    nisbas: tuple[str, ...]
    demonyms: tuple[str, ...]
    src: str


@attrs.frozen
class Person:
    code: str
    names: tuple[str, ...]
    start: str  # ISO date or "" (open)
    end: str
    src: str


@attrs.frozen
class Organisation:
    code: str
    names: tuple[str, ...]
    nisbas: tuple[str, ...]
    src: str


@attrs.frozen
class Place:
    code: str  # the country (or territory) the place stands for
    names: tuple[str, ...]
    src: str


@attrs.frozen
class Agent:
    role: str  # CAMEO role code, or "" for a word that only carries a country (حلفاء)
    forms: tuple[str, ...]
    raw: tuple[str, ...]
    src: str


@attrs.frozen
class Lemma:
    past: tuple[str, ...]  # raw spellings (diacritics kept: the conjugator reads shadda)
    present: tuple[str, ...]
    nouns: tuple[str, ...]
    participles: tuple[str, ...]
    src: str

    @property
    def key(self) -> str:
        """The lemma's name: its normalised past form, or its first noun."""
        if self.past:
            return normalize(self.past[0])
        if self.nouns:
            return normalize(self.nouns[0])
        return normalize(self.participles[0])


@attrs.frozen
class Pattern:
    code: str  # CAMEO code, or "---" to discard the sense
    elements: tuple[str, ...]  # normalised elements
    text: str  # as written
    src: str


@attrs.frozen
class Synset:
    name: str
    members: tuple[str, ...]
    src: str


@attrs.frozen
class Discard:
    scope: str  # sentence | actor | trigger
    phrases: tuple[str, ...]
    src: str


@attrs.frozen
class GrammarWord:
    cls: str
    arg: str
    words: tuple[str, ...]
    src: str


@attrs.frozen
class Removal:
    """A ``!`` line: switches off an entry of an earlier file."""

    kind: str
    key: str
    src: str


# ---------------------------------------------------------------------------
# file kinds

KIND_COLUMNS = {
    "countries": 6,
    "people": 4,
    "organisations": 4,
    "places": 3,
    "agents": 3,
    "lemmas": 5,
    "patterns": 3,
    "synsets": 3,
    "discards": 3,
    "grammar": 3,
}

GRAMMAR_CLASSES = {
    "NEG", "LITOTES", "DENY", "INTENT", "FUTURE", "THREAT", "COND", "QUESTION", "HYPO", "MAY", "ALLEGE",
    "REPORT", "RECEIVE", "CONTROL", "LIGHT", "COPULA", "SUBORD", "PREP", "TRANSPARENT", "ADVERB", "VISIT",
    "COUNTERPART", "FORMER", "PLURAL2", "TIME", "MASC", "WARN", "URGE", "TITLE", "INSTRUMENT", "LATTER",
    "EVENTREF", "PROTEST", "MEDIATE", "BACKING", "WITNESS", "RESPOND", "FOLLOW", "DESCRIBE", "WELCOME",
    "ATTEND", "STOP", "VOW", "TAKEPART", "INSPECT", "OWNER", "OFFER",
}
DISCARD_SCOPES = ("sentence", "actor", "trigger")

_SYNSET_RE = re.compile(r"&[A-Z][A-Z0-9_]*\Z")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\Z")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_SLOT_WORDS = ("TGT", "SRC", "BODY", "PLACE", "*")


def kind_of(rel: str) -> str | None:
    """The file kind of a path relative to a dictionary folder, or ``None``."""
    parts = Path(rel).parts
    if len(parts) < 2 or not parts[-1].endswith(".txt"):
        return None
    top, stem = parts[0], Path(parts[-1]).stem
    if top == "actors":
        for k in ("countries", "people", "organisations", "places", "agents"):
            if stem.startswith(k):
                return k
        return None
    if top == "verbs":
        return "lemmas" if stem.startswith("lemmas") else "patterns"
    return {"synsets": "synsets", "discards": "discards", "grammar": "grammar"}.get(top)


def _split_alts(col: str) -> list[str]:
    return [a.strip() for a in col.split("/") if a.strip()]


def parse_date(s: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` to an ISO date (first day), else None."""
    m = _DATE_RE.match(s.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def parse_date_range(s: str) -> tuple[str, str] | str:
    """``FROM..TO`` to a pair of ISO dates ("" for an open end), or an error message."""
    s = s.strip()
    if not s:
        return ("", "")
    if ".." not in s:
        return f"date range {s!r} must be FROM..TO (e.g. '2017-01-20..2021-01-20'; either end may be empty)"
    a, b = (x.strip() for x in s.split("..", 1))
    start = parse_date(a) if a else ""
    end = parse_date(b) if b else ""
    if start is None:
        return f"bad start date {a!r} in {s!r}: expected YYYY-MM-DD, YYYY-MM or YYYY"
    if end is None:
        return f"bad end date {b!r} in {s!r}: expected YYYY-MM-DD, YYYY-MM or YYYY"
    if start and end and start >= end:
        return f"date range {s!r} ends before it starts: the end is exclusive and must be after {a!r}"
    return (start, end)


def _strip_comment(line: str) -> str:
    i = line.find("#")
    return line if i < 0 else line[:i]


def parse_lines(lines: Iterable[str], path: str, kind: str) -> tuple[list, list[Problem]]:
    """Parse the lines of one dictionary file of ``kind``."""
    entries: list = []
    problems: list[Problem] = []
    ncols = KIND_COLUMNS[kind]

    def err(n: int, msg: str, severity: str = "error") -> None:
        problems.append(Problem(path, n, msg, severity))

    for n, raw in enumerate(lines, 1):
        if "\x00" in raw:
            err(n, "line contains a NUL character: is this a binary file?")
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        src = f"{path}:{n}"
        if line.startswith("!"):
            key = line[1:].strip()
            if not key:
                err(n, "a '!' line must name what it switches off (e.g. '! زود TGT ب &WEAPON')")
            else:
                entries.append(Removal(kind, key, src))
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) > ncols:
            err(n, f"expected at most {ncols} columns separated by '|' for {kind}, got {len(cols)}")
            continue
        cols += [""] * (ncols - len(cols))
        try:
            parser = _PARSERS[kind]
            entry = parser(cols, src, lambda m, s="error": err(n, m, s))
        except Exception as e:  # a bug in a parser must not hide the file's other lines
            err(n, f"could not parse this line ({type(e).__name__}: {e})")
            continue
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _need_arabic(values: Iterable[str], what: str, err) -> bool:
    ok = True
    for v in values:
        if not _ARABIC_RE.search(v):
            err(f"{what} {v!r} has no Arabic letters")
            ok = False
    return ok


def _role_part(name: str, err) -> tuple[str, str]:
    if ":" in name:
        word, role = (x.strip() for x in name.rsplit(":", 1))
        parts = codebook.actor_parts()
        if len(role) != 3 or parts.get(role) is None:
            err(f"unknown role {role!r} after ':' in {name!r}: use a CAMEO role code such as GOV or MIL")
            return word, ""
        return word, role
    return name, ""


def _p_country(cols, src, err):
    code, names, meto, nisba, demonyms, _note = cols
    if not code:
        err("empty code column: give the CAMEO country code (e.g. 'IRN')")
        return None
    if len(code) != 3 or code not in codebook.country_codes():
        err(f"unknown CAMEO country code {code!r} (see eventcoder/data/cameo_countries.tsv)")
        return None
    names_l = _split_alts(names)
    if not names_l:
        err(f"country {code} has no name: the second column lists its Arabic names")
        return None
    metos = [_role_part(m, err) for m in _split_alts(meto)]
    if not _need_arabic(names_l + [m for m, _ in metos] + _split_alts(nisba) + _split_alts(demonyms), "name", err):
        return None
    return Country(code, tuple(names_l), tuple(metos), tuple(_split_alts(nisba)), tuple(_split_alts(demonyms)), src)


def _code_and_names(code: str, names: str, missing: str, err, extra: tuple = ()) -> list[str] | None:
    """The checks every named actor line shares: a valid actor code, at least one name, and
    Arabic in every name (and in ``extra``, the nisbas). The names, or None after an error."""
    msg = codebook.check_actor_code(code)
    if msg:
        err(msg)
        return None
    names_l = _split_alts(names)
    if not names_l:
        err(missing)
        return None
    if not _need_arabic(names_l + list(extra), "name", err):
        return None
    return names_l


def _p_person(cols, src, err):
    code, names, dates, _note = cols
    names_l = _code_and_names(code, names, "person has no name: the second column lists the full name first, "
                                           "then short forms", err)
    if names_l is None:
        return None
    rng = parse_date_range(dates)
    if isinstance(rng, str):
        err(rng)
        return None
    return Person(code, tuple(names_l), rng[0], rng[1], src)


def _p_org(cols, src, err):
    code, names, nisba, _note = cols
    names_l = _code_and_names(code, names, "organisation has no name", err, tuple(_split_alts(nisba)))
    if names_l is None:
        return None
    return Organisation(code, tuple(names_l), tuple(_split_alts(nisba)), src)


def _p_place(cols, src, err):
    code, names, _note = cols
    names_l = _code_and_names(code, names, "place has no name: the second column lists its Arabic names", err)
    if names_l is None:
        return None
    return Place(code, tuple(names_l), src)


def _p_agent(cols, src, err):
    role, forms, _note = cols
    if role == "-":
        role = ""
    elif len(role) != 3 or codebook.actor_parts().get(role) is None:
        err(f"unknown role {role!r}: use a CAMEO role code (GOV, MIL, COP, REB, OPP, BUS, CVL, ...) or '-'")
        return None
    forms_l = _split_alts(forms)
    if not forms_l:
        err("agent has no forms: give the singular, then broken plurals, separated by '/'")
        return None
    if not _need_arabic(forms_l, "form", err):
        return None
    return Agent(role, tuple(forms_l), tuple(forms_l), src)


def _p_lemma(cols, src, err):
    past, present, nouns, parts, _note = cols
    past_l, pres_l = _split_alts(past), _split_alts(present)
    nouns_l, parts_l = _split_alts(nouns), _split_alts(parts)
    if not (past_l or nouns_l or parts_l):
        err("lemma has neither a past form nor a noun: fill the first or third column")
        return None
    if past_l and not pres_l:
        err(f"verb {past_l[0]!r} has no present form: give the third person masculine singular (e.g. 'يزود')")
        return None
    for p in pres_l:
        if not normalize(p).startswith("ي"):
            err(f"present form {p!r} must be the third person masculine singular, starting with ي")
            return None
    if not _need_arabic(past_l + pres_l + nouns_l + parts_l, "form", err):
        return None
    for f in past_l + pres_l + nouns_l + parts_l:
        if " " in f.strip():
            err(f"form {f!r} has a space: a lemma is one word (write phrases as patterns)")
            return None
    return Lemma(tuple(past_l), tuple(pres_l), tuple(nouns_l), tuple(parts_l), src)


def _p_pattern(cols, src, err):
    code, pattern, _note = cols
    if code != "---":
        if code not in codebook.event_codes() or len(code) < 3:
            err(f"unknown CAMEO event code {code!r}: use a 3- or 4-digit code from the codebook, or '---'")
            return None
    elements = pattern.split()
    if not elements:
        err("empty pattern: write the trigger word first, then its complements (e.g. 'زود TGT ب &WEAPON')")
        return None
    norm: list[str] = []
    for e in elements:
        if e in _SLOT_WORDS:
            norm.append(e)
        elif e.startswith("&"):
            if not _SYNSET_RE.match(e):
                err(f"bad synset name {e!r}: '&' then capital letters, digits or '_' (e.g. '&WEAPON')")
                return None
            norm.append(e)
        elif _ARABIC_RE.search(e):
            ne = normalize(e)
            if not ne.replace("_", "").isalnum():
                err(f"pattern word {e!r} has characters that are neither letters nor digits")
                return None
            norm.append(ne)
        else:
            err(f"unknown pattern element {e!r}: expected an Arabic word, &SYNSET, TGT, BODY, PLACE, SRC or *")
            return None
    if norm[0] in _SLOT_WORDS:
        err(f"pattern {pattern!r} must start with its trigger word or synset, not {norm[0]!r}")
        return None
    if norm.count("TGT") + norm.count("BODY") + norm.count("PLACE") > 1 or norm.count("SRC") > 1:
        err(f"pattern {pattern!r} has more than one target (TGT, BODY or PLACE) or SRC")
        return None
    if norm[-1] == "*":
        err(f"pattern {pattern!r} ends with '*', which matches nothing: remove it")
        return None
    for a, b in zip(norm, norm[1:]):
        if a == "*" and b == "*":
            err(f"pattern {pattern!r} has two '*' in a row: one skips up to six tokens")
            return None
    return Pattern(code, tuple(norm), pattern, src)


def _p_synset(cols, src, err):
    name, members, _note = cols
    if not _SYNSET_RE.match(name):
        err(f"bad synset name {name!r}: '&' then capital letters, digits or '_' (e.g. '&WEAPON')")
        return None
    mem = _split_alts(members)
    if not mem:
        err(f"synset {name} has no members")
        return None
    if not _need_arabic(mem, "member", err):
        return None
    return Synset(name, tuple(mem), src)


def _p_discard(cols, src, err):
    scope, phrases, _note = cols
    if scope not in DISCARD_SCOPES:
        err(f"unknown discard scope {scope!r}: use one of {', '.join(DISCARD_SCOPES)}")
        return None
    ph = _split_alts(phrases)
    if not ph:
        err("discard line has no phrases")
        return None
    if not _need_arabic(ph, "phrase", err):
        return None
    return Discard(scope, tuple(ph), src)


def _p_grammar(cols, src, err):
    cls, words, _note = cols
    arg = ""
    if ":" in cls:
        cls, arg = (x.strip() for x in cls.split(":", 1))
    if cls not in GRAMMAR_CLASSES:
        err(f"unknown grammar class {cls!r}: use one of {', '.join(sorted(GRAMMAR_CLASSES))}")
        return None
    if cls == "TIME":
        if not re.fullmatch(r"[+-]?\d+[dwmy]|weekday[0-6]", arg):
            err(f"TIME needs an offset like 'TIME:-1d', 'TIME:+1w', 'TIME:-1m' or 'TIME:weekday0', got {arg!r}")
            return None
    if cls == "EVENTREF" and arg and not re.fullmatch(r"\d\d(,\d\d)*", arg):
        err(f"EVENTREF takes the two-digit roots of the events it may name, like 'EVENTREF:18,19,20', got {arg!r}")
        return None
    if cls == "OWNER" and not re.fullmatch(r"[A-Z]{3}", arg):
        err(f"OWNER takes the role code of the body that makes the thing, like 'OWNER:JUD', got {arg!r}")
        return None
    w = _split_alts(words)
    if not w:
        err(f"grammar line {cls} has no words")
        return None
    if not _need_arabic(w, "word", err):
        return None
    return GrammarWord(cls, arg, tuple(w), src)


_PARSERS = {
    "countries": _p_country,
    "people": _p_person,
    "organisations": _p_org,
    "places": _p_place,
    "agents": _p_agent,
    "lemmas": _p_lemma,
    "patterns": _p_pattern,
    "synsets": _p_synset,
    "discards": _p_discard,
    "grammar": _p_grammar,
}


def read_text(path: Path, display: str, problems: list[Problem]) -> list[str] | None:
    try:
        data = path.read_bytes()
    except OSError as e:
        problems.append(Problem(display, 0, f"cannot read the file: {e.strerror or e}"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        problems.append(Problem(display, data.count(b"\n", 0, e.start) + 1,
                                "not valid UTF-8: save the file as UTF-8"))
        return None
    return text.splitlines()


def parse_file(path: str | os.PathLike, kind: str, display: str | None = None) -> tuple[list, list[Problem]]:
    """Parse one file of ``kind`` (see :data:`KIND_COLUMNS`)."""
    display = display or str(path)
    problems: list[Problem] = []
    lines = read_text(Path(path), display, problems)
    if lines is None:
        return [], problems
    entries, more = parse_lines(lines, display, kind)
    return entries, problems + more


# ---------------------------------------------------------------------------
# folders


def builtin_dir() -> Path:
    """The default dictionaries: inside the installed package, or the source tree's."""
    here = Path(__file__).resolve().parent
    inside = here / "dictionaries"
    if inside.is_dir():
        return inside
    return here.parent / "dictionaries"


def iter_files(root: Path) -> Iterator[tuple[Path, str, str]]:
    """(path, relative path, kind) for every dictionary file under ``root``, sorted."""
    for p in sorted(root.rglob("*.txt")):
        rel = p.relative_to(root).as_posix()
        k = kind_of(rel)
        if k is not None:
            yield p, rel, k


@attrs.define
class Dictionaries:
    """
    The entries of one or more dictionary folders, in load order.

    Use :meth:`builtin` for the defaults and :meth:`load` to put users'
    folders (or single files) on top. ``problems`` holds every error and
    warning; :meth:`raise_for_errors` raises :class:`DictionaryError` if there
    are errors.

    .. versionadded:: 0.1.0
    """

    entries: dict[str, list] = attrs.field(factory=lambda: {k: [] for k in KIND_COLUMNS})
    problems: list[Problem] = attrs.field(factory=list)
    files: list[tuple[str, str]] = attrs.field(factory=list)  # (display path, sha256)
    _parse: bool = True  # False: only read and hash the files (see scan)

    @classmethod
    def builtin(cls) -> "Dictionaries":
        return cls.load([])

    @classmethod
    def from_dir(cls, path: str | os.PathLike, *, with_defaults: bool = False) -> "Dictionaries":
        return cls.load([path], with_defaults=with_defaults)

    @classmethod
    def scan(cls, extra: Iterable[str | os.PathLike] = (), *, with_defaults: bool = True) -> "Dictionaries":
        """Read the files and compute their fingerprint without parsing them (for
        the compile cache's key: a warm start parses nothing)."""
        d = cls()
        d._parse = False
        if with_defaults:
            d.add_path(builtin_dir(), display_root="dictionaries")
        for r in extra:
            d.add_path(Path(r))
        return d

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike] = (), *, with_defaults: bool = True) -> "Dictionaries":
        d = cls()
        if with_defaults:
            d.add_path(builtin_dir(), display_root="dictionaries")
        for r in extra:
            d.add_path(Path(r))
        d.check()
        return d

    def add_path(self, root: Path, display_root: str | None = None) -> None:
        """Load a folder (every dictionary file under it) or one file. Messages name
        the files as ``display_root/relative path`` when given (the defaults are
        ``dictionaries/...`` wherever the package is installed)."""
        if root.is_file():
            # a single file: its kind comes from its parent folder and name
            rel = f"{root.parent.name}/{root.name}"
            k = kind_of(rel)
            if k is None:
                self.problems.append(Problem(str(root), 0, "cannot tell the kind of this file from its name: put it "
                                             "under actors/, verbs/, synsets/, discards/ or grammar/"))
                return
            self._add_file(root, str(root), k)
            return
        if not root.is_dir():
            self.problems.append(Problem(str(root), 0, "no such dictionary folder or file"))
            return
        found = False
        for p, rel, k in iter_files(root):
            found = True
            self._add_file(p, f"{display_root}/{rel}" if display_root else _display(p), k)
        if not found:
            self.problems.append(Problem(str(root), 0, "no dictionary files here (expected actors/*.txt, "
                                         "verbs/*.txt, synsets/*.txt, discards/*.txt or grammar/*.txt)",
                                         "warning"))

    def _add_file(self, path: Path, display: str, kind: str) -> None:
        problems: list[Problem] = []
        lines = read_text(path, display, problems)
        self.problems += problems
        if lines is None:
            return
        self.files.append((display, hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()))
        if not self._parse:
            return
        entries, more = parse_lines(lines, display, kind)
        self.problems += more
        for e in entries:
            if isinstance(e, Removal):
                self._remove(e)
            else:
                self.entries[kind].append(e)

    def _remove(self, r: Removal) -> None:
        """Apply a ``!`` line to the entries loaded so far."""
        kind = r.kind
        key = normalize(r.key)
        before = len(self.entries[kind])
        if kind == "patterns":
            self.entries[kind] = [e for e in self.entries[kind] if " ".join(e.elements) != " ".join(
                normalize(x) if x not in _SLOT_WORDS and not x.startswith("&") else x for x in r.key.split())]
        elif kind in ("countries", "people", "organisations", "places", "agents", "synsets", "discards", "grammar",
                      "lemmas"):
            self.entries[kind] = [e for e in self.entries[kind] if not _entry_has_name(e, key)]
        else:  # pragma: no cover - every kind is listed
            return
        if len(self.entries[kind]) == before:
            self.problems.append(Problem(r.src.rsplit(":", 1)[0], int(r.src.rsplit(":", 1)[1]),
                                         f"'!' line removes nothing: no earlier {kind} entry has {r.key!r}",
                                         "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def raise_for_errors(self) -> None:
        if self.errors:
            raise DictionaryError(self.errors)

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for name, digest in self.files:
            h.update(name.encode("utf-8"))
            h.update(digest.encode("ascii"))
        return h.hexdigest()

    # -- checks that need every file ----------------------------------------

    def check(self) -> None:
        from .checks import check_all

        self.problems += check_all(self)


def _display(p: Path) -> str:
    """A path for messages: relative to the current folder when that is shorter."""
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return str(p)
    return rel if len(rel) < len(str(p)) else str(p)


def _entry_has_name(e, key: str) -> bool:
    if isinstance(e, (Country,)):
        return key in {normalize(x) for x in e.names} or key == e.code
    if isinstance(e, (Person, Organisation, Place)):
        return key in {normalize(x) for x in e.names} or key == e.code
    if isinstance(e, Agent):
        return key in {normalize(x) for x in e.forms}
    if isinstance(e, Synset):
        return key == e.name
    if isinstance(e, Discard):
        return key in {normalize(x) for x in e.phrases}
    if isinstance(e, GrammarWord):
        return key in {normalize(x) for x in e.words}
    if isinstance(e, Lemma):
        return key == e.key
    return False
