"""``eventcoder dict check`` on a table of broken files: exact messages and exit codes."""
from __future__ import annotations

import pytest

from eventcoder.cli import main

# (kind of mistake, {relative path: content}, expected lines, exit code, exit code with --strict)
CASES = [
    ("unknown country code", {"actors/countries.txt": "XYZ | بلد | | | |\n"},
     ["D/actors/countries.txt:1: unknown CAMEO country code 'XYZ' (see eventcoder/data/cameo_countries.tsv)"], 1, 1),
    ("unknown actor code part", {"actors/people.txt": "USAZZZ | جون دو | |\n"},
     ["D/actors/people.txt:1: actor code 'USAZZZ': part 'ZZZ' is not a CAMEO country, region, role or group code"],
     1, 1),
    ("malformed actor code", {"actors/organisations.txt": "igoUNO | الأمم المتحدة | |\n"},
     ["D/actors/organisations.txt:1: actor code 'igoUNO' must be upper-case letters in groups of three "
      "(e.g. 'IRNGOV')"], 1, 1),
    ("date range ends before it starts", {"actors/people.txt": "USAGOV | جون دو | 2021-01-20..2017-01-20 |\n"},
     ["D/actors/people.txt:1: date range '2021-01-20..2017-01-20' ends before it starts: the end is exclusive "
      "and must be after '2021-01-20'"], 1, 1),
    ("bad date", {"actors/people.txt": "USAGOV | جون دو | 2017-02-30.. |\n"},
     ["D/actors/people.txt:1: bad start date '2017-02-30' in '2017-02-30..': expected YYYY-MM-DD, YYYY-MM or YYYY"],
     1, 1),
    ("date range without ..", {"actors/people.txt": "USAGOV | جون دو | 2017 |\n"},
     ["D/actors/people.txt:1: date range '2017' must be FROM..TO (e.g. '2017-01-20..2021-01-20'; either end may "
      "be empty)"], 1, 1),
    ("overlapping terms", {"actors/people.txt": "USAGOV | جون دو | 2017..2021 |\nUSAGOV | جون دو | 2020..2022 |\n"},
     ["D/actors/people.txt:2: date range of 'جون دو' (2020-01-01..2022-01-01) overlaps the one at line 1 "
      "(2017-01-01..2021-01-01): one code per person and date; make the ranges touch or split them"], 1, 1),
    ("unknown event code", {"verbs/lemmas.txt": "زود | يزود | | |\n", "verbs/07.txt": "0799 | زود TGT |\n"},
     ["D/verbs/07.txt:1: unknown CAMEO event code '0799': use a 3- or 4-digit code from the codebook, or '---'"],
     1, 1),
    ("pattern starts with a slot", {"verbs/07.txt": "072 | TGT زود |\n"},
     ["D/verbs/07.txt:1: pattern 'TGT زود' must start with its trigger word or synset, not 'TGT'"], 1, 1),
    ("unknown synset", {"verbs/lemmas.txt": "زود | يزود | | |\n", "verbs/07.txt": "072 | زود TGT ب &ARMS |\n"},
     ["D/verbs/07.txt:1: unknown synset '&ARMS': define it in synsets/*.txt"], 1, 1),
    ("pattern head is not a lemma", {"verbs/07.txt": "072 | سلح TGT |\n"},
     ["D/verbs/07.txt:1: the head 'سلح' of pattern 'سلح TGT' is not a lemma: add it to verbs/lemmas*.txt "
      "(past | present | nouns | participles) or start with a &SYNSET"], 1, 1),
    ("too many columns", {"actors/agents.txt": "GOV | وزير | minister | extra\n"},
     ["D/actors/agents.txt:1: expected at most 3 columns separated by '|' for agents, got 4"], 1, 1),
    ("unknown role", {"actors/agents.txt": "MINISTER | وزير |\n"},
     ["D/actors/agents.txt:1: unknown role 'MINISTER': use a CAMEO role code (GOV, MIL, COP, REB, OPP, BUS, CVL, "
      "...) or '-'"], 1, 1),
    ("unknown grammar class", {"grammar/g.txt": "NEGATION | لم |\n"},
     ["D/grammar/g.txt:1: unknown grammar class 'NEGATION': use one of ADVERB, ALLEGE, ATTEND, BACKING, COND, CONTROL, COPULA, "
      "COUNTERPART, DENY, DESCRIBE, EVENTREF, FOLLOW, FORMER, FUTURE, HYPO, INSPECT, INSTRUMENT, INTENT, LATTER, "
      "LIGHT, LITOTES, "
      "MASC, MAY, MEDIATE, NEG, OFFER, OWNER, PLURAL2, PREP, PROTEST, QUESTION, "
      "RECEIVE, REPORT, RESPOND, STOP, SUBORD, TAKEPART, THREAT, TIME, TITLE, TRANSPARENT, URGE, VISIT, VOW, WARN, "
      "WELCOME, WITNESS"], 1, 1),
    ("bad time offset", {"grammar/t.txt": "TIME:yesterday | أمس |\n"},
     ["D/grammar/t.txt:1: TIME needs an offset like 'TIME:-1d', 'TIME:+1w', 'TIME:-1m' or 'TIME:weekday0', "
      "got 'yesterday'"], 1, 1),
    ("bad event roots", {"grammar/e.txt": "EVENTREF:attack | الهجوم |\n"},
     ["D/grammar/e.txt:1: EVENTREF takes the two-digit roots of the events it may name, like "
      "'EVENTREF:18,19,20', got 'attack'"], 1, 1),
    ("bad owner role", {"grammar/o.txt": "OWNER:court | الحكم |\n"},
     ["D/grammar/o.txt:1: OWNER takes the role code of the body that makes the thing, like 'OWNER:JUD', "
      "got 'court'"], 1, 1),
    ("verb without present", {"verbs/lemmas.txt": "زود | | تزويد | |\n"},
     ["D/verbs/lemmas.txt:1: verb 'زود' has no present form: give the third person masculine singular (e.g. 'يزود')"],
     1, 1),
    ("no Arabic", {"actors/countries.txt": "IRN | Iran | | | |\n"}, ["D/actors/countries.txt:1: name 'Iran' has no Arabic letters"], 1, 1),
    ("unknown discard scope", {"discards/d.txt": "paragraph | مباراة |\n"},
     ["D/discards/d.txt:1: unknown discard scope 'paragraph': use one of sentence, actor, trigger"], 1, 1),
    ("not UTF-8", {"actors/countries.txt": b"IRN | \xe5\xed\xd1\xc7\xe4 | | | |\n"},
     ["D/actors/countries.txt:1: not valid UTF-8: save the file as UTF-8"], 1, 1),
    ("binary junk", {"actors/countries.txt": "IRN | إيران | | | |\n\x00\x01\x02\n"},
     ["D/actors/countries.txt:2: line contains a NUL character: is this a binary file?"], 1, 1),
    # warnings: exit 0, or 1 with --strict
    ("a pronoun on a word another synset lists bare",
     {"synsets/s.txt": "&X | علاقاتها |\n&Y | علاقات تجارية |\n"},
     ["D/synsets/s.txt:1: warning: 'علاقاتها' in &X is 'علاقات' with a pronoun: listed, it is no longer split "
      "anywhere, so &Y (which list 'علاقات') miss it; list the phrase without the pronoun"], 0, 1),
    ("duplicate entry", {"synsets/s.txt": "&X | صاروخ / صاروخ |\n"},
     ["D/synsets/s.txt:1: warning: duplicate member 'صاروخ' of &X: already at D/synsets/s.txt:1; remove one"], 0, 1),
    ("shadowed pattern", {"verbs/lemmas.txt": "هاجم | يهاجم | | |\n",
                          "verbs/p.txt": "190 | هاجم TGT |\n111 | هاجم TGT |\n"},
     ["D/verbs/p.txt:2: warning: pattern 'هاجم TGT' is 111 here but 190 at D/verbs/p.txt:1: the later one "
      "shadows the other; keep one"], 0, 1),
    ("name of two actors", {"actors/countries.txt": "JOR | الأردن | عمان | | |\nOMN | عمان | مسقط | | |\n"},
     ["D/actors/countries.txt:2: warning: 'عمان' is OMN here but JOR at D/actors/countries.txt:1: one name, one "
      "actor; remove one, or make the names differ (e.g. a longer name)"], 0, 1),
    ("name of two people at once", {"actors/people.txt": "USAGOV | جون دو / دو | 2017.. |\n"
                                                         "GBRGOV | جين دو / دو | 2018.. |\n"},
     ["D/actors/people.txt:2: warning: the name 'دو' belongs to 'جون دو' (line 1) and 'جين دو' on the same dates: "
      "the date cannot choose; keep it for one of them only, or list the full names"], 0, 1),
    ("switch-off that removes nothing", {"verbs/p.txt": "! زود TGT ب &WEAPON\n"},
     ["D/verbs/p.txt:1: warning: '!' line removes nothing: no earlier patterns entry has 'زود TGT ب &WEAPON'"], 0, 1),
]


@pytest.mark.parametrize("kind, files, expected, code, strict_code", CASES, ids=[c[0] for c in CASES])
def test_dict_check_reports(tmp_path, monkeypatch, capsys, kind, files, expected, code, strict_code):
    monkeypatch.chdir(tmp_path)
    for rel, content in files.items():
        p = tmp_path / "D" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
    assert main(["dict", "check", "--no-defaults", "D"]) == code
    lines = capsys.readouterr().out.splitlines()
    assert lines == expected
    assert main(["dict", "check", "--no-defaults", "--strict", "D"]) == strict_code


def test_at_least_fifteen_kinds_of_mistake():
    assert len(CASES) >= 15


def test_a_missing_folder(tmp_path, capsys):
    assert main(["dict", "check", "--no-defaults", str(tmp_path / "nope")]) == 1
    assert "no such dictionary folder or file" in capsys.readouterr().out
