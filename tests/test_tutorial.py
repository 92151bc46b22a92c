"""docs/tutorial-extend.md, step by step, in a temporary folder."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventcoder.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "tutorial-extend.md"
SENTENCE = "أعطبت سرايا أولياء الدم طائرة مسيرة أمريكية قرب أربيل."


def blocks_after(marker: str) -> str:
    """The first fenced block after the line that mentions ``marker``."""
    text = DOC.read_text(encoding="utf-8")
    i = text.index(marker)
    m = re.search(r"```\n(.*?)```", text[i:], re.S)
    return m.group(1)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_tutorial(folder, capsys):
    # 1. with the defaults the faction is not an actor
    assert main(["explain", SENTENCE, "--date", "2024-02-01", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert not any(e["source"] == "IRQREB" for e in before["events"])

    # 2. the files, exactly as the tutorial shows them
    (folder / "my-dicts" / "actors").mkdir(parents=True)
    (folder / "my-dicts" / "verbs").mkdir(parents=True)
    for name in ("my-dicts/actors/organisations-iraq.txt", "my-dicts/verbs/lemmas-mine.txt",
                 "my-dicts/verbs/19-mine.txt"):
        (folder / name).write_text(blocks_after(f"`{name}`"), encoding="utf-8")

    # 3. check: no error, exit 0
    assert main(["dict", "check", "my-dicts"]) == 0
    out = capsys.readouterr()
    assert "error" not in out.out.replace("0 errors", "")

    # a mistake is reported with its file and line
    bad = folder / "bad" / "actors"
    bad.mkdir(parents=True)
    (bad / "organisations.txt").write_text("IRQXXX | سرايا أولياء الدم | |\n", encoding="utf-8")
    assert main(["dict", "check", "bad"]) == 1
    assert "bad/actors/organisations.txt:1: actor code 'IRQXXX': part 'XXX' is not a CAMEO" in capsys.readouterr().out

    # 4. explain again: the actor and the event, with the user's lines as evidence
    assert main(["explain", "-d", "my-dicts", SENTENCE, "--date", "2024-02-01"]) == 0
    report = capsys.readouterr().out
    assert "actor 'سرايا أولياء الدم' -> IRQREB  [my-dicts/actors/organisations-iraq.txt:2]" in report
    assert "EVENT IRQREB -> USAMIL 190" in report and "rule=my-dicts/verbs/19-mine.txt:2" in report

    # 5. code a JSONL file with it
    (folder / "news.jsonl").write_text(blocks_after("`news.jsonl`:"), encoding="utf-8")
    assert main(["code", "-d", "my-dicts", "news.jsonl", "-q"]) == 0
    (ev,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (ev["source"], ev["target"], ev["code"]) == ("IRQREB", "USAMIL", "190")
    assert ev["rule"] == "my-dicts/verbs/19-mine.txt:2"
    assert "my-dicts/actors/organisations-iraq.txt:2" in ev["evidence"]

    # and from Python
    from eventcoder import Coder

    coder = Coder(dictionaries=["my-dicts"])
    assert [(e.source, e.target, e.code) for e in coder.code(SENTENCE, date="2024-02-01")] == \
        [("IRQREB", "USAMIL", "190")]

    # 6. switch a default off
    (folder / "my-dicts" / "verbs" / "off.txt").write_text(blocks_after("your folder:"), encoding="utf-8")
    coder = Coder(dictionaries=["my-dicts"])
    trace: list = []
    coder.code("زوّدت إيران روسيا بصواريخ.", date="2024-01-01", trace=trace)
    assert not any(t.get("pattern") == "زود TGT ب &WEAPON" for t in trace)
    trace = []
    Coder().code("زوّدت إيران روسيا بصواريخ.", date="2024-01-01", trace=trace)
    assert any(t.get("pattern") == "زود TGT ب &WEAPON" for t in trace)
