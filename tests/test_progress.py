"""The progress line: drawn on a terminal only, throttled, with rate and ETA (a fake clock, no timing)."""
from __future__ import annotations

import argparse
import io

import pytest

from eventcoder.progress import Progress, count_records, progress_from_args


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


class Tty(io.StringIO):
    def isatty(self):
        return True


def make(total=None, **kw):
    clock = Clock()
    stream = Tty()
    p = Progress(total, stream=stream, clock=clock, width=100, **kw)
    return p, stream, clock


def test_silent_when_not_a_terminal():
    stream = io.StringIO()
    clock = Clock()
    p = Progress(10, stream=stream, clock=clock)
    assert p.enabled is False
    for _ in range(10):
        clock.t += 5
        p.update(events=2)
    p.print("a message")
    p.close()
    assert stream.getvalue() == "a message\n"  # messages still go through, no progress line
    assert (p.done, p.events) == (10, 20)


def test_drawn_on_a_terminal_with_rate_and_eta():
    p, stream, clock = make(total=1000)
    assert p.enabled
    clock.t += 2.0
    p.update(100, events=250)
    line = stream.getvalue().rsplit("\r", 1)[-1]
    assert line.startswith(" 10% [")
    assert "100/1000 records" in line and "250 events" in line and "50/s" in line
    assert "ETA 0:18" in line  # 900 records left at 50 a second
    assert len(line) < 100


def test_without_total_no_eta():
    p, stream, clock = make()
    clock.t += 10
    p.update(5)
    line = stream.getvalue().rsplit("\r", 1)[-1]
    assert line.startswith("5 records  0 events  0.5/s  0:10")
    assert "ETA" not in line


def test_short_runs_show_nothing():
    p, stream, clock = make(total=10)
    clock.t += 0.5  # under the 1 s delay
    p.update(10)
    p.close()
    assert stream.getvalue() == ""


def test_throttled():
    p, stream, clock = make(interval=0.5)
    clock.t += 1.0
    for _ in range(1000):  # the clock does not move: one draw only
        p.update()
    assert stream.getvalue().count("\r") == 1
    clock.t += 0.6
    p.update()
    assert stream.getvalue().count("\r") == 2


def test_print_and_close_clear_the_line():
    p, stream, clock = make()
    clock.t += 2
    p.update()
    drawn = stream.getvalue()
    p.print("file.jsonl:3: skipped: no 'text' field")
    out = stream.getvalue()[len(drawn):]
    assert out.startswith("\r" + " " * len(drawn.lstrip("\r")) + "\r")
    assert out.endswith("file.jsonl:3: skipped: no 'text' field\n")
    clock.t += 1
    p.update()
    before = stream.getvalue()
    p.close()
    p.close()
    tail = stream.getvalue()[len(before):]
    assert tail.count("\r") == 2 and tail.replace("\r", "").strip(" ") == ""  # erased, once


def test_a_shorter_line_overwrites_a_longer_one():
    p, stream, clock = make(interval=0)
    clock.t += 2
    p.update(10**6)  # "1000k records ..."
    first = stream.getvalue()
    clock.t += 1000
    p.update(0)
    second = stream.getvalue()[len(first):]
    assert len(second) >= len(first)  # padded with spaces over the old text


@pytest.mark.parametrize("quiet, tty, expected", [(False, True, True), (True, True, False), (False, False, False)])
def test_from_args(quiet, tty, expected):
    args = argparse.Namespace(quiet=quiet)
    p = progress_from_args(args, total=5, stream=Tty() if tty else io.StringIO())
    assert p.enabled is expected and p.total == 5


def test_from_args_counts_the_inputs_only_when_drawn(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b"{}\n{}\n")
    args = argparse.Namespace(quiet=False, files=[str(f)], input_format="auto")
    assert progress_from_args(args, stream=Tty()).total == 2
    f.unlink()  # a silent display never reads the files
    assert progress_from_args(args, stream=io.StringIO()).total is None
    assert progress_from_args(argparse.Namespace(quiet=False, files=[], input_format="auto"),
                              stream=Tty()).total is None  # stdin: no total


def test_count_records(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_bytes(b'{"id": 1}\n{"id": 2}\n{"id": 3}')  # last line without a newline
    b = tmp_path / "b.txt"
    b.write_text("نص", encoding="utf-8")
    e = tmp_path / "e.jsonl"
    e.write_bytes(b"")
    assert count_records([str(a), str(b), str(e)]) == 4
    assert count_records([str(a), "-"]) is None
    assert count_records([]) is None  # stdin
    assert count_records([str(tmp_path / "missing.jsonl")]) is None
    assert count_records([str(b)], input_format="jsonl") == 1
