"""
Writers: the same :class:`~eventcoder.events.Event` records as JSON Lines (the
default), CSV, GDELT 1.0 event TSV, PLOVER JSON Lines or Parquet; and the
readers that turn the JSONL and CSV files back into events.

Every writer has ``write(event, extra)`` and ``close()``; ``extra`` is the
record's pass-through keys (url, source, title...). :func:`open_writer` opens
one on a path, ``-`` (standard output) or an open stream; ``WRITERS[name](stream)``
builds one on a stream the caller owns.

The fields of each format are documented in ``docs/outputs.md``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from typing import IO, Any, Iterable, Iterator

from . import codebook
from .errors import EventcoderError, Problem
from .events import FIELDS, Event
from .gdelt import GdeltWriter, split_actor

#: Every output format :func:`open_writer` knows.
FORMATS = ("jsonl", "csv", "gdelt", "plover", "parquet")

SPAN_FIELDS = ("source_span", "target_span", "trigger_span")
INT_FIELDS = ("sentence_index", "quad_class", "num_mentions")


class OutputError(EventcoderError, ValueError):
    """
    An output that cannot be written as asked (unknown format, Parquet to a
    terminal, a missing optional package).

    .. versionadded:: 0.1.0
    """


# ----------------------------------------------------------------------------
# JSON Lines


class JsonlWriter:
    """
    One JSON object a line, fields in :data:`~eventcoder.events.FIELDS` order,
    then the record's pass-through keys (url, source, title...) that do not
    clash with an event field.

    .. versionadded:: 0.1.0
    """

    def __init__(self, out: IO[str]):
        self.out = out

    def write(self, ev: Event, extra: dict | None = None) -> None:
        d = ev.to_dict()
        if extra:
            for k, v in extra.items():
                d.setdefault(k, v)
        self.out.write(json.dumps(d, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


# ----------------------------------------------------------------------------
# CSV


def _csv_quote(s: str) -> str:
    # RFC 4180 quoting by hand: the csv module leaves a lone "\r" unquoted when
    # the line ends in "\n", and the row then does not read back.
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def _csv_value(field: str, v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if field in SPAN_FIELDS:
        return f"{v[0]}:{v[1]}"
    if isinstance(v, (list, tuple)):
        return ";".join(str(x) for x in v)
    if isinstance(v, float):
        return repr(v)
    return str(v)


def _extra_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (str, int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


class CsvWriter:
    """
    CSV (RFC 4180, ``\\n`` line ends) with a header, one column per output
    field. Spans are ``start:end``, evidence is ``;``-separated, booleans
    ``true``/``false``, empty cells for absent values.

    Args:
        out: A text stream (open files with ``newline=""``).
        extra_fields: Record keys (``url``, ``title``...) to add as columns after
            the event fields; a record without the key gets an empty cell.

    .. versionadded:: 0.1.0
    """

    def __init__(self, out: IO[str], extra_fields: Iterable[str] = ()):
        self.out = out
        self.extra_fields = tuple(f for f in extra_fields if f not in FIELDS)
        self._line(list(FIELDS) + list(self.extra_fields))

    def _line(self, values: list[str]) -> None:
        self.out.write(",".join(_csv_quote(v) for v in values) + "\n")

    def write(self, ev: Event, extra: dict | None = None) -> None:
        row = [_csv_value(f, getattr(ev, f)) for f in FIELDS]
        if self.extra_fields:
            extra = extra or {}
            row += [_extra_value(extra.get(k)) for k in self.extra_fields]
        self._line(row)

    def close(self) -> None:
        self.out.flush()


# ----------------------------------------------------------------------------
# PLOVER

#: PLOVER JSONL keys, in order, and where each comes from (see docs/outputs.md).
PLOVER_FIELDS = (
    "id", "date", "event_type", "mode", "context",
    "actor1", "actor1_country", "actor1_text", "actor2", "actor2_country", "actor2_text",
    "story_id", "sentence_number", "publication_date", "trigger_text",
    "cameo_code", "modality", "negated", "num_mentions",
)


def plover_record(ev: Event, event_id: str, *, keep_unmapped: bool = False) -> dict | None:
    """
    The PLOVER form of one event (keys :data:`PLOVER_FIELDS`), or ``None`` when
    its CAMEO code has no PLOVER category (PLOVER drops CAMEO's 01 statements
    and 02 appeals) and ``keep_unmapped`` is false; kept, such an event has
    ``event_type`` ``None``.

    .. versionadded:: 0.1.0
    """
    pl = codebook.plover_for(ev.code)
    event_type, mode = ev.plover_event, ev.plover_mode
    if not event_type and pl is not None:
        event_type, mode = pl.event, pl.mode
    if not event_type:
        if not keep_unmapped:
            return None
        event_type = None
    context = [c.strip() for c in pl.context.split(";") if c.strip()] if pl is not None else []
    return {
        "id": event_id,
        "date": ev.event_date or ev.date,
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "actor1": ev.source,
        "actor1_country": split_actor(ev.source).country,
        "actor1_text": ev.source_text,
        "actor2": ev.target,
        "actor2_country": split_actor(ev.target).country,
        "actor2_text": ev.target_text,
        "story_id": ev.record_id,
        "sentence_number": ev.sentence_index,
        "publication_date": ev.date,
        "trigger_text": ev.trigger_text,
        "cameo_code": ev.code,
        "modality": ev.modality,
        "negated": ev.negated,
        "num_mentions": ev.num_mentions,
    }


class PloverWriter:
    """
    PLOVER events as JSON Lines: PLOVER's category (``event_type``), ``mode``
    and ``context`` with the two actors, then the record's pass-through keys.
    ``id`` is the record id and the line number (``"r17-3"``), unique in a file.

    Args:
        out: A text stream.
        unmapped: What to do with an event whose CAMEO code has no PLOVER
            category: ``"skip"`` it (counted in :attr:`n_unmapped`) or ``"keep"``
            it with ``event_type`` ``null``.

    Attributes:
        n_written: Lines written.
        n_unmapped: Events with no PLOVER category (skipped or kept).

    .. versionadded:: 0.1.0
    """

    def __init__(self, out: IO[str], unmapped: str = "skip"):
        if unmapped not in ("skip", "keep"):
            raise ValueError(f"unmapped must be 'skip' or 'keep' (got {unmapped!r})")
        self.out = out
        self.unmapped = unmapped
        self.n_written = 0
        self.n_unmapped = 0

    def write(self, ev: Event, extra: dict | None = None) -> None:
        d = plover_record(ev, f"{ev.record_id}-{self.n_written + 1}", keep_unmapped=self.unmapped == "keep")
        if d is None or d["event_type"] is None:
            self.n_unmapped += 1
            if d is None:
                return
        if extra:
            for k, v in extra.items():
                d.setdefault(k, v)
        self.out.write(json.dumps(d, ensure_ascii=False) + "\n")
        self.n_written += 1

    def close(self) -> None:
        self.out.flush()


# ----------------------------------------------------------------------------
# Parquet


def parquet_schema(extra_fields: Iterable[str] = ()):
    """
    The Arrow schema of the Parquet output: codes as strings, dates as
    ``date32``, spans as ``list<int64>`` of two, evidence as ``list<string>``;
    extra fields as strings. Needs pyarrow.

    .. versionadded:: 0.1.0
    """
    pa = _pyarrow()
    types = {
        "sentence_index": pa.int64(), "quad_class": pa.int64(), "num_mentions": pa.int64(),
        "goldstein": pa.float64(), "negated": pa.bool_(), "date": pa.date32(), "event_date": pa.date32(),
        "source_span": pa.list_(pa.int64()), "target_span": pa.list_(pa.int64()),
        "trigger_span": pa.list_(pa.int64()), "evidence": pa.list_(pa.string()),
    }
    fields = [pa.field(f, types.get(f, pa.string())) for f in FIELDS]
    fields += [pa.field(f, pa.string()) for f in extra_fields if f not in FIELDS]
    return pa.schema(fields)


def _pyarrow():
    try:
        import pyarrow as pa
    except ImportError as e:
        raise OutputError("the parquet format needs pyarrow: pip install 'eventcoder[parquet]'") from e
    return pa


def _iso_date(s: str):
    import datetime as _dt

    if not s:
        return None
    return _dt.date.fromisoformat(s[:10])


class ParquetWriter:
    """
    Parquet file with one column per output field (see :func:`parquet_schema`),
    written in row groups of ``batch_size`` events. Needs pyarrow.

    Args:
        where: A path, or a binary stream.
        extra_fields: Record keys to add as string columns.
        batch_size: Events per row group (memory use is about this many events).

    .. versionadded:: 0.1.0
    """

    def __init__(self, where, extra_fields: Iterable[str] = (), batch_size: int = 10_000):
        pa = _pyarrow()
        import pyarrow.parquet as pq

        if isinstance(where, io.TextIOBase):
            buf = getattr(where, "buffer", None)
            if buf is None:
                raise OutputError("the parquet format is binary: give a file path, not a text stream")
            where.flush()
            where = buf
        self.extra_fields = tuple(f for f in extra_fields if f not in FIELDS)
        self.schema = parquet_schema(self.extra_fields)
        self._pa = pa
        self._writer = pq.ParquetWriter(where, self.schema)
        self._cols: dict[str, list] = {f: [] for f in self.schema.names}
        self._n = 0
        self.batch_size = max(1, int(batch_size))
        self._closed = False

    def write(self, ev: Event, extra: dict | None = None) -> None:
        c = self._cols
        for f in FIELDS:
            v = getattr(ev, f)
            if f in ("date", "event_date"):
                v = _iso_date(v)
            elif f in SPAN_FIELDS or f == "evidence":
                v = None if v is None else list(v)
            c[f].append(v)
        if self.extra_fields:
            extra = extra or {}
            for k in self.extra_fields:
                v = extra.get(k)
                c[k].append(None if v is None else _extra_value(v))
        self._n += 1
        if self._n >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self._n:
            return
        table = self._pa.Table.from_pydict(self._cols, schema=self.schema)
        self._writer.write_table(table)
        self._cols = {f: [] for f in self.schema.names}
        self._n = 0

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._flush()
        self._writer.close()


#: Writers on a stream: ``WRITERS[name](stream)``. Parquet takes a path or a
#: binary stream (or a text stream with a ``.buffer``, such as ``sys.stdout``).
WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "gdelt": GdeltWriter, "plover": PloverWriter,
           "parquet": ParquetWriter}


class _OwnedWriter:
    """A writer on a file :func:`open_writer` opened; closing it closes the file."""

    def __init__(self, writer, f):
        self.writer = writer
        self._f = f

    def write(self, ev: Event, extra: dict | None = None) -> None:
        self.writer.write(ev, extra)

    def close(self) -> None:
        try:
            self.writer.close()
        finally:
            if self._f is not None:
                self._f.close()
                self._f = None

    def __getattr__(self, name):
        return getattr(self.writer, name)


def open_writer(fmt: str, target: Any = "-", **options):
    """
    A writer for ``fmt`` on a path, on ``-`` (standard output) or on an open
    stream. The returned object has ``write(event, extra)`` and ``close()``;
    ``close()`` closes a file this function opened, never a stream it was given.

    Args:
        fmt: One of :data:`FORMATS`.
        target: A path (``str`` or ``os.PathLike``), ``"-"``, or a stream
            (text for every format; Parquet also takes a binary stream).
        options: Passed to the writer: ``extra_fields`` (csv, parquet),
            ``header``, ``start_id``, ``date_added`` (gdelt), ``unmapped``
            (plover), ``batch_size`` (parquet). Options a format does not take
            are ignored, so one set of CLI options fits every format.

    Raises:
        OutputError: Unknown format, Parquet to a terminal, pyarrow missing.

    >>> import io
    >>> w = open_writer("csv", io.StringIO())
    >>> w.close()

    .. versionadded:: 0.1.0
    """
    if fmt not in WRITERS:
        raise OutputError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    accepted = {
        "jsonl": (), "csv": ("extra_fields",), "gdelt": ("header", "start_id", "date_added"),
        "plover": ("unmapped",), "parquet": ("extra_fields", "batch_size"),
    }[fmt]
    kw = {k: v for k, v in options.items() if k in accepted and v is not None}
    cls = WRITERS[fmt]
    if fmt == "parquet":
        _pyarrow()
        if isinstance(target, (str, os.PathLike)) and str(target) == "-":
            out = sys.stdout
            if out.isatty():
                raise OutputError("the parquet format is binary: give an output file with --output FILE.parquet")
            return cls(out, **kw)
        if isinstance(target, (str, os.PathLike)):
            return cls(os.fspath(target), **kw)
        return cls(target, **kw)
    if isinstance(target, (str, os.PathLike)):
        if str(target) == "-":
            return cls(sys.stdout, **kw)
        f = open(target, "w", encoding="utf-8", newline="")
        try:
            return _OwnedWriter(cls(f, **kw), f)
        except BaseException:
            f.close()
            raise
    return cls(target, **kw)


# ----------------------------------------------------------------------------
# Reading events back


def _int(v, field: str) -> int:
    if isinstance(v, bool):
        raise ValueError(f"{field} must be an integer (got {v!r})")
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v)
    raise ValueError(f"{field} must be an integer (got {v!r})")


def _bool(v, field: str) -> bool:
    if isinstance(v, bool):
        return v
    if v in ("true", "True", "1", 1):
        return True
    if v in ("false", "False", "0", 0, "", None):
        return False
    raise ValueError(f"{field} must be true or false (got {v!r})")


def _span_of(v, field: str):
    if v is None or v == "":
        return None
    if isinstance(v, str):
        a, sep, b = v.partition(":")
        if not sep:
            raise ValueError(f"{field} must be 'start:end' (got {v!r})")
        return (_int(a, field), _int(b, field))
    if isinstance(v, (list, tuple)) and len(v) == 2:
        return (_int(v[0], field), _int(v[1], field))
    raise ValueError(f"{field} must be [start, end] (got {v!r})")


def event_from_mapping(d: dict) -> tuple[Event, dict]:
    """
    An event and its extra keys from a JSONL object or a CSV row (strings).
    Missing fields take their defaults (``event_date`` the ``date``); the codebook
    fills ``root_code``, ``label``, ``quad_class``, ``goldstein`` and the PLOVER
    fields when absent.

    Raises:
        ValueError: No or an unknown event code, or a field with a value of the
            wrong kind (the message names it).

    .. versionadded:: 0.1.0
    """
    code = d.get("code")
    if not isinstance(code, str) or not code:
        raise ValueError(f"no event code (got {code!r})")
    kw: dict[str, Any] = {}
    for f in FIELDS:
        if f not in d:
            continue
        v = d[f]
        if f in INT_FIELDS:
            if v in ("", None):
                continue  # the Event default (0, or 1 mention)
            v = _int(v, f)
        elif f == "goldstein":
            v = 0.0 if v in ("", None) else float(v)
        elif f == "negated":
            v = _bool(v, f)
        elif f in SPAN_FIELDS:
            v = _span_of(v, f)
        elif f == "evidence":
            if isinstance(v, str):
                v = tuple(x for x in v.split(";") if x) if v else ()
            elif isinstance(v, (list, tuple)):
                v = tuple(str(x) for x in v)
            elif v is None:
                v = ()
            else:
                raise ValueError(f"evidence must be a list (got {v!r})")
        else:
            v = "" if v is None else (v if isinstance(v, str) else str(v))
        kw[f] = v
    kw.setdefault("record_id", "")
    kw.setdefault("sentence_index", 0)
    kw.setdefault("date", "")
    kw.setdefault("event_date", kw["date"])
    kw.setdefault("source", "")
    kw.setdefault("target", "")
    try:
        ec = codebook.lookup(code)
    except KeyError:
        raise ValueError(f"unknown CAMEO event code {code!r}") from None
    if not kw.get("root_code"):
        kw["root_code"] = codebook.root(code)
    if not kw.get("label"):
        kw["label"] = ec.name
    if not kw.get("quad_class"):
        kw["quad_class"] = ec.quad_class
    if "goldstein" not in kw and ec.goldstein is not None:
        kw["goldstein"] = ec.goldstein
    if "plover_event" not in kw:
        pl = codebook.plover_for(code)
        if pl is not None:
            kw["plover_event"], kw["plover_mode"] = pl.event, pl.mode
    if not kw.get("modality"):
        kw.pop("modality", None)
    ev = Event(**kw)
    extra = {k: v for k, v in d.items() if k not in FIELDS}
    return ev, extra


def iter_events(path: str, *, input_format: str = "auto", problems: list | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[tuple[Event, dict]]:
    """
    ``(event, extra)`` pairs from the coder's JSONL or CSV output.

    A line that is not an event is not an exception: it is added to ``problems``
    as a :class:`~eventcoder.errors.Problem` (``path:line: message``) and
    reading goes on.

    Args:
        path: A file, or ``-`` for standard input.
        input_format: ``auto`` (``.csv`` is CSV, anything else JSONL), ``jsonl``
            or ``csv``.
        problems: A list that receives the lines that could not be read.

    Raises:
        OSError: The file cannot be opened.

    .. versionadded:: 0.1.0
    """
    fmt = input_format
    if fmt == "auto":
        fmt = "csv" if str(path).lower().endswith(".csv") else "jsonl"
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"input_format must be auto, jsonl or csv (got {input_format!r})")
    if problems is None:
        problems = []
    name = "<stdin>" if path == "-" else str(path)
    if path == "-":
        raw = stdin if stdin is not None else sys.stdin.buffer
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        yield from _iter_stream(stream, name, fmt, problems)
        stream.detach()
        return
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
        yield from _iter_stream(f, name, fmt, problems)


def _iter_stream(f: IO[str], name: str, fmt: str, problems: list) -> Iterator[tuple[Event, dict]]:
    if fmt == "jsonl":
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as e:
                problems.append(Problem(name, n, f"not JSON: {e}"[:200]))
                continue
            if not isinstance(d, dict):
                problems.append(Problem(name, n, f"an event must be a JSON object, got {type(d).__name__}"))
                continue
            try:
                yield event_from_mapping(d)
            except (TypeError, ValueError) as e:
                problems.append(Problem(name, n, f"not an event: {e}"[:300]))
        return
    reader = csv.reader(f)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as e:
        problems.append(Problem(name, 1, f"not CSV: {e}"))
        return
    if "code" not in header:
        problems.append(Problem(name, 1, f"no 'code' column in the header {header[:6]!r}...; expected the "
                                         "coder's CSV output"))
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problems.append(Problem(name, reader.line_num, f"not CSV: {e}"))
            continue
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            problems.append(Problem(name, reader.line_num, f"{len(row)} cells, the header has {len(header)}"))
            continue
        try:
            yield event_from_mapping(dict(zip(header, row)))
        except (TypeError, ValueError) as e:
            problems.append(Problem(name, reader.line_num, f"not an event: {e}"[:300]))


# ----------------------------------------------------------------------------
# CLI glue for ``eventcoder code``


def add_output_arguments(parser) -> None:
    """
    Add the output options of ``eventcoder code`` to an argparse parser:
    ``--format {jsonl,csv,gdelt,plover,parquet}``, ``--dedup {none,record,day}``,
    ``--gdelt-header``, ``--extra-fields KEYS`` and ``--plover-unmapped
    {skip,keep}``. The parser keeps its own ``--output`` and ``--quiet``.

    .. versionadded:: 0.1.0
    """
    from .dedup import MODES

    parser.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                        help="output format: jsonl (default), csv, gdelt (GDELT 1.0 event TSV), plover "
                             "(PLOVER JSONL), parquet (needs eventcoder[parquet] and --output FILE)")
    parser.add_argument("--dedup", choices=MODES, default="none",
                        help="one event per record (record) or per day (day) for each source, target and code, "
                             "counting mentions in num_mentions")
    parser.add_argument("--gdelt-header", action="store_true",
                        help="gdelt: write the 58 column names as a first line (GDELT's files have none)")
    parser.add_argument("--extra-fields", default="", metavar="KEYS",
                        help="csv, parquet: comma-separated record keys to add as columns (e.g. url,title)")
    parser.add_argument("--plover-unmapped", choices=["skip", "keep"], default="skip",
                        help="plover: skip events with no PLOVER category (CAMEO 01, 02), or keep them with "
                             "event_type null")


def writer_from_args(args, output: Any = None):
    """
    The writer the parsed options ask for, on ``output`` (a path, ``-`` or a
    stream; ``args.output`` when ``None``). ``close()`` the result at the end;
    it closes a file it opened.

    Raises:
        OutputError: see :func:`open_writer`.

    .. versionadded:: 0.1.0
    """
    if output is None:
        output = getattr(args, "output", "-")
    extra = tuple(k.strip() for k in (getattr(args, "extra_fields", "") or "").split(",") if k.strip())
    return open_writer(getattr(args, "format", "jsonl"), output, extra_fields=extra,
                       header=getattr(args, "gdelt_header", False),
                       unmapped=getattr(args, "plover_unmapped", "skip"))
