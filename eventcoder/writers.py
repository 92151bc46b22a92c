"""
Writers: one event a line (JSONL, the default) or one a row (CSV), from the
same :class:`~eventcoder.events.Event` records.
"""
from __future__ import annotations

import csv
import json
from typing import IO

from .events import FIELDS, Event


class JsonlWriter:
    """One JSON object a line, fields in :data:`~eventcoder.events.FIELDS` order,
    plus the pass-through keys of the record (url, source, title...)."""

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


def _csv_value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        if len(v) == 2 and all(isinstance(x, int) for x in v):
            return f"{v[0]}:{v[1]}"
        return ";".join(str(x) for x in v)
    return str(v)


class CsvWriter:
    """CSV with a header, one column per output field. Spans are ``start:end``,
    evidence is ``;``-separated, booleans ``true``/``false``."""

    def __init__(self, out: IO[str]):
        self.w = csv.writer(out, lineterminator="\n")
        self.w.writerow(FIELDS)
        self.out = out

    def write(self, ev: Event, extra: dict | None = None) -> None:
        self.w.writerow([_csv_value(getattr(ev, f)) for f in FIELDS])

    def close(self) -> None:
        self.out.flush()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter}
