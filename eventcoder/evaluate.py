"""
Evaluation: how well the coder agrees with annotated text.

Two kinds of annotated files are read:

* **Gold event files** (JSON Lines, one record a line, the format of
  ``docs/evaluation.md``): every record lists the dyadic events an expert
  codes in it, each ``required``, optional or ``forbidden``. :func:`score`
  compares coded events with them and gives recall, precision and F1 at three
  levels (``root``, ``exact``, ``actor``), a table by CAMEO root, and the list
  of misses and false events; :func:`evaluate_file` codes the records first
  and gives every miss and false event a one-line reason read from the
  coder's trace.
* **Event-detection sets** (CSV with the columns ``accept, event_type, id,
  label, reject, text, total`` used by public Arabic gold standards for PLOVER
  categories): :func:`evaluate_detection` asks of each sentence only "does
  the coder emit an event of this PLOVER category?".

Nothing here prints; :func:`run` is the ``eventcoder evaluate`` command.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import attrs

from .errors import InputError, Problem

#: Matching levels, from the most lenient to the strictest.
LEVELS = ("root", "exact", "actor")

#: Labels of event-detection sets; ``ambiguous`` rows are left out of the scores.
DETECTION_LABELS = ("yes", "easy no", "difficult no", "ambiguous")

#: Columns an event-detection CSV must have (``accept``, ``reject`` and ``total``,
#: the annotators' votes, are read when present but not scored).
DETECTION_COLUMNS = ("label", "text")

# Consult (04x) and sign-agreement (057) events come in pairs in CAMEO: a visit
# and its hosting, the two sides of a meeting. The gold lists one direction;
# the other direction, coded with a generic consult code or with the same paired
# code, is tolerated (not counted as false) but does not count as found.
_PAIRED_PREFIXES = ("04", "057")
_REVERSE_ALWAYS = frozenset({"040", "042", "043"})        # consult, visit, host
_REVERSE_IF_ACCEPTED = frozenset({"044", "046", "057"})   # meet elsewhere, mediate... sign

_CODE_RE = re.compile(r"\d{2,4}")


class GoldFileError(InputError):
    """
    Raised when an annotated file cannot be used; carries every :class:`Problem`
    found (``path:line: message``), as :class:`~eventcoder.errors.DictionaryError` does.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:50])
        more = f"\n... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the annotated file:\n{shown}{more}")


# ----------------------------------------------------------------------
# gold records


@attrs.frozen
class GoldEvent:
    """
    One annotated event of a gold record.

    Args:
        source: CAMEO actor code of the initiator, ``""`` if none.
        target: CAMEO actor code of the recipient, ``""`` if none.
        code: The best CAMEO event code.
        accept: Every code an expert accepts; empty means ``(code,)``.
        required: A good coder must find it (counted in recall).
        forbidden: The text mentions the event but it did not happen (negated,
            denied, conditional, only threatened): predicting it is an error.
        note: Why, in a few words.

    .. versionadded:: 0.1.0
    """

    source: str
    target: str
    code: str
    accept: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    required: bool = False
    forbidden: bool = False
    note: str = ""

    @property
    def accepted(self) -> tuple[str, ...]:
        """The codes a prediction may carry: ``accept``, or the code alone."""
        return self.accept or (self.code,)

    @property
    def counted(self) -> bool:
        """Whether the event counts towards recall (required and not forbidden)."""
        return self.required and not self.forbidden


@attrs.frozen
class GoldRecord:
    """
    One annotated record: the coder's input (``id``, ``text``, ``date``) and its events.

    ``origin`` is ``path:line`` for messages.

    .. versionadded:: 0.1.0
    """

    id: str
    text: str
    date: str = ""
    events: tuple[GoldEvent, ...] = attrs.field(default=(), converter=tuple)
    origin: str = ""


def _is_code(v: Any) -> bool:
    return isinstance(v, str) and _CODE_RE.fullmatch(v) is not None


def _gold_event(obj: Any, where: str, k: int, problems: list[Problem], path: str, line: int) -> GoldEvent | None:
    at = f"event {k}"

    def bad(msg: str, severity: str = "error") -> None:
        problems.append(Problem(path, line, f"{where}: {at}: {msg}", severity))

    if not isinstance(obj, dict):
        bad(f"an event must be a JSON object, got {type(obj).__name__}")
        return None
    ok = True
    actors = {}
    for side in ("source", "target"):
        v = obj.get(side, "")
        if v is None:
            v = ""
        if not isinstance(v, str):
            bad(f"{side!r} must be a CAMEO actor code string or \"\" (got {v!r})")
            ok = False
        actors[side] = v
    code = obj.get("code")
    if not _is_code(code):
        bad(f"'code' must be a CAMEO event code of 2 to 4 digits as a string, e.g. \"036\" (got {code!r})")
        ok = False
    accept = obj.get("accept", [])
    if accept is None:
        accept = []
    if not isinstance(accept, list) or not all(_is_code(c) for c in accept):
        bad(f"'accept' must be a list of CAMEO event codes as strings, e.g. [\"036\", \"020\"] (got {accept!r})")
        ok = False
    flags = {}
    for flag in ("required", "forbidden"):
        v = obj.get(flag, False)
        if not isinstance(v, bool):
            bad(f"{flag!r} must be true or false (got {v!r})")
            ok = False
        flags[flag] = v
    note = obj.get("note", "")
    if not isinstance(note, str):
        note = str(note)
    if not ok:
        return None
    if "required" not in obj and not flags["forbidden"]:
        bad("no 'required': the event is taken as optional; write \"required\": true or false", "warning")
    if flags["required"] and flags["forbidden"]:
        bad("both 'required' and 'forbidden': a forbidden event is never required, 'required' is ignored",
            "warning")
    if accept and code not in accept:
        bad(f"'code' {code!r} is not in 'accept' {accept!r}: a prediction of it would not count", "warning")
    if not actors["source"] and not actors["target"]:
        bad("no source and no target: the event can never be matched", "warning")
    return GoldEvent(actors["source"], actors["target"], code, tuple(accept), flags["required"],
                     flags["forbidden"], note)


def parse_gold(lines: Iterable[str], name: str = "<gold>", *,
               warnings: list[Problem] | None = None) -> list[GoldRecord]:
    """
    Gold records from JSON Lines text.

    Args:
        lines: The lines of the file (with or without their newlines).
        name: The file name used in messages.
        warnings: A list that receives the :class:`Problem` warnings (an event
            without ``required``, a code not in its ``accept`` list...).

    Returns:
        The records in file order.

    Raises:
        GoldFileError: listing every error (bad JSON, missing ``id`` or
            ``text``, duplicate ``id``, malformed event) with ``path:line``.

    .. versionadded:: 0.1.0
    """
    from .records import check_date

    problems: list[Problem] = []
    out: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue

        def bad(msg: str, severity: str = "error") -> None:
            problems.append(Problem(name, n, msg, severity))

        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            bad(f"not JSON: {e}")
            continue
        if not isinstance(obj, dict):
            bad(f"a record must be a JSON object, got {type(obj).__name__}")
            continue
        rid = obj.get("id")
        if isinstance(rid, bool) or not isinstance(rid, (str, int)) or str(rid) == "":
            bad(f"'id' must be a non-empty string (got {rid!r})")
            continue
        rid = str(rid)
        where = f"record {rid!r}"
        if rid in seen:
            bad(f"{where}: duplicate id, first at line {seen[rid]}; ids must be unique")
            continue
        seen[rid] = n
        text = obj.get("text")
        if not isinstance(text, str):
            bad(f"{where}: 'text' must be a string (got {text!r})"[:300])
            continue
        date = obj.get("date") or ""
        if date:
            d = check_date(date)
            if d is None:
                bad(f"{where}: bad date {date!r}: expected YYYY-MM-DD")
                continue
            date = d
        evs = obj.get("events")
        if not isinstance(evs, list):
            bad(f"{where}: 'events' must be a list (got {evs!r}); write [] for a record with no event"[:300])
            continue
        before = sum(p.severity == "error" for p in problems)
        events = [_gold_event(e, where, k, problems, name, n) for k, e in enumerate(evs)]
        if sum(p.severity == "error" for p in problems) > before:
            continue
        out.append(GoldRecord(rid, text, date, tuple(e for e in events if e is not None), f"{name}:{n}"))
    errors = [p for p in problems if p.severity == "error"]
    if warnings is not None:
        warnings.extend(p for p in problems if p.severity != "error")
    if errors:
        raise GoldFileError(errors)
    return out


def load_gold(path: str | Path, *, warnings: list[Problem] | None = None) -> list[GoldRecord]:
    """
    Read a gold file (see :func:`parse_gold`).

    Raises:
        GoldFileError: on any error in the file.
        OSError: when the file cannot be read.

    .. versionadded:: 0.1.0
    """
    with open(path, encoding="utf-8") as f:
        return parse_gold(f, str(path), warnings=warnings)


def _as_gold(records: Iterable[GoldRecord | Mapping]) -> list[GoldRecord]:
    recs = list(records)
    if all(isinstance(r, GoldRecord) for r in recs):
        return recs
    lines = [json.dumps(attrs.asdict(r) if isinstance(r, GoldRecord) else dict(r), ensure_ascii=False)
             for r in recs]
    return parse_gold(lines, "<records>")


# ----------------------------------------------------------------------
# matching


def party(actor: str) -> str:
    """
    The part of an actor code that says who it is: the country's three letters,
    or six letters for an organisation (``IGOUNO``, ``NGOAMN``), so that two
    organisations differ while ``ISRMIL`` and ``ISRGOV`` are the same party.

    .. versionadded:: 0.1.0
    """
    return actor[:6] if actor.startswith(("IGO", "NGO")) else actor[:3]


def _agrees(source: str, target: str, code: str, want_src: str, want_tgt: str,
            accepted: Iterable[str], level: str) -> bool:
    """A coded (source, target, code) against one wanted direction and its accepted codes."""
    if level == "actor":
        if source != want_src or target != want_tgt:
            return False
    elif party(source) != party(want_src) or party(target) != party(want_tgt):
        return False
    if level == "exact":
        return code in accepted
    return code[:2] in {c[:2] for c in accepted}


def _other_direction(g: GoldEvent) -> tuple[str, str, tuple[str, ...]] | None:
    """The tolerated reverse of a paired (04x, 057) gold event, as (source, target, codes)."""
    if not (g.source and g.target) or not any(c.startswith(_PAIRED_PREFIXES) for c in g.accepted):
        return None
    codes = _REVERSE_ALWAYS | ({c[:3] for c in g.accepted} & _REVERSE_IF_ACCEPTED)
    return g.target, g.source, tuple(sorted(codes))


def gold_matches(pred: tuple[str, str, str], g: GoldEvent, level: str = "root") -> bool:
    """
    Whether a coded ``(source, target, code)`` is the gold event ``g`` at ``level``
    (the direction written in the gold only; see :func:`tolerated`).

    .. versionadded:: 0.1.0
    """
    return _agrees(*pred, g.source, g.target, g.accepted, level)


def tolerated(pred: tuple[str, str, str], g: GoldEvent, level: str = "root") -> bool:
    """
    Whether predicting ``(source, target, code)`` is no error given the gold
    event ``g``: it is ``g`` (unless ``g`` is forbidden), or ``g`` seen from
    the other side when ``g`` is a consult (04x) or agreement (057) event.

    .. versionadded:: 0.1.0
    """
    if g.forbidden:
        return False
    if gold_matches(pred, g, level):
        return True
    rev = _other_direction(g)
    return rev is not None and _agrees(*pred, *rev, level)


def _event_key(e: Any) -> tuple[str, str, str, str]:
    """(record_id, source, target, code) of an Event or an event dict."""
    if isinstance(e, Mapping):
        get = e.get
    else:
        def get(k, default=None):
            return getattr(e, k, default)
    rid = get("record_id", "")
    return ("" if rid is None else str(rid), get("source") or "", get("target") or "", str(get("code") or ""))


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_records: Iterable[GoldRecord | Mapping], events: Iterable[Any], level: str = "root") -> dict:
    """
    Score coded events against gold records.

    Each record is scored alone: an event counts only against the gold events
    of its own ``record_id``. Predictions are made distinct by (source,
    target, code) within a record.

    * Recall: the share of required (and not forbidden) gold events that some
      dyadic prediction matches at ``level``.
    * Precision: the share of dyadic predictions (source and target both set)
      that match a required or optional gold event, or the other direction of
      a 04x/057 one. A prediction that matches only a forbidden event, or no
      event, is false; the first kind is counted in ``forbidden`` too.
    * Predictions with an empty source or target are counted in ``monadic``
      and are neither right nor wrong; predictions for a record id that is not
      in the gold are counted in ``unknown_record_ids``.

    With no dyadic prediction, precision is 1.0 when nothing was required and
    0.0 otherwise; with nothing required, recall is 1.0.

    Args:
        gold_records: :class:`GoldRecord` objects or dicts as in the file.
        events: :class:`~eventcoder.events.Event` objects or dicts with
            ``record_id``, ``source``, ``target`` and ``code``.
        level: ``root`` (parties and two-digit root), ``exact`` (parties and
            the code itself), ``actor`` (full actor codes and root).

    Returns:
        A dict: ``level, recall, precision, f1, required, required_found,
        predicted, predicted_correct, forbidden, monadic, unknown_record_ids``
        (the keys of ``../shared/tools/score.py --json``), ``records``,
        ``roots`` (by two-digit root: ``gold``, ``found``, ``predicted``,
        ``false``), ``misses`` and ``false`` (one dict per missed gold event
        and per false prediction).

    Raises:
        ValueError: for an unknown ``level``.
        GoldFileError: when gold dicts are malformed.

    .. versionadded:: 0.1.0
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)} (got {level!r})")
    gold = _as_gold(gold_records)
    ids = {g.id for g in gold}
    coded: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    unknown = 0
    for e in events:
        rid, src, tgt, code = _event_key(e)
        if rid in ids:
            coded[rid].add((src, tgt, code))
        else:
            unknown += 1

    roots: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "predicted": 0, "false": 0})
    misses: list[dict] = []
    false: list[dict] = []
    n_req = n_found = n_pred = n_ok = n_forbidden = n_monadic = 0
    for rec in gold:
        preds = sorted(coded.get(rec.id, ()))
        dyadic = [p for p in preds if p[0] and p[1]]
        n_monadic += len(preds) - len(dyadic)
        for g in rec.events:
            if not g.counted:
                continue
            n_req += 1
            row = roots[g.code[:2]]
            row["gold"] += 1
            if any(gold_matches(p, g, level) for p in dyadic):
                n_found += 1
                row["found"] += 1
            else:
                misses.append({"record_id": rec.id, "source": g.source, "target": g.target, "code": g.code,
                               "accept": list(g.accepted), "note": g.note})
        for p in dyadic:
            n_pred += 1
            row = roots[p[2][:2]]
            row["predicted"] += 1
            if any(tolerated(p, g, level) for g in rec.events):
                n_ok += 1
                continue
            row["false"] += 1
            banned = [g for g in rec.events if g.forbidden and gold_matches(p, g, level)]
            n_forbidden += bool(banned)
            false.append({"record_id": rec.id, "source": p[0], "target": p[1], "code": p[2],
                          "forbidden": bool(banned), "note": banned[0].note if banned else ""})
    recall = _ratio(n_found, n_req, 1.0)
    precision = _ratio(n_ok, n_pred, 0.0 if n_req else 1.0)
    return {
        "level": level, "recall": recall, "precision": precision, "f1": _f1(precision, recall),
        "required": n_req, "required_found": n_found, "predicted": n_pred, "predicted_correct": n_ok,
        "forbidden": n_forbidden, "monadic": n_monadic, "unknown_record_ids": unknown,
        "records": len(gold), "roots": {r: roots[r] for r in sorted(roots)}, "misses": misses, "false": false,
    }


# ----------------------------------------------------------------------
# reasons, read from the coder's trace


def _rule_index(coder) -> dict[str, tuple[str, str]]:
    """``rule -> (code, pattern text)`` for every event pattern the coder has."""
    out: dict[str, tuple[str, str]] = {}
    patterns = getattr(getattr(coder, "tables", None), "patterns", None)
    if not isinstance(patterns, Mapping):
        return out
    for entries in patterns.values():
        try:
            for entry in entries:
                code, _elems, rule, text = entry[:4]
                out.setdefault(str(rule), (str(code), str(text)))
        except (TypeError, ValueError):
            continue
    return out


_RULE_ROOT_RE = re.compile(r"(?:^|[/\\])(\d\d)-[^/\\]*:\d+$")
_CHOSEN_RE = re.compile(r"pattern (['\"])(?P<pattern>.*)\1 -> (?P<code>\d{2,4})$")


@attrs.define
class _Site:
    """Everything the trace says about one trigger position of one sentence."""

    sentence: int
    pos: int
    word: str = ""
    tried: list = attrs.Factory(list)      # (pattern, rule, code or "", matched, why it did not match)
    results: list = attrs.Factory(list)    # trigger results, in order
    chosen: tuple | None = None            # (pattern, code) of the reading taken
    filters: list = attrs.Factory(list)    # (code, why)
    events: list = attrs.Factory(list)     # event dicts


class _Trace:
    """A record's trace, grouped by trigger site, with the rule index to name codes."""

    def __init__(self, steps: Sequence[Mapping], rules: Mapping[str, tuple[str, str]]):
        self.rules = rules
        self.sites: dict[tuple[int, int], _Site] = {}
        self.discarded: list[tuple[int, str]] = []
        self.actors: set[str] = set()
        tokens: list = []
        sent = 0
        for st in steps:
            kind = st.get("step")
            if kind == "sentence":
                sent = st.get("index", sent)
                tokens = st.get("tokens") or []
                if st.get("discarded"):
                    self.discarded.append((sent, str(st["discarded"])))
                for m in st.get("mentions") or ():
                    for c in [m.get("code")] + list(m.get("members") or ()):
                        if c:
                            self.actors.add(c)
                continue
            pos = st.get("pos")
            if not isinstance(pos, int):
                continue
            site = self.sites.get((sent, pos))
            if site is None:
                word = tokens[pos][0] if 0 <= pos < len(tokens) and tokens[pos] else ""
                site = self.sites[(sent, pos)] = _Site(sent, pos, str(word))
            if kind == "pattern":
                rule = str(st.get("rule", ""))
                code = str(st.get("code") or self.code_of(rule))
                res = str(st.get("result", ""))
                why = res.split(":", 1)[1].strip() if res.startswith("no match:") else ""
                site.tried.append((str(st.get("pattern", "")), rule, code, res == "match", why))
            elif kind == "trigger":
                site.word = str(st.get("word") or site.word)
                res = str(st.get("result", ""))
                site.results.append(res)
                m = _CHOSEN_RE.search(res)
                if m:
                    site.chosen = (m["pattern"], m["code"])
            elif kind == "filter":
                site.filters.append((str(st.get("code", "")), str(st.get("result", ""))))
            elif kind == "event":
                site.events.append(dict(st.get("event") or {}))

    def code_of(self, rule: str) -> str:
        if rule in self.rules:
            return self.rules[rule][0]
        m = _RULE_ROOT_RE.search(rule)
        return m.group(1) if m else ""

    def pattern_of(self, rule: str) -> str:
        if rule in self.rules:
            return self.rules[rule][1]
        for site in self.sites.values():
            for text, r, *_ in site.tried:
                if r == rule:
                    return text
        return ""

    def why_not(self, wanted, what: str) -> str:
        """Why no event whose code satisfies ``wanted`` came out: the first
        filter, reading, or pattern failure found, else "no trigger"."""
        sites = sorted(self.sites.values(), key=lambda s: (s.sentence, s.pos))
        for s in sites:
            for code, why in s.filters:
                if wanted(code):
                    why = why.removeprefix("not emitted: ")
                    pat = f" matched {s.chosen[0]!r} -> {code}" if s.chosen else f" -> {code}"
                    return f"trigger {s.word!r}{pat} but was filtered: {why}"
        for s in sites:
            good = [t for t in s.tried if t[3] and wanted(t[2])]
            if s.chosen and wanted(s.chosen[1]) and not s.events and not s.filters:
                return (f"trigger {s.word!r} matched {s.chosen[0]!r} -> {s.chosen[1]} but no event came out "
                        "(no actor on either side, one actor on both, or a bare role noun)")
            if good and s.chosen and not wanted(s.chosen[1]):
                return (f"trigger {s.word!r} was read as {s.chosen[0]!r} -> {s.chosen[1]}, "
                        f"not {good[0][0]!r} -> {good[0][2]}")
            for res in s.results:
                if res.startswith("sense discarded") and (good or any(wanted(t[2]) for t in s.tried)):
                    return f"trigger {s.word!r}: {res}"
        for s in sites:
            tried: dict[tuple[str, str], str] = {}
            for t in s.tried:
                if wanted(t[2]) and _progress(t[4]) >= _progress(tried.get((t[0], t[1]), "")):
                    tried[(t[0], t[1])] = t[4] or tried.get((t[0], t[1]), "")
            if tried and not any(t[3] and wanted(t[2]) for t in s.tried):
                # the patterns that got furthest first
                ranked = sorted(tried.items(), key=lambda kv: -_progress(kv[1]))
                shown = "; ".join(f"{p!r} [{r}]" + (f": {why}" if why else "") for (p, r), why in ranked[:2])
                more = f" (and {len(ranked) - 2} more)" if len(ranked) > 2 else ""
                return f"trigger {s.word!r} matched no pattern: {shown}{more}"
        for s in sites:
            if any(t[3] and wanted(t[2]) for t in s.tried) and not s.events:
                t = next(t for t in s.tried if t[3] and wanted(t[2]))
                return f"trigger {s.word!r} matched {t[0]!r} -> {t[2]} but another reading won"
        if self.discarded:
            i, by = self.discarded[0]
            return f"no trigger{what}; sentence {i} was discarded by {by}"
        return f"no trigger{what}"


def _progress(why: str) -> int:
    """How far a pattern got, from the trace's "element K (...) not found"."""
    m = re.search(r"element (\d+)", why)
    return int(m.group(1)) if m else 0


def _roots_text(codes: Iterable[str]) -> str:
    roots = sorted({c[:2] for c in codes})
    return f" of root {', '.join(roots)}"


def _origin(ev: Mapping, trace: _Trace) -> str:
    pat = trace.pattern_of(str(ev.get("rule", "")))
    by = f" by {pat!r}" if pat else ""
    rule = f" [{ev['rule']}]" if ev.get("rule") else ""
    return f"from {ev.get('trigger_text', '')!r}{by}{rule}"


def miss_reason(g: GoldEvent, level: str, events: Sequence[Mapping], trace: _Trace) -> str:
    """One line on why the gold event ``g`` was not found."""
    roots = {c[:2] for c in g.accepted}
    same = [e for e in events if str(e.get("code", ""))[:2] in roots]
    dyadic = [e for e in same if e.get("source") and e.get("target")]
    for e in dyadic:
        s, t, c = e["source"], e["target"], str(e["code"])
        if party(s) == party(g.source) and party(t) == party(g.target):
            if level == "exact" and c not in g.accepted:
                return f"found {s} -> {t} {c}, a code not in accept {list(g.accepted)} ({_origin(e, trace)})"
            if level == "actor":
                return f"found {s} -> {t} {c}: actor codes differ ({_origin(e, trace)})"
    for e in dyadic:
        if party(e["source"]) == party(g.target) and party(e["target"]) == party(g.source):
            return f"found the other direction {e['source']} -> {e['target']} {e['code']} ({_origin(e, trace)})"
    for e in same:
        if not (e.get("source") and e.get("target")):
            side = "target" if e.get("source") else "source"
            pat = trace.pattern_of(str(e.get("rule", "")))
            return (f"trigger {e.get('trigger_text', '')!r} matched {pat!r} but {side} not found "
                    f"(gave {e.get('source') or '-'} -> {e.get('target') or '-'} {e['code']})")
    for e in dyadic:
        s, t = e["source"], e["target"]
        if party(s) == party(g.source):
            what = "wrong target"
        elif party(t) == party(g.target):
            what = "wrong source"
        else:
            what = "wrong parties"
        return f"{what}: found {s} -> {t} {e['code']} ({_origin(e, trace)})"
    why = trace.why_not(lambda c: c[:2] in roots, _roots_text(g.accepted))
    if why.startswith(("no trigger", "trigger")) and " but was filtered" not in why:
        unknown = [a for a in (g.source, g.target)
                   if a and party(a) not in {party(x) for x in trace.actors}]
        if unknown:
            why += f"; actor {', '.join(unknown)} not recognised"
    return why


def false_reason(pred: Mapping, rec: GoldRecord, level: str, events: Sequence[Mapping], trace: _Trace) -> str:
    """One line on why the prediction ``pred`` is false."""
    s, t, c = pred["source"], pred["target"], pred["code"]
    ev = next((e for e in events if (e.get("source"), e.get("target"), str(e.get("code"))) == (s, t, c)), None)
    origin = f" ({_origin(ev, trace)})" if ev is not None else ""
    banned = [g for g in rec.events if g.forbidden and gold_matches((s, t, c), g, level)]
    if banned:
        return f"forbidden by the gold: {banned[0].note or 'negated, conditional, denied or threatened'}{origin}"
    allowed = [g for g in rec.events if not g.forbidden]
    for g in allowed:
        if party(s) == party(g.source) and party(t) == party(g.target):
            if c[:2] in {a[:2] for a in g.accepted}:
                if level == "exact":
                    return f"code not in accept {list(g.accepted)}{origin}"
                return f"actor codes differ from the gold {g.source} -> {g.target}{origin}"
            return f"the gold codes this pair {g.code}{' (' + g.note + ')' if g.note else ''}{origin}"
    for g in allowed:
        if c[:2] in {a[:2] for a in g.accepted}:
            return f"wrong parties: the gold has {g.source or '-'} -> {g.target or '-'} {g.code}{origin}"
    if not rec.events:
        return f"the gold has no event in this record{origin}"
    return f"no such event in the gold{origin}"


# ----------------------------------------------------------------------
# coding and scoring a file


def code_gold(coder, records: Iterable[GoldRecord]) -> tuple[list, dict[str, tuple[list[dict], list]]]:
    """Code every gold record with a trace; returns (events, {id: (event dicts, trace)})."""
    events: list = []
    by_id: dict[str, tuple[list[dict], list]] = {}
    for rec in records:
        trace: list = []
        evs = coder.code(rec.text, date=rec.date or None, record_id=rec.id, trace=trace)
        events.extend(evs)
        by_id[rec.id] = ([_as_dict(e) for e in evs], trace)
    return events, by_id


def _as_dict(e: Any) -> dict:
    if isinstance(e, Mapping):
        return dict(e)
    to_dict = getattr(e, "to_dict", None)
    return to_dict() if callable(to_dict) else attrs.asdict(e)


def evaluate_records(coder, records: Sequence[GoldRecord | Mapping], level: str = "root") -> dict:
    """
    Code ``records`` with ``coder`` and score them (see :func:`score`); every
    item of ``misses`` and ``false`` gets a ``reason`` read from the trace.

    .. versionadded:: 0.1.0
    """
    records = _as_gold(records)
    events, by_id = code_gold(coder, records)
    result = score(records, events, level)
    rules = _rule_index(coder)
    recs = {r.id: r for r in records}
    traces: dict[str, _Trace] = {}

    def trace_of(rid: str) -> _Trace:
        if rid not in traces:
            traces[rid] = _Trace(by_id[rid][1], rules)
        return traces[rid]

    for m in result["misses"]:
        g = next(g for g in recs[m["record_id"]].events
                 if g.counted and (g.source, g.target, g.code) == (m["source"], m["target"], m["code"]))
        m["reason"] = miss_reason(g, level, by_id[m["record_id"]][0], trace_of(m["record_id"]))
    for f in result["false"]:
        rid = f["record_id"]
        f["reason"] = false_reason(f, recs[rid], level, by_id[rid][0], trace_of(rid))
    return result


def evaluate_file(coder, path: str | Path, level: str = "root", *,
                  warnings: list[Problem] | None = None) -> dict:
    """
    Code the records of the gold file ``path`` and score them.

    Args:
        coder: A :class:`~eventcoder.coder.Coder` (anything with its ``code``
            method and ``trace`` argument will do).
        path: A gold file (JSON Lines, see ``docs/evaluation.md``).
        level: ``root``, ``exact`` or ``actor``.
        warnings: Receives the gold file's warnings.

    Returns:
        The dict of :func:`score`, each miss and false event with a ``reason``.

    Raises:
        GoldFileError: when the gold file has errors.
        OSError: when it cannot be read.

    .. versionadded:: 0.1.0
    """
    return evaluate_records(coder, load_gold(path, warnings=warnings), level)


def load_predictions(path: str | Path) -> list[dict]:
    """
    Coded events from a JSONL file written by ``eventcoder code`` (only
    ``record_id``, ``source``, ``target`` and ``code`` are used).

    Raises:
        GoldFileError: listing the lines that are not JSON objects with a code.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    out: list[dict] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as e:
                problems.append(Problem(str(path), n, f"not JSON: {e}"))
                continue
            if not isinstance(obj, dict) or not obj.get("code"):
                problems.append(Problem(str(path), n, "an event must be a JSON object with a 'code'"))
                continue
            out.append(obj)
    if problems:
        raise GoldFileError(problems)
    return out


# ----------------------------------------------------------------------
# event detection (PLOVER categories)


@attrs.frozen
class DetectionRow:
    """
    One sentence of an event-detection set.

    Args:
        id: The row's id (the line number when the file has none).
        event_type: The PLOVER category the label is about, e.g. ``"PROTEST"``.
        label: ``yes``, ``easy no``, ``difficult no`` or ``ambiguous``.
        text: The sentence.
        origin: ``path:line`` for messages.

    .. versionadded:: 0.1.0
    """

    id: str
    event_type: str
    label: str
    text: str
    origin: str = ""

    @property
    def positive(self) -> bool:
        return self.label == "yes"


def plover_categories() -> frozenset[str]:
    """Every PLOVER event category of the CAMEO mapping (``PROTEST``, ``ASSAULT``...)."""
    from . import codebook

    return frozenset(p.event for p in codebook.plover().values() if p.event)


def category_of(code: str) -> str:
    """
    The PLOVER category of a CAMEO event code, ``""`` when it has none:
    ``category_of("141") == "PROTEST"``, ``category_of("1712") == "ASSAULT"``
    while ``category_of("1711") == "COERCE"``.

    .. versionadded:: 0.1.0
    """
    from . import codebook

    p = codebook.plover_for(code)
    return p.event if p else ""


def parse_detection(text: str, name: str = "<detection>", event_type: str | None = None) -> list[DetectionRow]:
    """
    Rows of an event-detection CSV (header ``accept, event_type, id, label,
    reject, text, total``; only ``label`` and ``text`` are required, and
    ``event_type`` when ``event_type`` is not given).

    Args:
        text: The whole CSV.
        name: The file name used in messages.
        event_type: The category of rows with an empty or missing ``event_type``.

    Raises:
        GoldFileError: listing every bad row (unknown label, empty text...).

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    rows: list[DetectionRow] = []
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    need = list(DETECTION_COLUMNS) + ([] if event_type else ["event_type"])
    missing = [c for c in need if c not in header]
    if missing:
        raise GoldFileError([Problem(name, 1, f"missing column(s) {', '.join(missing)}; "
                                              f"the header has {', '.join(header) or 'nothing'}")])
    reader.fieldnames = header
    line = 1
    for raw in reader:
        start, line = line + 1, reader.line_num
        row = {k: (v or "").strip() if isinstance(v, str) else "" for k, v in raw.items() if k is not None}
        label = " ".join(row.get("label", "").lower().replace("_", " ").split())
        if label not in DETECTION_LABELS:
            problems.append(Problem(name, start, f"label {row.get('label', '')!r} is not one of "
                                                 f"{', '.join(repr(x) for x in DETECTION_LABELS)}"))
            continue
        if not row.get("text"):
            problems.append(Problem(name, start, "empty 'text'"))
            continue
        etype = (row.get("event_type") or event_type or "").upper()
        rows.append(DetectionRow(row.get("id") or str(start), etype, label, row["text"], f"{name}:{start}"))
    if problems:
        raise GoldFileError(problems)
    return rows


def load_detection(path: str | Path, event_type: str | None = None) -> list[DetectionRow]:
    """Read an event-detection CSV (see :func:`parse_detection`).

    .. versionadded:: 0.1.0
    """
    with open(path, encoding="utf-8", newline="") as f:
        return parse_detection(f.read(), str(path), event_type)


def score_detection(rows: Iterable[DetectionRow], detected: Mapping[str, bool], event_type: str) -> dict:
    """
    Precision, recall and F1 of sentence-level detection of one category.

    Args:
        rows: The rows; those of another ``event_type`` and the ``ambiguous``
            ones are left out.
        detected: ``row id -> whether the coder emitted an event of the category``.
        event_type: The PLOVER category.

    Returns:
        ``event_type, rows, ambiguous, tp, fp, fn, tn, precision, recall, f1,
        false_by_label`` (false positives among ``easy no`` and ``difficult no``),
        ``misses`` and ``false`` (row ids). With no detection, precision is 1.0
        when there is no positive row and 0.0 otherwise.

    .. versionadded:: 0.1.0
    """
    tp = fp = fn = tn = ambiguous = n = 0
    false_by_label = {"easy no": 0, "difficult no": 0}
    misses: list[str] = []
    false: list[str] = []
    for r in rows:
        if r.event_type != event_type:
            continue
        if r.label == "ambiguous":
            ambiguous += 1
            continue
        n += 1
        hit = bool(detected.get(r.id))
        if r.positive:
            tp += hit
            fn += not hit
            if not hit:
                misses.append(r.id)
        elif hit:
            fp += 1
            false_by_label[r.label] += 1
            false.append(r.id)
        else:
            tn += 1
    recall = _ratio(tp, tp + fn, 1.0)
    precision = _ratio(tp, tp + fp, 0.0 if tp + fn else 1.0)
    return {"event_type": event_type, "rows": n, "ambiguous": ambiguous, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": precision, "recall": recall, "f1": _f1(precision, recall),
            "false_by_label": false_by_label, "misses": misses, "false": false}


def detection_types(rows: Iterable[DetectionRow], event_types: Sequence[str] | None = None) -> list[str]:
    """The categories to score: ``event_types`` (upper-cased), or every
    ``event_type`` of ``rows``; raises ValueError for one PLOVER lacks."""
    known = plover_categories()
    types = list(dict.fromkeys(t.upper() for t in event_types)) if event_types else \
        list(dict.fromkeys(r.event_type for r in rows))
    bad = [t for t in types if t not in known]
    if bad:
        raise ValueError(f"unknown PLOVER event type(s) {', '.join(map(repr, bad))}; "
                         f"expected one of {', '.join(sorted(known))}")
    return types


def evaluate_detection(coder, rows: Sequence[DetectionRow], event_types: Sequence[str] | None = None) -> dict:
    """
    Code every row and score detection for each category.

    Args:
        coder: A :class:`~eventcoder.coder.Coder`.
        rows: From :func:`load_detection`.
        event_types: The categories to score; default: every ``event_type`` in ``rows``.

    Returns:
        ``{category: dict of score_detection}``, where ``misses`` and ``false``
        are lists of ``{"id", "label", "text", "reason"}``.

    Raises:
        ValueError: for a category that PLOVER does not have.

    .. versionadded:: 0.1.0
    """
    types = detection_types(rows, event_types)
    wanted = [r for r in rows if r.event_type in types and r.label != "ambiguous"]
    rules = _rule_index(coder)
    coded: dict[str, tuple[list[dict], list]] = {}
    for r in wanted:
        if r.id in coded:
            continue
        trace: list = []
        evs = coder.code(r.text, record_id=r.id, trace=trace)
        coded[r.id] = ([_as_dict(e) for e in evs], trace)
    by_id = {r.id: r for r in wanted}
    out = {}
    for t in types:
        detected = {rid: any(category_of(str(e.get("code", ""))) == t for e in evs)
                    for rid, (evs, _tr) in coded.items()}
        res = score_detection(rows, detected, t)
        cat_codes = lambda c, t=t: category_of(c) == t  # noqa: E731
        res["misses"] = [
            {"id": rid, "label": by_id[rid].label, "text": by_id[rid].text,
             "reason": _Trace(coded[rid][1], rules).why_not(cat_codes, f" of {t}")}
            for rid in res["misses"]]
        res["false"] = [
            {"id": rid, "label": by_id[rid].label, "text": by_id[rid].text,
             "reason": _detection_false(coded[rid][0], t, _Trace(coded[rid][1], rules))}
            for rid in res["false"]]
        out[t] = res
    return out


def _detection_false(events: Sequence[Mapping], category: str, trace: _Trace) -> str:
    e = next(e for e in events if category_of(str(e.get("code", ""))) == category)
    return f"emitted {e.get('source') or '-'} -> {e.get('target') or '-'} {e.get('code')} {_origin(e, trace)}"


# ----------------------------------------------------------------------
# text reports


def _root_name(root: str) -> str:
    from . import codebook

    ec = codebook.event_codes().get(root)
    return ec.name.capitalize() if ec else ""


def summary_line(r: Mapping) -> str:
    """The one-line summary, worded as ``../shared/tools/score.py`` words it.

    .. versionadded:: 0.1.0
    """
    return (f"{r['level']}: recall={r['recall']:.3f} ({r['required_found']}/{r['required']}) "
            f"precision={r['precision']:.3f} ({r['predicted_correct']}/{r['predicted']}) "
            f"f1={r['f1']:.3f} forbidden={r['forbidden']} monadic={r['monadic']} "
            f"unknown_ids={r['unknown_record_ids']}")


def format_report(r: Mapping, show: bool = False, title: str = "") -> str:
    """
    The text report of :func:`score` / :func:`evaluate_file`: the table by
    root, with ``show`` every miss and false event, then the summary line.

    .. versionadded:: 0.1.0
    """
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'root':<5}{'gold':>6}{'found':>7}{'recall':>8}{'coded':>7}{'false':>7}{'precision':>11}  name")
    for root, row in r["roots"].items():
        rec = f"{row['found'] / row['gold']:.2f}" if row["gold"] else "-"
        pre = f"{(row['predicted'] - row['false']) / row['predicted']:.2f}" if row["predicted"] else "-"
        lines.append(f"{root:<5}{row['gold']:>6}{row['found']:>7}{rec:>8}{row['predicted']:>7}{row['false']:>7}"
                     f"{pre:>11}  {_root_name(root)}")
    if show:
        for m in r["misses"]:
            note = f"  ({m['note']})" if m.get("note") else ""
            why = f": {m['reason']}" if m.get("reason") else ""
            lines.append(f"MISS {m['record_id']}: {m['source'] or '-'} -> {m['target'] or '-'} {m['code']}{why}{note}")
        for f in r["false"]:
            why = f": {f['reason']}" if f.get("reason") else (": forbidden" if f.get("forbidden") else "")
            lines.append(f"FALSE {f['record_id']}: {f['source']} -> {f['target']} {f['code']}{why}")
    lines.append(summary_line(r))
    return "\n".join(lines)


def format_detection(res: Mapping[str, Mapping], show: bool = False) -> str:
    """The text report of :func:`evaluate_detection`, one block a category.

    .. versionadded:: 0.1.0
    """
    lines = []
    for t, r in res.items():
        if show:
            for m in r["misses"]:
                lines.append(f"MISS {t} {m['id']}: {m['reason']}  | {m['text']}")
            for f in r["false"]:
                lines.append(f"FALSE {t} {f['id']} ({f['label']}): {f['reason']}  | {f['text']}")
        fl = r["false_by_label"]
        lines.append(f"{t}: precision={r['precision']:.3f} ({r['tp']}/{r['tp'] + r['fp']}) "
                     f"recall={r['recall']:.3f} ({r['tp']}/{r['tp'] + r['fn']}) f1={r['f1']:.3f} "
                     f"rows={r['rows']} ambiguous_left_out={r['ambiguous']} "
                     f"false_easy_no={fl['easy no']} false_difficult_no={fl['difficult no']}")
    return "\n".join(lines)


# ----------------------------------------------------------------------
# command line


def _add_dict_opts(p: argparse.ArgumentParser) -> None:
    # the same options as the other subcommands (cli._add_dict_opts)
    p.add_argument("--dictionaries", "-d", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder or file, loaded on top of the defaults (repeatable)")
    p.add_argument("--no-defaults", action="store_true", help="do not load the default dictionaries")
    p.add_argument("--no-cache", action="store_true", help="compile the dictionaries without the cache")


def add_parser(subparsers) -> argparse.ArgumentParser:
    """
    Add the ``evaluate`` subcommand to an ``argparse`` subparsers object.

    .. versionadded:: 0.1.0
    """
    p = subparsers.add_parser(
        "evaluate", help="score the coder against annotated gold files",
        description="Code the records of a gold file and report recall, precision and F1 (the last line is the "
                    "summary), or score sentence-level detection of a PLOVER category on a CSV set.")
    p.add_argument("gold", nargs="?", metavar="GOLD.jsonl", help="gold file (see docs/evaluation.md)")
    p.add_argument("--level", choices=LEVELS, default="root",
                   help="root: parties and root (default); exact: the code too; actor: full actor codes")
    p.add_argument("--show", action="store_true", help="list every miss and false event with a reason")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.add_argument("--predicted", metavar="EVENTS.jsonl",
                   help="score these coded events (eventcoder code output) instead of coding the gold records")
    p.add_argument("--detection", metavar="FILE.csv",
                   help="event-detection set (columns accept,event_type,id,label,reject,text,total)")
    p.add_argument("--event-type", action="append", default=[], metavar="TYPE",
                   help="PLOVER category to score with --detection, e.g. PROTEST or ASSAULT "
                        "(repeatable; default: every event_type in the file)")
    _add_dict_opts(p)
    return p


def _print_problems(problems: Iterable[Problem]) -> None:
    for p in problems:
        print(p, file=sys.stderr)


def run(args) -> int:
    """
    Run ``eventcoder evaluate``. Exit status: 0 done; 1 errors in the
    annotated file; 2 usage error or unreadable file.

    .. versionadded:: 0.1.0
    """
    if bool(args.gold) == bool(args.detection):
        print("eventcoder evaluate: give a GOLD.jsonl file or --detection FILE.csv (one of them)", file=sys.stderr)
        return 2
    if args.detection and args.predicted:
        print("eventcoder evaluate: --predicted goes with a GOLD.jsonl file, not with --detection", file=sys.stderr)
        return 2
    if args.event_type and not args.detection:
        print("eventcoder evaluate: --event-type goes with --detection", file=sys.stderr)
        return 2
    try:
        if args.detection:
            return _run_detection(args)
        return _run_gold(args)
    except GoldFileError as e:
        _print_problems(e.problems)
        print(f"eventcoder evaluate: {len(e.problems)} error(s); see above", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"eventcoder evaluate: cannot read {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return 2


def _coder(args):
    from .coder import Coder

    return Coder(args.dictionaries, defaults=not args.no_defaults, cache=not args.no_cache)


def _run_gold(args) -> int:
    warnings: list[Problem] = []
    records = load_gold(args.gold, warnings=warnings)
    _print_problems(warnings)
    if args.predicted:
        result = score(records, load_predictions(args.predicted), args.level)
    else:
        result = evaluate_records(_coder(args), records, args.level)
    if args.json:
        out = dict(result)
        if not args.show:
            out.pop("misses")
            out.pop("false")
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(format_report(result, show=args.show, title=f"{args.gold}: {len(records)} records"))
    return 0


def _run_detection(args) -> int:
    types = [t.upper() for t in args.event_type]
    try:
        detection_types([], types)
    except ValueError as e:
        print(f"eventcoder evaluate: --event-type: {e}", file=sys.stderr)
        return 2
    rows = load_detection(args.detection, types[0] if len(types) == 1 else None)
    try:
        types = detection_types(rows, types or None)
    except ValueError as e:
        print(f"eventcoder evaluate: {args.detection}: {e}", file=sys.stderr)
        return 1
    result = evaluate_detection(_coder(args), rows, types)
    if args.json:
        if not args.show:
            result = {t: {k: v for k, v in r.items() if k not in ("misses", "false")} for t, r in result.items()}
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_detection(result, show=args.show))
    return 0
