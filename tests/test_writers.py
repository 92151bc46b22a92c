"""Writers and readers: every format round-trips field by field."""
from __future__ import annotations

import argparse
import csv
import io
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventcoder import codebook
from eventcoder.errors import Problem
from eventcoder.events import FIELDS, MODALITIES, Event
from eventcoder.writers import (FORMATS, WRITERS, CsvWriter, JsonlWriter, OutputError, PloverWriter,
                                add_output_arguments, event_from_mapping, iter_events, open_writer,
                                plover_record, writer_from_args)

# -- strategies -------------------------------------------------------------

CODES = sorted(c for c in codebook.event_codes() if len(c) >= 3)
ACTORS = ["", "IRN", "RUSGOV", "IGOUNO", "IGOEUREEC", "PSEREB", "USAMIL", "NGOAMN", "SAUREL"]
# Any text a news record may hold: Arabic, Latin, quotes, commas, tabs, line breaks of every kind.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
TRICKY = st.sampled_from(["", '"', ",", "a\rb", "x\ny", "\t", ";", " lead", "trail ", "\u2028", "\x00",
                          "طهران، \"موسكو\""])
DATES = st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                 max_value=__import__("datetime").date(2100, 12, 31)).map(lambda d: d.isoformat())
SPANS = st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
EVIDENCE_ITEM = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=";"), min_size=1,
                        max_size=20)


@st.composite
def events(draw):
    code = draw(st.sampled_from(CODES))
    date = draw(st.just("") | DATES)
    return Event.make(
        code,
        record_id=draw(TEXT | TRICKY),
        sentence_index=draw(st.integers(0, 5000)),
        date=date,
        event_date=draw(st.just(date) | DATES) if date else "",
        source=draw(st.sampled_from(ACTORS)),
        target=draw(st.sampled_from(ACTORS)),
        modality=draw(st.sampled_from(MODALITIES)),
        negated=draw(st.booleans()),
        source_text=draw(TEXT | TRICKY),
        target_text=draw(TEXT | TRICKY),
        trigger_text=draw(TEXT | TRICKY),
        source_span=draw(SPANS),
        target_span=draw(SPANS),
        trigger_span=draw(SPANS),
        num_mentions=draw(st.integers(1, 1000)),
        rule=draw(TEXT),
        evidence=tuple(draw(st.lists(EVIDENCE_ITEM, max_size=4))),
    )


def sample_event(code: str = "036", **kw) -> Event:
    base = dict(record_id="r1", sentence_index=0, date="2025-05-14", event_date="2025-05-14", source="IRN",
                target="RUSGOV", source_text="طهران", target_text="لبوتين", trigger_text="دعوة",
                source_span=(5, 10), target_span=(11, 17), trigger_span=(0, 4),
                rule="dictionaries/verbs/03-intend.txt:7",
                evidence=("dictionaries/verbs/03-intend.txt:7", "dictionaries/actors/countries.txt:53"))
    base.update(kw)
    return Event.make(code, **base)


# -- JSONL -------------------------------------------------------------------

@given(st.lists(events(), max_size=8))
def test_jsonl_roundtrips_with_json_module(evs):
    buf = io.StringIO()
    w = JsonlWriter(buf)
    for ev in evs:
        w.write(ev, {"url": "http://x/1", "source": "publisher"})
    w.close()
    lines = buf.getvalue().split("\n")[:-1]  # not splitlines(): U+2028 inside a string is not a line end
    assert len(lines) == len(evs)
    for ev, line in zip(evs, lines):
        d = json.loads(line)
        assert list(d)[:len(FIELDS)] == list(FIELDS)
        for f in FIELDS:
            v = getattr(ev, f)
            assert d[f] == (list(v) if isinstance(v, tuple) else v), f
        assert d["url"] == "http://x/1"
        assert d["source"] == ev.source  # an event field is never overwritten by a record key


@given(evs=st.lists(events(), max_size=8))
def test_jsonl_reads_back_into_equal_events(tmp_path_factory, evs):
    p = tmp_path_factory.mktemp("j") / "ev.jsonl"
    w = open_writer("jsonl", p)
    for ev in evs:
        w.write(ev, {"url": "u"})
    w.close()
    problems = []
    back = list(iter_events(str(p), problems=problems))
    assert problems == []
    assert [e for e, _ in back] == evs
    assert all(x == {"url": "u"} for _, x in back)


# -- CSV ---------------------------------------------------------------------

def _parse_cell(field, cell):
    """Independent reading of one CSV cell back into the Event value."""
    if field in ("source_span", "target_span", "trigger_span"):
        if cell == "":
            return None
        a, b = cell.split(":")
        return (int(a), int(b))
    if field == "evidence":
        return tuple(cell.split(";")) if cell else ()
    if field in ("sentence_index", "quad_class", "num_mentions"):
        return int(cell)
    if field == "goldstein":
        return float(cell)
    if field == "negated":
        return {"true": True, "false": False}[cell]
    return cell


@given(st.lists(events(), max_size=8))
@example([sample_event(source_text='a,"b"\r\nc', record_id="\r")])
def test_csv_roundtrips_with_csv_module(evs):
    buf = io.StringIO()
    w = CsvWriter(buf)
    for ev in evs:
        w.write(ev, None)
    w.close()
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert len(rows) == len(evs)
    for ev, row in zip(evs, rows):
        assert list(row) == list(FIELDS)
        for f in FIELDS:
            assert _parse_cell(f, row[f]) == getattr(ev, f), f


@given(evs=st.lists(events(), max_size=8))
def test_csv_reads_back_into_equal_events(tmp_path_factory, evs):
    p = tmp_path_factory.mktemp("c") / "ev.csv"
    w = open_writer("csv", p, extra_fields=["url"])
    for i, ev in enumerate(evs):
        w.write(ev, {"url": f"http://x/{i}"} if i % 2 else {})
    w.close()
    problems = []
    back = list(iter_events(str(p), problems=problems))
    assert problems == []
    assert [e for e, _ in back] == evs
    assert [x["url"] for _, x in back] == [f"http://x/{i}" if i % 2 else "" for i in range(len(evs))]


def test_csv_exact_text():
    buf = io.StringIO()
    w = CsvWriter(buf, extra_fields=["url", "title"])
    w.write(sample_event(), {"url": "http://a/b", "title": 'x, "y"'})
    lines = buf.getvalue().split("\n")
    assert lines[0] == ",".join(FIELDS) + ",url,title"
    assert lines[1] == (
        "r1,0,2025-05-14,2025-05-14,IRN,RUSGOV,036,03,Express intent to meet or negotiate,1,4.0,asserted,false,"
        "طهران,لبوتين,دعوة,5:10,11:17,0:4,AGREE,,1,dictionaries/verbs/03-intend.txt:7,"
        "dictionaries/verbs/03-intend.txt:7;dictionaries/actors/countries.txt:53,http://a/b,\"x, \"\"y\"\"\"")
    assert lines[2] == ""


# -- Parquet -----------------------------------------------------------------

@given(evs=st.lists(events(), max_size=12))
def test_parquet_roundtrips_with_pyarrow(tmp_path_factory, evs):
    pq = pytest.importorskip("pyarrow.parquet")
    p = tmp_path_factory.mktemp("p") / "ev.parquet"
    w = open_writer("parquet", p, extra_fields=["url"], batch_size=5)
    for i, ev in enumerate(evs):
        w.write(ev, {"url": f"u{i}"})
    w.close()
    table = pq.read_table(p)
    assert table.column_names == list(FIELDS) + ["url"]
    rows = table.to_pylist()
    assert len(rows) == len(evs)
    for i, (ev, row) in enumerate(zip(evs, rows)):
        for f in FIELDS:
            v = row[f]
            if f in ("date", "event_date"):
                v = v.isoformat() if v is not None else ""
            elif f in ("source_span", "target_span", "trigger_span", "evidence"):
                v = None if v is None else tuple(v)
            assert v == getattr(ev, f), f
        assert row["url"] == f"u{i}"


def test_parquet_types_and_pandas(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    import pyarrow.parquet as pq

    p = tmp_path / "ev.parquet"
    w = open_writer("parquet", str(p))
    w.write(sample_event(), None)
    w.write(sample_event(code="0311", date="", event_date="", source_span=None), None)
    w.close()
    t = pq.read_table(p)
    assert t.schema.field("code").type == pa.string()
    assert t.schema.field("date").type == pa.date32()
    df = t.to_pandas()
    assert list(df["code"]) == ["036", "0311"]
    assert df["date"].isna().tolist() == [False, True]


def test_parquet_empty_file_has_schema(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    p = tmp_path / "none.parquet"
    open_writer("parquet", p).close()
    t = pq.read_table(p)
    assert t.num_rows == 0 and t.column_names == list(FIELDS)


def test_parquet_refuses_a_terminal(monkeypatch):
    pytest.importorskip("pyarrow")

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdout", Tty())
    with pytest.raises(OutputError, match="--output"):
        open_writer("parquet", "-")


def test_parquet_without_pyarrow_is_a_clear_error(monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **kw):
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(OutputError, match=r"eventcoder\[parquet\]"):
        open_writer("parquet", "x.parquet")


# -- PLOVER ------------------------------------------------------------------

def test_plover_fields_and_values():
    buf = io.StringIO()
    w = PloverWriter(buf)
    w.write(sample_event(code="0311", source="IRNGOV"), {"url": "http://a", "source": "IRNA"})
    w.write(sample_event(code="042", record_id="r2", target="IGOUNO"), None)
    w.close()
    a, b = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert list(a)[:19] == ["id", "date", "event_type", "mode", "context", "actor1", "actor1_country",
                            "actor1_text", "actor2", "actor2_country", "actor2_text", "story_id",
                            "sentence_number", "publication_date", "trigger_text", "cameo_code", "modality",
                            "negated", "num_mentions"]
    assert (a["event_type"], a["mode"], a["context"]) == ("AGREE", "", ["economic"])
    assert (a["actor1"], a["actor1_country"], a["actor2"], a["actor2_country"]) == ("IRNGOV", "IRN", "RUSGOV", "RUS")
    assert a["url"] == "http://a" and a["source"] == "IRNA"  # publisher passes through
    assert b["event_type"] == codebook.plover_for("042").event == "CONSULT"
    assert b["actor2_country"] == ""  # an IGO has no country
    assert a["id"] != b["id"]


@given(st.lists(events(), max_size=10), st.sampled_from(["skip", "keep"]))
def test_plover_every_event_accounted_for(evs, unmapped):
    buf = io.StringIO()
    w = PloverWriter(buf, unmapped=unmapped)
    for ev in evs:
        w.write(ev)
    recs = [json.loads(line) for line in buf.getvalue().split("\n") if line]
    n_mapped = sum(1 for ev in evs if codebook.plover_for(ev.code))
    assert w.n_unmapped == len(evs) - n_mapped
    assert len(recs) == (n_mapped if unmapped == "skip" else len(evs)) == w.n_written
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        assert r["event_type"] is None or r["event_type"] == codebook.plover_for(r["cameo_code"]).event


def test_plover_unmapped_codes():
    ev = sample_event(code="010")  # statements: PLOVER has no category
    assert codebook.plover_for("010") is None
    assert plover_record(ev, "x") is None
    assert plover_record(ev, "x", keep_unmapped=True)["event_type"] is None


# -- open_writer and the CLI glue --------------------------------------------

def test_writers_dict_contract():
    for name in ("jsonl", "csv", "gdelt", "plover"):
        buf = io.StringIO()
        w = WRITERS[name](buf)
        w.write(sample_event(), {"url": "http://a"})
        w.close()
        assert buf.getvalue().endswith("\n")
    assert set(FORMATS) == set(WRITERS)


def test_open_writer_owns_the_files_it_opens(tmp_path):
    p = tmp_path / "o.jsonl"
    w = open_writer("jsonl", str(p))
    w.write(sample_event())
    w.close()
    assert p.read_text(encoding="utf-8").count("\n") == 1
    buf = io.StringIO()
    w = open_writer("csv", buf)
    w.close()
    assert not buf.closed  # a stream the caller gave stays open


def test_open_writer_unknown_format():
    with pytest.raises(OutputError, match="unknown output format 'xml'"):
        open_writer("xml", io.StringIO())


def _code_parser():
    ap = argparse.ArgumentParser(prog="eventcoder")
    sub = ap.add_subparsers(dest="command")
    c = sub.add_parser("code")
    c.add_argument("--output", "-o", default="-")
    c.add_argument("--quiet", "-q", action="store_true")
    add_output_arguments(c)
    return ap


@pytest.mark.parametrize("argv, check", [
    (["code"], lambda s: json.loads(s.splitlines()[0])["code"] == "036"),
    (["code", "-f", "csv", "--extra-fields", "url, title"], lambda s: s.splitlines()[0].endswith(",url,title")),
    (["code", "-f", "gdelt"], lambda s: len(s.splitlines()[0].split("\t")) == 58),
    (["code", "-f", "gdelt", "--gdelt-header"], lambda s: s.startswith("GLOBALEVENTID\tSQLDATE\t")),
    (["code", "--format", "plover"], lambda s: json.loads(s.splitlines()[0])["event_type"] == "AGREE"),
])
def test_writer_from_args(argv, check):
    args = _code_parser().parse_args(argv)
    buf = io.StringIO()
    w = writer_from_args(args, buf)
    w.write(sample_event(), {"url": "http://a"})
    w.close()
    assert check(buf.getvalue())


def test_cli_flags_and_defaults():
    args = _code_parser().parse_args(["code"])
    assert (args.format, args.dedup, args.gdelt_header, args.extra_fields, args.plover_unmapped) == \
        ("jsonl", "none", False, "", "skip")
    with pytest.raises(SystemExit):
        _code_parser().parse_args(["code", "--format", "xml"])
    with pytest.raises(SystemExit):
        _code_parser().parse_args(["code", "--dedup", "week"])


# -- reading back: bad lines are reported, not fatal -------------------------

BAD_JSONL = [
    ('{"code": "036", "source": "IRN", "date": "2025-01-01"}', None),
    ("not json", "not JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"source": "IRN"}', "no event code"),
    ('{"code": "9999"}', "unknown CAMEO event code '9999'"),
    ('{"code": "036", "sentence_index": "x"}', "sentence_index must be an integer"),
    ('{"code": "036", "source_span": [1]}', "source_span"),
    ('{"code": "036", "modality": "maybe"}', "not an event"),
]


def test_iter_events_reports_bad_jsonl_lines(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join(line for line, _ in BAD_JSONL) + "\n\n", encoding="utf-8")
    problems: list[Problem] = []
    got = list(iter_events(str(p), problems=problems))
    assert len(got) == 1
    ev = got[0][0]
    # Missing fields take defaults and the codebook's values.
    assert (ev.event_date, ev.root_code, ev.quad_class, ev.goldstein, ev.num_mentions) == \
        ("2025-01-01", "03", 1, 4.0, 1)
    expected = [(n, msg) for n, (_, msg) in enumerate(BAD_JSONL, 1) if msg]
    assert [p.line for p in problems] == [n for n, _ in expected]
    for prob, (_, msg) in zip(problems, expected):
        assert msg in prob.message
        assert str(prob).startswith(f"{p}:{prob.line}: ")


def test_iter_events_reports_bad_csv_rows(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("record_id,code,source,negated\nr1,036,IRN,false\nr2,036\nr3,036,IRN,perhaps\n",
                 encoding="utf-8")
    problems: list = []
    got = list(iter_events(str(p), problems=problems))
    assert [e.record_id for e, _ in got] == ["r1"]
    assert [(x.line, x.message.split(":")[0]) for x in problems] == [(3, "2 cells, the header has 4"),
                                                                    (4, "not an event")]
    q = tmp_path / "other.csv"
    q.write_text("a,b\n1,2\n", encoding="utf-8")
    problems = []
    assert list(iter_events(str(q), problems=problems)) == []
    assert "no 'code' column" in problems[0].message


def test_iter_events_skips_a_byte_order_mark(tmp_path):
    p = tmp_path / "excel.csv"
    buf = io.StringIO()
    w = CsvWriter(buf)
    w.write(sample_event())
    p.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))  # as spreadsheet programs save CSV
    assert [e for e, _ in iter_events(str(p))] == [sample_event()]


def test_iter_events_from_stdin():
    data = (json.dumps(sample_event().to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
    got = list(iter_events("-", stdin=io.BytesIO(data)))
    assert got[0][0] == sample_event()


def test_event_from_mapping_keeps_explicit_values():
    d = sample_event(num_mentions=7).to_dict()
    d["goldstein"] = -1.5  # a value from another codebook stays as given
    ev, extra = event_from_mapping({**d, "title": "t"})
    assert ev.goldstein == -1.5 and ev.num_mentions == 7 and extra == {"title": "t"}


def test_no_optional_package_is_imported_at_start():
    # The CLI imports these modules at start; pandas, pyarrow and matplotlib must stay unloaded.
    code = ("import sys, eventcoder, eventcoder.writers, eventcoder.gdelt, eventcoder.dedup, eventcoder.aggregate, "
            "eventcoder.frames, eventcoder.progress; "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'matplotlib', 'numpy') if m in sys.modules))")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gdelt", "plover"])
def test_code_pipeline_glue(coder, tmp_path, fmt):
    """The three pieces the CLI wires: writer, dedup stage, progress, on the seed article."""
    from pathlib import Path

    from eventcoder.dedup import dedup_from_args
    from eventcoder.progress import progress_from_args

    text = (Path(__file__).resolve().parent.parent / "docs" / "examples" / "seed-article.txt").read_text("utf-8")
    out = tmp_path / f"out.{fmt}"
    args = _code_parser().parse_args(["code", "-f", fmt, "--dedup", "record", "-o", str(out), "-q"])
    writer = writer_from_args(args)
    progress = progress_from_args(args)
    coded = []

    def pairs():
        events = coder.code(text, date="2025-05-14", record_id="seed")
        progress.update(1, len(events))
        coded.extend(events)
        for ev in events:
            yield ev, {"url": "https://example.org/seed"}

    n = 0
    for ev, extra in dedup_from_args(args)(pairs()):
        writer.write(ev, extra)
        n += 1
    writer.close()
    progress.close()
    keys = {(e.source, e.target, e.code, e.modality, e.negated) for e in coded}
    assert 0 < n == len(keys) <= len(coded)
    lines = out.read_text(encoding="utf-8").splitlines()
    if fmt == "jsonl":
        assert sum(json.loads(line)["num_mentions"] for line in lines) == len(coded)
    elif fmt == "gdelt":
        assert {len(line.split("\t")) for line in lines} == {58} and len(lines) == n
        assert sum(int(line.split("\t")[31]) for line in lines) == len(coded)
    elif fmt == "csv":
        assert len(lines) == n + 1
