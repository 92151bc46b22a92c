"""Coding on several processes: same output as one process, in input order,
with a bounded number of records in memory."""
from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from eventcoder.parallel import code_parallel, default_jobs
from eventcoder.records import Record, Skipped, iter_inputs, read_jsonl

from .conftest import GOLD
from .strategies import KNOWN_SENTENCES


def _gold_lines() -> list[str]:
    lines = []
    for p in sorted(GOLD.glob("*.jsonl")):
        lines += [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def _mixed_stream() -> bytes:
    """Gold records, several-sentence records, and lines the reader skips, interleaved."""
    lines = _gold_lines()
    out = []
    for k, ln in enumerate(lines):
        out.append(ln)
        if k % 7 == 3:
            out.append("{not json")
        if k % 11 == 5:
            out.append(json.dumps({"id": f"nodate-{k}", "text": "زار ترامب اليابان.", "date": "yesterday"}))
        if k % 5 == 0:
            text = " ".join(KNOWN_SENTENCES[(k + j) % len(KNOWN_SENTENCES)] for j in range(1 + k % 4))
            out.append(json.dumps({"id": f"multi-{k}", "text": text, "date": "2024-01-0%d" % (1 + k % 9),
                                   "url": f"http://example.org/{k}"}, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def _items() -> list:
    return list(read_jsonl(io.BytesIO(_mixed_stream()), "mixed.jsonl"))


def test_the_input_has_records_and_skipped_items():
    items = _items()
    assert sum(isinstance(x, Skipped) for x in items) >= 5
    assert sum(isinstance(x, Record) for x in items) >= 50


def test_jobs_2_equals_jobs_1_equals_the_plain_coder(coder):
    items = _items()
    one = list(code_parallel(coder, items, jobs=1))
    two = list(code_parallel(coder, iter(items), jobs=2, chunk_size=3))
    assert [r for r, _ in one] == items
    assert [r for r, _ in two] == items
    assert one == two
    plain = [[] if isinstance(r, Skipped) else coder.code(r.text, date=r.date, record_id=r.id) for r in items]
    assert [evs for _, evs in two] == plain
    assert sum(len(evs) for evs in plain) > 20  # the comparison is not between empty lists


@pytest.mark.parametrize("chunk_size,max_pending", [(1, 1), (2, 1), (5, 3), (1000, 2)])
def test_order_is_kept_whatever_the_chunking(coder, chunk_size, max_pending):
    items = _items()
    got = list(code_parallel(coder, items, jobs=2, chunk_size=chunk_size, max_pending=max_pending))
    assert [r for r, _ in got] == items
    for r, evs in got:
        if isinstance(r, Skipped):
            assert evs == []
        else:
            assert all(e.record_id == r.id for e in evs)


def test_dicts_are_coded_like_records(coder):
    recs = [{"id": i, "text": s, "date": "2024-05-01"} for i, s in enumerate(KNOWN_SENTENCES)]
    got = list(code_parallel(coder, recs, jobs=2, chunk_size=2))
    assert [r for r, _ in got] == recs
    for r, evs in got:
        assert evs == coder.code(r["text"], date="2024-05-01", record_id=str(r["id"]))
    assert any(evs for _, evs in got)


def test_a_chunk_is_cut_by_characters_too(coder):
    long_text = " ".join(KNOWN_SENTENCES * 20)
    recs = [{"id": str(i), "text": long_text if i % 2 else KNOWN_SENTENCES[0]} for i in range(6)]
    got = list(code_parallel(coder, recs, jobs=2, chunk_size=100, chunk_chars=len(long_text)))
    assert [r["id"] for r, _ in got] == [r["id"] for r in recs]
    assert got[1][1] == coder.code(long_text, record_id="1")


def test_input_is_read_lazily_with_a_bounded_read_ahead(coder):
    pulled = 0

    def source():
        nonlocal pulled
        for k in range(10_000):
            pulled += 1
            yield {"id": str(k), "text": KNOWN_SENTENCES[k % len(KNOWN_SENTENCES)]}

    it = code_parallel(coder, source(), jobs=2, chunk_size=4, max_pending=3)
    first = [next(it) for _ in range(10)]
    assert [r["id"] for r, _ in first] == [str(k) for k in range(10)]
    # at most max_pending chunks in flight plus the one being handed out
    assert pulled <= (3 + 1) * 4 + 10
    it.close()  # shuts the pool down; must not hang


def test_an_error_in_a_worker_is_raised_in_the_parent(coder):
    recs = [{"id": "a", "text": KNOWN_SENTENCES[0]}, {"id": "b", "text": 42}]
    with pytest.raises(TypeError, match="text must be a str"):
        list(code_parallel(coder, recs, jobs=2, chunk_size=1))
    with pytest.raises(TypeError, match="text must be a str"):
        list(code_parallel(coder, recs, jobs=1))


class _Unpicklable(Exception):
    def __reduce__(self):
        raise TypeError("cannot pickle this")


class _Boom:
    """A stand-in coder that fails on some texts (a bug in the coder)."""

    def code(self, text, date="", record_id=""):
        if "boom" in text:
            raise ValueError(f"boom in {record_id}")
        if "weird" in text:
            raise _Unpicklable("weird failure")
        return []


@pytest.mark.parametrize("jobs", [1, 2])
def test_errors_return_yields_the_exception_and_goes_on(jobs):
    recs = [{"id": str(k), "text": ("boom" if k == 3 else "weird" if k == 5 else "ok")} for k in range(8)]
    got = list(code_parallel(_Boom(), recs, jobs=jobs, chunk_size=2, errors="return"))
    assert [r["id"] for r, _ in got] == [str(k) for k in range(8)]
    assert isinstance(got[3][1], ValueError) and "boom in 3" in str(got[3][1])
    assert "weird failure" in str(got[5][1])
    if jobs > 1:
        assert "Traceback" in got[3][1].remote_traceback
        assert isinstance(got[5][1], RuntimeError)  # could not be pickled as it was
    assert all(evs == [] for k, (_, evs) in enumerate(got) if k not in (3, 5))


def test_only_skipped_items_and_empty_input(coder):
    sk = [Skipped("f:1", "", "not JSON", "{"), Skipped("f:2", "x", "no 'text' field", "{}")]
    assert list(code_parallel(coder, sk, jobs=2)) == [(s, []) for s in sk]
    assert list(code_parallel(coder, [], jobs=2)) == []


def test_bad_arguments(coder):
    with pytest.raises(ValueError, match="chunk_size"):
        list(code_parallel(coder, [], jobs=2, chunk_size=0))
    with pytest.raises(ValueError, match="errors must be"):
        list(code_parallel(coder, [], jobs=2, errors="ignore"))
    assert default_jobs() >= 1


def test_a_large_file_streams_in_bounded_memory(coder, tmp_path):
    """A JSONL file much larger than the memory limit goes through the reader
    and the parallel path; the parent never holds more than a few chunks."""
    payload = "س" * 32_000  # a pass-through key of 64 KB of UTF-8 per record
    path = tmp_path / "big.jsonl"
    n = 600
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"r{k}", "date": "2024-01-01", "text": KNOWN_SENTENCES[k % 8],
                                "payload": payload}, ensure_ascii=False) + "\n")
    size = path.stat().st_size
    assert size > 35_000_000
    limit = 12_000_000
    for jobs in (1, 2):
        tracemalloc.start()
        try:
            count = events = 0
            for rec, evs in code_parallel(coder, iter_inputs([str(path)]), jobs=jobs, chunk_size=4,
                                          max_pending=2):
                assert rec.id == f"r{count}"
                count += 1
                events += len(evs)
            _cur, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == n
        assert events > 0
        assert peak < limit, f"jobs={jobs}: peak {peak} bytes for a file of {size} bytes"


def test_cli_jobs_2_writes_what_jobs_1_writes(tmp_path, capsys):
    import json as _json

    from eventcoder.cli import main

    src = tmp_path / "in.jsonl"
    rows = []
    for i in range(60):
        rows.append(_json.dumps({"id": f"r{i}", "date": "2019-05-25",
                                 "text": "زار ترامب اليابان. فرضت كندا عقوبات على روسيا."}, ensure_ascii=False))
        if i % 17 == 3:
            rows.append("not json")
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["code", str(src), "-o", str(out), "--jobs", jobs, "-q"]) == 3
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") == 180  # a visit, its host, sanctions
