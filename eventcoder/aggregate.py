"""
Aggregation of coded events into time series: per period (day, ISO week or
month) and, optionally, per directed dyad (source, target), the number of
events, of mentions, of events per CAMEO root and per QuadClass, and the sum
and mean of their Goldstein scores; as CSV, and as a plot (matplotlib,
optional).

Pure Python: pandas is not needed; matplotlib only for :func:`plot`.

.. versionadded:: 0.1.0
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from typing import IO, Iterable, NamedTuple

from . import codebook
from .events import Event

#: Period lengths for ``--by``.
PERIODS = ("day", "week", "month")
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
QUADS = (1, 2, 3, 4)
#: CSV columns (``source`` and ``target`` only with dyads).
COLUMNS_HEAD = ("period", "period_start")
COLUMNS_DYAD = ("source", "target")
COLUMNS_TAIL = (("events", "mentions") + tuple(f"root_{r}" for r in ROOTS) + tuple(f"quad_{q}" for q in QUADS)
                + ("goldstein_sum", "goldstein_mean"))


def period_of(day: _dt.date, by: str) -> tuple[str, _dt.date]:
    """
    The period a date falls in: its label and first day.

    ``day``: ``2025-05-14``; ``week``: ISO week ``2025-W20``, starting Monday
    2025-05-12; ``month``: ``2025-05``, starting 2025-05-01.

    .. versionadded:: 0.1.0
    """
    if by == "day":
        return day.isoformat(), day
    if by == "week":
        y, w, wd = day.isocalendar()
        return f"{y:04d}-W{w:02d}", day - _dt.timedelta(days=wd - 1)
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    raise ValueError(f"period must be one of {', '.join(PERIODS)} (got {by!r})")


def next_period(start: _dt.date, by: str) -> _dt.date:
    """The first day of the period after the one starting on ``start``."""
    if by == "day":
        return start + _dt.timedelta(days=1)
    if by == "week":
        return start + _dt.timedelta(days=7)
    if by == "month":
        return _dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    raise ValueError(f"period must be one of {', '.join(PERIODS)} (got {by!r})")


class Row:
    """
    One period (and dyad) of the aggregate.

    Attributes:
        period, period_start: Label and first day of the period.
        source, target: The dyad (``""`` without ``--dyad``, or an absent actor).
        events, mentions: Events, and the mentions they stand for.
        roots: Events per CAMEO root, ``{"01": n, ...}`` (every root present).
        quads: Events per QuadClass, ``{1: n, ..., 4: n}``.
        goldstein_sum: Sum of the events' Goldstein scores.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("period", "period_start", "source", "target", "events", "mentions", "roots", "quads",
                 "goldstein_sum")

    def __init__(self, period: str, period_start: _dt.date, source: str = "", target: str = ""):
        self.period = period
        self.period_start = period_start
        self.source = source
        self.target = target
        self.events = 0
        self.mentions = 0
        self.roots = {r: 0 for r in ROOTS}
        self.quads = {q: 0 for q in QUADS}
        self.goldstein_sum = 0.0

    @property
    def goldstein_mean(self) -> float | None:
        """Mean Goldstein score of the events; ``None`` in a period with none."""
        return self.goldstein_sum / self.events if self.events else None

    def as_dict(self, dyad: bool) -> dict:
        d = {"period": self.period, "period_start": self.period_start.isoformat()}
        if dyad:
            d["source"] = self.source
            d["target"] = self.target
        d["events"] = self.events
        d["mentions"] = self.mentions
        for r in ROOTS:
            d[f"root_{r}"] = self.roots[r]
        for q in QUADS:
            d[f"quad_{q}"] = self.quads[q]
        d["goldstein_sum"] = round(self.goldstein_sum, 6)
        m = self.goldstein_mean
        d["goldstein_mean"] = None if m is None else round(m, 6)
        return d


class Aggregate(NamedTuple):
    """
    The result of :func:`aggregate`.

    Attributes:
        rows: One :class:`Row` per period (and dyad), sorted by period, then dyad.
        by: The period length.
        dyad: Rows are per dyad.
        counted: Events counted.
        undated: Events left out because neither their event date nor their
            record's date is a ``YYYY-MM-DD`` date.
        filtered: Events left out by the source/target filters.
        undirected: Dyads are without direction.

    .. versionadded:: 0.1.0
    """

    rows: list
    by: str
    dyad: bool
    counted: int
    undated: int
    filtered: int
    undirected: bool = False


def _actor(code: str, level: str) -> str:
    return code[:3] if level == "country" else code


def _quad(ev: Event) -> int:
    if ev.quad_class in QUADS:
        return ev.quad_class
    try:
        return codebook.lookup(ev.code).quad_class
    except KeyError:
        return 0


def _day(ev: Event) -> _dt.date | None:
    for v in (ev.event_date, ev.date):
        if v and len(v) >= 10:
            try:
                return _dt.date.fromisoformat(v[:10])
            except ValueError:
                continue
    return None


def aggregate(events: Iterable[Event] | Iterable[tuple[Event, dict]], by: str = "day", *, dyad: bool = False,
              actor_level: str = "full", source: str | None = None, target: str | None = None,
              undirected: bool = False, fill: bool = False) -> Aggregate:
    """
    Count events per period (and dyad).

    Args:
        events: Events, or ``(event, extra)`` pairs.
        by: ``day``, ``week`` (ISO, from Monday) or ``month``.
        dyad: One row per period and directed dyad (source, target).
        actor_level: ``full`` codes (``IRNGOV``), or ``country``: the first
            three letters (``IRN``; every IGO becomes ``IGO``).
        source, target: Keep only events whose source (target) code starts
            with this prefix (``IRN`` matches ``IRNGOV``); ``""`` matches only an
            absent actor.
        undirected: Dyads without direction: ``IRN → RUS`` and ``RUS → IRN``
            count together as ``IRN``–``RUS`` (the two codes in alphabetical
            order in ``source``, ``target``), and the filters match either
            direction.
        fill: Add empty rows for periods with no event, from the first period to
            the last, for every dyad (or for the single series).

    The period of an event is that of its ``event_date``, else its record's
    ``date``. Counts are of events (rows); ``mentions`` adds up their
    ``num_mentions`` (more than ``events`` after ``--dedup``).

    .. versionadded:: 0.1.0
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)} (got {by!r})")
    if actor_level not in ("full", "country"):
        raise ValueError(f"actor_level must be 'full' or 'country' (got {actor_level!r})")
    table: dict[tuple, Row] = {}
    counted = undated = filtered = 0
    def matches(code: str, prefix: str | None) -> bool:
        return prefix is None or (code.startswith(prefix) if prefix else code == "")

    for item in events:
        ev = item if isinstance(item, Event) else item[0]
        if not (matches(ev.source, source) and matches(ev.target, target)) and not (
                undirected and matches(ev.target, source) and matches(ev.source, target)):
            filtered += 1
            continue
        day = _day(ev)
        if day is None:
            undated += 1
            continue
        label, start = period_of(day, by)
        s, t = (_actor(ev.source, actor_level), _actor(ev.target, actor_level)) if dyad else ("", "")
        if undirected and t < s:
            s, t = t, s
        key = (start, s, t)
        row = table.get(key)
        if row is None:
            row = table[key] = Row(label, start, s, t)
        row.events += 1
        row.mentions += max(1, int(ev.num_mentions))
        r = ev.code[:2]
        if r in row.roots:
            row.roots[r] += 1
        q = _quad(ev)
        if q in row.quads:
            row.quads[q] += 1
        row.goldstein_sum += float(ev.goldstein)
        counted += 1
    if fill and table:
        first = min(k[0] for k in table)
        last = max(k[0] for k in table)
        series = {(k[1], k[2]) for k in table}
        start = first
        while start <= last:
            label = period_of(start, by)[0]
            for s, t in series:
                table.setdefault((start, s, t), Row(label, start, s, t))
            start = next_period(start, by)
    rows = [table[k] for k in sorted(table)]
    return Aggregate(rows, by, dyad, counted, undated, filtered, undirected and dyad)


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    s = str(v)
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(agg: Aggregate, out: IO[str]) -> None:
    """
    Write the aggregate as CSV: ``period, period_start, [source, target,]
    events, mentions, root_01 .. root_20, quad_1 .. quad_4, goldstein_sum,
    goldstein_mean`` (the mean is empty in a period with no event).

    .. versionadded:: 0.1.0
    """
    cols = COLUMNS_HEAD + (COLUMNS_DYAD if agg.dyad else ()) + COLUMNS_TAIL
    out.write(",".join(cols) + "\n")
    for row in agg.rows:
        d = row.as_dict(agg.dyad)
        out.write(",".join(_csv_cell(d[c]) for c in cols) + "\n")


QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLOURS = {1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#b2182b"}


def plot(agg: Aggregate, path: str, *, top: int = 6, title: str | None = None) -> list[tuple[str, str]]:
    """
    Draw the series to an image file (PNG, SVG or PDF by the file's
    extension). Needs matplotlib; uses no pyplot state, so it is safe in a
    library and without a display.

    Upper panel: events per period, stacked by QuadClass for a single series,
    one line per dyad otherwise (the ``top`` dyads with the most events).
    Lower panel: the Goldstein sum per period (cooperation above zero,
    conflict below). Periods with no event are drawn as zero.

    Returns:
        The series drawn, as ``(source, target)`` (``("", "")`` for all events).

    Raises:
        ImportError: matplotlib is not installed.
        ValueError: Nothing to draw.

    .. versionadded:: 0.1.0
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError as e:
        raise ImportError("plotting needs matplotlib: pip install 'eventcoder[plot]'") from e
    if not agg.rows:
        raise ValueError("no events to plot")
    totals: dict[tuple[str, str], int] = {}
    for r in agg.rows:
        totals[(r.source, r.target)] = totals.get((r.source, r.target), 0) + r.events
    chosen = sorted(totals, key=lambda k: (-totals[k], k))[:max(1, top)]
    first = min(r.period_start for r in agg.rows)
    last = max(r.period_start for r in agg.rows)
    starts = []
    s = first
    while s <= last:
        starts.append(s)
        s = next_period(s, agg.by)
    by_series: dict[tuple[str, str], dict[_dt.date, Row]] = {k: {} for k in chosen}
    for r in agg.rows:
        k = (r.source, r.target)
        if k in by_series:
            by_series[k][r.period_start] = r

    fig = Figure(figsize=(10, 6.5), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax1, ax2 = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    # A bar covers its period, from its first day, with a small gap.
    widths = [(next_period(d, agg.by) - d).days * 0.85 for d in starts]

    def label(k):
        if k == ("", ""):
            return "all events"
        return f"{k[0] or '—'} {'–' if agg.undirected else '→'} {k[1] or '—'}"

    if len(chosen) == 1:
        rows = by_series[chosen[0]]
        bottom = [0] * len(starts)
        for q in QUADS:
            vals = [rows[d].quads[q] if d in rows else 0 for d in starts]
            ax1.bar(starts, vals, width=widths, align="edge", bottom=bottom, color=QUAD_COLOURS[q], label=QUAD_NAMES[q])
            bottom = [b + v for b, v in zip(bottom, vals)]
        gs = [rows[d].goldstein_sum if d in rows else 0.0 for d in starts]
        ax2.bar(starts, gs, width=widths, align="edge", color=["#1b7837" if g >= 0 else "#b2182b" for g in gs])
        ax1.legend(loc="upper left", fontsize="small", ncols=2)
    else:
        for k in chosen:
            rows = by_series[k]
            ax1.plot(starts, [rows[d].events if d in rows else 0 for d in starts], marker="o", ms=3, label=label(k))
            ax2.plot(starts, [rows[d].goldstein_sum if d in rows else 0.0 for d in starts], marker="o", ms=3,
                     label=label(k))
        ax1.legend(loc="upper left", fontsize="small", ncols=2)
    top_y = ax1.get_ylim()[1]
    ax1.set_ylim(0, max(top_y, 1) * 1.3)  # room for the legend above the highest bar
    locator = AutoDateLocator(minticks=3, maxticks=10)
    ax2.xaxis.set_major_locator(locator)
    ax2.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax1.set_ylabel(f"events per {agg.by}")
    ax2.set_ylabel("Goldstein sum")
    ax2.axhline(0, color="black", lw=0.6)
    ax1.grid(axis="y", alpha=0.3)
    ax2.grid(axis="y", alpha=0.3)
    if title is None:
        title = f"Events per {agg.by}" + (f": {label(chosen[0])}" if len(chosen) == 1 and chosen[0] != ("", "")
                                          else "")
    ax1.set_title(title)
    fig.savefig(path)
    return chosen


# ----------------------------------------------------------------------------
# CLI


def add_parser(subparsers) -> argparse.ArgumentParser:
    """
    Add the ``aggregate`` subcommand to an argparse ``subparsers`` object;
    :func:`run` carries it out.

    .. versionadded:: 0.1.0
    """
    p = subparsers.add_parser(
        "aggregate", help="count coded events per day, week or month (and dyad), as CSV or a plot",
        description="Count coded events per period (and directed dyad): events, mentions, events per CAMEO root "
                    "and QuadClass, Goldstein sum and mean. Reads the coder's JSONL or CSV output.")
    p.add_argument("events", nargs="+", metavar="EVENTS",
                   help="the coder's output: .jsonl (or any name) = JSON Lines, .csv = CSV; '-' = stdin")
    p.add_argument("--by", choices=PERIODS, default="day", help="period length (week = ISO week from Monday)")
    p.add_argument("--dyad", action="store_true", help="one row per period and directed dyad (source, target)")
    p.add_argument("--undirected", action="store_true",
                   help="with --dyad: A→B and B→A count together (and --source/--target match both ways)")
    p.add_argument("--actor-level", choices=["full", "country"], default="full",
                   help="dyads by full actor codes (IRNGOV) or by their first three letters (IRN)")
    p.add_argument("--source", default=None, metavar="PREFIX",
                   help="only events whose source code starts with PREFIX (e.g. IRN)")
    p.add_argument("--target", default=None, metavar="PREFIX",
                   help="only events whose target code starts with PREFIX (e.g. RUS)")
    p.add_argument("--fill", action="store_true", help="add zero rows for periods without events")
    p.add_argument("--input-format", choices=["auto", "jsonl", "csv"], default="auto")
    p.add_argument("--output", "-o", default="-", help="CSV output file (default: stdout)")
    p.add_argument("--plot", metavar="FILE.png", default=None,
                   help="also draw the series to FILE (.png, .svg, .pdf); needs matplotlib (eventcoder[plot])")
    p.add_argument("--top", type=int, default=6, help="dyads drawn in the plot (those with most events)")
    p.add_argument("--quiet", "-q", action="store_true", help="no messages on stderr")
    return p


def run(args, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """
    Carry out ``eventcoder aggregate``. Exit status: 0 every line read; 3 some
    lines (or files) could not be read, reported on stderr as ``path:line:
    message``; 2 usage error (matplotlib missing for ``--plot``, nothing to
    plot).

    .. versionadded:: 0.1.0
    """
    from .writers import iter_events

    out_default = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if args.plot:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            print("eventcoder: --plot needs matplotlib: pip install 'eventcoder[plot]'", file=err)
            return 2
    problems: list = []
    failed_files = 0
    n_files = 0

    def pairs():
        nonlocal failed_files, n_files
        for path in args.events:
            try:
                n_files += 1
                yield from iter_events(path, input_format=args.input_format, problems=problems)
            except OSError as e:
                failed_files += 1
                if not args.quiet:
                    print(f"{path}: cannot open: {e.strerror or e}", file=err)

    agg = aggregate(pairs(), args.by, dyad=args.dyad, actor_level=args.actor_level, source=args.source,
                    target=args.target, undirected=args.undirected, fill=args.fill)
    if args.output == "-":
        write_csv(agg, out_default)
        out_default.flush()
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            write_csv(agg, f)
    status = 3 if problems or failed_files else 0
    if not args.quiet:
        for p in problems:
            print(p, file=err)
        msg = f"eventcoder: {agg.counted} events counted in {len(agg.rows)} rows"
        if agg.undated:
            msg += f", {agg.undated} without a date left out"
        if agg.filtered:
            msg += f", {agg.filtered} filtered out"
        if problems:
            msg += f", {len(problems)} lines not read"
        print(msg, file=err)
    if args.plot:
        if not agg.rows:
            print("eventcoder: nothing to plot (no dated events)", file=err)
            return 2
        shown = plot(agg, args.plot, top=args.top)
        if not args.quiet:
            print(f"eventcoder: plot of {len(shown)} series written to {args.plot}", file=err)
    return status
