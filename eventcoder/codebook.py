"""
The CAMEO codebook as package data: event codes with names, Goldstein scores
and QuadClass; actor code parts; the PLOVER mapping.

The tables are copies of ../shared/reference (see that folder's README for
sources and the choices made there); the package never reads ../shared.
"""
from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import NamedTuple


class EventCode(NamedTuple):
    code: str
    name: str
    goldstein: float | None
    quad_class: int


class Plover(NamedTuple):
    event: str
    mode: str
    context: str


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("eventcoder").joinpath("data", name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.lru_cache(maxsize=1)
def event_codes() -> dict[str, EventCode]:
    """Every CAMEO event code (roots, 3- and 4-digit codes)."""
    out = {}
    for r in _rows("cameo_event_codes.tsv"):
        g = r["goldstein"].strip()
        out[r["code"]] = EventCode(r["code"], r["name"], float(g) if g else None, int(r["quad_class"]))
    return out


def root(code: str) -> str:
    """The two-digit root of an event code: ``root("0311") == "03"``."""
    return code[:2]


def lookup(code: str) -> EventCode:
    """The codebook entry for ``code``; Goldstein falls back to the parent code."""
    codes = event_codes()
    ec = codes[code]
    if ec.goldstein is None:
        parent = codes.get(code[:3]) if len(code) == 4 else codes.get(code[:2])
        if parent is not None and parent.goldstein is not None:
            ec = ec._replace(goldstein=parent.goldstein)
    return ec


@functools.lru_cache(maxsize=1)
def actor_parts() -> dict[str, str]:
    """Every known three-letter actor code part with its kind (country, region,
    role, igo, ngo, group, ethnic, religion)."""
    out: dict[str, str] = {}
    for r in _rows("cameo_countries.tsv"):
        out[r["code"]] = r["kind"] if r["kind"] in ("region",) else "country"
    for r in _rows("cameo_actor_types.tsv"):
        out.setdefault(r["code"], r["kind"])
    return out


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Codes that can begin an actor code as its country (countries, territories, regions)."""
    return frozenset(r["code"] for r in _rows("cameo_countries.tsv"))


#: Regions with a government of their own that news treat as a party apart from their country (بين بغداد
#: وأربيل): CAMEO writes them with the people's ethnic code after the country's (IRQKURGOV, the Kurdistan
#: Regional Government). The coder keeps each as a country of its own under that ethnic code (KURGOV), so
#: that what Baghdad and Erbil do to each other is not one actor acting on itself, and writes it back in
#: CAMEO's order on every event it returns.
REGIONS: dict[str, str] = {"KUR": "IRQKUR"}
_REGION_OF = {v: k for k, v in REGIONS.items()}


def internal_code(code: str) -> str:
    """The coder's form of a dictionary's actor code: IRQKURGOV -> KURGOV; others unchanged."""
    return _REGION_OF[code[:6]] + code[6:] if code[:6] in _REGION_OF else code


def cameo_code(code: str) -> str:
    """CAMEO's form of the coder's actor code: KURGOV -> IRQKURGOV; others unchanged."""
    return REGIONS[code[:3]] + code[3:] if code[:3] in REGIONS else code


def check_actor_code(code: str) -> str | None:
    """``None`` when ``code`` is a valid CAMEO actor code, else what is wrong."""
    if not code or len(code) % 3 or not code.isascii() or not code.isupper() or not code.isalpha():
        return f"actor code {code!r} must be upper-case letters in groups of three (e.g. 'IRNGOV')"
    parts = actor_parts()
    for i in range(0, len(code), 3):
        p = code[i:i + 3]
        if p not in parts:
            return f"actor code {code!r}: part {p!r} is not a CAMEO country, region, role or group code"
    return None


@functools.lru_cache(maxsize=1)
def plover() -> dict[str, Plover]:
    out: dict[str, Plover] = {}
    for r in _rows("plover_from_cameo.tsv"):
        if r["plover_event"] and r["cameo_code"] not in out:
            out[r["cameo_code"]] = Plover(r["plover_event"], r["plover_mode"], r["plover_context"])
    return out


def plover_for(code: str) -> Plover | None:
    """PLOVER category of an event code, falling back to its parent codes."""
    table = plover()
    for c in (code, code[:3], code[:2]):
        if c in table:
            return table[c]
    return None
