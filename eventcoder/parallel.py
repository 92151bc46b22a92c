"""
Coding records on several cores: a process pool that keeps the input order
and a bounded number of records in memory.

The coder is pure Python, so threads do not help; processes do. Each worker
gets one copy of the :class:`~eventcoder.coder.Coder` when it starts (its
tables are plain builtins: about a megabyte, pickled in a few tens of
milliseconds), then receives chunks of ``(text, date, id)`` triples and sends
back the events of each record. Only those triples cross the process
boundary: the records' pass-through keys (url, title...) stay in the parent
and are handed back with the events.

>>> from eventcoder import Coder                                 # doctest: +SKIP
>>> from eventcoder.parallel import code_parallel               # doctest: +SKIP
>>> from eventcoder.records import iter_inputs                  # doctest: +SKIP
>>> for rec, events in code_parallel(Coder(), iter_inputs(["news.jsonl"]), jobs=2):  # doctest: +SKIP
...     ...

Not done here: reading or writing files (see :mod:`eventcoder.records` and
:mod:`eventcoder.writers`), and spreading work over several machines (see
:mod:`eventcoder.dask`).
"""
from __future__ import annotations

import collections
import os
import signal
from typing import Any, Iterable, Iterator

from .events import Event
from .records import Skipped

#: Records per chunk sent to a worker (fewer when the chunk's text reaches
#: :data:`CHUNK_CHARS` characters first).
DEFAULT_CHUNK_SIZE = 32
#: Characters of text per chunk at most (one longer record makes a chunk alone).
CHUNK_CHARS = 200_000

_worker_coder = None


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _fields(item: Any) -> tuple[str, str, str] | None:
    """``(text, date, id)`` of a record, or None for an item that is not coded.

    Accepts :class:`~eventcoder.records.Record` (and anything with ``text``,
    ``date`` and ``id`` attributes) and dicts with ``text`` and optional
    ``date`` and ``id`` (or ``record_id``) keys, as :meth:`Coder.code_records` does."""
    if isinstance(item, Skipped):
        return None
    if isinstance(item, dict):
        rid = item.get("id", item.get("record_id"))
        return (item.get("text", ""), item.get("date") or "", "" if rid is None else str(rid))
    return (item.text, item.date or "", "" if item.id is None else str(item.id))


def _code_one(coder, fields: tuple[str, str, str], keep_errors: bool, portable: bool = True):
    text, date, rid = fields
    if not keep_errors:
        return coder.code(text, date=date, record_id=rid)
    try:
        return coder.code(text, date=date, record_id=rid)
    except Exception as e:  # returned in place of the events, as errors="return" asks
        return _portable(e) if portable else e


def _portable(e: Exception) -> Exception:
    """``e`` with its traceback as text (``remote_traceback``), or a RuntimeError
    saying the same when ``e`` cannot be pickled back to the parent."""
    import pickle
    import traceback

    tb = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    try:
        e.remote_traceback = tb
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:  # noqa: BLE001 - any failure to pickle
        r = RuntimeError(f"{type(e).__name__}: {e}")
        r.remote_traceback = tb
        return r


def _init_worker(coder) -> None:
    """Pool initializer: keep the worker's coder; leave Ctrl-C to the parent."""
    global _worker_coder
    _worker_coder = coder
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):  # pragma: no cover - not the main thread
        pass


def _code_chunk(chunk: list[tuple[str, str, str]], keep_errors: bool = False) -> list:
    """Worker side: the events of each record of ``chunk``, in order."""
    coder = _worker_coder
    if not keep_errors:
        return [coder.code(text, date=date, record_id=rid) for text, date, rid in chunk]
    return [_code_one(coder, f, True) for f in chunk]


def _chunks(records: Iterable[Any], chunk_size: int, chunk_chars: int) -> Iterator[tuple[list, list]]:
    """(items, coded fields) chunks; skipped items ride along in ``items``."""
    items: list = []
    work: list = []
    chars = 0
    for item in records:
        f = _fields(item)
        items.append(item)
        if f is not None:
            work.append(f)
            chars += len(f[0]) if isinstance(f[0], str) else 0
        if len(work) >= chunk_size or chars >= chunk_chars:
            yield items, work
            items, work, chars = [], [], 0
    if items:
        yield items, work


def _pair(items: list, results: list[list[Event]]) -> Iterator[tuple[Any, list[Event]]]:
    it = iter(results)
    for item in items:
        if isinstance(item, Skipped):
            yield item, []
        else:
            yield item, next(it)


def code_parallel(coder, records: Iterable[Any], jobs: int | None = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
                  *, errors: str = "raise", max_pending: int | None = None, chunk_chars: int = CHUNK_CHARS,
                  mp_context=None) -> Iterator[tuple[Any, list[Event] | Exception]]:
    """
    Code ``records`` on ``jobs`` processes; yield ``(record, events)`` in input order.

    Args:
        coder: The :class:`~eventcoder.coder.Coder` to use; each worker gets a copy.
        records: An iterable of :class:`~eventcoder.records.Record`, of
            :class:`~eventcoder.records.Skipped` (passed through in order,
            with no events), or of dicts ``{"text", "date", "id"}``. It is read
            lazily: at most ``max_pending`` chunks are read ahead of the output.
        jobs: Worker processes. ``1`` (or fewer) codes in this process, with no
            pool; ``None`` uses every core this process may run on.
        chunk_size: Records per chunk sent to a worker.
        errors: ``"raise"``: an exception raised while coding a record is
            raised here, as a one-process loop would raise it (the pool is
            shut down). ``"return"``: it is yielded in place of that record's
            events and the run goes on; it carries the worker's traceback as
            text in ``remote_traceback`` (an exception that cannot be pickled
            becomes a :class:`RuntimeError` with the same message).
        max_pending: Chunks in flight at most (default: ``2 * jobs``); this
            bounds memory whatever the size of the input.
        chunk_chars: A chunk is sent when its text reaches this many characters,
            even with fewer than ``chunk_size`` records.
        mp_context: A :mod:`multiprocessing` context (default: the platform's).

    Yields:
        ``(record, events)``: the input item as it came, and the list of
        :class:`~eventcoder.events.Event` the coder returned for it (``[]``
        for a :class:`~eventcoder.records.Skipped`; the exception, with
        ``errors="return"``, for a record whose coding raised). The events
        are equal to ``coder.code(record.text, date=record.date, record_id=record.id)``.

    The pool is shut down when the iterator is exhausted, closed or
    garbage-collected; Ctrl-C is left to the parent (workers ignore SIGINT).

    .. versionadded:: 0.1.0
    """
    if jobs is None:
        jobs = default_jobs()
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1 (got {chunk_size!r})")
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return' (got {errors!r})")
    keep = errors == "return"
    if jobs <= 1:
        for item in records:
            f = _fields(item)
            yield item, ([] if f is None else _code_one(coder, f, keep, portable=False))
        return
    from concurrent.futures import ProcessPoolExecutor

    if max_pending is None:
        max_pending = 2 * jobs
    max_pending = max(1, max_pending)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=mp_context, initializer=_init_worker,
                               initargs=(coder,))
    pending: collections.deque = collections.deque()
    try:
        for items, work in _chunks(records, chunk_size, chunk_chars):
            pending.append((items, pool.submit(_code_chunk, work, keep) if work else None))
            while len(pending) >= max_pending:
                done_items, fut = pending.popleft()
                yield from _pair(done_items, fut.result() if fut is not None else [])
        while pending:
            done_items, fut = pending.popleft()
            yield from _pair(done_items, fut.result() if fut is not None else [])
    finally:
        for _items, fut in pending:
            if fut is not None:
                fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
