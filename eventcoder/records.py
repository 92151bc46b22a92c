"""
Reading input records: plain text files (one document a file) and JSON Lines
(one record a line, ``{"id", "text", "date", ...}``), streamed line by line so
that a file of any size is read in constant memory.

A line that cannot be coded is not an exception: the reader yields a
:class:`Skipped` with the line number and the reason, and goes on.
"""
from __future__ import annotations

import datetime as _dt
import json
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, NamedTuple


class Record(NamedTuple):
    """An input record. ``extra`` holds keys passed through (url, source, title...)."""

    id: str
    text: str
    date: str
    extra: dict
    origin: str  # "file:line" for messages


class Skipped(NamedTuple):
    """A record that was not coded, and why."""

    origin: str
    id: str
    reason: str
    raw: str


DEFAULT_MAX_CHARS = 1_000_000


def check_date(value) -> str | None:
    """An ISO ``YYYY-MM-DD`` date string, or None when ``value`` is not one."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if len(v) >= 10:
        v10 = v[:10]
        try:
            _dt.date.fromisoformat(v10)
            return v10
        except ValueError:
            return None
    if len(v) == 8 and v.isdigit():  # YYYYMMDD, as GDELT writes it
        try:
            return _dt.date(int(v[:4]), int(v[4:6]), int(v[6:])).isoformat()
        except ValueError:
            return None
    return None


def _decode(raw: bytes) -> tuple[str, bool]:
    """Decode UTF-8, replacing invalid bytes; returns (text, had_errors)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), True


def read_jsonl(stream: IO[bytes], name: str, *, max_chars: int = DEFAULT_MAX_CHARS,
               default_date: str = "", warnings: list | None = None) -> Iterator[Record | Skipped]:
    """Records from a JSON Lines byte stream."""
    for n, raw in enumerate(stream, 1):
        origin = f"{name}:{n}"
        if len(raw) > max_chars * 4 + 1024:
            yield Skipped(origin, "", f"line of {len(raw)} bytes is over the limit ({max_chars} characters of "
                                      "text); raise --max-chars to code it", "")
            continue
        line, bad = _decode(raw)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            yield Skipped(origin, "", f"not JSON: {e}"[:200], line[:1000])
            continue
        if not isinstance(obj, dict):
            yield Skipped(origin, "", f"a record must be a JSON object, got {type(obj).__name__}", line[:1000])
            continue
        rid = obj.get("id", obj.get("record_id"))
        rid = "" if rid is None else str(rid)
        if not rid:
            rid = f"{name}:{n}"
        text = obj.get("text")
        if text is None:
            yield Skipped(origin, rid, "no 'text' field", line[:1000])
            continue
        if not isinstance(text, str):
            yield Skipped(origin, rid, f"'text' must be a string, got {type(text).__name__}", line[:1000])
            continue
        if len(text) > max_chars:
            yield Skipped(origin, rid, f"text of {len(text)} characters is over the limit ({max_chars}); "
                                       "raise --max-chars to code it", "")
            continue
        date = default_date
        if obj.get("date") not in (None, ""):
            d = check_date(obj["date"])
            if d is None:
                yield Skipped(origin, rid, f"bad date {obj['date']!r}: expected YYYY-MM-DD", line[:1000])
                continue
            date = d
        if bad and warnings is not None:
            warnings.append(f"{origin}: record {rid!r}: invalid UTF-8 replaced with U+FFFD")
        extra = {k: v for k, v in obj.items() if k not in ("id", "record_id", "text", "date", "events")}
        yield Record(rid, text, date, extra, origin)


def read_text(stream: IO[bytes], name: str, rid: str, *, max_chars: int = DEFAULT_MAX_CHARS,
              date: str = "", warnings: list | None = None) -> Iterator[Record | Skipped]:
    """One plain-text document as a record."""
    raw = stream.read(max_chars * 4 + 1)
    if len(raw) > max_chars * 4:
        yield Skipped(name, rid, f"text is over the limit ({max_chars} characters); raise --max-chars", "")
        return
    text, bad = _decode(raw)
    if bad and warnings is not None:
        warnings.append(f"{name}: invalid UTF-8 replaced with U+FFFD")
    if len(text) > max_chars:
        yield Skipped(name, rid, f"text of {len(text)} characters is over the limit ({max_chars})", "")
        return
    yield Record(rid, text, date, {}, name)


def iter_inputs(paths: Iterable[str], *, input_format: str = "auto", date: str = "",
                max_chars: int = DEFAULT_MAX_CHARS, warnings: list | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Record | Skipped]:
    """Records from files (``-`` or nothing for standard input)."""
    paths = list(paths) or ["-"]
    for p in paths:
        fmt = input_format
        if fmt == "auto":
            fmt = "jsonl" if p.endswith((".jsonl", ".ndjson")) else "text"
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            name, rid = "<stdin>", "stdin"
            yield from (read_jsonl(stream, name, max_chars=max_chars, default_date=date, warnings=warnings)
                        if fmt == "jsonl" else
                        read_text(stream, name, rid, max_chars=max_chars, date=date, warnings=warnings))
            continue
        try:
            f = open(p, "rb")
        except OSError as e:
            yield Skipped(p, "", f"cannot open: {e.strerror or e}", "")
            continue
        with f:
            if fmt == "jsonl":
                yield from read_jsonl(f, p, max_chars=max_chars, default_date=date, warnings=warnings)
            else:
                yield from read_text(f, p, Path(p).stem, max_chars=max_chars, date=date, warnings=warnings)
