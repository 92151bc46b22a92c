"""The command line: code, example, formats, standard input."""
from __future__ import annotations

import csv
import io
import json
import sys

from eventcoder.cli import main

from .conftest import ROOT


def test_example_prints_the_seed_article_events(capsys):
    assert main(["example"]) == 0
    out = capsys.readouterr().out
    assert "IRN -> RUSGOV" in out and "036" in out and "072" in out
    assert main(["example", "--format", "jsonl"]) == 0
    events = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {(e["source"], e["target"], e["code"]) for e in events} >= {
        ("IRN", "RUSGOV", "036"), ("IRN", "RUS", "072"), ("USA", "IRNBUS", "163"), ("EUR", "IRNBUS", "163")}


def test_code_plain_text_file_and_csv(tmp_path, capsys):
    path = ROOT / "docs" / "examples" / "seed-article.txt"
    assert main(["code", str(path), "--date", "2025-05-14", "--format", "csv", "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["record_id"] == "seed-article" for r in rows)
    text = path.read_text(encoding="utf-8")
    for r in rows:
        if r["source_span"]:
            a, b = map(int, r["source_span"].split(":"))
            assert text[a:b] == r["source_text"]


def test_code_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("زار ترامب اليابان.".encode()), encoding="utf-8"))
    assert main(["code", "--date", "2019-05-25", "-q"]) == 0
    (ev, host) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (ev["record_id"], ev["source"], ev["target"], ev["code"]) == ("stdin", "USAGOV", "JPN", "042")
    assert (host["source"], host["target"], host["code"]) == ("JPN", "USAGOV", "043")  # the visit's other side


def test_jsonl_extra_keys_pass_through(tmp_path, capsys):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": "a", "date": "2019-05-25", "text": "زار ترامب اليابان.",
                             "url": "https://example.org/a"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["code", str(p), "-q"]) == 0
    evs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(evs) == 2 and all(ev["url"] == "https://example.org/a" for ev in evs)


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2
