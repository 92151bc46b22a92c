"""
Events as a pandas DataFrame (pandas is optional: imported only here, when
called).

.. versionadded:: 0.1.0
"""
from __future__ import annotations

from typing import Iterable

from .events import FIELDS, Event

#: Column dtypes of :func:`to_dataframe` (``string`` = pandas' StringDtype).
DTYPES = {
    "sentence_index": "int64", "quad_class": "int64", "num_mentions": "int64", "goldstein": "float64",
    "negated": "bool", "date": "datetime64", "event_date": "datetime64",
    "source_span": "object", "target_span": "object", "trigger_span": "object", "evidence": "object",
}


def _pandas():
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError("to_dataframe needs pandas: pip install 'eventcoder[pandas]'") from e
    return pd


def _objects(pd, values: list):
    """An object Series holding each value whole (a tuple stays one cell)."""
    import numpy as np

    arr = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        arr[i] = v
    return pd.Series(arr, dtype="object")


def to_dataframe(events: Iterable[Event] | Iterable[tuple[Event, dict]], *, extra: bool = True):
    """
    A DataFrame with one row per event and one column per output field, in
    :data:`~eventcoder.events.FIELDS` order.

    Dtypes: codes and texts (``code``, ``root_code``, ``source``, ``target``,
    ``record_id``...) are pandas ``string`` (so ``"036"`` keeps its zero);
    ``date`` and ``event_date`` are ``datetime64`` (``NaT`` where the record
    had no date); ``sentence_index``, ``quad_class`` and ``num_mentions`` are
    ``int64``; ``goldstein`` ``float64``; ``negated`` ``bool``; spans hold
    ``(start, end)`` tuples or ``None``, ``evidence`` tuples (``object``).

    Args:
        events: Events, or ``(event, extra)`` pairs such as the CLI's pipeline
            and :func:`eventcoder.writers.iter_events` give.
        extra: With pairs, add the extra keys (url, title...) as ``object``
            columns after the event fields, in the order first seen.

    Raises:
        ImportError: pandas is not installed.

    >>> from eventcoder import Coder, to_dataframe            # doctest: +SKIP
    >>> df = to_dataframe(Coder().code("زار ترامب اليابان.", date="2019-05-25"))  # doctest: +SKIP
    >>> df.groupby(["source", "target"]).size()               # doctest: +SKIP

    .. versionadded:: 0.1.0
    """
    pd = _pandas()
    cols: dict[str, list] = {f: [] for f in FIELDS}
    extras: dict[str, list] = {}
    n = 0
    for item in events:
        if isinstance(item, Event):
            ev, ex = item, None
        else:
            ev, ex = item
        for f in FIELDS:
            cols[f].append(getattr(ev, f))
        if extra and ex:
            for k, v in ex.items():
                if k in cols:
                    continue
                if k not in extras:
                    extras[k] = [None] * n
                extras[k].append(v)
        n += 1
        for k, lst in extras.items():
            if len(lst) < n:
                lst.append(None)
    data = {}
    for f in FIELDS:
        kind = DTYPES.get(f, "string")
        values = cols[f]
        if kind == "datetime64":
            data[f] = pd.to_datetime(pd.Series([v or None for v in values], dtype="object"), format="%Y-%m-%d")
        elif kind == "object":
            data[f] = _objects(pd, values)
        else:
            data[f] = pd.Series(values, dtype=kind)
    for k, lst in extras.items():
        data[k] = _objects(pd, lst)
    return pd.DataFrame(data, columns=list(FIELDS) + list(extras))
