"""Aggregation per period and dyad, on hand-made event sets with known answers."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder import codebook
from eventcoder.aggregate import (COLUMNS_TAIL, PERIODS, aggregate, add_parser, next_period, period_of, plot,
                                  run, write_csv)
from eventcoder.events import Event
from eventcoder.writers import open_writer


def E(date, src, tgt, code, event_date=None, mentions=1, rid="r"):
    return Event.make(code, record_id=rid, sentence_index=0, date=date,
                      event_date=date if event_date is None else event_date, source=src, target=tgt,
                      num_mentions=mentions)


# Iran-Russia and US-Iran over three weeks of May 2025 (Wed 14 May is in ISO week 20).
EVENTS = [
    E("2025-05-12", "IRNGOV", "RUSGOV", "036"),            # W20 Mon, q1, +4.0
    E("2025-05-14", "IRN", "RUS", "0311"),                 # W20, q1, +5.2
    E("2025-05-14", "IRN", "RUS", "042", mentions=3),      # W20, q1, +1.9
    E("2025-05-18", "USAGOV", "IRN", "163"),               # W20 Sun, q4, -8.0
    E("2025-05-19", "USA", "IRN", "112"),                  # W21 Mon, q3, -2.0
    E("2025-06-02", "IRN", "RUS", "061"),                  # W23, q2, +6.4
    E("", "IRN", "RUS", "042"),                            # no date: left out, counted as undated
    E("2025-05-20", "IRN", "RUS", "042", event_date="2025-05-19"),  # yesterday: W21 by its event date
]


def rows(agg):
    return [r.as_dict(agg.dyad) for r in agg.rows]


def test_codebook_values_used_in_the_fixture():
    assert [codebook.lookup(c).goldstein for c in ("036", "0311", "042", "163", "112", "061")] == \
        [4.0, 5.2, 1.9, -8.0, -2.0, 6.4]


def test_by_week_all_events():
    agg = aggregate(EVENTS, "week")
    assert (agg.counted, agg.undated, agg.filtered) == (7, 1, 0)
    got = [(d["period"], d["period_start"], d["events"], d["mentions"], d["quad_1"], d["quad_2"], d["quad_3"],
            d["quad_4"], d["goldstein_sum"], d["goldstein_mean"]) for d in rows(agg)]
    assert got == [
        ("2025-W20", "2025-05-12", 4, 6, 3, 0, 0, 1, 3.1, 0.775),
        ("2025-W21", "2025-05-19", 2, 2, 1, 0, 1, 0, -0.1, -0.05),
        ("2025-W23", "2025-06-02", 1, 1, 0, 1, 0, 0, 6.4, 6.4),
    ]
    w20 = rows(agg)[0]
    assert (w20["root_03"], w20["root_04"], w20["root_16"], w20["root_01"]) == (2, 1, 1, 0)


def test_by_month_with_dyads_at_country_level():
    agg = aggregate(EVENTS, "month", dyad=True, actor_level="country")
    got = [(d["period"], d["source"], d["target"], d["events"], d["goldstein_sum"]) for d in rows(agg)]
    assert got == [
        ("2025-05", "IRN", "RUS", 4, 13.0),   # 4.0 + 5.2 + 1.9 + 1.9
        ("2025-05", "USA", "IRN", 2, -10.0),
        ("2025-06", "IRN", "RUS", 1, 6.4),
    ]


def test_dyads_with_full_codes_and_filters():
    agg = aggregate(EVENTS, "month", dyad=True, source="IRN", target="RUS")
    assert [(d["source"], d["target"], d["events"]) for d in rows(agg)] == [
        ("IRN", "RUS", 3), ("IRNGOV", "RUSGOV", 1), ("IRN", "RUS", 1)]
    assert agg.filtered == 2
    only_no_target = aggregate([E("2025-01-01", "IRN", "", "042"), E("2025-01-01", "IRN", "RUS", "042")],
                               "day", target="")
    assert only_no_target.counted == 1


def test_undirected_dyads():
    agg = aggregate(EVENTS, "month", dyad=True, actor_level="country", undirected=True, source="RUS",
                    target="IRN")
    assert [(d["period"], d["source"], d["target"], d["events"]) for d in rows(agg)] == [
        ("2025-05", "IRN", "RUS", 4), ("2025-06", "IRN", "RUS", 1)]  # IRN→RUS found by RUS, IRN both ways
    assert agg.undirected and agg.filtered == 2
    args = _parser().parse_args(["aggregate", "x.jsonl", "--dyad", "--undirected"])
    assert args.undirected


def test_by_day_and_fill():
    agg = aggregate([E("2025-05-12", "IRN", "RUS", "042"), E("2025-05-15", "IRN", "RUS", "042")], "day",
                    fill=True)
    assert [(d["period"], d["events"], d["goldstein_mean"]) for d in rows(agg)] == [
        ("2025-05-12", 1, 1.9), ("2025-05-13", 0, None), ("2025-05-14", 0, None), ("2025-05-15", 1, 1.9)]


def test_fill_every_dyad():
    agg = aggregate([E("2025-01-05", "A", "B", "042"), E("2025-03-05", "C", "D", "190")], "month", dyad=True,
                    fill=True)
    assert [(d["period"], d["source"], d["events"]) for d in rows(agg)] == [
        ("2025-01", "A", 1), ("2025-01", "C", 0), ("2025-02", "A", 0), ("2025-02", "C", 0),
        ("2025-03", "A", 0), ("2025-03", "C", 1)]


PERIOD_TABLE = [
    ("2025-05-14", "day", "2025-05-14", "2025-05-14"),
    ("2025-05-18", "week", "2025-W20", "2025-05-12"),   # Sunday closes the ISO week
    ("2025-05-19", "week", "2025-W21", "2025-05-19"),
    ("2024-12-30", "week", "2025-W01", "2024-12-30"),   # ISO year differs from the calendar year
    ("2021-01-03", "week", "2020-W53", "2020-12-28"),
    ("2025-12-31", "month", "2025-12", "2025-12-01"),
]


@pytest.mark.parametrize("day, by, label, start", PERIOD_TABLE)
def test_period_of(day, by, label, start):
    assert period_of(dt.date.fromisoformat(day), by) == (label, dt.date.fromisoformat(start))


def test_next_period():
    assert next_period(dt.date(2025, 12, 1), "month") == dt.date(2026, 1, 1)
    assert next_period(dt.date(2024, 12, 30), "week") == dt.date(2025, 1, 6)
    assert next_period(dt.date(2024, 2, 28), "day") == dt.date(2024, 2, 29)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(PERIODS))
def test_a_day_lies_in_its_period(day, by):
    label, start = period_of(day, by)
    assert start <= day < next_period(start, by)
    assert period_of(start, by) == (label, start)


CODES = sorted(c for c in codebook.event_codes() if len(c) >= 3)


@given(st.lists(st.builds(E, st.dates(dt.date(2020, 1, 1), dt.date(2020, 12, 31)).map(dt.date.isoformat),
                          st.sampled_from(["IRN", "RUSGOV", ""]), st.sampled_from(["USA", "IRNMIL"]),
                          st.sampled_from(CODES), mentions=st.integers(1, 5)), max_size=30),
       st.sampled_from(PERIODS), st.booleans())
def test_totals_are_kept(evs, by, dyad):
    agg = aggregate(evs, by, dyad=dyad)
    assert agg.counted == len(evs)
    assert sum(r.events for r in agg.rows) == len(evs)
    assert sum(r.mentions for r in agg.rows) == sum(e.num_mentions for e in evs)
    assert sum(r.goldstein_sum for r in agg.rows) == pytest.approx(sum(e.goldstein for e in evs))
    for r in agg.rows:
        assert sum(r.roots.values()) == r.events == sum(r.quads.values())
    starts = [(r.period_start, r.source, r.target) for r in agg.rows]
    assert starts == sorted(set(starts))


def test_csv_output_exact():
    agg = aggregate(EVENTS[:2], "month", dyad=True)
    buf = io.StringIO()
    write_csv(agg, buf)
    lines = buf.getvalue().splitlines()
    assert lines[0] == "period,period_start,source,target," + ",".join(COLUMNS_TAIL)
    assert lines[1] == ("2025-05,2025-05-01,IRN,RUS,1,1,0,0,1," + ",".join(["0"] * 17) + ",1,0,0,0,5.2,5.2")
    assert lines[2].startswith("2025-05,2025-05-01,IRNGOV,RUSGOV,1,1,0,0,1,")
    assert len(lines[1].split(",")) == 4 + len(COLUMNS_TAIL)


# -- the CLI subcommand, on a throwaway parser -------------------------------

def _parser():
    ap = argparse.ArgumentParser(prog="eventcoder")
    add_parser(ap.add_subparsers(dest="command"))
    return ap


@pytest.fixture
def event_files(tmp_path):
    j = tmp_path / "ev.jsonl"
    c = tmp_path / "ev.csv"
    for fmt, p in (("jsonl", j), ("csv", c)):
        w = open_writer(fmt, p)
        for ev in EVENTS:
            w.write(ev, {"url": "u"})
        w.close()
    return j, c


@pytest.mark.parametrize("which", [0, 1])
def test_run_reads_jsonl_and_csv(event_files, which, tmp_path):
    out = tmp_path / "agg.csv"
    args = _parser().parse_args(["aggregate", str(event_files[which]), "--by", "week", "-o", str(out)])
    err = io.StringIO()
    assert run(args, stderr=err) == 0
    got = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["period"], r["events"], r["goldstein_sum"]) for r in got] == [
        ("2025-W20", "4", "3.1"), ("2025-W21", "2", "-0.1"), ("2025-W23", "1", "6.4")]
    assert "7 events counted in 3 rows, 1 without a date left out" in err.getvalue()


def test_run_reports_bad_lines_and_goes_on(tmp_path):
    p = tmp_path / "ev.jsonl"
    good = json.dumps(EVENTS[0].to_dict(), ensure_ascii=False)
    p.write_text(good + "\n{oops\n" + good + "\n", encoding="utf-8")
    args = _parser().parse_args(["aggregate", str(p), "--dyad"])
    out, err = io.StringIO(), io.StringIO()
    assert run(args, stdout=out, stderr=err) == 3
    assert f"{p}:2: not JSON" in err.getvalue()
    assert out.getvalue().splitlines()[1].startswith("2025-05-12,2025-05-12,IRNGOV,RUSGOV,2,2,")
    missing = _parser().parse_args(["aggregate", str(tmp_path / "nope.jsonl"), "-q"])
    err = io.StringIO()
    assert run(missing, stdout=io.StringIO(), stderr=err) == 3 and err.getvalue() == ""


def test_run_plot(event_files, tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "irn-rus.png"
    args = _parser().parse_args(["aggregate", str(event_files[0]), "--by", "week", "--source", "IRN", "--target",
                                 "RUS", "--plot", str(png), "-o", str(tmp_path / "a.csv")])
    err = io.StringIO()
    assert run(args, stderr=err) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "plot of 1 series" in err.getvalue()


def test_plot_many_dyads_and_nothing(tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    agg = aggregate(EVENTS, "day", dyad=True, actor_level="country")
    shown = plot(agg, str(tmp_path / "d.svg"), top=1)
    assert shown == [("IRN", "RUS")]
    assert set(plot(agg, str(tmp_path / "d.png"))) == {("IRN", "RUS"), ("USA", "IRN")}
    with pytest.raises(ValueError, match="no events"):
        plot(aggregate([], "day"), str(tmp_path / "x.png"))
    args = _parser().parse_args(["aggregate", "-", "--plot", str(tmp_path / "y.png")])

    class Stdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr("sys.stdin", Stdin())
    assert run(args, stdout=io.StringIO(), stderr=io.StringIO()) == 2  # empty input: nothing to plot


def test_run_plot_without_matplotlib(monkeypatch, event_files, tmp_path):
    import builtins

    real = builtins.__import__

    def fake(name, *a, **kw):
        if name.startswith("matplotlib"):
            raise ImportError("no matplotlib")
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake)
    args = _parser().parse_args(["aggregate", str(event_files[0]), "--plot", str(tmp_path / "p.png")])
    err = io.StringIO()
    assert run(args, stdout=io.StringIO(), stderr=err) == 2
    assert "eventcoder[plot]" in err.getvalue()
