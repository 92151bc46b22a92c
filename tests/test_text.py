"""Tokens and sentences."""
from __future__ import annotations

from hypothesis import given

from eventcoder.text import analyse_text

from .strategies import arabic_text


def test_sentences_split_on_final_punctuation_and_lines():
    doc = analyse_text("زار الرئيس بغداد. ثم عاد إلى باريس!\nسطر جديد؟ وفي 3.5 مليون")
    texts = [doc.orig_text(a, b) for a, b in doc.sentences]
    assert texts == ["زار الرئيس بغداد.", "ثم عاد إلى باريس!", "سطر جديد؟", "وفي 3.5 مليون"]


def test_closing_quote_stays_with_its_sentence():
    doc = analyse_text('قال "نحن مستعدون." ثم غادر.')
    texts = [doc.orig_text(a, b) for a, b in doc.sentences]
    assert texts == ['قال "نحن مستعدون."', "ثم غادر."]


def test_token_spans_point_into_the_original():
    text = "زوّدتْ إيرانُ روسيا بصواريخَ"
    doc = analyse_text(text)
    words = [doc.orig_text(i, i + 1) for i in range(len(doc.tokens))]
    assert words == ["زوّدتْ", "إيرانُ", "روسيا", "بصواريخَ"]


@given(arabic_text)
def test_every_token_slices_to_itself_after_normalisation(text):
    from eventcoder.normalize import normalize

    doc = analyse_text(text)
    for i, tok in enumerate(doc.tokens):
        a, b = doc.orig_span(i, i + 1)
        assert 0 <= a <= b <= len(text)
        assert normalize(text[a:b]).strip() == tok.text
    covered = sum(b - a for a, b in doc.sentences)
    assert covered == len(doc.tokens)
