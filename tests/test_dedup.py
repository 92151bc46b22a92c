"""Dedup: one event per record or per day, mentions counted; hand-made sets with known answers."""
from __future__ import annotations

import argparse
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.dedup import MODES, dedup, dedup_from_args, dedup_stage
from eventcoder.events import Event


def E(rid, date, src, tgt, code="042", sent=0, mentions=1, modality="asserted", negated=False, event_date=None,
      text=""):
    return Event.make(code, record_id=rid, sentence_index=sent, date=date,
                      event_date=date if event_date is None else event_date, source=src, target=tgt,
                      num_mentions=mentions, modality=modality, negated=negated, trigger_text=text)


# Three stories over two days. Story a reports the visit twice (two sentences).
STORIES = [
    (E("a", "2025-05-14", "USAGOV", "SAU", sent=0, text="first"), {"url": "u/a", "source": "Reuters"}),
    (E("a", "2025-05-14", "USAGOV", "SAU", sent=3, text="second"), {"url": "u/a", "source": "Reuters"}),
    (E("a", "2025-05-14", "IRN", "RUS", code="036"), {"url": "u/a", "source": "Reuters"}),
    (E("b", "2025-05-14", "USAGOV", "SAU"), {"url": "u/b", "source": "AFP"}),
    (E("b", "2025-05-14", "USAGOV", "SAU", code="043"), {"url": "u/b", "source": "AFP"}),
    (E("c", "2025-05-15", "USAGOV", "SAU"), {"url": "u/c", "source": "AFP"}),
    (E("c", "2025-05-15", "USAGOV", "SAU", event_date="2025-05-14"), {"url": "u/c"}),  # "yesterday"
]


def summary(out):
    return [(e.record_id, e.event_date, e.source, e.target, e.code, e.num_mentions, x.get("num_articles"),
             x.get("num_sources")) for e, x in out]


def test_none_passes_everything():
    out = list(dedup(STORIES, "none"))
    assert [e for e, _ in out] == [e for e, _ in STORIES]
    assert all("num_articles" not in x for _, x in out)


def test_record_mode():
    assert summary(dedup(STORIES, "record")) == [
        ("a", "2025-05-14", "USAGOV", "SAU", "042", 2, 1, 1),
        ("a", "2025-05-14", "IRN", "RUS", "036", 1, 1, 1),
        ("b", "2025-05-14", "USAGOV", "SAU", "042", 1, 1, 1),
        ("b", "2025-05-14", "USAGOV", "SAU", "043", 1, 1, 1),
        ("c", "2025-05-15", "USAGOV", "SAU", "042", 2, 1, 1),  # same record: dates do not split it
    ]


def test_record_mode_keeps_the_first_mention():
    first = next(iter(dedup(STORIES, "record")))[0]
    assert first.trigger_text == "first" and first.sentence_index == 0


def test_day_mode_is_phoenix_one_a_day():
    assert summary(dedup(STORIES, "day")) == [
        # a (2), b, and c's "yesterday" all report the 14 May visit: 4 mentions in 3 stories from 2 sources
        ("a", "2025-05-14", "USAGOV", "SAU", "042", 4, 3, 2),
        ("a", "2025-05-14", "IRN", "RUS", "036", 1, 1, 1),
        ("b", "2025-05-14", "USAGOV", "SAU", "043", 1, 1, 1),
        ("c", "2025-05-15", "USAGOV", "SAU", "042", 1, 1, 1),
    ]


def test_day_mode_uses_the_record_date_when_the_event_has_none():
    pairs = [(E("a", "2025-01-01", "IRN", "RUS", event_date=""), {}),
             (E("b", "2025-01-01", "IRN", "RUS"), {})]
    out = list(dedup(pairs, "day"))
    assert len(out) == 1 and out[0][0].num_mentions == 2


def test_modality_and_negation_are_never_merged():
    pairs = [(E("a", "2025-01-01", "ISR", "LBN", code="190"), {}),
             (E("a", "2025-01-01", "ISR", "LBN", code="190", negated=True), {}),
             (E("a", "2025-01-01", "ISR", "LBN", code="190", modality="hypothetical"), {}),
             (E("a", "2025-01-01", "ISR", "LBN", code="190"), {})]
    out = list(dedup(pairs, "record"))
    assert [(e.negated, e.modality, e.num_mentions) for e, _ in out] == [
        (False, "asserted", 2), (True, "asserted", 1), (False, "hypothetical", 1)]


def test_mentions_already_counted_add_up():
    pairs = [(E("a", "2025-01-01", "IRN", "RUS", mentions=3), {}),
             (E("b", "2025-01-01", "IRN", "RUS", mentions=2), {})]
    (ev, extra), = dedup(pairs, "day")
    assert ev.num_mentions == 5 and extra["num_articles"] == 2
    assert extra["num_sources"] is None  # two stories, no "source" key: unknown, not guessed


def test_record_mode_streams():
    seen = []

    def source():
        for rid in "abc":
            seen.append(rid)
            yield E(rid, "2025-01-01", "IRN", "RUS"), {}

    it = dedup(source(), "record")
    first = next(it)
    assert first[0].record_id == "a" and seen == ["a", "b"]  # a is out as soon as b begins


def test_extra_is_not_mutated():
    extra = {"url": "u"}
    list(dedup([(E("a", "2025-01-01", "IRN", "RUS"), extra)], "day"))
    assert extra == {"url": "u"}


def test_bad_mode():
    with pytest.raises(ValueError, match="dedup mode"):
        list(dedup([], "week"))
    with pytest.raises(ValueError, match="dedup mode"):
        dedup_stage("week")


def test_stage_from_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dedup", choices=MODES, default="none")
    stage = dedup_from_args(ap.parse_args(["--dedup", "day"]))
    assert len(list(stage(STORIES))) == 4
    assert len(list(dedup_from_args(argparse.Namespace())(STORIES))) == len(STORIES)


pairs_st = st.lists(st.tuples(
    st.builds(E, st.sampled_from("abcd"), st.sampled_from(["2025-01-01", "2025-01-02", ""]),
              st.sampled_from(["IRN", "RUS", ""]), st.sampled_from(["USA", "IRN"]),
              code=st.sampled_from(["042", "190", "036"]), mentions=st.integers(1, 4),
              negated=st.booleans()),
    st.fixed_dictionaries({}, optional={"source": st.sampled_from(["AFP", "Reuters"])})), max_size=25)


def _key(e, mode):
    what = (e.source, e.target, e.code, e.modality, e.negated)
    return ((e.record_id,) if mode == "record" else (e.event_date or e.date,)) + what


@given(pairs_st, st.sampled_from(["record", "day"]))
def test_dedup_properties(pairs, mode):
    out = list(dedup(pairs, mode))
    # mentions are kept, not lost or made up
    assert sum(e.num_mentions for e, _ in out) == sum(e.num_mentions for e, _ in pairs)
    if mode == "day":
        keys = Counter(_key(e, mode) for e, _ in out)
        assert len(keys) == len(out) == len({_key(e, mode) for e, _ in pairs})
    for e, x in out:
        assert 1 <= x["num_articles"] <= e.num_mentions
    # deduplicating twice changes nothing more
    again = list(dedup(out, mode))
    assert [e for e, _ in again] == [e for e, _ in out]


@given(pairs_st)
def test_record_groups_are_exact_when_records_are_contiguous(pairs):
    pairs = sorted(pairs, key=lambda p: p[0].record_id)  # the coder gives a record's events together
    out = list(dedup(pairs, "record"))
    assert len(out) == len({_key(e, "record") for e, _ in pairs})
