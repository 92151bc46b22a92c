"""Parsing and validating dictionary files."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.dictionary import KIND_COLUMNS, Dictionaries, parse_date_range, parse_lines


def parse(kind, text):
    entries, problems = parse_lines(text.splitlines(), "f.txt", kind)
    return entries, [str(p) for p in problems]


def test_comments_blank_lines_and_columns():
    entries, problems = parse("countries", "# header\n\nIRN | إيران | طهران | إيراني | | Iran  # trailing\n")
    assert problems == []
    (c,) = entries
    assert (c.code, c.names, c.metonyms, c.nisbas) == ("IRN", ("إيران",), (("طهران", ""),), ("إيراني",))


def test_metonym_roles():
    (c,), problems = parse("countries", "RUS | روسيا | موسكو / الكرملين:GOV | روسي | روس |")
    assert problems == []
    assert c.metonyms == (("موسكو", ""), ("الكرملين", "GOV"))


@pytest.mark.parametrize("kind, line, message", [
    ("countries", "XXX | بلد | | | |", "f.txt:1: unknown CAMEO country code 'XXX'"),
    ("people", "USAGOV | ترامب | 2021-01-20..2017-01-20 |", "ends before it starts"),
    ("people", "USAGOV | ترامب | 2017-13-01.. |", "bad start date '2017-13-01'"),
    ("people", "USAZZZ | ترامب | |", "part 'ZZZ' is not a CAMEO"),
    ("patterns", "999 | زود TGT |", "unknown CAMEO event code '999'"),
    ("patterns", "072 | TGT زود |", "must start with its trigger word"),
    ("patterns", "072 | زود & TGT |", "bad synset name '&'"),
    ("patterns", "072 | زود TGT TGT |", "more than one target"),
    ("patterns", "172 | حل BODY TGT |", "more than one target (TGT, BODY or PLACE)"),
    ("patterns", "192 | ضم PLACE * إلى TGT |", "more than one target (TGT, BODY or PLACE)"),
    ("grammar", "NOPE | لم |", "unknown grammar class 'NOPE'"),
    ("grammar", "TIME:yesterday | أمس |", "TIME needs an offset"),
    ("agents", "XYZ | وزير |", "unknown role 'XYZ'"),
    ("lemmas", "زود | | | |", "has no present form"),
    ("synsets", "WEAPON | صاروخ |", "bad synset name 'WEAPON'"),
    ("discards", "paragraph | مباراة |", "unknown discard scope 'paragraph'"),
    ("countries", "IRN | Iran | | | |", "has no Arabic letters"),
    ("agents", "GOV | وزير | note | extra | more", "expected at most 3 columns"),
    ("places", "SYX | حلب |", "part 'SYX' is not a CAMEO"),
    ("places", "SYR | | Aleppo", "place has no name"),
])
def test_errors_name_the_line_and_what_is_wrong(kind, line, message):
    entries, problems = parse(kind, "# a comment first\n" + line)
    assert entries == []
    assert len(problems) == 1
    assert problems[0].startswith("f.txt:2: ")
    assert message.replace("f.txt:1: ", "") in problems[0]


def test_date_ranges():
    assert parse_date_range("2017-01-20..2021-01-20") == ("2017-01-20", "2021-01-20")
    assert parse_date_range("2025..") == ("2025-01-01", "")
    assert parse_date_range("..2000-05") == ("", "2000-05-01")
    assert parse_date_range("") == ("", "")
    assert isinstance(parse_date_range("2020"), str)


def test_overlapping_terms_of_one_person_are_an_error(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.txt").write_text(
        "USAGOV | دونالد ترامب / ترامب | 2017-01-20..2021-01-20 |\n"
        "USAELI | دونالد ترامب / ترامب | 2020-01-01..2022-01-01 |\n", encoding="utf-8")
    d = Dictionaries.from_dir(tmp_path)
    assert any("overlaps" in str(p) and ":2:" in str(p) for p in d.errors)


def test_a_user_file_can_switch_a_default_off(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "mine.txt").write_text("! زود TGT ب &WEAPON\n", encoding="utf-8")
    d = Dictionaries.load([tmp_path])
    assert not any(p.text == "زود TGT ب &WEAPON" for p in d.entries["patterns"])
    assert d.errors == []


_ARABIC = st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=8)


@given(st.lists(_ARABIC, min_size=1, max_size=4), _ARABIC)
def test_synset_lines_round_trip(members, _):
    line = "&X | " + " / ".join(members) + " | note"
    (s,), problems = parse("synsets", line)
    assert problems == []
    assert s.members == tuple(m.strip() for m in members)


@given(st.text(max_size=200), st.sampled_from(sorted(KIND_COLUMNS)))
def test_any_line_parses_to_an_entry_or_problems_never_a_crash(line, kind):
    entries, problems = parse_lines([line], "f.txt", kind)
    assert all(p.path == "f.txt" and p.line == 1 for p in problems)


def test_a_place_stands_for_its_country(tmp_path):
    from eventcoder import Coder

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "places-mine.txt").write_text("# code | names | note\nSYR | مدينة الاختبار / سلمية |\n",
                                                          encoding="utf-8")
    (c,), problems = parse("places", "SYR | سلمية / مصياف | Syrian towns")
    assert problems == [] and c.code == "SYR" and c.names == ("سلمية", "مصياف")
    coder = Coder([tmp_path])
    got = {(e.source, e.target, e.code) for e in coder.code("قصفت القوات الروسية سلمية.", date="2024-01-01")}
    assert ("RUSMIL", "SYR", "190") in got, got
