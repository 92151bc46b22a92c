"""Evaluation: the scorer on hand-made sets with known answers, its agreement with
../shared/tools/score.py, the reasons read from traces, event detection, and the CLI."""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder import evaluate as ev
from eventcoder.evaluate import (DetectionRow, GoldEvent, GoldFileError, GoldRecord, load_detection, parse_detection,
                                 parse_gold, party, score, score_detection)

from .conftest import DATA, GOLD, ROOT

SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"
DETECTION = DATA / "detection-sample.csv"


def gold(rid: str, *events: dict, text: str = "x") -> dict:
    return {"id": rid, "date": "2024-01-01", "text": text, "events": list(events)}


def g(src: str, tgt: str, code: str, *accept: str, required: bool = True, forbidden: bool = False) -> dict:
    return {"source": src, "target": tgt, "code": code, "accept": list(accept), "required": required,
            "forbidden": forbidden}


def p(rid: str, src: str, tgt: str, code: str) -> dict:
    return {"record_id": rid, "source": src, "target": tgt, "code": code}


def counts(r: dict) -> tuple:
    return r["required_found"], r["required"], r["predicted_correct"], r["predicted"], r["forbidden"], r["monadic"]


# (name, gold events of record "r", predictions for "r", level,
#  expected (required_found, required, predicted_correct, predicted, forbidden, monadic))
CASES = [
    ("exact hit", [g("IRN", "RUSGOV", "036")], [("IRN", "RUSGOV", "036")], "root", (1, 1, 1, 1, 0, 0)),
    ("role differs, root level", [g("ISRMIL", "LBN", "190")], [("ISRGOV", "LBNREB", "190")], "root",
     (1, 1, 1, 1, 0, 0)),
    ("role differs, actor level", [g("ISRMIL", "LBN", "190")], [("ISRGOV", "LBN", "190")], "actor",
     (0, 1, 0, 1, 0, 0)),
    ("actor level, same codes", [g("ISRMIL", "LBN", "190")], [("ISRMIL", "LBN", "195")], "actor",
     (1, 1, 1, 1, 0, 0)),
    ("two IGOs differ", [g("IGOUNO", "SYR", "042")], [("IGOEUR", "SYR", "042")], "root", (0, 1, 0, 1, 0, 0)),
    ("IGO with a role is the IGO", [g("IGOUNO", "SYR", "042")], [("IGOUNOHLH", "SYR", "042")], "root",
     (1, 1, 1, 1, 0, 0)),
    ("other code, same root", [g("IRN", "RUS", "036")], [("IRN", "RUS", "0311")], "root", (1, 1, 1, 1, 0, 0)),
    ("other code, exact level", [g("IRN", "RUS", "036")], [("IRN", "RUS", "0311")], "exact", (0, 1, 0, 1, 0, 0)),
    ("accept list, exact", [g("CHN", "IND", "036", "036", "020")], [("CHN", "IND", "020")], "exact",
     (1, 1, 1, 1, 0, 0)),
    ("accept list, other root", [g("CHN", "IND", "036", "036", "020")], [("CHN", "IND", "023")], "root",
     (1, 1, 1, 1, 0, 0)),
    ("accept replaces code", [g("CHN", "IND", "036", "020")], [("CHN", "IND", "036")], "root",
     (0, 1, 0, 1, 0, 0)),
    ("accept lists a root", [g("IRN", "PGS", "130", "130", "13")], [("IRN", "PGS", "138")], "root",
     (1, 1, 1, 1, 0, 0)),
    ("wrong direction", [g("IRN", "RUS", "072")], [("RUS", "IRN", "072")], "root", (0, 1, 0, 1, 0, 0)),
    ("optional, predicted", [g("RUS", "IRN", "062", required=False)], [("RUS", "IRN", "062")], "root",
     (0, 0, 1, 1, 0, 0)),
    ("optional, not predicted", [g("RUS", "IRN", "062", required=False)], [], "root", (0, 0, 0, 0, 0, 0)),
    ("forbidden, predicted", [g("USA", "IRN", "163", required=False, forbidden=True)], [("USA", "IRN", "163")],
     "root", (0, 0, 0, 1, 1, 0)),
    ("forbidden and required", [g("USA", "IRN", "163", forbidden=True)], [("USA", "IRN", "163")], "root",
     (0, 0, 0, 1, 1, 0)),
    ("forbidden, other root is plain false", [g("USA", "IRN", "163", forbidden=True)], [("USA", "IRN", "111")],
     "root", (0, 0, 0, 1, 0, 0)),
    ("allowed beats forbidden", [g("USA", "IRN", "163", forbidden=True), g("USA", "IRN", "160", required=False)],
     [("USA", "IRN", "163")], "root", (0, 0, 1, 1, 0, 0)),
    ("visit seen from the host", [g("EGYGOV", "SAU", "042")], [("SAU", "EGYGOV", "043")], "root",
     (0, 1, 1, 1, 0, 0)),
    ("visit and host", [g("EGYGOV", "SAU", "042")], [("EGYGOV", "SAU", "042"), ("SAU", "EGYGOV", "043")], "exact",
     (1, 1, 2, 2, 0, 0)),
    ("reversed phone call is not a generic consult", [g("FRA", "DEU", "041")], [("DEU", "FRA", "041")], "exact",
     (0, 1, 0, 1, 0, 0)),
    ("reversed phone call, root level", [g("FRA", "DEU", "041")], [("DEU", "FRA", "041")], "root",
     (0, 1, 1, 1, 0, 0)),
    ("reversed meeting elsewhere", [g("FRA", "DEU", "044")], [("DEU", "FRA", "044")], "exact", (0, 1, 1, 1, 0, 0)),
    ("reversed agreement", [g("FRA", "DEU", "057")], [("DEU", "FRA", "057")], "exact", (0, 1, 1, 1, 0, 0)),
    ("reversed agreement, consult code", [g("FRA", "DEU", "057")], [("DEU", "FRA", "040")], "exact",
     (0, 1, 1, 1, 0, 0)),
    ("no reversal for other support", [g("FRA", "DEU", "051")], [("DEU", "FRA", "051")], "root",
     (0, 1, 0, 1, 0, 0)),
    ("reversal through accept", [g("FRA", "DEU", "036", "036", "043")], [("DEU", "FRA", "042")], "exact",
     (0, 1, 1, 1, 0, 0)),
    ("reversal needs both parties", [g("FRA", "", "042", required=False)], [("", "FRA", "042")], "root",
     (0, 0, 0, 0, 0, 1)),
    ("reversed forbidden is false", [g("FRA", "DEU", "042", forbidden=True)], [("DEU", "FRA", "043")], "root",
     (0, 0, 0, 1, 0, 0)),
    ("monadic apart", [g("IRN", "RUS", "072")], [("IRN", "", "072"), ("", "RUS", "072")], "root",
     (0, 1, 0, 0, 0, 2)),
    ("gold with no target is never found", [g("RUSGOV", "", "010")], [("RUSGOV", "", "010")], "root",
     (0, 1, 0, 0, 0, 1)),
    ("duplicates count once", [g("IRN", "RUS", "072")], [("IRN", "RUS", "072")] * 3, "root", (1, 1, 1, 1, 0, 0)),
    ("two required, one found", [g("FRA", "IRN", "111"), g("DEU", "IRN", "111")], [("FRA", "IRN", "111")],
     "root", (1, 2, 1, 1, 0, 0)),
    ("no event expected", [], [("IRN", "RUS", "072")], "root", (0, 0, 0, 1, 0, 0)),
]


@pytest.mark.parametrize("name, events, preds, level, expected", CASES, ids=[c[0] for c in CASES])
def test_hand_made_cases(name, events, preds, level, expected):
    r = score([gold("r", *events)], [p("r", *x) for x in preds], level)
    assert counts(r) == expected


def test_ratios_and_f1():
    recs = [gold("a", g("IRN", "RUS", "072"), g("IRN", "RUS", "036")), gold("b", g("USA", "IRN", "163")),
            gold("c")]
    preds = [p("a", "IRN", "RUS", "072"), p("b", "USA", "IRN", "163"), p("c", "EGY", "SDN", "061"),
             p("zz", "EGY", "SDN", "061"), p("b", "USA", "", "163")]
    r = score(recs, preds, "root")
    assert (r["required"], r["required_found"], r["predicted"], r["predicted_correct"]) == (3, 2, 3, 2)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 / 3)
    assert r["unknown_record_ids"] == 1 and r["monadic"] == 1 and r["records"] == 3
    assert r["roots"] == {"03": {"gold": 1, "found": 0, "predicted": 0, "false": 0},
                          "06": {"gold": 0, "found": 0, "predicted": 1, "false": 1},
                          "07": {"gold": 1, "found": 1, "predicted": 1, "false": 0},
                          "16": {"gold": 1, "found": 1, "predicted": 1, "false": 0}}
    assert [(m["record_id"], m["code"]) for m in r["misses"]] == [("a", "036")]
    assert [(f["record_id"], f["code"], f["forbidden"]) for f in r["false"]] == [("c", "061", False)]


@pytest.mark.parametrize("events, preds, recall, precision", [
    ([], [], 1.0, 1.0),                                           # nothing to find, nothing found
    ([g("IRN", "RUS", "072")], [], 0.0, 0.0),                    # nothing found
    ([g("IRN", "RUS", "072", required=False)], [], 1.0, 1.0),    # optional only
    ([], [("IRN", "RUS", "072")], 1.0, 0.0),                      # all false
])
def test_empty_edges(events, preds, recall, precision):
    r = score([gold("r", *events)], [p("r", *x) for x in preds], "root")
    assert (r["recall"], r["precision"]) == (recall, precision)


def test_events_are_scored_in_their_own_record():
    r = score([gold("a", g("IRN", "RUS", "072")), gold("b")], [p("b", "IRN", "RUS", "072")], "root")
    assert (r["required_found"], r["predicted_correct"], r["predicted"]) == (0, 0, 1)


def test_event_objects_and_gold_records_are_accepted():
    from eventcoder.events import Event

    e = Event.make("072", record_id="a", sentence_index=0, date="", event_date="", source="IRN", target="RUS")
    rec = GoldRecord("a", "x", events=(GoldEvent("IRN", "RUS", "072", required=True),))
    assert counts(score([rec], [e])) == (1, 1, 1, 1, 0, 0)


def test_unknown_level():
    with pytest.raises(ValueError, match="level must be one of"):
        score([], [], "loose")


@pytest.mark.parametrize("actor, expected", [
    ("ISRMIL", "ISR"), ("ISR", "ISR"), ("IGOUNOHLH", "IGOUNO"), ("NGOAMN", "NGOAMN"), ("", ""), ("RU", "RU")])
def test_party(actor, expected):
    assert party(actor) == expected


# ----------------------------------------------------------------------
# properties, and the same answers as ../shared/tools/score.py

ACTORS = st.sampled_from(["IRN", "IRNGOV", "RUS", "RUSGOV", "RUSMIL", "IGOUNO", "IGOEUR", "IGOUNOHLH", "USA", ""])
CODES = st.sampled_from(["036", "0311", "030", "020", "040", "041", "042", "043", "044", "046", "057", "051",
                         "190", "195", "163", "13", "14"])


@st.composite
def gold_event(draw) -> dict:
    d = g(draw(ACTORS), draw(ACTORS), draw(CODES), *draw(st.lists(CODES, max_size=3)),
          required=draw(st.booleans()), forbidden=draw(st.booleans()))
    if draw(st.booleans()):
        del d["accept"]
    return d


@st.composite
def gold_and_predictions(draw) -> tuple[list[dict], list[dict]]:
    ids = [f"r{i}" for i in range(draw(st.integers(1, 3)))]
    recs = [gold(i, *draw(st.lists(gold_event(), max_size=4))) for i in ids]
    preds = draw(st.lists(st.builds(p, st.sampled_from(ids + ["stray"]), ACTORS, ACTORS, CODES), max_size=6))
    # predictions near the gold events: the same, reversed, or with another code or role
    for r in recs:
        for e in r["events"]:
            how = draw(st.sampled_from(["skip", "same", "reversed", "code", "role"]))
            src, tgt, code = e["source"], e["target"], e["code"]
            if how == "reversed":
                src, tgt = tgt, src
            elif how == "code":
                code = draw(CODES)
            elif how == "role":
                src = src[:3] + draw(st.sampled_from(["", "GOV", "MIL"]))
            if how != "skip":
                preds.append(p(r["id"], src, tgt, code))
    return recs, preds


LEVEL = st.sampled_from(ev.LEVELS)


@given(gold_and_predictions(), LEVEL)
def test_predicting_the_required_events_is_perfect(data, level):
    recs, _ = data
    preds = [p(r["id"], e["source"], e["target"], e["code"]) for r in recs for e in r["events"]
             if e["required"] and not e["forbidden"] and e["source"] and e["target"]
             and e["code"] in (e.get("accept") or [e["code"]])]
    r = score(recs, preds, level)
    assert r["predicted_correct"] == r["predicted"]
    assert r["forbidden"] == 0 and not r["false"]


@given(gold_and_predictions(), LEVEL)
def test_bounds_and_order(data, level):
    recs, preds = data
    r = score(recs, preds, level)
    assert 0.0 <= r["recall"] <= 1.0 and 0.0 <= r["precision"] <= 1.0 and 0.0 <= r["f1"] <= 1.0
    assert r["required_found"] + len(r["misses"]) == r["required"]
    assert r["predicted_correct"] + len(r["false"]) == r["predicted"]
    assert sum(row["gold"] for row in r["roots"].values()) == r["required"]
    assert sum(row["false"] for row in r["roots"].values()) == len(r["false"])
    assert counts(score(list(reversed(recs)), list(reversed(preds)), level)) == counts(r)


@given(gold_and_predictions())
def test_stricter_levels_find_no_more(data):
    recs, preds = data
    root, exact, actor = (score(recs, preds, lv) for lv in ev.LEVELS)
    assert exact["required_found"] <= root["required_found"]
    assert actor["required_found"] <= root["required_found"]
    assert exact["predicted_correct"] <= root["predicted_correct"]
    assert actor["predicted_correct"] <= root["predicted_correct"]


def _load_score_py():
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} is not here (CI may not have ../shared)")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SUMMARY_KEYS = ("level", "recall", "precision", "f1", "required", "required_found", "predicted",
                "predicted_correct", "forbidden", "monadic", "unknown_record_ids")


@settings(max_examples=250)
@given(gold_and_predictions(), LEVEL)
def test_same_answers_as_score_py_on_random_sets(data, level):
    ref = _load_score_py()
    recs, preds = data
    mine = score(recs, preds, level)
    theirs = ref.score(recs, preds, level, False)
    assert {k: mine[k] for k in SUMMARY_KEYS} == theirs


@pytest.mark.parametrize("name", ["dev", "seed"])
@pytest.mark.parametrize("level", ev.LEVELS)
def test_same_answers_as_score_py_on_coder_output(tmp_path, capsys, name, level):
    """eventcoder evaluate GOLD --json == score.py GOLD <(eventcoder code GOLD)."""
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} is not here (CI may not have ../shared)")
    path = GOLD / f"{name}.jsonl"
    coded = tmp_path / "events.jsonl"
    subprocess.run([sys.executable, "-m", "eventcoder", "code", str(path), "-o", str(coded), "-q"], check=True,
                   cwd=ROOT)
    out = subprocess.run([sys.executable, str(SCORE_PY), str(path), str(coded), "--level", level, "--json"],
                         check=True, capture_output=True, text=True).stdout
    theirs = json.loads(out.strip().splitlines()[-1])
    assert run_cli([str(path), "--level", level, "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert {k: mine[k] for k in SUMMARY_KEYS} == theirs


# ----------------------------------------------------------------------
# gold files

BAD_GOLD = [
    ("not json", "<gold>:1: not JSON"),
    ("[1, 2]", "<gold>:1: a record must be a JSON object, got list"),
    ('{"text": "x", "events": []}', "<gold>:1: 'id' must be a non-empty string (got None)"),
    ('{"id": "a", "events": []}', "<gold>:1: record 'a': 'text' must be a string (got None)"),
    ('{"id": "a", "text": "x"}', "<gold>:1: record 'a': 'events' must be a list (got None)"),
    ('{"id": "a", "text": "x", "date": "2024-13-01", "events": []}', "<gold>:1: record 'a': bad date '2024-13-01'"),
    ('{"id": "a", "text": "x", "events": [{"source": "IRN", "target": "RUS", "code": 36}]}',
     "<gold>:1: record 'a': event 0: 'code' must be a CAMEO event code"),
    ('{"id": "a", "text": "x", "events": [{"source": "IRN", "target": "RUS", "code": "036", "accept": "036"}]}',
     "<gold>:1: record 'a': event 0: 'accept' must be a list"),
    ('{"id": "a", "text": "x", "events": [{"source": 1, "target": "RUS", "code": "036"}]}',
     "<gold>:1: record 'a': event 0: 'source' must be"),
    ('{"id": "a", "text": "x", "events": [{"source": "IRN", "target": "RUS", "code": "036", "required": "yes"}]}',
     "<gold>:1: record 'a': event 0: 'required' must be true or false"),
    ('{"id": "a", "text": "x", "events": ["036"]}', "<gold>:1: record 'a': event 0: an event must be a JSON object"),
]


@pytest.mark.parametrize("line, message", BAD_GOLD)
def test_bad_gold_lines(line, message):
    with pytest.raises(GoldFileError) as e:
        parse_gold([line])
    assert len(e.value.problems) == 1
    assert str(e.value.problems[0]).startswith(message)


def test_every_bad_line_is_reported_with_its_number():
    lines = ['{"id": "a", "text": "x", "events": []}', "", "oops", '{"id": "a", "text": "y", "events": []}']
    with pytest.raises(GoldFileError) as e:
        parse_gold(lines, "f.jsonl")
    assert [str(x).split(":")[:2] for x in e.value.problems] == [["f.jsonl", "3"], ["f.jsonl", "4"]]
    assert "duplicate id, first at line 1" in str(e.value.problems[1])


@pytest.mark.parametrize("event, warning", [
    ({"source": "IRN", "target": "RUS", "code": "036"}, "no 'required'"),
    ({"source": "IRN", "target": "RUS", "code": "036", "required": True, "forbidden": True},
     "both 'required' and 'forbidden'"),
    ({"source": "IRN", "target": "RUS", "code": "036", "accept": ["020"], "required": True}, "is not in 'accept'"),
    ({"source": "", "target": "", "code": "036", "required": False}, "can never be matched"),
])
def test_gold_warnings(event, warning):
    warnings: list = []
    recs = parse_gold([json.dumps(gold("a", event))], warnings=warnings)
    assert len(recs) == 1 and len(warnings) == 1
    assert warning in warnings[0].message and warnings[0].severity == "warning"


def test_shipped_gold_files_load_cleanly():
    for name in ("seed", "dev"):
        warnings: list = []
        recs = ev.load_gold(GOLD / f"{name}.jsonl", warnings=warnings)
        assert recs and not warnings, [str(w) for w in warnings]


# ----------------------------------------------------------------------
# reasons from the trace, with a stand-in coder whose traces are written by hand


class StubCoder:
    """Returns canned events and trace steps by text, as Coder.code does."""

    tables = None

    def __init__(self, script: dict):
        self.script = script

    def code(self, text, date=None, record_id=None, trace=None):
        events, steps = self.script.get(text, ([], []))
        if trace is not None:
            trace.extend(steps)
        return [dict(e, record_id=record_id) for e in events]


def _sentence(tokens=("w0", "w1", "w2"), mentions=(), discarded=None):
    return {"step": "sentence", "index": 0, "text": " ".join(tokens), "discarded": discarded,
            "tokens": [(t, "", False, t, "") for t in tokens],
            "mentions": [{"code": c, "members": None} for c in mentions]}


def _event(src, tgt, code, rule="dictionaries/verbs/16-reduce.txt:2", trigger="تفرض"):
    return {"source": src, "target": tgt, "code": code, "rule": rule, "trigger_text": trigger}


PAT = "فرض * &SANCTION * على TGT"
RULE = "dictionaries/verbs/16-reduce.txt:2"
CHOSEN = {"step": "trigger", "pos": 1, "word": "تفرض", "result": f"verb, subject vso, pattern '{PAT}' -> 163"}
MATCHED = {"step": "pattern", "pos": 1, "pattern": PAT, "rule": RULE, "code": "163", "result": "match", "score": 9}
NOMATCH = {"step": "pattern", "pos": 1, "pattern": PAT, "rule": RULE, "result": "no match"}

# (name, canned events, canned trace, gold event, level, expected reason start)
MISS_REASONS = [
    ("negated", [], [_sentence(mentions=["USA", "IRN"]), MATCHED, CHOSEN,
                     {"step": "filter", "pos": 1, "code": "163", "result": "not emitted: negated"}],
     g("USA", "IRN", "163"), "root", f"trigger 'تفرض' matched '{PAT}' -> 163 but was filtered: negated"),
    ("no trigger", [], [_sentence(mentions=["USA", "IRN"])], g("USA", "IRN", "163"), "root", "no trigger of root 16"),
    ("actor not known", [], [_sentence(mentions=["USA"])], g("USA", "IRN", "163"), "root",
     "no trigger of root 16; actor IRN not recognised"),
    ("no pattern", [], [_sentence(mentions=["USA"]), NOMATCH,
                        {"step": "trigger", "pos": 1, "word": "تفرض", "result": "no pattern matched"}],
     g("USA", "IRN", "163"), "root", f"trigger 'تفرض' matched no pattern: '{PAT}' [{RULE}]"),
    ("no pattern, furthest first", [], [
        _sentence(mentions=["USA"]),
        {"step": "pattern", "pos": 1, "pattern": "فرض TGT", "rule": "v/16-r.txt:1", "result":
         "no match: element 1 (TGT (an actor)) not found after 'w2'"},
        {"step": "pattern", "pos": 1, "pattern": PAT, "rule": RULE, "result":
         "no match: element 5 (TGT (an actor)) not found"},
        {"step": "pattern", "pos": 1, "pattern": "فرض حظرا", "rule": "v/16-r.txt:7", "result": "no match"},
        {"step": "pattern", "pos": 1, "pattern": PAT, "rule": RULE, "result": "no match: element 2 (*) not found"},
        {"step": "trigger", "pos": 1, "word": "تفرض", "result": "no pattern matched"}],
     g("USA", "IRN", "163"), "root",
     f"trigger 'تفرض' matched no pattern: '{PAT}' [{RULE}]: element 5 (TGT (an actor)) not found; "
     "'فرض TGT' [v/16-r.txt:1]: element 1 (TGT (an actor)) not found after 'w2' (and 1 more)"),
    ("no target", [_event("USA", "", "163")], [_sentence(mentions=["USA"]), MATCHED, CHOSEN],
     g("USA", "IRN", "163"), "root", f"trigger 'تفرض' matched '{PAT}' but target not found (gave USA -> - 163)"),
    ("no source", [_event("", "IRN", "163")], [_sentence(mentions=["IRN"]), MATCHED, CHOSEN],
     g("USA", "IRN", "163"), "root", f"trigger 'تفرض' matched '{PAT}' but source not found"),
    ("wrong target", [_event("USA", "SYR", "163")], [_sentence(mentions=["USA", "SYR"]), MATCHED, CHOSEN],
     g("USA", "IRN", "163"), "root", f"wrong target: found USA -> SYR 163 (from 'تفرض' by '{PAT}' [{RULE}])"),
    ("other direction", [_event("IRN", "USA", "163")], [_sentence(), MATCHED, CHOSEN], g("USA", "IRN", "163"),
     "root", "found the other direction IRN -> USA 163"),
    ("code not accepted", [_event("USA", "IRN", "163")], [_sentence(), MATCHED, CHOSEN],
     g("USA", "IRN", "160", "160"), "exact", "found USA -> IRN 163, a code not in accept ['160']"),
    ("actor codes", [_event("USAGOV", "IRN", "163")], [_sentence(), MATCHED, CHOSEN],
     g("USA", "IRN", "163"), "actor", "found USAGOV -> IRN 163: actor codes differ"),
    ("other reading", [], [_sentence(), MATCHED,
                           {"step": "pattern", "pos": 1, "pattern": "فرض TGT", "rule": "x.txt:9", "code": "1721",
                            "result": "match", "score": 12},
                           {"step": "trigger", "pos": 1, "word": "تفرض", "result": "verb, pattern 'فرض TGT' -> 1721"},
                           {"step": "filter", "pos": 1, "code": "1721", "result": "not emitted: negated"}],
     g("USA", "IRN", "163"), "root", f"trigger 'تفرض' was read as 'فرض TGT' -> 1721, not '{PAT}' -> 163"),
    ("discarded sentence", [], [_sentence(discarded="dictionaries/discards/x.txt:3")], g("", "", "163"), "root",
     "no trigger of root 16; sentence 0 was discarded by dictionaries/discards/x.txt:3"),
]


@pytest.mark.parametrize("name, events, steps, gold_event, level, reason", MISS_REASONS,
                         ids=[c[0] for c in MISS_REASONS])
def test_miss_reasons(name, events, steps, gold_event, level, reason):
    coder = StubCoder({"t": (events, steps)})
    r = ev.evaluate_records(coder, parse_gold([json.dumps(gold("a", gold_event, text="t"))]), level)
    assert len(r["misses"]) == 1
    assert r["misses"][0]["reason"].startswith(reason), r["misses"][0]["reason"]


FALSE_REASONS = [
    ("forbidden", [g("USA", "IRN", "163", required=False, forbidden=True) | {"note": "negated by لم"}],
     "forbidden by the gold: negated by لم (from 'تفرض' by"),
    ("no gold event", [], "the gold has no event in this record (from 'تفرض'"),
    ("pair coded otherwise", [g("USA", "IRN", "111")], "the gold codes this pair 111"),
    ("other parties", [g("USA", "SYR", "163")], "wrong parties: the gold has USA -> SYR 163"),
    ("unrelated", [g("FRA", "DEU", "042")], "no such event in the gold"),
]


@pytest.mark.parametrize("name, gold_events, reason", FALSE_REASONS, ids=[c[0] for c in FALSE_REASONS])
def test_false_reasons(name, gold_events, reason):
    coder = StubCoder({"t": ([_event("USA", "IRN", "163")], [_sentence(), MATCHED, CHOSEN])})
    r = ev.evaluate_records(coder, parse_gold([json.dumps(gold("a", *gold_events, text="t"))]), "root")
    assert len(r["false"]) == 1
    assert r["false"][0]["reason"].startswith(reason), r["false"][0]["reason"]


def test_real_coder_reasons(coder):
    """Every miss and false event of the real coder gets a reason (whatever the dictionaries say today)."""
    lines = [json.dumps(gold("neg", g("USA", "IRN", "163"), text="لم تفرض الولايات المتحدة عقوبات على إيران")),
             json.dumps(gold("none", g("EGY", "SDN", "061"), text="أكلت مصر تفاحة مع السودان")),
             json.dumps(gold("fp", text="زوّدت إيران روسيا بصواريخ باليستية."))]
    r = ev.evaluate_records(coder, parse_gold(lines), "root")
    assert all(m["reason"] for m in r["misses"] + r["false"])
    by_id = {m["record_id"]: m["reason"] for m in r["misses"]}
    assert "neg" in by_id and "none" in by_id
    assert "negated" in by_id["neg"]
    assert by_id["none"].startswith("no trigger")


# ----------------------------------------------------------------------
# event detection


def test_detection_sample_file():
    text = DETECTION.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "accept,event_type,id,label,reject,text,total"
    rows = load_detection(DETECTION)
    assert 36 <= len(rows) <= 60
    assert len({r.id for r in rows}) == len(rows)
    for t in ("PROTEST", "ASSAULT"):
        assert {r.label for r in rows if r.event_type == t} == set(ev.DETECTION_LABELS)


@pytest.mark.parametrize("code, category", [
    ("141", "PROTEST"), ("14", "PROTEST"), ("1453", "PROTEST"), ("190", "ASSAULT"), ("195", "ASSAULT"),
    ("186", "ASSAULT"), ("2041", "ASSAULT"), ("1712", "ASSAULT"), ("175", "ASSAULT"), ("1711", "COERCE"),
    ("173", "COERCE"), ("111", "ACCUSE"), ("036", "AGREE"), ("010", "")])
def test_category_of(code, category):
    assert ev.category_of(code) == category


def _rows(*spec):
    return [DetectionRow(str(i), t, label, "x") for i, (t, label) in enumerate(spec)]


def test_score_detection_known_answers():
    rows = _rows(("PROTEST", "yes"), ("PROTEST", "yes"), ("PROTEST", "yes"), ("PROTEST", "easy no"),
                 ("PROTEST", "difficult no"), ("PROTEST", "difficult no"), ("PROTEST", "ambiguous"),
                 ("ASSAULT", "yes"))
    detected = {"0": True, "1": True, "2": False, "3": False, "4": True, "5": False, "6": True, "7": False}
    r = score_detection(rows, detected, "PROTEST")
    assert (r["tp"], r["fp"], r["fn"], r["tn"], r["rows"], r["ambiguous"]) == (2, 1, 1, 2, 6, 1)
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == pytest.approx(2 / 3)
    assert r["false_by_label"] == {"easy no": 0, "difficult no": 1}
    assert (r["misses"], r["false"]) == (["2"], ["4"])
    a = score_detection(rows, detected, "ASSAULT")
    assert (a["tp"], a["fn"], a["precision"], a["recall"], a["f1"]) == (0, 1, 0.0, 0.0, 0.0)
    none = score_detection(_rows(("PROTEST", "easy no")), {}, "PROTEST")
    assert (none["precision"], none["recall"]) == (1.0, 1.0)


def test_evaluate_detection_with_stub_coder():
    rows = parse_detection("event_type,id,label,text\n"
                           "PROTEST,a,yes,demo\nPROTEST,b,easy no,quiet\nPROTEST,c,difficult no,statement\n"
                           "ASSAULT,d,yes,raid\nASSAULT,e,difficult no,threat\nASSAULT,f,ambiguous,boom\n")
    coder = StubCoder({
        "demo": ([_event("JOR", "ISR", "141", rule="r14:1", trigger="تظاهر")], []),
        "statement": ([_event("DZAGOV", "FRA", "141", rule="r14:5", trigger="احتجت")], []),
        "raid": ([_event("ISRMIL", "", "1712", rule="r17:3", trigger="صادر")], []),
        "threat": ([], [_sentence(), {"step": "filter", "pos": 0, "code": "190",
                                      "result": "not emitted: hypothetical (condition)"}]),
        "boom": ([_event("SYR", "", "190")], []),
    })
    res = ev.evaluate_detection(coder, rows)
    assert list(res) == ["PROTEST", "ASSAULT"]
    pr, asl = res["PROTEST"], res["ASSAULT"]
    assert (pr["tp"], pr["fp"], pr["fn"], pr["tn"]) == (1, 1, 0, 1)
    assert pr["false"][0]["id"] == "c"
    assert pr["false"][0]["reason"].startswith("emitted DZAGOV -> FRA 141 from 'احتجت'")
    assert (asl["tp"], asl["fp"], asl["fn"], asl["tn"], asl["ambiguous"]) == (1, 0, 0, 1, 1)
    only = ev.evaluate_detection(coder, rows, ["assault"])
    assert list(only) == ["ASSAULT"]
    with pytest.raises(ValueError, match="unknown PLOVER event type"):
        ev.evaluate_detection(coder, rows, ["RIOT"])


@pytest.mark.parametrize("csv_text, message", [
    ("id,text\n1,x\n", "<detection>:1: missing column(s) label, event_type"),
    ("event_type,label,text\nPROTEST,maybe,x\n", "<detection>:2: label 'maybe' is not one of"),
    ("event_type,label,text\nPROTEST,yes,\n", "<detection>:2: empty 'text'"),
])
def test_bad_detection_files(csv_text, message):
    with pytest.raises(GoldFileError) as e:
        parse_detection(csv_text)
    assert str(e.value.problems[0]).startswith(message)


def test_detection_labels_are_read_loosely_and_event_type_can_be_given():
    rows = parse_detection('label,text\n"Difficult_No","a, b"\nYES,c\n', event_type="PROTEST")
    assert [(r.label, r.event_type, r.text, r.id) for r in rows] == [
        ("difficult no", "PROTEST", "a, b", "2"), ("yes", "PROTEST", "c", "3")]


#: Lowest F1 per category the default coder must keep on tests/data/detection-sample.csv
#: (measured 0.22 and 0.50 when the file was written; raise them as the coder improves).
DETECTION_F1_FLOOR = {"PROTEST": 0.2, "ASSAULT": 0.4}


def test_detection_sample_with_the_coder(coder):
    rows = load_detection(DETECTION)
    res = ev.evaluate_detection(coder, rows, ["PROTEST", "ASSAULT"])
    for t, r in res.items():
        labelled = [x for x in rows if x.event_type == t]
        assert r["tp"] + r["fn"] == sum(x.label == "yes" for x in labelled)
        assert r["ambiguous"] == sum(x.label == "ambiguous" for x in labelled)
        assert r["f1"] >= DETECTION_F1_FLOOR[t], ev.format_detection({t: r}, show=True)
        assert r["false_by_label"]["easy no"] == 0, ev.format_detection({t: r}, show=True)


# ----------------------------------------------------------------------
# the command


def run_cli(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="eventcoder")
    ev.add_parser(ap.add_subparsers(dest="command"))
    return ev.run(ap.parse_args(["evaluate", *argv]))


def test_cli_report_and_show(capsys, tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text("\n".join([
        json.dumps(gold("ok", g("IRN", "RUS", "072"), text="زوّدت إيران روسيا بصواريخ باليستية."), ensure_ascii=False),
        json.dumps(gold("miss", g("EGY", "SDN", "061"), text="أكلت مصر تفاحة مع السودان"), ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    assert run_cli([str(f), "--show"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{f}: 2 records"
    assert out[1].split()[:3] == ["root", "gold", "found"]
    assert any(line.startswith("MISS miss: EGY -> SDN 061: no trigger") for line in out)
    assert out[-1].startswith("root: recall=0.500 (1/2) precision=1.000 (1/1) f1=0.667 forbidden=0")
    assert run_cli([str(f), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert (r["recall"], r["precision"]) == (0.5, 1.0) and "misses" not in r
    assert run_cli([str(f), "--json", "--show", "--level", "exact"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["level"] == "exact" and r["misses"][0]["reason"].startswith("no trigger")


def test_cli_predicted(capsys, tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(gold("a", g("IRN", "RUS", "072"))) + "\n", encoding="utf-8")
    pr = tmp_path / "p.jsonl"
    pr.write_text(json.dumps(p("a", "IRN", "RUSGOV", "0721")) + "\n\n", encoding="utf-8")
    assert run_cli([str(f), "--predicted", str(pr), "--level", "actor"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("actor: recall=0.000 (0/1) precision=0.000 (0/1)")
    pr.write_text("{}\n", encoding="utf-8")
    assert run_cli([str(f), "--predicted", str(pr)]) == 1
    assert f"{pr}:1: an event must be a JSON object with a 'code'" in capsys.readouterr().err


@pytest.mark.parametrize("argv, status, message", [
    ([], 2, "give a GOLD.jsonl file or --detection"),
    (["g.jsonl", "--detection", "d.csv"], 2, "give a GOLD.jsonl file or --detection"),
    (["--detection", "d.csv", "--predicted", "p.jsonl"], 2, "--predicted goes with"),
    (["g.jsonl", "--event-type", "PROTEST"], 2, "--event-type goes with --detection"),
    (["--detection", "d.csv", "--event-type", "RIOT"], 2, "unknown PLOVER event type(s) 'RIOT'"),
    (["missing.jsonl"], 2, "cannot read missing.jsonl"),
    (["--detection", "missing.csv"], 2, "cannot read missing.csv"),
])
def test_cli_usage_errors(capsys, tmp_path, monkeypatch, argv, status, message):
    monkeypatch.chdir(tmp_path)
    assert run_cli(argv) == status
    assert message in capsys.readouterr().err


def test_cli_bad_gold_file(capsys, tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "a", "text": "x", "events": []}\nnope\n', encoding="utf-8")
    assert run_cli([str(f)]) == 1
    err = capsys.readouterr().err
    assert f"{f}:2: not JSON" in err and "1 error(s)" in err


def test_cli_detection(capsys):
    assert run_cli(["--detection", str(DETECTION), "--event-type", "protest", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert list(r) == ["PROTEST"] and r["PROTEST"]["rows"] + r["PROTEST"]["ambiguous"] == 20
    assert run_cli(["--detection", str(DETECTION), "--show"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("ASSAULT: precision=")
    assert any(line.startswith("PROTEST: precision=") for line in out)


def test_cli_accepts_dictionary_options(tmp_path):
    ap = argparse.ArgumentParser(prog="eventcoder")
    ev.add_parser(ap.add_subparsers(dest="command"))
    a = ap.parse_args(["evaluate", "g.jsonl", "-d", "one", "--dictionaries", "two", "--no-defaults", "--no-cache"])
    assert (a.dictionaries, a.no_defaults, a.no_cache) == (["one", "two"], True, True)


def test_wired_into_the_eventcoder_command(tmp_path):
    """Once cli.py has the subcommand, ``python -m eventcoder evaluate`` runs it."""
    from eventcoder import cli

    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    if "evaluate" not in sub.choices:
        pytest.skip("cli.py does not have the evaluate subcommand yet")
    proc = subprocess.run([sys.executable, "-m", "eventcoder", "evaluate", str(GOLD / "dev.jsonl"), "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["level"] == "root"
