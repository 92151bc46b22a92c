"""The normaliser: letter folds, deletions, and the map back to the original text."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pyarabic import araby

from eventcoder.normalize import normalize, normalize_with_map

from .strategies import arabic_text, tashkeel


@pytest.mark.parametrize("raw, norm", [
    ("الإيرانيّة", "الايرانية"),          # hamza below, shadda
    ("أمريكا", "امريكا"),
    ("آسيا", "اسيا"),
    ("إلى", "الي"),                      # ى → ي keeps إلى distinct from الا
    ("على", "علي"),
    ("فى", "في"),
    ("مسؤول", "مسءول"),                  # one hamza seat
    ("مسئول", "مسءول"),
    ("حلفائها", "حلفاءها"),
    ("مسيرة", "مسيرة"),                  # ة stays
    ("زوّدتْ", "زودت"),
    ("تـعـاون", "تعاون"),                # tatweel
    ("٢٠٢٤", "2024"),                    # Arabic-Indic digits
    ("۱۲", "12"),                        # extended (Persian) digits
    ("کرمانشاه ی", "كرمانشاه ي"),        # Persian kaf and yeh
    ("ﻻ", "لا"),                          # lam-alef ligature expands
    ("a\u200fb", "ab"),                  # RLM
    ("x\x00y", "x y"),                   # NUL becomes a space, never glues words
])
def test_examples(raw, norm):
    assert normalize(raw) == norm


def test_every_pyarabic_mark_is_removed():
    for mark in araby.TASHKEEL + (araby.TATWEEL, araby.SHADDA):
        assert normalize("ب" + mark + "ت") == "بت"


@given(arabic_text)
@example("ﻻ ﻷ")
def test_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(arabic_text)
def test_offsets_are_monotone_and_in_bounds(text):
    norm, offs = normalize_with_map(text)
    if offs is None:
        assert len(norm) == len(text)
        return
    prev = 0
    for i in range(len(norm) + 1):
        o = offs.to_orig(i)
        assert 0 <= o <= len(text)
        assert o >= prev
        prev = o


@given(st.lists(st.sampled_from(["زود", "إيران", "روسيا", "بصواريخ", "الأمريكية"]), min_size=1, max_size=6),
       st.lists(tashkeel, max_size=4))
def test_words_map_back_to_their_spelling(words, marks):
    # put diacritics after the first letter of every word; each normalised word maps back to its original word
    original_words = [w[0] + "".join(marks) + w[1:] for w in words]
    text = " ".join(original_words)
    norm, offs = normalize_with_map(text)
    pos = 0
    for w, ow in zip(words, original_words):
        nw = normalize(w)
        start = norm.index(nw, pos)
        end = start + len(nw)
        pos = end
        a = offs.to_orig(start) if offs else start
        b = offs.to_orig(end) if offs else end
        assert normalize(text[a:b]) == nw
        assert text[a:b] == ow


def test_lone_surrogates_do_not_crash():
    assert normalize("a\ud800b") == "a\ufffdb"
