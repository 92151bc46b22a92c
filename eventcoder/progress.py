"""
A progress line on standard error for long runs: records done, events, rate
and, when the total is known, a bar and the time left. Shown only when the
stream is a terminal and the run is not ``--quiet``; silent otherwise (files,
pipes, CI logs never receive carriage returns).

The coding loop calls :meth:`Progress.update` once per record; drawing is
throttled, so the call costs a clock read.

.. versionadded:: 0.1.0
"""
from __future__ import annotations

import os
import sys
import time
from typing import IO, Callable, Iterable


def _fmt_time(seconds: float) -> str:
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _fmt_count(n: float) -> str:
    if n >= 10_000_000:
        return f"{n / 1e6:.0f}M"
    if n >= 100_000:
        return f"{n / 1e3:.0f}k"
    return f"{int(n)}"


class Progress:
    """
    A throttled, single-line progress display.

    Args:
        total: Records expected, if known (enables the bar and the ETA).
        stream: Where to draw (standard error by default).
        enabled: Draw or not; ``None`` means "when ``stream`` is a terminal".
        interval: Seconds between redraws.
        delay: Seconds before the first draw, so that short runs show nothing.
        clock: A monotonic clock (tests pass a fake one).
        width: Characters of the line; ``None`` asks the terminal.

    Attributes:
        done: Records counted so far.
        events: Events counted so far.

    >>> p = Progress(total=10, enabled=False)
    >>> for _ in range(10): p.update()
    >>> p.done
    10
    >>> p.close()

    .. versionadded:: 0.1.0
    """

    def __init__(self, total: int | None = None, *, stream: IO[str] | None = None, enabled: bool | None = None,
                 interval: float = 0.2, delay: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 width: int | None = None):
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            try:
                enabled = bool(isatty and isatty())
            except (ValueError, OSError):  # closed stream
                enabled = False
        self.enabled = enabled
        self.total = total if total and total > 0 else None
        self.interval = interval
        self.delay = delay
        self.clock = clock
        self.width = width
        self.done = 0
        self.events = 0
        self.start = clock()
        self._last_draw = float("-inf")
        self._drawn = 0  # length of what is on the line now
        self._closed = False

    # -- the loop's calls -----------------------------------------------------

    def update(self, n: int = 1, events: int = 0) -> None:
        """Count ``n`` more records (and ``events`` more events); redraw if due."""
        self.done += n
        self.events += events
        if not self.enabled:
            return
        now = self.clock()
        if now - self._last_draw >= self.interval and now - self.start >= self.delay:
            self._last_draw = now
            self._draw(now)

    def print(self, message: str) -> None:
        """Write a message line (a skipped record, a warning) without breaking
        the progress line: clear it, print, and let the next update redraw."""
        self.clear()
        print(message, file=self.stream)

    def clear(self) -> None:
        """Erase the progress line."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0
            self._last_draw = float("-inf")

    def close(self) -> None:
        """Erase the line; the caller prints its own summary after this."""
        if self._closed:
            return
        self._closed = True
        self.clear()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- drawing -------------------------------------------------------------

    def line(self, now: float | None = None) -> str:
        """The progress text at time ``now`` (the clock's time if ``None``)."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        rate_s = f"{rate:,.0f}/s" if rate >= 10 else f"{rate:.1f}/s"
        parts = []
        if self.total:
            frac = min(self.done / self.total, 1.0)
            parts.append(f"{_fmt_count(self.done)}/{_fmt_count(self.total)} records")
            left = (self.total - self.done) / rate if rate > 0 and self.done < self.total else 0.0
            tail = f"{_fmt_count(self.events)} events  {rate_s}  ETA {_fmt_time(left) if rate > 0 else '?'}"
            head = f"{frac * 100:3.0f}% "
            width = self._width()
            bar_w = width - len(head) - len(parts[0]) - len(tail) - 6
            if bar_w >= 10:
                filled = int(frac * bar_w)
                return f"{head}[{'#' * filled}{'.' * (bar_w - filled)}] {parts[0]}  {tail}"[:width - 1]
            return f"{head}{parts[0]}  {tail}"[:width - 1]
        return (f"{_fmt_count(self.done)} records  {_fmt_count(self.events)} events  {rate_s}  "
                f"{_fmt_time(elapsed)}")[:self._width() - 1]

    def _width(self) -> int:
        if self.width:
            return self.width
        try:
            return os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            return 80

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = " " * max(0, self._drawn - len(text))
        self.stream.write("\r" + text + pad)
        self.stream.flush()
        self._drawn = len(text)


def count_records(paths: Iterable[str], input_format: str = "auto") -> int | None:
    """
    How many records the inputs hold, for the bar's total: the lines of JSON
    Lines files (a blank line counts, so the total may run a little high),
    one per plain-text file. ``None`` when a path is standard input or cannot
    be read (the display then shows no ETA). Reads each JSONL file once, in
    binary blocks (about 1 s per GB).

    .. versionadded:: 0.1.0
    """
    total = 0
    paths = list(paths) or ["-"]
    for p in paths:
        if p == "-":
            return None
        fmt = input_format
        if fmt == "auto":
            fmt = "jsonl" if p.endswith((".jsonl", ".ndjson")) else "text"
        if fmt != "jsonl":
            total += 1
            continue
        try:
            with open(p, "rb") as f:
                last = b"\n"
                n = 0
                for block in iter(lambda: f.read(1 << 20), b""):
                    n += block.count(b"\n")
                    last = block[-1:]
                if last != b"\n":
                    n += 1
        except OSError:
            return None
        total += n
    return total


def progress_from_args(args, total: int | None = None, stream: IO[str] | None = None) -> Progress:
    """
    The progress display for ``eventcoder code``: drawn on standard error when it
    is a terminal, unless ``--quiet``. When drawn and ``total`` is not given, the
    input files named by ``args.files`` are counted (:func:`count_records`) for
    the bar and the ETA; when silent, nothing is read.

    Args:
        args: Parsed options (reads ``quiet``, ``files``, ``input_format``).
        total: Records expected, or ``None`` to count them when drawn.
        stream: Where to draw (standard error by default).

    .. versionadded:: 0.1.0
    """
    enabled = False if getattr(args, "quiet", False) else None
    p = Progress(total, stream=stream, enabled=enabled)
    if p.enabled and p.total is None and getattr(args, "files", None) is not None:
        n = count_records(args.files, getattr(args, "input_format", "auto") or "auto")
        p.total = n if n else None
    return p
