"""Compile-time generation and run-time clitic analysis."""
from __future__ import annotations

import pytest

from eventcoder.morphology import (F_HOST, F_NOM, F_PAST, F_PRES, Analyzer, agent_forms, conjugate, nisba_forms,
                                   noun_forms, participle_forms)


def forms(past, pres, **kw):
    return {f.form for f in conjugate(past, pres) if all(getattr(f, k) == v for k, v in kw.items())}


@pytest.mark.parametrize("past, pres, expected", [
    ("زوّد", "يزوّد", {"زود", "زودت", "زودوا", "يزود", "تزود", "يزودون", "يزودوا", "نزود"}),   # sound, form II
    ("دعا", "يدعو", {"دعا", "دعت", "دعوا", "دعوت", "يدعو", "تدعو", "يدعون", "يدع", "تدع"}),   # defective (waw)
    ("ألغى", "يلغي", {"الغي", "الغت", "الغوا", "يلغي", "يلغون", "يلغ"}),                       # defective (ya)
    ("تلقى", "يتلقى", {"تلقي", "تلقت", "تلقوا", "يتلقي", "يتلقون", "يتلق"}),                    # alif maqsura present
    ("زار", "يزور", {"زار", "زارت", "زاروا", "زرت", "يزور", "يزورون", "يزر"}),                  # hollow
    ("أدان", "يدين", {"ادان", "ادانت", "ادنت", "يدين", "يدن"}),                                 # hollow, form IV
    ("ردّ", "يردّ", {"رد", "ردت", "ردوا", "رددت", "يرد", "يردد"}),                               # doubled
    ("أخفى", "يخفي", {"تخف", "يخف"}),                                                          # jussive: لم تُخفِ
])
def test_conjugation_covers_weak_verbs(past, pres, expected):
    assert expected <= forms(past, pres)


def test_passive_spellings_that_differ():
    assert "دعي" in forms("دعا", "يدعو", voice="pass")
    assert "قيل" in forms("قال", "يقول", voice="pass")
    assert "يدعي" in forms("دعا", "يدعو", voice="pass")


def test_object_pronoun_hosts():
    hosts = {f.form for f in conjugate("زوّد", "يزوّد") if f.mood == "host"}
    assert "زودو" in hosts  # زودوها
    assert "تلقا" in {f.form for f in conjugate("تلقى", "يتلقى") if f.mood == "host"}  # تلقاها


def test_noun_nisba_participle_agent_forms():
    assert {"دعوة", "دعوات", "دعوتين"} <= {f for f, _ in noun_forms("دعوة")}
    assert ("دعوت", True) in noun_forms("دعوة")
    assert {"ايراني", "ايرانية", "ايرانيون", "ايرانيين", "ايرانيات"} <= set(nisba_forms("إيراني"))
    # a noun in construct inside a nisba of several words does not agree
    assert "جنوب افريقية" in nisba_forms("جنوب أفريقي") and "جنوبة افريقية" not in nisba_forms("جنوب أفريقي")
    assert {"مزود", "مزودي", "مزودو", "مزودون"} <= {f for f, _ in participle_forms("مزوّد")}
    assert "رءيسي" not in agent_forms("رئيس", has_broken_plural=True)   # رئيسي = "main"
    assert {"مسءولون", "مسءولي", "مسءولة"} <= set(agent_forms("مسؤول"))


LEX = {"طهران": F_NOM, "عراق": F_NOM, "ايرانية": F_NOM, "زودت": F_PAST, "تزود": F_PRES,
       "حلفاء": F_NOM, "دعوت": F_HOST, "دعوة": F_NOM, "روس": F_NOM, "مانيا": F_NOM, "وزير": F_NOM}


@pytest.mark.parametrize("word, pre, al, key, suf", [
    ("لطهران", "ل", False, "طهران", ""),
    ("وبالعراق", "وب", True, "عراق", ""),
    ("للعراق", "ل", True, "عراق", ""),
    ("الايرانية", "", True, "ايرانية", ""),
    ("وزودتها", "و", False, "زودت", "ها"),
    ("ستزود", "س", False, "تزود", ""),
    ("وحلفاءها", "و", False, "حلفاء", "ها"),
    ("دعوته", "", False, "دعوت", "ه"),
    ("روسا", "", False, "روس", ""),          # accusative alif (روسًا)
    ("لالمانيا", "ل", True, "مانيا", ""),     # لألمانيا
    ("وزير", "", False, "وزير", ""),          # not و + زير
])
def test_analyzer_splits_clitics(word, pre, al, key, suf):
    a = Analyzer(LEX)(word)
    assert (a.pre, a.al, a.key, a.suf) == (pre, al, key, suf)


def test_analyzer_refuses_clitics_that_do_not_suit_the_host():
    an = Analyzer(LEX)
    assert an("بزودت").flags == 0            # a preposition before a verb: not the verb
    assert an("سطهران").flags == 0           # the future prefix before a noun: not the name
    # nor before a word that takes every flag but is no present verb (سلوك is no س + لو + ك)
    assert Analyzer({"لو": F_NOM | F_PAST | F_PRES | F_HOST})("سلوك").pre == ""
    assert an("الطهرانها").suf == ""         # article and suffix together


def test_a_host_with_a_first_person_suffix_loses_to_the_article():
    # القوى (normalised القوي) is "the powers", never a host القو with "my"; بلادي keeps its ي
    an = Analyzer({"قوي": F_NOM | F_PAST, "القو": F_HOST, "بلاد": F_NOM})
    a = an("القوي")
    assert (a.al, a.key, a.suf) == (True, "قوي", "")
    b = an("بلادي")
    assert (b.key, b.suf) == ("بلاد", "ي")


def test_a_verb_takes_no_my_and_your_is_no_ending_of_a_whole_word():
    an = Analyzer({"زار": F_PAST, "هنا": F_PAST, "سفير": F_NOM, "ابلغ": F_PAST})
    assert an("وزاري").key != "زار"  # اجتماع وزاري: "ministerial", not "and he visited me"
    assert an("هناك").suf == ""  # "there", not هنا + "you"
    assert (an("سفيري").key, an("سفيري").suf) == ("سفير", "ي")  # سفيري إيران: a dual in construct
    assert (an("ابلغني").key, an("ابلغني").suf) == ("ابلغ", "ني")  # a verb's "me"
