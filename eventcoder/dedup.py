"""
Deduplication: one event per record, or one a day, for each (source, target,
code), counting the mentions it stands for in ``num_mentions``.

``record``: one event per (record, source, target, code): a story that reports
the same act three times counts once, with ``num_mentions=3``.
``day``: one event per (date, source, target, code), the Phoenix pipeline's
"one-a-day" filter: every story of the day that reports the act merges into
one event. The date is the event's date (the record's date moved by a time
expression such as أمس, yesterday), else the record's date.

Events that differ in modality or negation are different claims and are never
merged (``--emit negated`` keeps "attacked" and "did not attack" apart). The
first event of a group is kept (its words, spans and record); its
``num_mentions`` becomes the sum over the group, and its extra dict gains
``num_articles`` (distinct records) and ``num_sources`` (distinct ``source``
keys of the records; 1 for a single record without one; ``None``, unknown, for
several records none of which has one).

.. versionadded:: 0.1.0
"""
from __future__ import annotations

from typing import Iterable, Iterator

import attrs

from .events import Event

#: The dedup modes, for ``--dedup``.
MODES = ("none", "record", "day")

Pair = tuple  # (Event, dict)


class _Group:
    __slots__ = ("event", "extra", "mentions", "records", "sources")

    def __init__(self, ev: Event, extra: dict):
        self.event = ev
        self.extra = extra
        self.mentions = 0
        self.records: set[str] = set()
        self.sources: set[str] = set()

    def add(self, ev: Event, extra: dict) -> None:
        self.mentions += max(1, int(ev.num_mentions))
        self.records.add(ev.record_id)
        src = extra.get("source") if extra else None
        if isinstance(src, str) and src:
            self.sources.add(src)

    def result(self) -> tuple[Event, dict]:
        ev = attrs.evolve(self.event, num_mentions=self.mentions)
        extra = dict(self.extra or {})
        extra["num_articles"] = len(self.records)
        if self.sources:
            extra["num_sources"] = len(self.sources)
        else:  # one article is one source; several with no "source" key: unknown
            extra["num_sources"] = 1 if len(self.records) == 1 else None
        return ev, extra


def _key(ev: Event, mode: str) -> tuple:
    what = (ev.source, ev.target, ev.code, ev.modality, ev.negated)
    if mode == "record":
        return (ev.record_id,) + what
    return (ev.event_date or ev.date,) + what


def dedup(pairs: Iterable[tuple[Event, dict | None]], mode: str = "day") -> Iterator[tuple[Event, dict]]:
    """
    Deduplicate ``(event, extra)`` pairs.

    Args:
        pairs: What the coder produced, in order: each event with its record's
            pass-through keys.
        mode: ``none`` (pairs pass unchanged), ``record`` or ``day``.

    Yields:
        ``(event, extra)``, one per group, in the order of each group's first
        event.

    ``record`` streams: a record's groups are emitted when the next record
    begins, so memory holds one record (a record id that comes back later, not
    next to its first appearance, starts new groups). ``day`` holds one event
    per group until the input ends.

    .. versionadded:: 0.1.0
    """
    if mode not in MODES:
        raise ValueError(f"dedup mode must be one of {', '.join(MODES)} (got {mode!r})")
    if mode == "none":
        for ev, extra in pairs:
            yield ev, (extra if extra is not None else {})
        return
    groups: dict[tuple, _Group] = {}
    current: str | None = None
    for ev, extra in pairs:
        extra = extra if extra is not None else {}
        if mode == "record" and ev.record_id != current:
            for g in groups.values():
                yield g.result()
            groups = {}
            current = ev.record_id
        k = _key(ev, mode)
        g = groups.get(k)
        if g is None:
            g = groups[k] = _Group(ev, extra)
        g.add(ev, extra)
    for g in groups.values():
        yield g.result()


def dedup_stage(mode: str = "none"):
    """
    A pipeline stage: a function from an iterable of ``(event, extra)`` to an
    iterable of ``(event, extra)``, for the CLI's ``--dedup``.

    .. versionadded:: 0.1.0
    """
    if mode not in MODES:
        raise ValueError(f"dedup mode must be one of {', '.join(MODES)} (got {mode!r})")

    def stage(pairs):
        return dedup(pairs, mode)

    return stage


def dedup_from_args(args):
    """The dedup stage ``--dedup`` asks for (``none`` when the option is absent).

    .. versionadded:: 0.1.0
    """
    return dedup_stage(getattr(args, "dedup", "none") or "none")
