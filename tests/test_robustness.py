"""Bad input never crashes, hangs or loses a record."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.cli import main
from eventcoder.records import Record, Skipped, read_jsonl

ROOT = Path(__file__).resolve().parent.parent


def test_a_mixed_file_codes_every_good_record_and_reports_every_bad_one(tmp_path, capsys):
    good = {"text": "زار ترامب اليابان.", "date": "2019-05-25"}
    lines: list[bytes] = []
    bad_lines = {}
    for i in range(1000):
        lines.append(json.dumps(dict(good, id=f"g{i}"), ensure_ascii=False).encode("utf-8"))
        if i % 100 == 7:
            lines.append(b'{"id": "broken", "text": ')
            bad_lines[len(lines)] = "not JSON"
        if i % 100 == 21:
            lines.append(b"\x00\xff\xfe\x81binary junk\x9c")
            bad_lines[len(lines)] = "not JSON"
        if i % 100 == 42:
            lines.append(json.dumps({"id": f"e{i}", "text": ""}).encode())  # empty text: coded, no events
        if i % 250 == 3:
            lines.append(json.dumps({"id": f"n{i}", "text": None}).encode())
            bad_lines[len(lines)] = "no 'text' field"
        if i % 333 == 5:
            lines.append(json.dumps({"id": f"d{i}", "text": "x", "date": "2019-02-30"}).encode())
            bad_lines[len(lines)] = "bad date"
    lines.append(json.dumps({"id": "huge", "text": "ا" * (5 * 1024 * 1024)}).encode())
    bad_lines[len(lines)] = "over the limit"
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    errors = tmp_path / "errors.jsonl"
    code = main(["code", str(path), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors)])
    err = capsys.readouterr().err
    assert code == 3
    events = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["record_id"] for e in events} == {f"g{i}" for i in range(1000)}
    for n, why in bad_lines.items():
        assert f"{path}:{n}: skipped" in err and why in err
    skipped = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(int(s["origin"].rsplit(":", 1)[1]) for s in skipped) == sorted(bad_lines)
    summary = err.strip().splitlines()[-1]
    assert summary.startswith(f"eventcoder: {len(lines)} records read, {len(lines) - len(bad_lines)} coded, "
                              f"{len(bad_lines)} skipped")


def test_invalid_utf8_is_replaced_and_reported():
    data = '{"id": "u", "text": "زار ترامب اليابان'.encode() + b"\xff" + '", "date": "2019-05-25"}\n'.encode()
    warnings: list[str] = []
    (rec,) = list(read_jsonl(io.BytesIO(data), "f.jsonl", warnings=warnings))
    assert isinstance(rec, Record) and "\ufffd" in rec.text
    assert warnings == ["f.jsonl:1: record 'u': invalid UTF-8 replaced with U+FFFD"]


@pytest.mark.parametrize("text", [
    "\x00\x01\x02 زار\x00ترامب\x07اليابان",                 # control characters
    "زار \ud800 ترامب",                                    # lone surrogate
    "\u202eزار\u200f ترامب\u200d اليابان\u2066",           # bidi and zero-width marks
    "<p>زار <b>ترامب</b> اليابان&nbsp;&amp; الصين</p>",     # HTML
    "",
    "   \n\n\t ",
    "ـــــــــــ",
    "." * 10000,
    "أدانت دول عربية،",  # a comma as the last token once ran the search for named members off the end
])
def test_odd_text_codes_without_error(coder, text):
    events = coder.code(text, date="2019-05-25")
    for e in events:
        if e.source_span:
            assert text[slice(*e.source_span)] == e.source_text


def test_html_does_not_move_offsets(coder):
    text = "<div class='x'>زار <b>ترامب</b> اليابان.</div>"
    (e, host) = coder.code(text, date="2019-05-25")
    assert text[slice(*e.source_span)] == "ترامب" and text[slice(*e.target_span)] == "اليابان"
    assert text[slice(*host.source_span)] == "اليابان" and text[slice(*host.target_span)] == "ترامب"


def test_a_100000_token_sentence_codes_in_bounded_time(coder):
    text = " ".join(["فرضت الولايات المتحدة عقوبات على إيران"] * 15000)  # 100,000 tokens, no punctuation
    t = time.perf_counter()
    events = coder.code(text, date="2024-01-01")
    assert events and time.perf_counter() - t < 60  # seconds in practice; the bound only guards a hang


def test_the_limit_on_text_size_is_configurable(tmp_path, capsys):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "زار ترامب اليابان."}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["code", str(p), "--max-chars", "5", "-q"]) == 3
    assert main(["code", str(p), "--max-chars", "500", "-q"]) == 0


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["code", "--date", "yesterday", "x.txt"]) == 2
    with pytest.raises(SystemExit) as e:
        main(["code", "--format", "xml"])
    assert e.value.code == 2


@given(st.lists(st.one_of(
    st.binary(max_size=60),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.dictionaries(st.sampled_from(["id", "text", "date", "url"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.integers(), max_size=2)),
                    max_size=4).map(lambda d: json.dumps(d).encode()),
), max_size=12))
@settings(max_examples=80)
def test_the_reader_accounts_for_every_line(chunks):
    data = b"\n".join(c.replace(b"\n", b" ").replace(b"\r", b" ") for c in chunks)
    items = list(read_jsonl(io.BytesIO(data), "f"))
    nonblank = [ln for ln in data.split(b"\n") if ln.decode("utf-8", "replace").strip()]
    assert len(items) == len(nonblank)
    for it in items:
        assert isinstance(it, (Record, Skipped))
        if isinstance(it, Record):
            assert isinstance(it.text, str)


@given(st.binary(max_size=300))
@settings(max_examples=60)
def test_any_bytes_code_without_error(coder, data):
    coder.code(data.decode("utf-8", "replace"), date="2024-01-01")


@pytest.mark.skipif(sys.platform == "win32", reason="signals")
def test_ctrl_c_stops_cleanly_with_the_output_flushed(tmp_path):
    src = tmp_path / "big.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(200000):
            f.write(json.dumps({"id": f"r{i}", "text": "زار ترامب اليابان. فرضت كندا عقوبات على روسيا.",
                                "date": "2019-05-25"}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "eventcoder", "code", str(src), "-o", str(out)],
                            stderr=subprocess.PIPE, env=env)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20000):
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    err = err.decode()
    assert "interrupted after" in err and "records read" in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["record_id"].startswith("r") for x in lines)  # every line complete


@pytest.mark.skipif(sys.platform == "win32", reason="signals")
def test_ctrl_c_swallowed_on_the_way_still_stops_the_run(tmp_path, monkeypatch, capsys):
    # Python prints and drops a KeyboardInterrupt raised while a finalizer runs (a generator closed
    # by the garbage collector); the run must stop at the next record all the same
    from eventcoder import coder as coder_module

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": "زار ترامب اليابان.", "date": "2019-05-25"},
                                      ensure_ascii=False) + "\n" for i in range(50)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    real = coder_module.Coder.code
    calls = []

    def code(self, text, **kw):
        calls.append(1)
        if len(calls) == 5:
            try:  # what a finalizer does with the interrupt it happens to run into
                signal.getsignal(signal.SIGINT)(signal.SIGINT, None)
            except KeyboardInterrupt:
                pass
        return real(self, text, **kw)

    monkeypatch.setattr(coder_module.Coder, "code", code)
    before = signal.getsignal(signal.SIGINT)
    assert main(["code", str(src), "-o", str(out)]) == 130
    assert len(calls) <= 6, len(calls)
    assert signal.getsignal(signal.SIGINT) is before  # the caller's handler is back
    assert "interrupted after" in capsys.readouterr().err


def test_mediation_between_parties_named_in_two_sentences(coder):
    # the event's source carried from an earlier sentence, its target in this one: a mediation of
    # the pair pointed one group into one sentence and went out of range (found by the bench corpus)
    text = ("وأفاد الجيش التايلاندي بإسقاط خمس طائرات جامايكية، بينما تبادل الجانبان القصف المدفعي على طول خط "
            "المراقبة. وذكر شهود عيان أن عناصر الأمن استخدموا الهراوات واعتقلوا عددا من المشاركين بعد محاولتهم "
            "اختراق الطوق الأمني في إقليم وبسابقين. غير أن المحكمة لم تصدر أمراً بوقف العمليات العسكرية الهندية في "
            "القطاع، وذلك عقب محادثات بوساطة أرمنية استضافتها العاصمة أنقرة، بحسب السفير ذهغحس جيليب.")
    _assert_spans_name_their_words(text, coder.code(text, date="2009-10-16"))


def _assert_spans_name_their_words(text, events):
    for e in events:
        for span, got in ((e.source_span, e.source_text), (e.target_span, e.target_text)):
            if span:
                assert text[slice(*span)] == got


def test_two_dateline_offices_joined_after_a_regrouping(coder):
    # the dateline's state gives two offices in a row, the second of which coordination has just folded
    # into a group: joining them must not remove a mention no longer listed (found by the bench corpus;
    # it raised ValueError)
    text = ("الرياض - (واس) وقّع صاحب السمو الملكي الأمير شردون بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، "
            "ودولة رئيس وزراء جمهورية بالاو الإسلامية محمد إليزابيث الثانية، في قصر اليمامة، \"اتفاقية الدفاع "
            "الاستراتيجي المشترك\" التي تنص على أن أي اعتداء على أي من البلدين يُعد اعتداءً على كليهما، بحسب السفير "
            "وطائراتهما لجشصذ.")
    _assert_spans_name_their_words(text, coder.code(text, date="2006-10-30"))
