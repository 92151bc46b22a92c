"""Hypothesis strategies shared by the tests."""
from __future__ import annotations

from hypothesis import strategies as st

LETTERS = st.characters(min_codepoint=0x0621, max_codepoint=0x064A, exclude_characters="\u0640")
TASHKEEL_CHARS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
tashkeel = st.sampled_from(TASHKEEL_CHARS)
words = st.text(LETTERS, min_size=1, max_size=10)

#: Arabic-looking text with marks, punctuation, digits and the odd stray character.
arabic_text = st.text(
    st.one_of(LETTERS, tashkeel, st.sampled_from(" ،.؟!:\"«»ـ0123456789٠١٢\n\u200f\ufefbﻷ")),
    max_size=120)

KNOWN_SENTENCES = [
    "زوّدت إيران روسيا بصواريخ باليستية.",
    "فرض الاتحاد الأوروبي عقوبات جديدة على كوريا الشمالية.",
    "أشاد وزير الخارجية الأمريكي بجهود قطر في الوساطة.",
    "وجّهت الصين دعوة رسمية إلى رئيس الوزراء الهندي لحضور القمة.",
    "ندّد الرئيس الإيراني بالغارات الإسرائيلية على لبنان.",
    "أدانت فرنسا وألمانيا وبريطانيا التجربة الصاروخية الإيرانية.",
    "تسلّم الجيش اللبناني دفعة من المعدات العسكرية من بريطانيا.",
    "رفعت الولايات المتحدة العقوبات المفروضة على السودان.",
]


def _news_words() -> list[str]:
    """The words of the annotated news the repository holds: word salad made of them reaches
    far more of the coder's rules than random letters do."""
    import json
    from pathlib import Path

    words: list[str] = []
    for name in ("heldout-news.jsonl", "heldout-news-2.jsonl", "heldout-news-3.jsonl"):
        path = Path(__file__).parent / "data" / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    words += json.loads(line)["text"].split()
    return words or [w for s in KNOWN_SENTENCES for w in s.split()]


NEWS_WORDS = _news_words()
#: Word salad of news words with commas, dashes and dots between them.
news_salad = st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(["،", "-", ".", "(", ")", "و"])),
                      min_size=1, max_size=40).map(" ".join)
