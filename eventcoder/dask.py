"""
Coding on a Dask cluster: a bag of records or a dataframe of texts in, the
events out, with one :class:`~eventcoder.coder.Coder` per worker.

Dask is an optional extra (``pip install eventcoder[dask]``); it is imported
inside these functions only. The coder goes into the task graph once, as one
shared key, not once per partition: each worker receives it (about a
megabyte, unpickled in a few tens of milliseconds) the first time it runs a
partition and keeps it for the others.

>>> import dask.bag as db                                            # doctest: +SKIP
>>> from eventcoder.dask import code_bag                             # doctest: +SKIP
>>> events = code_bag(db.read_text("news-*.jsonl").map(json.loads))  # doctest: +SKIP
>>> events.map(lambda e: e.to_dict()).to_dataframe().to_parquet("events/")  # doctest: +SKIP

Not done here: starting or configuring a cluster (see docs/scaling.md).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from .events import FIELDS, Event

#: pandas dtypes of the event frame's columns; the others are ``object``
#: (strings, and ``[start, end]`` lists or None for the spans, a list of
#: strings for the evidence).
_INT_FIELDS = ("sentence_index", "quad_class", "num_mentions")
_FLOAT_FIELDS = ("goldstein",)
_BOOL_FIELDS = ("negated",)


def _coder_or_default(coder):
    if coder is None:
        from .coder import Coder

        coder = Coder()
    return coder


def _shared(coder):
    """The coder as one key of the task graph, named without hashing its tables."""
    import uuid

    import dask

    return dask.delayed(coder, name=f"eventcoder-coder-{uuid.uuid4().hex}", traverse=False)


def _date_str(value: Any) -> str:
    """A record's date as ``YYYY-MM-DD`` ("" when missing)."""
    from .records import check_date

    if value is None:
        return ""
    try:
        if value != value:  # NaN, NaT
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, (_dt.date, _dt.datetime)) or hasattr(value, "isoformat") and not isinstance(value, str):
        try:
            return value.isoformat()[:10]
        except (TypeError, ValueError):
            pass
    if value == "" or str(value) in ("NaT", "nan", "None"):
        return ""
    d = check_date(str(value))
    if d is None:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD")
    return d


def _record_fields(item: Any) -> tuple[str, str, str] | None:
    """``(text, date, id)`` of a bag item: a dict, a Record or a plain string;
    None for a :class:`~eventcoder.records.Skipped`."""
    from .records import Skipped

    if isinstance(item, Skipped):
        return None
    if isinstance(item, str):
        return item, "", ""
    if isinstance(item, dict):
        rid = item.get("id", item.get("record_id"))
        return item.get("text", ""), _date_str(item.get("date")), "" if rid is None else str(rid)
    return item.text, _date_str(item.date), "" if item.id is None else str(item.id)


def _code_items(items, coder) -> list[Event]:
    out: list[Event] = []
    for item in items:
        f = _record_fields(item)
        if f is None:
            continue
        text, date, rid = f
        out += coder.code(text, date=date, record_id=rid)
    return out


def code_bag(bag, coder=None):
    """
    Code every record of a Dask bag; return a bag of :class:`~eventcoder.events.Event`.

    Args:
        bag: A :class:`dask.bag.Bag` of records: dicts ``{"text", "date", "id"}``
            (``record_id`` is accepted for ``id``; other keys are ignored),
            :class:`~eventcoder.records.Record` items, or plain strings (coded
            with no date and no id). :class:`~eventcoder.records.Skipped`
            items are left out.
        coder: The :class:`~eventcoder.coder.Coder` to use (default: ``Coder()``
            with the default dictionaries, built here, once).

    Returns:
        A lazy bag of events, flattened: the events of the first record of a
        partition, then those of the next one. ``.map(Event.to_dict)`` gives
        dicts, ``.to_dataframe()`` of those a Dask DataFrame.

    Raises (when computed):
        ValueError: a record's date is not ``YYYY-MM-DD``.
        TypeError: a record's text is not a string.

    .. versionadded:: 0.1.0
    """
    return bag.map_partitions(_code_items, _shared(_coder_or_default(coder)))


def _event_frame(events: list[Event]):
    import pandas as pd

    rows = [e.to_dict() for e in events]
    df = pd.DataFrame.from_records(rows, columns=list(FIELDS)) if rows else pd.DataFrame(
        {f: pd.Series([], dtype=object) for f in FIELDS})
    dtypes = {}
    for f in FIELDS:
        if f in _INT_FIELDS:
            dtypes[f] = "int64"
        elif f in _FLOAT_FIELDS:
            dtypes[f] = "float64"
        elif f in _BOOL_FIELDS:
            dtypes[f] = "bool"
        else:
            dtypes[f] = object
    return df.astype(dtypes)


def events_frame(events) -> "Any":
    """A pandas DataFrame with one row per event and the columns of
    :data:`~eventcoder.events.FIELDS` (the frame :func:`code_dataframe` makes).

    .. versionadded:: 0.1.0
    """
    return _event_frame(list(events))


def _code_partition(pdf, coder, text: str, date: str | None, id: str | None):
    events: list[Event] = []
    texts = pdf[text].tolist()
    dates = pdf[date].tolist() if date is not None and date in pdf.columns else [None] * len(texts)
    if id is not None and id in pdf.columns:
        ids = pdf[id].tolist()
    else:
        ids = [str(x) for x in pdf.index.tolist()]
    for t, d, i in zip(texts, dates, ids):
        if not isinstance(t, str):
            continue  # a missing text (None, NaN) has no events
        events += coder.code(t, date=_date_str(d), record_id="" if i is None else str(i))
    return _event_frame(events)


def code_dataframe(ddf, coder=None, text: str = "text", date: str | None = "date", id: str | None = "id"):
    """
    Code the texts of a Dask DataFrame; return a Dask DataFrame of events.

    Args:
        ddf: A :class:`dask.dataframe.DataFrame` with one record a row.
        coder: The :class:`~eventcoder.coder.Coder` to use (default: ``Coder()``).
        text: The column with the text. A row whose text is missing (None,
            NaN) has no events.
        date: The column with the record's date (ISO strings, or datetimes);
            ``None`` or a missing column codes with no date.
        id: The column with the record id; ``None`` or a missing column uses
            the row's index.

    Returns:
        A lazy Dask DataFrame, one row per event, with the columns of
        :data:`~eventcoder.events.FIELDS` (spans as ``[start, end]`` lists,
        ``evidence`` as a list). Its partitions follow the input's; its index
        is a fresh range in each partition.

    Raises (when computed):
        ValueError: a date is not ``YYYY-MM-DD``.

    .. versionadded:: 0.1.0
    """
    if text not in ddf.columns:
        raise KeyError(f"no column {text!r} in the dataframe (columns: {list(ddf.columns)})")
    meta = _event_frame([])
    return ddf.map_partitions(_code_partition, _shared(_coder_or_default(coder)), text, date, id, meta=meta)
