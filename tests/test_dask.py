"""Coding on Dask: a bag and a dataframe give what the plain coder gives."""
from __future__ import annotations

import json

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

from eventcoder.dask import code_bag, code_dataframe, events_frame  # noqa: E402
from eventcoder.events import FIELDS  # noqa: E402
from eventcoder.records import Skipped  # noqa: E402

from .conftest import GOLD  # noqa: E402
from .strategies import KNOWN_SENTENCES  # noqa: E402


def _records() -> list[dict]:
    recs = []
    for p in sorted(GOLD.glob("*.jsonl")):
        for ln in p.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                obj = json.loads(ln)
                recs.append({"id": obj["id"], "text": obj["text"], "date": obj.get("date", "")})
    return recs[:60]


def _plain(coder, recs) -> list:
    out = []
    for r in recs:
        out += coder.code(r["text"], date=r["date"], record_id=r["id"])
    return out


@pytest.fixture(scope="module", params=[False, True], ids=["threads", "processes"])
def client(request):
    """A local cluster of two workers: threads in this process, or two processes."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=request.param,
                                       dashboard_address=None, silence_logs=50)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def test_a_bag_is_coded_like_the_plain_coder(coder, client):
    recs = _records()
    expected = _plain(coder, recs)
    assert len(expected) > 10
    got = code_bag(db.from_sequence(recs, npartitions=4), coder).compute()
    assert got == expected


def test_bag_items_may_be_strings_records_or_skipped(coder, client):
    from eventcoder.records import Record

    items = [KNOWN_SENTENCES[0], Record("r1", KNOWN_SENTENCES[1], "2024-01-01", {}, "x:1"),
             Skipped("x:2", "", "not JSON", "{"), {"record_id": 7, "text": KNOWN_SENTENCES[2], "date": None}]
    got = code_bag(db.from_sequence(items, npartitions=2), coder).compute()
    expected = (coder.code(KNOWN_SENTENCES[0]) + coder.code(KNOWN_SENTENCES[1], date="2024-01-01", record_id="r1")
                + coder.code(KNOWN_SENTENCES[2], record_id="7"))
    assert got == expected
    assert expected


def test_a_dataframe_is_coded_like_the_plain_coder(coder, client):
    recs = _records()
    pdf = pd.DataFrame(recs)
    ddf = dd.from_pandas(pdf, npartitions=3)
    out = code_dataframe(ddf, coder).compute()
    assert list(out.columns) == list(FIELDS)
    expected = events_frame(_plain(coder, recs))
    assert len(out) == len(expected) > 10
    pd.testing.assert_frame_equal(out.reset_index(drop=True), expected.reset_index(drop=True),
                                  check_dtype=False)
    assert out["source"].tolist() == [e.source for e in _plain(coder, recs)]


def test_dataframe_column_names_datetimes_and_missing_texts(coder):
    pdf = pd.DataFrame({"body": [KNOWN_SENTENCES[0], None, KNOWN_SENTENCES[4]],
                        "when": pd.to_datetime(["2024-03-01", "2024-03-02", None]),
                        "key": ["a", "b", "c"]})
    out = code_dataframe(dd.from_pandas(pdf, npartitions=2), coder, text="body", date="when",
                         id="key").compute(scheduler="sync")
    expected = (coder.code(KNOWN_SENTENCES[0], date="2024-03-01", record_id="a")
                + coder.code(KNOWN_SENTENCES[4], record_id="c"))
    assert out["record_id"].tolist() == [e.record_id for e in expected]
    assert out["code"].tolist() == [e.code for e in expected]
    assert out["date"].tolist() == [e.date for e in expected]
    assert set(out["record_id"]) <= {"a", "c"}


def test_dataframe_without_date_and_id_columns_uses_the_index(coder):
    pdf = pd.DataFrame({"text": KNOWN_SENTENCES[:3]}, index=[10, 11, 12])
    out = code_dataframe(dd.from_pandas(pdf, npartitions=1), coder, date=None, id=None).compute(scheduler="sync")
    assert set(out["record_id"]) <= {"10", "11", "12"}
    assert len(out) == sum(len(coder.code(t)) for t in KNOWN_SENTENCES[:3])


def test_bad_input_is_reported(coder):
    with pytest.raises(KeyError, match="no column 'texte'"):
        code_dataframe(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), coder, text="texte")
    bag = db.from_sequence([{"id": "1", "text": KNOWN_SENTENCES[0], "date": "01/02/2024"}], npartitions=1)
    with pytest.raises(ValueError, match="bad date"):
        code_bag(bag, coder).compute(scheduler="sync")


def test_the_coder_is_one_key_of_the_graph(coder):
    """Not one copy per partition: the graph stays small whatever the partition count."""
    bag = code_bag(db.from_sequence(_records(), npartitions=8), coder)
    graph = dict(bag.__dask_graph__())
    coder_keys = [k for k in graph if str(k).startswith("eventcoder-coder-")]
    assert len(coder_keys) == 1
    import pickle

    others = {k: v for k, v in graph.items() if k not in coder_keys}
    assert len(pickle.dumps(others)) < len(pickle.dumps(coder)) // 4
