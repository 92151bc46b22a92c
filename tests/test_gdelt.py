"""GDELT 1.0 event TSV: 58 fields, valid codes, pandas loads it."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder import codebook
from eventcoder.events import MODALITIES, Event
from eventcoder.gdelt import GdeltWriter, column_names, columns, gdelt_row, read_gdelt, split_actor

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "docs" / "examples" / "seed-article.txt"
SHARED_COLUMNS = ROOT.parent / "shared" / "reference" / "gdelt_event_columns.tsv"
CODES = sorted(c for c in codebook.event_codes() if len(c) >= 3)
ROOTS = {f"{i:02d}" for i in range(1, 21)}


def _table(name):
    with (ROOT / "eventcoder" / "data" / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


COUNTRIES = {r["code"] for r in _table("cameo_countries.tsv")}
TYPES = {r["code"] for r in _table("cameo_actor_types.tsv") if "Type" in r["gdelt_field"] or r["code"] == "PTY"}
GROUPS = {r["code"] for r in _table("cameo_actor_types.tsv") if "KnownGroup" in r["gdelt_field"]}
RELIGIONS = {r["code"] for r in _table("cameo_actor_types.tsv") if r["kind"] == "religion"}
# Actor codes as the default dictionaries write them.
ACTORS = ["", "IRN", "IRNGOV", "RUSGOV", "USAMIL", "PSEREB", "IGOUNO", "IGOUNOWHO", "IGOEUREEC", "IGO",
          "NGOAMN", "SAUREL", "GOV", "MIL", "ISRMILGOV", "LBNREB", "SYROPP", "IGOUNOPKO", "EGYPTY"]


def test_columns_are_gdelts_58_in_order():
    names = column_names()
    assert len(names) == 58 and len(set(names)) == 58
    assert names[:3] == ["GLOBALEVENTID", "SQLDATE", "MonthYear"]
    assert names[25:31] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                            "GoldsteinScale"]
    assert names[-2:] == ["DATEADDED", "SOURCEURL"]
    assert [c.position for c in columns()] == list(range(1, 59))
    if SHARED_COLUMNS.exists():  # the package copy is the shared reference
        with SHARED_COLUMNS.open(encoding="utf-8") as f:
            ref = [r["name"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
        assert names == ref


SPLITS = [
    # code, (country, known_group, ethnic, religion1, religion2, type1, type2, type3)
    ("", ("", "", "", "", "", "", "", "")),
    ("IRN", ("IRN", "", "", "", "", "", "", "")),
    ("IRNGOV", ("IRN", "", "", "", "", "GOV", "", "")),
    ("ISRMILGOV", ("ISR", "", "", "", "", "MIL", "GOV", "")),
    ("IGOUNO", ("", "UNO", "", "", "", "IGO", "", "")),
    ("IGOUNOWHO", ("", "UNO", "", "", "", "IGO", "", "")),  # one known-group field: WHO stays in the code
    ("IGOUNOPKO", ("", "UNO", "", "", "", "IGO", "PKO", "")),
    ("IGOEUREEC", ("EUR", "EEC", "", "", "", "IGO", "", "")),  # a region is the affiliation
    ("NGOAMN", ("", "AMN", "", "", "", "NGO", "", "")),
    ("PSEREB", ("PSE", "", "", "", "", "REB", "", "")),  # PSE first: Palestine, not the group
    ("SAUREL", ("SAU", "", "", "REL", "", "", "", "")),
    ("IRQKURGOV", ("IRQ", "", "kur", "", "", "GOV", "", "")),  # the Kurdistan Region's government (REGIONS)
    ("USAMOSSHN", ("USA", "", "", "MOS", "SHN", "", "", "")),  # SHN later: a religion, not Saint Helena
    ("EGYPTY", ("EGY", "", "", "", "", "PTY", "", "")),
    ("GOV", ("", "", "", "", "", "GOV", "", "")),
    ("UIS", ("", "", "", "", "", "UIS", "", "")),  # unidentified state actor is a type in GDELT
    ("IRNXXXGOV", ("IRN", "", "", "", "", "GOV", "", "")),  # an unknown part is not guessed into a field
    ("USAGOVMILCOPSPY", ("USA", "", "", "", "", "GOV", "MIL", "COP")),  # three type fields at most
]


@pytest.mark.parametrize("code, expected", SPLITS)
def test_split_actor(code, expected):
    parts = split_actor(code)
    assert parts.code == code
    assert tuple(parts)[1:] == expected


def ev(code="036", **kw):
    base = dict(record_id="r1", sentence_index=0, date="2025-05-14", event_date="2025-05-14", source="IRN",
                target="RUSGOV", source_text="طهران", target_text="لبوتين", trigger_text="دعوة")
    base.update(kw)
    return Event.make(code, **base)


def test_row_known_values():
    row = gdelt_row(ev(), {"url": "https://example.org/a b\tc"}, event_id=7)
    d = dict(zip(column_names(), row))
    assert len(row) == 58
    assert d["GLOBALEVENTID"] == "7"
    assert (d["SQLDATE"], d["MonthYear"], d["Year"]) == ("20250514", "202505", "2025")
    assert d["FractionDate"] == f"{2025 + (5 * 30 + 14) / 365:.4f}" == "2025.4493"
    assert (d["Actor1Code"], d["Actor1Name"], d["Actor1CountryCode"]) == ("IRN", "طهران", "IRN")
    assert (d["Actor2Code"], d["Actor2CountryCode"], d["Actor2Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (d["EventCode"], d["EventBaseCode"], d["EventRootCode"]) == ("036", "036", "03")
    assert (d["QuadClass"], d["GoldsteinScale"]) == ("1", "4.0")
    assert (d["NumMentions"], d["NumSources"], d["NumArticles"], d["IsRootEvent"]) == ("1", "1", "1", "1")
    assert d["SOURCEURL"] == "https://example.org/a%20b%09c"
    # What the coder does not know stays empty.
    for name in ["AvgTone", "DATEADDED"] + [n for n in column_names() if "Geo_" in n]:
        assert d[name] == "", name


def test_row_four_digit_code_and_event_date():
    e = ev("0311", event_date="2025-05-13", sentence_index=4, num_mentions=3)
    d = dict(zip(column_names(), gdelt_row(e, {"num_articles": 2, "num_sources": None})))
    assert (d["EventCode"], d["EventBaseCode"], d["EventRootCode"]) == ("0311", "031", "03")
    assert d["GoldsteinScale"] == "5.2"
    assert d["SQLDATE"] == "20250513"  # the event's date, moved by the sentence's "yesterday"
    assert (d["NumMentions"], d["NumArticles"], d["NumSources"], d["IsRootEvent"]) == ("3", "2", "", "0")
    assert d["GLOBALEVENTID"] == ""


def test_row_without_date_or_actors():
    d = dict(zip(column_names(), gdelt_row(ev("190", date="", event_date="", source="", target="",
                                                source_text="x"))))
    assert d["SQLDATE"] == d["MonthYear"] == d["Year"] == d["FractionDate"] == ""
    assert d["Actor1Code"] == d["Actor1Name"] == d["Actor2Code"] == ""  # no code, no name
    assert (d["QuadClass"], d["GoldsteinScale"]) == ("4", "-10.0")


def test_goldstein_and_quad_come_from_the_codebook():
    odd = Event(record_id="r", sentence_index=0, date="2025-01-01", event_date="2025-01-01", source="IRN",
                target="", code="163", quad_class=3, goldstein=-1.0)  # wrong values in the event
    d = dict(zip(column_names(), gdelt_row(odd)))
    assert (d["QuadClass"], d["GoldsteinScale"]) == ("4", "-8.0")


def test_writer_header_and_ids():
    buf = io.StringIO()
    w = GdeltWriter(buf, header=True, start_id=100, date_added="20250515")
    w.write(ev())
    w.write(ev("042"))
    w.close()
    lines = buf.getvalue().split("\n")
    assert lines[0].split("\t") == column_names()
    assert [line.split("\t")[0] for line in lines[1:3]] == ["100", "101"]
    assert lines[1].split("\t")[56] == "20250515"
    with pytest.raises(ValueError, match="YYYYMMDD"):
        GdeltWriter(io.StringIO(), date_added="2025-05-15")


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@st.composite
def events(draw):
    date = draw(st.just("") | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat))
    return Event.make(
        draw(st.sampled_from(CODES)), record_id=draw(TEXT), sentence_index=draw(st.integers(0, 300)), date=date,
        event_date=date, source=draw(st.sampled_from(ACTORS)), target=draw(st.sampled_from(ACTORS)),
        source_text=draw(TEXT), target_text=draw(TEXT), trigger_text=draw(TEXT),
        modality=draw(st.sampled_from(MODALITIES)), num_mentions=draw(st.integers(1, 50)))


@given(st.lists(st.tuples(events(), st.fixed_dictionaries({}, optional={"url": TEXT})), max_size=10))
def test_every_line_has_58_fields_and_valid_codes(pairs):
    buf = io.StringIO()
    w = GdeltWriter(buf)
    for e, extra in pairs:
        w.write(e, extra)
    lines = buf.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == len(pairs) + 1
    for (e, _), line in zip(pairs, lines):
        f = line.split("\t")
        assert len(f) == 58
        d = dict(zip(column_names(), f))
        assert d["EventCode"] == e.code and d["EventCode"] in codebook.event_codes()
        assert d["EventBaseCode"] == e.code[:3] and d["EventBaseCode"] in codebook.event_codes()
        assert d["EventRootCode"] in ROOTS
        assert d["QuadClass"] in ("1", "2", "3", "4")
        assert d["GoldsteinScale"] == "" or -10.0 <= float(d["GoldsteinScale"]) <= 10.0
        assert d["Actor1Code"] == e.source and d["Actor2Code"] == e.target
        for n in ("1", "2"):
            assert d[f"Actor{n}CountryCode"] in COUNTRIES | {""}
            assert d[f"Actor{n}KnownGroupCode"] in GROUPS | {""}
            assert {d[f"Actor{n}Type{k}Code"] for k in "123"} <= TYPES | {""}
            assert {d[f"Actor{n}Religion{k}Code"] for k in "12"} <= RELIGIONS | {""}
            # every field's part is a part of the actor code
            code = d[f"Actor{n}Code"]
            parts = {code[i:i + 3] for i in range(0, len(code), 3)}
            for name in ("CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code",
                         "Religion1Code", "Religion2Code"):
                assert d[f"Actor{n}{name}"] in parts | {""}
        if e.event_date:
            assert d["SQLDATE"] == e.event_date.replace("-", "")
            assert d["MonthYear"] == d["SQLDATE"][:6] and d["Year"] == d["SQLDATE"][:4]
        assert "\r" not in line and '"' not in line


def _seed_gdelt(coder):
    evs = coder.code(SEED.read_text(encoding="utf-8"), date="2025-05-14", record_id="seed-article")
    assert evs, "the seed article should give events"
    buf = io.StringIO()
    w = GdeltWriter(buf)
    for e in evs:
        w.write(e, {"url": "https://example.org/seed"})
    w.close()
    return evs, buf.getvalue()


def test_seed_article_lines(coder):
    evs, text = _seed_gdelt(coder)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == len(evs) and {len(r) for r in rows} == {58}
    for r in rows:
        assert r[26] in codebook.event_codes() and r[28] in ROOTS and r[29] in "1234"


def test_seed_article_loads_in_pandas_with_gdelt_names(request):
    pd = pytest.importorskip("pandas")
    evs, text = _seed_gdelt(request.getfixturevalue("coder"))
    # As a GDELT user loads a daily file: tab-separated, no header, the 58 names.
    df = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=column_names())
    assert df.shape == (len(evs), 58)
    assert list(df.columns) == column_names()
    assert (df["SQLDATE"] <= 20250514).all() and (df["SQLDATE"] >= 20250401).all()
    assert (df["SOURCEURL"] == "https://example.org/seed").all()
    # With GDELT's types, codes keep their zeros and compare with the events field by field.
    typed = read_gdelt(io.StringIO(text))
    for e, (_, r) in zip(evs, typed.iterrows()):
        assert r["EventCode"] == e.code and r["EventRootCode"] == e.root_code
        assert r["Actor1Code"] == e.source and r["Actor2Code"] == e.target
        assert r["QuadClass"] == e.quad_class and r["GoldsteinScale"] == e.goldstein
        assert r["NumMentions"] == e.num_mentions
        assert str(r["SQLDATE"]) == e.event_date.replace("-", "")
        assert r["IsRootEvent"] == (1 if e.sentence_index == 0 else 0)
    assert typed["GLOBALEVENTID"].tolist() == list(range(1, len(evs) + 1))
    assert typed["AvgTone"].isna().all() and typed["ActionGeo_Lat"].isna().all()


def test_read_gdelt_with_header(tmp_path):
    pytest.importorskip("pandas")
    p = tmp_path / "e.tsv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = GdeltWriter(f, header=True)
        w.write(ev("0311"))
    df = read_gdelt(p, header=True)
    assert df.shape == (1, 58) and df["EventCode"].iloc[0] == "0311" and df["EventBaseCode"].iloc[0] == "031"
