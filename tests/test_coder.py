"""The coder on sentences of our own, one mechanism each, and its properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .strategies import KNOWN_SENTENCES, TASHKEEL_CHARS, arabic_text, news_salad


def triples(coder, text, date="2024-05-01", **kw):
    return {(e.source, e.target, e.code) for e in coder.code(text, date=date, **kw)}


CASES = [
    # word order, subjects
    ("VSO", "زوّدت فرنسا أوكرانيا بصواريخ مضادة للطائرات.", {("FRA", "UKR", "072")}),
    ("SVO", "ألمانيا زوّدت أوكرانيا بدبابات.", {("DEU", "UKR", "072")}),
    ("subject after adverb", "زار أمس رئيس الوزراء الهندي موسكو.", {("INDGOV", "RUS", "042")}),
    ("object pronoun with no antecedent", "زار الرئيس الفرنسي القاهرة.", {("FRAGOV", "EGY", "042")}),
    # targets by preposition; ب marks the thing supplied
    ("على", "فرضت كندا عقوبات على بيلاروسيا.", {("CAN", "BLR", "163")}),
    ("إلى", "أرسلت تركيا مساعدات إنسانية إلى سوريا.", {("TUR", "SYR", "073")}),
    ("مع", "وقّعت الأردن اتفاقية مع العراق.", {("JOR", "IRQ", "057")}),
    # reception and passive
    ("reception verb", "تلقى رئيس الوزراء الباكستاني دعوة من الصين.", {("CHN", "PAKGOV", "036")}),
    ("reception of goods", "تسلمت القوات الأوكرانية أسلحة من بولندا.", {("POL", "UKRMIL", "072")}),
    ("passive with nisba", "فُرضت عقوبات بريطانية على شركات روسية.", {("GBR", "RUSBUS", "163")}),
    ("invitation, host of the visit", "دُعي وزير الخارجية الياباني إلى زيارة الرياض.", {("SAU", "JPNGOV", "036")}),
    # nominal events
    ("masdar with genitive agent", "دعوة أنقرة لرئيس الوزراء العراقي", {("TUR", "IRQGOV", "036")}),
    ("nisba agent", "ندد الأردن بالغارات الأمريكية على العراق.", {("JOR", "USA", "111"), ("USA", "IRQ", "195")}),
    ("participle", "وتعد الصين من أبرز مزودي باكستان بالأسلحة.", {("CHN", "PAK", "072")}),
    # coordination
    ("coordinated sources", "أدانت مصر والأردن والسعودية الهجوم الإيراني.",
     {("EGY", "IRN", "111"), ("JOR", "IRN", "111"), ("SAU", "IRN", "111")}),
    ("reciprocal agreement", "وقّعت الهند واليابان اتفاقية للتعاون الاقتصادي.",
     {("IND", "JPN", "057"), ("JPN", "IND", "057")}),
    # reported speech
    ("reported speech", "قال المتحدث باسم الخارجية الروسية إن موسكو تدعم سيادة فنزويلا.", {("RUS", "VEN", "051")}),
    ("reported, pronoun subject", "أعلنت اليابان أنها ستقدم مساعدات لسريلانكا.", {("JPN", "LKA", "033")}),
    # modality
    ("pledge", "تعهدت قطر بتقديم مساعدات إنسانية لغزة.", {("QAT", "PSE", "0333")}),
    ("threat", "هدد الاتحاد الأوروبي بفرض عقوبات على إيران.", {("IGOEUREEC", "IRN", "1312")}),
    ("seek", "تسعى واشنطن إلى فرض عقوبات على كوريا الشمالية.", {("USA", "PRK", "1312")}),
    ("litotes", "لم تخفِ مصر دعمها للحكومة السودانية.", {("EGY", "SDNGOV", "051")}),
    ("lifting", "رفعت كندا العقوبات المفروضة على سوريا.", {("CAN", "SYR", "085")}),
    # date-bounded actors
    ("leader in office", "زار أوباما كوبا.", {("USAGOV", "CUB", "042")}),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_mechanisms(coder, name, text, expected):
    assert triples(coder, text, date="2016-03-21") >= expected


NOTHING = [
    ("negated", "لم تفرض إيطاليا أي عقوبات على تركيا."),
    ("denied", "نفت باكستان تقديم أي دعم عسكري لطالبان."),
    ("conditional", "إذا هاجمت الهند باكستان فإن الرد سيكون قاسيا."),
    ("question", "هل تفرض الصين عقوبات على ليتوانيا؟"),
    ("possible", "قد تفرض الحكومة قيودا جديدة على الواردات."),
    ("alleged act", "اتهمت روسيا أوكرانيا بقصف المدنيين."),
    ("religion", "دعا الإمام المصلين إلى الصلاة."),
    ("one actor", "زار الرئيس الفرنسي المتحف."),
    ("no actors", "ارتفعت أسعار النفط اليوم."),
    ("bank, not Egypt", "أعلن مصرف الرافدين زيادة رأس ماله."),
]


@pytest.mark.parametrize("name, text", NOTHING, ids=[c[0] for c in NOTHING])
def test_no_event_is_emitted(coder, name, text):
    dyadic = {t for t in triples(coder, text) if t[0] and t[1]}
    forbidden_roots = {"16", "19", "07", "02", "04", "17"}
    if name == "alleged act":
        assert {t[2][:2] for t in dyadic} <= {"11"}   # only the accusation
    else:
        assert not {t for t in dyadic if t[2][:2] in forbidden_roots}, dyadic


def test_negated_and_hypothetical_events_are_emitted_on_request():
    from eventcoder import Coder

    c = Coder(emit={"negated", "hypothetical"})
    neg = c.code("لم تفرض إيطاليا أي عقوبات على تركيا.", date="2020-01-01")
    assert [(e.source, e.target, e.code, e.negated) for e in neg] == [("ITA", "TUR", "163", True)]
    hyp = c.code("إذا هاجمت الهند باكستان فإن الرد سيكون قاسيا.", date="2020-01-01")
    assert any(e.modality == "hypothetical" and (e.source, e.target) == ("IND", "PAK") for e in hyp)


def test_date_bounds_on_the_same_sentence(coder):
    assert triples(coder, "زار ترامب اليابان.", date="2019-05-25") == {("USAGOV", "JPN", "042"), ("JPN", "USAGOV", "043")}
    assert triples(coder, "زار ترامب اليابان.", date="2023-03-01") == {("USAELI", "JPN", "042"), ("JPN", "USAELI", "043")}


def test_time_expressions_move_the_event_date(coder):
    (e, host) = coder.code("زار رئيس الوزراء العراقي طهران أمس.", date="2023-06-20")
    assert (e.date, e.event_date) == (host.date, host.event_date) == ("2023-06-20", "2023-06-19")


def test_event_fields(coder):
    text = "وزوّدت إيرانُ روسيا بصواريخَ باليستية."
    (e,) = coder.code(text, date="2024-01-01", record_id="r7")
    assert (e.record_id, e.sentence_index, e.code, e.root_code) == ("r7", 0, "072", "07")
    assert e.label == "Provide military aid" and e.quad_class == 2 and e.goldstein == 8.3
    assert text[slice(*e.source_span)] == e.source_text == "إيرانُ"
    assert text[slice(*e.target_span)] == e.target_text == "روسيا"
    assert text[slice(*e.trigger_span)] == e.trigger_text == "وزوّدت"
    assert e.rule.endswith(".txt:" + e.rule.rsplit(":", 1)[1]) and e.rule in e.evidence
    assert e.plover_event == "AID"


# ---- properties

def _codes(events):
    return sorted((e.source, e.target, e.code, e.modality, e.negated) for e in events)


# The damma is left out: on the first letter of a past verb it marks the passive (زُوّدت), which
# does change the event.
@given(st.sampled_from(KNOWN_SENTENCES), st.lists(st.sampled_from(TASHKEEL_CHARS.replace("\u064f", "") + "\u0640"),
                                                 max_size=5),
       st.randoms(use_true_random=False))
@settings(max_examples=40)
def test_diacritics_and_tatweel_do_not_change_the_events(coder, text, marks, rnd):
    chars = list(text)
    for m in marks:
        # a mark after a letter (never at the start of a word)
        letters = [i for i, c in enumerate(chars) if "\u0621" <= c <= "\u064a" and i > 0 and chars[i - 1] != " "]
        i = rnd.choice(letters)
        chars.insert(i + 1, m)
    assert _codes(coder.code("".join(chars), date="2024-01-01")) == _codes(coder.code(text, date="2024-01-01"))


@given(st.sampled_from(KNOWN_SENTENCES))
def test_a_leading_waw_does_not_change_the_events(coder, text):
    assert _codes(coder.code("و" + text, date="2024-01-01")) == _codes(coder.code(text, date="2024-01-01"))


@given(arabic_text)
def test_any_string_codes_without_error(coder, text):
    for e in coder.code(text, date="2024-01-01"):
        assert e.code


@settings(max_examples=400)
@given(news_salad, st.sampled_from(["", "2012-05-01", "2025-06-01"]))
def test_news_word_salad_codes_without_error(coder, text, date):
    # (word salad of real news words reaches rules that random letters never do: a preposition
    # with a pronoun as the last word once crashed the subject search)
    for e in coder.code(text, date=date):
        assert e.code and (e.source or e.target)


@given(st.lists(st.sampled_from(KNOWN_SENTENCES), min_size=1, max_size=3), st.sampled_from(["", " ", "\n", "  \n"]))
def test_spans_slice_the_original_to_the_reported_words(coder, sentences, sep):
    text = sep.join(sentences)
    for e in coder.code(text, date="2024-01-01"):
        for span, words in ((e.source_span, e.source_text), (e.target_span, e.target_text),
                            (e.trigger_span, e.trigger_text)):
            if span is not None:
                assert text[span[0]:span[1]] == words and words.strip() == words and words


def test_the_coder_pickles_and_codes_the_same(coder):
    import pickle

    c2 = pickle.loads(pickle.dumps(coder))
    for t in KNOWN_SENTENCES:
        assert _codes(c2.code(t, date="2024-01-01")) == _codes(coder.code(t, date="2024-01-01"))


def test_refusing_a_cooperative_act_has_a_rejection_code():
    from eventcoder.modality import refusal_code
    assert [refusal_code(c) for c in ("046", "057", "0841", "087", "083")] == ["125", "127", "1243", "1246", "123"]
    # visits, support, cooperation and aid not given are the act not done, not a rejection
    assert [refusal_code(c) for c in ("042", "040", "051", "061", "072", "111")] == [None] * 6


def test_a_coder_shared_between_threads_codes_as_alone(coder):
    # the coder keeps the record it codes on itself: threads that share one must take turns
    import sys
    import threading

    import json

    from .conftest import DATA

    with open(DATA / "heldout-news-5.jsonl", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f][:60]
    expected = [_codes(coder.code(r["text"], date=r["date"])) for r in recs]
    results: dict[int, list] = {}

    def work(k: int) -> None:
        results[k] = [_codes(coder.code(r["text"], date=r["date"])) for r in recs]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a loaded machine may
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert all(results[k] == expected for k in range(4))
