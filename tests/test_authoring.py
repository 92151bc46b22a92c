"""explain, dict stats and discover."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.cli import main
from eventcoder.explain import explain_text

from .conftest import GOLD
from .strategies import KNOWN_SENTENCES, arabic_text


def _key(events):
    return sorted((e["source"], e["target"], e["code"], e["modality"], e["negated"], tuple(e["trigger_span"] or ()))
                  for e in events)


def _gold_records():
    out = []
    for name in ("seed.jsonl", "dev.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line))
    return out


@pytest.mark.parametrize("rec", _gold_records(), ids=lambda r: r["id"])
def test_explain_agrees_with_code_on_every_gold_record(coder, rec):
    coded = [e.to_dict() for e in coder.code(rec["text"], date=rec["date"], record_id="explain")]
    explained = explain_text(coder, rec["text"], date=rec["date"])["events"]
    assert _key(coded) == _key(explained)


@given(st.one_of(arabic_text, st.lists(st.sampled_from(KNOWN_SENTENCES), min_size=1, max_size=3).map(" ".join)))
@settings(max_examples=40)
def test_explain_agrees_with_code_always(coder, text):
    coded = [e.to_dict() for e in coder.code(text, date="2024-01-01", record_id="explain")]
    assert _key(coded) == _key(explain_text(coder, text, date="2024-01-01")["events"])


def test_explain_reports_tokens_actors_patterns_and_filters(capsys):
    assert main(["explain", "لم تفرض إيطاليا أي عقوبات على تركيا.", "--date", "2020-01-01"]) == 0
    out = capsys.readouterr().out
    assert "tokens: لم | تفرض" in out
    assert "actor 'إيطاليا' -> ITA  [dictionaries/actors/countries.txt:" in out
    assert "not emitted: negated" in out
    assert "no match: element" in out  # why a pattern did not match
    assert out.strip().endswith("0 event(s)")
    assert main(["explain", "زار ترامب اليابان.", "--date", "2019-05-25", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert [(e["source"], e["target"], e["code"]) for e in rep["events"]] == [("USAGOV", "JPN", "042"),
                                                                               ("JPN", "USAGOV", "043")]
    assert {t["step"] for t in rep["trace"]} >= {"sentence", "pattern", "trigger", "event"}


def test_dict_stats_covers_every_root(capsys):
    assert main(["dict", "stats", "--json"]) == 0
    st_ = json.loads(capsys.readouterr().out)
    assert st_["roots_with_nothing"] == []
    assert all(n >= 15 for n in st_["triggers_per_root"].values()), st_["triggers_per_root"]
    assert st_["entries"]["countries"] >= 200 and st_["people"] >= 1000
    assert st_["per_code"]["163"]["patterns"] > 10
    assert main(["dict", "stats"]) == 0
    text = capsys.readouterr().out
    assert "codes with no pattern" in text and "root  triggers  patterns  name" in text


def test_discover_lists_what_the_dictionaries_miss(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "1", "text": "تململت الحكومة الإيرانية من القرار.", "date": "2024-01-01"},
        {"id": "2", "text": "تململت القوات التركية من القرار.", "date": "2024-01-02"},
        {"id": "3", "text": "قال الرئيس الفرنسي إيمانويل ماكرونوف إن الوضع خطير.", "date": "2024-01-03"},
        {"id": "4", "text": "أعلنت حركة السنابل الخضر مسؤوليتها.", "date": "2024-01-04"},
        {"id": "5", "text": "أعلنت حركة السنابل الخضر انسحابها.", "date": "2024-01-05"},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["discover", str(corpus), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["sentences"] == 5
    assert {"word": "تململت", "count": 2}.items() <= next(v for v in rep["verbs"] if v["word"] == "تململت").items()
    names = {n["name"]: n for n in rep["names"]}
    assert names["ايمانويل ماكرونوف"]["suggested_code"] == "FRAGOV"
    assert any(o["name"].startswith("حركة السنابل") and o["count"] == 2 for o in rep["organisations"])
