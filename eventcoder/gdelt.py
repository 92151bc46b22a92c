"""
GDELT 1.0 event records from :class:`~eventcoder.events.Event`: the 58
tab-separated columns of the GDELT Data Format Codebook V1.03, in order.

The coder fills what it knows and leaves the rest empty; it never invents a
value. Filled: the event id (a running number), the dates derived from the
event's date, the actor codes and their parts, the actor names (the Arabic
words of the article), IsRootEvent (the lead sentence), the event codes,
QuadClass and GoldsteinScale (from the codebook), the mention, source and
article counts, and SOURCEURL (the record's ``url``). Left empty: AvgTone, every
geography column (the coder does not geolocate) and DATEADDED unless given.

.. versionadded:: 0.1.0
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
from importlib import resources
from typing import IO, NamedTuple

from . import codebook
from .events import Event


class Column(NamedTuple):
    """One GDELT column: 1-based position, name, type (INTEGER, FLOAT, STRING)."""

    position: int
    name: str
    type: str
    description: str


@functools.lru_cache(maxsize=1)
def columns() -> tuple[Column, ...]:
    """
    The 58 GDELT 1.0 event columns, in file order (package data
    ``gdelt_event_columns.tsv``).

    .. versionadded:: 0.1.0
    """
    with resources.files("eventcoder").joinpath("data", "gdelt_event_columns.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple(Column(int(r["position"]), r["name"], r["type"], r["description"]) for r in rows)


def column_names() -> list[str]:
    """
    The 58 column names in order (GLOBALEVENTID ... SOURCEURL), e.g. for
    ``pandas.read_csv(path, sep="\\t", header=None, names=column_names())``.

    .. versionadded:: 0.1.0
    """
    return [c.name for c in columns()]


# ----------------------------------------------------------------------------
# Actor codes


class ActorParts(NamedTuple):
    """The GDELT fields of one CAMEO actor code (``""`` where absent)."""

    code: str
    country: str
    known_group: str
    ethnic: str
    religion1: str
    religion2: str
    type1: str
    type2: str
    type3: str


_EMPTY_PARTS = ActorParts("", "", "", "", "", "", "", "", "")


@functools.lru_cache(maxsize=1)
def _part_slots() -> dict[str, frozenset[str]]:
    """Each three-letter code part with the GDELT fields it may fill:
    ``country``, ``group``, ``type``, ``religion``, ``ethnic``."""
    slots: dict[str, set[str]] = {}

    def add(code: str, slot: str) -> None:
        slots.setdefault(code, set()).add(slot)

    with resources.files("eventcoder").joinpath("data", "cameo_countries.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            add(r["code"], "country")
    with resources.files("eventcoder").joinpath("data", "cameo_actor_types.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            field, kind, code = r["gdelt_field"], r["kind"], r["code"]
            if "CountryCode" in field:
                add(code, "country")
            if "KnownGroupCode" in field:
                add(code, "group")
            if "Type" in field:
                add(code, "type")
            if "Religion" in field:
                add(code, "religion")
            if "EthnicCode" in field:
                # GDELT's ethnic lookup is lower-case; actor codes are upper-case.
                add(code.upper(), "ethnic")
            if not field:  # codes CAMEO has and GDELT's lookups do not (PTY, REL)
                add(code, {"role": "type", "religion": "religion"}.get(kind, "type"))
    return {k: frozenset(v) for k, v in slots.items()}


# A part that can fill several fields goes to the first free one in this
# order; the first part of a code is its country whenever it can be one
# (PSE is Palestine there, SHN Saint Helena), as in CAMEO's code grammar.
_LATER_ORDER = ("group", "type", "religion", "country", "ethnic")


@functools.lru_cache(maxsize=4096)
def split_actor(code: str) -> ActorParts:
    """
    Split a CAMEO actor code into GDELT's actor fields.

    ``IRNGOV`` gives country ``IRN`` and type1 ``GOV``; ``IGOUNO`` type1 ``IGO``
    and known group ``UNO``; ``IGOEUREEC`` type1 ``IGO``, country (region)
    ``EUR`` and known group ``EEC``; ``SAUREL`` country ``SAU`` and religion1
    ``REL``.

    GDELT has one known-group field, one ethnic field, two religion and three
    type fields: a part beyond those (the ``WHO`` of ``IGOUNOWHO``) and a part
    no CAMEO table knows stay only in the full code, never guessed into a
    field. Does not validate the code; see
    :func:`eventcoder.codebook.check_actor_code`.

    .. versionadded:: 0.1.0
    """
    if not code:
        return _EMPTY_PARTS
    slots = _part_slots()
    country = group = ethnic = ""
    religions: list[str] = []
    types: list[str] = []
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    for n, p in enumerate(parts):
        can = slots.get(p.upper(), frozenset())
        if n == 0 and "country" in can:
            country = p
            continue
        for slot in _LATER_ORDER:
            if slot not in can:
                continue
            if slot == "group" and not group:
                group = p
            elif slot == "type" and len(types) < 3:
                types.append(p)
            elif slot == "religion" and len(religions) < 2:
                religions.append(p)
            elif slot == "country" and not country:
                country = p
            elif slot == "ethnic" and not ethnic:
                ethnic = p.lower()
            else:
                continue
            break
    types += [""] * (3 - len(types))
    religions += [""] * (2 - len(religions))
    return ActorParts(code, country, group, ethnic, religions[0], religions[1], types[0], types[1], types[2])


# ----------------------------------------------------------------------------
# Values


def _clean(value: str) -> str:
    """A text value fit for a tab-separated GDELT field: no tab, no line
    break, no double quote (which would open a quoted field in most readers)."""
    if not value:
        return ""
    return " ".join(value.replace('"', " ").split())


def _clean_url(value) -> str:
    """A URL as one field: characters that would break the line or the field
    are percent-encoded (same URL, safe file)."""
    if not isinstance(value, str) or not value:
        return ""
    out = []
    for ch in value.strip():
        if ch in '\t\n\r "' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def _date(value: str) -> _dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _goldstein(code: str, fallback: float) -> str:
    try:
        g = codebook.lookup(code).goldstein
    except KeyError:
        g = fallback
    return "" if g is None else repr(float(g))


def _quad(code: str, fallback: int) -> str:
    try:
        q = codebook.lookup(code).quad_class
    except KeyError:
        q = fallback
    return str(q) if q else ""


def _count(value) -> str:
    if value is None or value == "":
        return ""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return ""
    return str(n) if n >= 0 else ""


def gdelt_row(ev: Event, extra: dict | None = None, *, event_id: int | None = None,
              date_added: str = "") -> list[str]:
    """
    The 58 GDELT fields of one event, as strings (``""`` for empty).

    Args:
        ev: The event.
        extra: The record's pass-through keys: ``url`` fills SOURCEURL;
            ``num_articles`` and ``num_sources`` (set by
            :mod:`eventcoder.dedup`) fill NumArticles and NumSources.
        event_id: GLOBALEVENTID; empty when ``None``.
        date_added: DATEADDED as ``YYYYMMDD`` (empty by default: the coder
            does not know when a database adds the record).

    .. versionadded:: 0.1.0
    """
    extra = extra or {}
    d = _date(ev.event_date) or _date(ev.date)
    if d is not None:
        sqldate, monthyear, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), f"{d.year:04d}"
        fraction = f"{d.year + (d.month * 30 + d.day) / 365:.4f}"
    else:
        sqldate = monthyear = year = fraction = ""
    a1 = split_actor(ev.source)
    a2 = split_actor(ev.target)
    code = ev.code
    base = code[:3]
    root = code[:2]
    # One event from one article: 1 mention, 1 source, 1 article, unless a
    # dedup stage merged several and said how many.
    mentions = _count(ev.num_mentions) or "1"
    sources = _count(extra.get("num_sources", 1))
    articles = _count(extra.get("num_articles", 1))
    row = [
        "" if event_id is None else str(int(event_id)), sqldate, monthyear, year, fraction,
        a1.code, _clean(ev.source_text) if a1.code else "", a1.country, a1.known_group, a1.ethnic,
        a1.religion1, a1.religion2, a1.type1, a1.type2, a1.type3,
        a2.code, _clean(ev.target_text) if a2.code else "", a2.country, a2.known_group, a2.ethnic,
        a2.religion1, a2.religion2, a2.type1, a2.type2, a2.type3,
        "1" if ev.sentence_index == 0 else "0",
        code, base, root, _quad(code, ev.quad_class), _goldstein(code, ev.goldstein),
        mentions, sources, articles,
        "",  # AvgTone: the coder measures no tone
    ]
    row += [""] * 21  # Actor1Geo_*, Actor2Geo_*, ActionGeo_*: no geolocation
    row += [date_added, _clean_url(extra.get("url"))]
    return row


class GdeltWriter:
    """
    GDELT 1.0 event TSV: 58 tab-separated fields a line, no header (as GDELT's
    files), no quoting.

    Args:
        out: A text stream.
        header: Write the 58 column names as a first line.
        start_id: GLOBALEVENTID of the first event; the following count up.
        date_added: DATEADDED for every line (``YYYYMMDD``), empty by default.

    .. versionadded:: 0.1.0
    """

    def __init__(self, out: IO[str], *, header: bool = False, start_id: int = 1, date_added: str = ""):
        self.out = out
        self.next_id = int(start_id)
        if date_added and not (len(date_added) == 8 and date_added.isdigit()):
            raise ValueError(f"date_added must be YYYYMMDD (got {date_added!r})")
        self.date_added = date_added
        if header:
            out.write("\t".join(column_names()) + "\n")

    def write(self, ev: Event, extra: dict | None = None) -> None:
        row = gdelt_row(ev, extra, event_id=self.next_id, date_added=self.date_added)
        self.next_id += 1
        self.out.write("\t".join(row) + "\n")

    def close(self) -> None:
        self.out.flush()


def read_gdelt(path, *, header: bool = False):
    """
    Read a GDELT 1.0 event file into a pandas DataFrame with the 58 standard
    column names and GDELT's types (codes as strings, INTEGER columns as
    nullable ``Int64``, FLOAT as ``float64``). Needs pandas.

    Args:
        path: File path or text stream.
        header: The file's first line is the column names.

    .. versionadded:: 0.1.0
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("read_gdelt needs pandas: pip install 'eventcoder[pandas]'") from e
    dtypes = {c.name: {"INTEGER": "Int64", "FLOAT": "float64"}.get(c.type, "string") for c in columns()}
    return pd.read_csv(path, sep="\t", header=0 if header else None, names=column_names(), dtype=dtypes,
                       quoting=csv.QUOTE_NONE, keep_default_na=False, na_values={
                           c.name: [""] for c in columns() if c.type != "STRING"})
