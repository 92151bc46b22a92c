"""Actors, driven by the default dictionaries themselves: every country through its
names, capitals and every nisba form; leaders inside and outside their terms."""
from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dictionary import Dictionaries
from eventcoder.morphology import nisba_forms
from eventcoder.normalize import normalize
from eventcoder.sentence import PREDECESSORS, Sentence
from eventcoder.text import analyse_text

DICTS = Dictionaries.builtin()
COUNTRIES = [c for c in DICTS.entries["countries"]]


def mentions(coder, text, date="2024-01-01"):
    doc = analyse_text(text)
    out = []
    for si, (a, b) in enumerate(doc.sentences):
        s = Sentence(coder.tables, coder.analyzer, doc, si, a, b, date)
        out += [m for m in s.mentions]
    return out


def codes(coder, text, date="2024-01-01"):
    return [x.code for m in mentions(coder, text, date) for x in m.flat()]


def test_every_un_member_and_the_special_cases_are_there():
    have = {c.code for c in COUNTRIES}
    for code in ("PSE", "VAT", "TWN", "KSV", "ESH", "HKG", "SSD", "USA", "RUS", "CHN", "IRN", "EGY", "SAU", "YEM"):
        assert code in have
    assert len(have) >= 200


@pytest.mark.parametrize("country", COUNTRIES, ids=[c.code + ":" + c.src.rsplit(":", 1)[1] for c in COUNTRIES])
def test_every_country_through_name_capital_and_nisba(coder, country):
    other = "النرويج" if country.code != "NOR" else "السويد"
    for name in country.names:
        # as the object of a visit, and with a preposition clitic
        assert country.code in codes(coder, f"زار وفد من {other} {name} أمس."), name
        assert country.code in codes(coder, f"وصل الوفد إلى {name} ثم إلى {other}."), name
    for meto, role in country.metonyms:
        assert country.code + role in codes(coder, f"قالت {meto} إن المحادثات مع {other} مستمرة."), meto
    for nisba in country.nisbas:
        for form in nisba_forms(nisba):
            if " " in form:
                continue
            text = f"قال مسؤولون في الحكومة {'ال' + form} إن العلاقات جيدة."
            found = codes(coder, text)
            assert any(c.startswith(country.code) for c in found), (form, found)
    for dem in country.demonyms:
        assert country.code in codes(coder, f"اجتمع {'ال' + normalize(dem)} في المدينة."), dem


def test_nisba_forms_combine_with_agents(coder):
    assert codes(coder, "الجيش الإسرائيلي") == ["ISRMIL"]
    assert codes(coder, "شركات إيرانية") == ["IRNBUS"]
    assert codes(coder, "مسؤولين إيرانيين") == ["IRNGOV"]
    assert codes(coder, "وزير خارجية روسيا") == ["RUSGOV"]
    assert codes(coder, "الحكومة الكورية الشمالية") == ["PRKGOV"]
    assert "SAUGOV" in codes(coder, "التقى وزير الخارجية التركي نظيره السعودي")


def test_metonyms_and_seats_of_power(coder):
    assert codes(coder, "الكرملين") == ["RUSGOV"]
    assert codes(coder, "طهران") == ["IRN"]
    assert codes(coder, "البيت الأبيض") == ["USAGOV"]


def _leaders():
    """People with one dated GOV term that has ended, whose full name is theirs alone."""
    by_id: dict[str, list] = {}
    for p in DICTS.entries["people"]:
        by_id.setdefault(normalize(p.names[0]), []).append(p)
    name_count: dict[str, int] = {}
    for p in DICTS.entries["people"]:
        for n in {normalize(x) for x in p.names}:
            name_count[n] = name_count.get(n, 0) + 1
    out = []
    for ident, entries in by_id.items():
        govs = [e for e in entries if e.code.endswith("GOV") and e.start and e.end]
        if len(entries) != 1 or len(govs) != 1:
            continue
        e = govs[0]
        if not ("2001-01-01" <= e.start and e.end <= "2024-06-01") or name_count[ident] > 1 or " " not in ident:
            continue
        out.append(e)
    return out


LEADERS = _leaders()


def test_there_are_enough_leaders_to_test():
    assert len(LEADERS) >= 20


@pytest.mark.parametrize("person", LEADERS[:60], ids=[p.src.rsplit("/", 1)[-1] for p in LEADERS[:60]])
def test_leaders_are_gov_only_in_office(coder, person):
    start = dt.date.fromisoformat(person.start)
    end = dt.date.fromisoformat(person.end)
    inside = (start + (end - start) / 2).isoformat()
    after = (end + dt.timedelta(days=400)).isoformat()
    name = person.names[0]
    assert codes(coder, f"قال {name} إن الوضع مستقر.", inside)[0] == person.code
    assert codes(coder, f"قال {name} إن الوضع مستقر.", after)[0] == person.code[:3] + "ELI"


def test_a_shared_surname_is_chosen_by_date(coder):
    # رايس: Condoleezza Rice (Secretary of State 2005-2009) and Susan Rice (2013-2017 NSA)
    a = mentions(coder, "انتقدت رايس إيران.", "2006-06-01")[0]
    b = mentions(coder, "انتقدت رايس إيران.", "2014-06-01")[0]
    assert a.code.endswith("GOV") and b.code.endswith("GOV") and a.srcs != b.srcs


def _dated_people():
    """Every person line with a start date, by its first name form, with a day inside its range; not the
    names two lines share at once (the coder reads no one then), nor the groups that cross borders (IMG:
    the place of the story gives them a country)."""
    by_name: dict[str, list] = {}
    for q in DICTS.entries["people"]:
        for name in q.names:
            by_name.setdefault(name, []).append(q)
    out = []
    for p in DICTS.entries["people"]:
        if not p.start or p.code.startswith("IMG"):
            continue
        day = p.start + ("-15" if len(p.start) == 7 else "-06-15" if len(p.start) == 4 else "")
        if p.end and p.end <= day:
            day = p.start + ("-01" if len(p.start) == 7 else "-01-01" if len(p.start) == 4 else "")
        if any(q is not p and (not q.start or q.start <= day) and (not q.end or day < q.end)
               for q in by_name[p.names[0]]):
            continue
        out.append((p, day))
    return out


DATED_PEOPLE = _dated_people()


def test_every_dated_person_is_the_subject_of_a_verb_in_office(coder):
    # a name with no title before it, as news name people a second time: the name's last word is no
    # preposition of the actor after it (زين العابدين بن علي | الحكومة), nor its first word a time
    # (خميس الجهيناوي، جمعة عناد)
    assert len(DATED_PEOPLE) > 3000
    wrong = []
    for p, day in DATED_PEOPLE:
        code = p.code
        for old, new, until in PREDECESSORS:
            if day < until and code.startswith(old):
                code = new + code[len(old):]
        other = "الحكومة النرويجية" if not code.startswith("NOR") else "الحكومة الدنماركية"
        got = [e.source for e in coder.code(f"انتقد {p.names[0]} {other}.", day)]
        if code not in got:
            wrong.append((p.src, p.names[0], day, got))
    assert not wrong, wrong
