"""to_dataframe: proper dtypes, and a round trip field by field."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder import codebook
from eventcoder.events import FIELDS, Event
from eventcoder.frames import to_dataframe

pd = pytest.importorskip("pandas")

CODES = sorted(c for c in codebook.event_codes() if len(c) >= 3)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=15)


@st.composite
def events(draw):
    date = draw(st.just("") | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat))
    span = st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
    return Event.make(draw(st.sampled_from(CODES)), record_id=draw(TEXT), sentence_index=draw(st.integers(0, 99)),
                      date=date, event_date=date, source=draw(st.sampled_from(["", "IRN", "IGOUNO"])),
                      target=draw(st.sampled_from(["", "RUSGOV"])), source_text=draw(TEXT),
                      negated=draw(st.booleans()), source_span=draw(span), trigger_span=draw(span),
                      num_mentions=draw(st.integers(1, 9)), evidence=tuple(draw(st.lists(TEXT, max_size=3))))


def ev(code="036", **kw):
    base = dict(record_id="r1", sentence_index=2, date="2025-05-14", event_date="2025-05-13", source="IRN",
                target="RUSGOV", source_span=(5, 10), evidence=("a.txt:1", "b.txt:2"))
    base.update(kw)
    return Event.make(code, **base)


def test_dtypes():
    df = to_dataframe([ev(), ev("0311", date="", event_date="", target_span=(1, 2))])
    assert list(df.columns) == list(FIELDS)
    for f in ("record_id", "source", "target", "code", "root_code", "label", "modality", "plover_event", "rule"):
        assert isinstance(df[f].dtype, pd.StringDtype), f
    assert list(df["code"]) == ["036", "0311"]  # leading zero kept
    assert list(df["root_code"]) == ["03", "03"]
    for f in ("date", "event_date"):
        assert pd.api.types.is_datetime64_any_dtype(df[f]), f
    assert df["event_date"].iloc[0] == pd.Timestamp("2025-05-13")
    assert df["date"].isna().tolist() == [False, True]
    assert df["sentence_index"].dtype == "int64" and df["quad_class"].dtype == "int64"
    assert df["num_mentions"].dtype == "int64"
    assert df["goldstein"].dtype == "float64" and df["negated"].dtype == bool
    assert df["source_span"].iloc[0] == (5, 10) and df["target_span"].iloc[0] is None
    assert df["evidence"].iloc[0] == ("a.txt:1", "b.txt:2")
    # Date arithmetic works: the dates really are dates.
    assert (df["date"].dt.to_period("M").astype(str).iloc[0]) == "2025-05"


def test_empty_has_columns_and_dtypes():
    df = to_dataframe([])
    assert list(df.columns) == list(FIELDS) and len(df) == 0
    assert isinstance(df["code"].dtype, pd.StringDtype)
    assert pd.api.types.is_datetime64_any_dtype(df["date"])


def test_pairs_add_extra_columns():
    df = to_dataframe([(ev(), {"url": "u1"}), (ev(), {"title": "t", "source": "IRNA"}), (ev(), {})])
    assert list(df.columns) == list(FIELDS) + ["url", "title"]  # a record key never replaces an event field
    assert df["url"].tolist() == ["u1", None, None]
    assert df["title"].tolist() == [None, "t", None]
    assert list(to_dataframe([(ev(), {"url": "u"})], extra=False).columns) == list(FIELDS)


@given(st.lists(events(), max_size=10))
def test_roundtrip_field_by_field(evs):
    df = to_dataframe(evs)
    assert len(df) == len(evs)
    for e, (_, row) in zip(evs, df.iterrows()):
        for f in FIELDS:
            v = row[f]
            if f in ("date", "event_date"):
                v = "" if pd.isna(v) else v.date().isoformat()
            assert v == getattr(e, f), f


def test_without_pandas_is_a_clear_error(monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **kw):
        if name == "pandas":
            raise ImportError("no pandas")
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(ImportError, match=r"eventcoder\[pandas\]"):
        to_dataframe([])
