"""
One sentence prepared for event extraction: its tokens with clitic analyses,
the actor mentions found in it (composed from countries, nisbas, agents,
people and organisations, and coordinated), and the grammar words marked.

This is the layer between the text and the argument logic in
:mod:`eventcoder.coder`. Nothing here decides who did what to whom.
"""
from __future__ import annotations

import datetime as _dt

from .compiler import (K_AGENT, K_COUNTRY, K_DEMONYM, K_METONYM, K_NISBA, K_ORG, K_ORGNISBA, K_PERSON,
                       Tables)
from .morphology import F_NAME, F_PAST, F_PRES, Analysis, Analyzer
from .normalize import normalize
from .text import Document

# punctuation that ends a clause for argument search
BOUNDARY = frozenset("،,.:؛;!?؟()[]{}-–—…/")
QUOTES = frozenset("\"'«»“”‘’`")
_NO_CLASSES: frozenset = frozenset()
# singular men's offices that end in ة (التقى عمدة لندن: a man, whom a masculine verb agrees with)
_MEN_IN_TA = frozenset(["عمدة", "خليفة"])
# documents named after the city they were made in (اتفاقية أوسلو، معاهدة لوزان، اتفاق ستوكهولم); not إعلان,
# which is also an act of the city's state (إعلان الرياض قطع علاقاتها), nor اتفاق before مع or بين (اتفاق موسكو
# مع أنقرة: the state's deal)
_DOCUMENT_HEADS = frozenset(["اتفاقية", "معاهدة", "ميثاق", "بروتوكول", "وثيقة", "اتفاق"])
# the styles of states said before their names (جمهورية غانا، مملكة البحرين، سلطنة عمان، دولة فلسطين)
_STATE_HEADS = frozenset(["جمهورية", "مملكة", "سلطنة", "امارة", "دولة", "اتحاد"])
# the same with the article, before the state's nisba (الجمهورية العراقية، المملكة الأردنية), and the words of
# its style that may stand between (الجمهورية العربية اليمنية، الجمهورية الجزائرية الديمقراطية الشعبية)
_DEFINITE_STATE_HEADS = frozenset(["جمهورية", "مملكة", "سلطنة", "امارة"])
_STATE_STYLES = frozenset(normalize(w) for w in ("عربية", "إسلامية", "ديمقراطية", "شعبية", "اتحادية", "هاشمية",
                                                 "فيدرالية", "فدرالية", "اشتراكية"))
# head nouns of organisations that news use alone for the organisation named before
# (حركة حماس ... الحركة)
ANAPHORIC_HEADS = frozenset(["جماعة", "حركة", "حزب", "تنظيم", "ميليشيا", "منظمة", "وكالة", "مجلس", "حلف", "مجموعة",
                             "اتحاد", "جامعة", "محكمة", "هيءة", "فصيل", "تحالف", "لجنة", "قوات", "مفوضية", "بعثة",
                             "شبكة", "وفد", "قناة", "صحيفة", "شركة", "جبهة", "تيار", "اءتلاف", "مرصد", "جمعية", "صندوق",
                             "اقليم"])
#: classes of particles (لو، قد، هل، سوف), which never carry a clitic preposition (negation may: بعدم، بلا)
_PARTICLE_CLASSES = frozenset(["COND", "QUESTION", "MAY", "FUTURE"])
#: what a word inside a quantity phrase (ما لا يقل عن، ما يزيد على) does not do there
_INSIDE_QUANTITY = frozenset(["NEG", "REPORT"])
# classes a word inside an actor's name cannot have (see Sentence._unmark_names)
_FRAME_CLASSES = frozenset(["INTENT", "THREAT", "DENY", "LITOTES", "ALLEGE", "WARN", "URGE", "REPORT", "CONTROL",
                            "RECEIVE", "LIGHT", "COPULA", "NEG", "MAY", "FUTURE", "COND", "QUESTION", "HYPO"])
# classes of the words of time a person's name may hold (see Sentence._unmark_names)
_TIME_CLASSES = frozenset(["TIME", "ADVERB"])
# role nouns that before a place name the place's district, not an office (قضاء زاخو)
_DISTRICT_WORDS = frozenset(["قضاء"])
# nouns whose genitive is a place (بلدة كفركلا، ريف إدلب، جنوب لبنان)
PLACE_WORDS = frozenset(normalize(w) for w in (
    "عاصمة", "بلدة", "بلدات", "مدينة", "مدن", "قرية", "قرى", "محافظة", "محافظات", "منطقة", "مناطق", "ريف", "أطراف",
    "ضواحي", "جنوب", "شمال", "شرق", "غرب", "وسط", "مخيم", "حي", "أحياء", "قضاء", "ولاية", "إقليم", "مقاطعة",
    "أنحاء", "أرجاء",
    # duals in construct (محافظتي الخليل ونابلس) and their hosts before a pronoun
    "محافظتي", "مدينتي", "بلدتي", "قريتي", "منطقتي", "ولايتي", "محافظت", "مدينت", "بلدت", "قريت", "منطقت"))
# the words a town, a province or a district is named after, whose people take its country (سكان مدينة غزة،
# وجهاء محافظة درعا)
_TOWN_WORDS = PLACE_WORDS | frozenset(normalize(w) for w in ("ناحية", "جزيرة", "مديرية", "مخيمات"))
# verbs of suspicion between people and the group they are thought to belong to (مسلحون يعتقد أنهم من)
_BELIEVED = frozenset(normalize(w) for w in ("يعتقد", "يشتبه", "يرجح", "يعتقدون"))  # (also vowelled: يُعتقد)
# a capital named by its country's nisba (العاصمة الأردنية): a metonym, as the capital's name is
_CAPITAL_HEADS = frozenset(normalize(w) for w in ("عاصمة", "عواصم"))
# particles that begin no name (المبعوث الأممي | أو الرئيس الأمريكي)
_NO_NAME_WORDS = frozenset(normalize(w) for w in ("أو", "أم", "ثم", "بل", "لكن", "حتى", "إما", "كما", "إذ", "أي",
                                                   "إلا", "غير", "سوى", "قد", "لقد", "كل", "بعض", "جميع",
                                                   "ذلك", "تلك", "هذا", "هذه", "هؤلاء", "أولئك", "هذين", "هاتين", "ما"))
# honorifics written after a ruler's name
_POST_HONORIFICS = frozenset(["معظم", "مفدي"])
# honorifics inside a name, before the rest of it (حسين الحاج حسن)
_INNER_HONORIFICS = frozenset(["حاج"])
#: "who hold" a nationality (أشخاص يحملون الجنسية السورية، مواطن يحمل الجنسية الأمريكية)
_BEARING = frozenset(["يحمل", "يحملون", "يحملان", "تحمل", "تحملان", "يحملن"])
#: "the holders of" a nationality (من حملة الجنسية الأوزبكية)
_HOLDERS = frozenset(["حملة", "حاملي", "حامل"])
#: heads of a named group's forces or ranks (عناصر من قوات حركة طالبان، قائدين في فصائل الحشد الشعبي)
_FORCE_HEADS = frozenset(["قوات", "فصاءل", "فصيل", "ميليشيات", "كتاءب", "صفوف"])

#: first names common enough that a person's last name equal to one names nobody after a title
#: (الأمير محمد، الوزير أحمد)
_COMMON_FIRST_NAMES = frozenset(normalize(w) for w in (
    "محمد", "أحمد", "علي", "حسن", "حسين", "محمود", "مصطفى", "إبراهيم", "يوسف", "عمر", "خالد", "سعيد", "عبدالله",
    "صالح", "سالم", "عادل", "كمال", "جمال", "سامي", "عيسى", "موسى", "سليمان", "عثمان", "إسماعيل", "طارق"))

#: "the parties": those in a country are that country's (دعا جميع الأطراف في ليبيا إلى التهدئة)
_PARTY_HEADS = frozenset(["اطراف", "طرف"])

#: bodies whose offices are named "in" them (وزير الخارجية في حكومة الحوثيين)
_GOVERNING_BODIES = frozenset(["حكومة", "سلطة", "ادارة", "قيادة"])

#: "in charge of": an office whose portfolio follows with ب (الوزير المكلف بإدارة الدفاع الوطني)
_IN_CHARGE = frozenset(["مكلف", "مكلفة"])
#: the head nouns of a person's office (not of a body: ودعت تيتيه مجلس النواب is a call to the council)
_OFFICE_HEADS = frozenset(normalize(w) for w in (
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "مساعد", "مستشار", "سفير", "سفيرة", "مبعوث", "مبعوثة", "متحدث",
    "ناطق", "أمين", "قائد", "زعيم", "ولي", "مندوب", "ممثل", "وكيل", "مدير", "محافظ", "نقيب"))
#: "the one in charge" (القائم بالأعمال، chargé d'affaires): an office head too, after a ministry's name
_CHARGE = normalize("قائم")
#: على هامش القمة: on the margins of a meeting (the meeting is where, not who)
MARGIN = normalize("هامش")
#: a summit or conference whose organisation follows with ل (مؤتمر القمة السابع لدول عدم الانحياز)
_SUMMIT_KEYS = frozenset(normalize(w) for w in ("مؤتمر", "قمة"))
_SUMMIT_PARTS = frozenset(normalize(w) for w in ("افتتاح", "اختتام", "ختام", "أعمال", "جلسة", "جلسات", "هامش"))
_MEMBER = normalize("عضو")  # a person's name, then "member of" a body: his description (_member_chains)
_LED_DELEGATION = normalize("برئاسة")  # وفد ... برئاسة X: X's delegation
#: royal titles said with a first name alone (الملك سلمان، الشيخ تميم، السلطان هيثم)
_ROYAL_TITLES = frozenset(["ملك", "امير", "شيخ", "سلطان"])

#: countries with a king (الملك): the title then a first name names only their kings, and a story's
#: "kingdom" (المملكة) is one of them
KINGDOMS = frozenset(["SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM",
                      "BTN", "LSO", "SWZ", "TON"])

#: "led by": forces with no country led by one are its forces
_LED_BY = frozenset(["بقيادة", "تقوده", "يقوده", "تقودها", "يقودها"])

#: adjectives of an office that may stand between it and its owner (المبعوث الخاص للأمين العام)
# spokesmen "in the name of" a body (المتحدث باسم X)
_SPOKESMEN = frozenset(normalize(w) for w in ("متحدث", "متحدثة", "ناطق", "ناطقة"))
#: "affiliated to", "belonging to": a body so described belongs to the owner after ل
AFFILIATED_WORDS = frozenset(["تابع", "تابعة", "تابعين", "تابعون", "تابعتين", "تابعان"])
_EMANATING = frozenset(normalize(w) for w in ("منبثق", "منبثقة"))  # (a body "emanating from" another's)
_RELATIONS = frozenset(normalize(w) for w in ("علاقات", "علاقة"))
_COOPERATION = normalize("تعاون")
#: a state's code before the day its successor's begins (old, new, first day of the old one's successor):
#: Moscow, the Kremlin and what is Russian are the Soviet Union's until 26 December 1991, as annotators code
#: them (USR in every event of the held-out sets dated before 1992); Belgrade, what is Serbian and Yugoslavia
#: are the socialist federation's until 27 April 1992, Prague and what is Czech Czechoslovakia's until 1993
PREDECESSORS = (("RUS", "USR", "1991-12-26"), ("SRB", "YUG", "1992-04-27"), ("SCG", "YUG", "1992-04-27"),
                ("CZE", "CSK", "1993-01-01"))
_LOYAL_WORDS = frozenset(["موالي", "موالية", "موالين", "موالون", "مواليه"])
# the first word of a name of two (سيد أحمد، عبد العزيز، أبو بكر): a lineage takes both
_NAME_FIRST_PARTS = frozenset(["سيد", "عبد", "ابو", "ابي"])
# broken plurals of the role nouns that open actor names (وزراء، قادة): "they" may name them
_BROKEN_PLURALS = frozenset(normalize(w) for w in (
    "وزراء", "قادة", "زعماء", "سفراء", "رؤساء", "نواب", "قضاة", "خبراء", "أمراء", "ملوك", "حكام", "مندوبو",
    "ممثلو", "مسؤولو", "أعضاء", "مبعوثو", "شيوخ", "وجهاء", "أطباء", "نشطاء", "مقاتلو", "جنود", "عناصر", "بحارة"))
_AFFAIRS = normalize("شؤون")  # (لشؤون الرهائن: the portfolio of an office)
# the heads of TRANSPARENT phrases that stand for the body named after them, whose preposition is
# the body's (اجتمع بممثلي القوى السياسية، التقى مع وفد من حماس): representatives and delegations
_STAND_INS = frozenset(normalize(w) for w in ("ممثلو", "ممثلي", "ممثلون", "ممثلين", "وفد", "وفود", "وفدان"))
# broken plurals of states and forces: plural, and feminine in agreement (دول، قوى، جيوش)
_THING_PLURALS = frozenset(normalize(w) for w in ("دول", "قوى", "جيوش", "بلدان", "عواصم"))
# heads of bodies that a country's nisba and "for the rights of" name (المنظمة المصرية لحقوق الإنسان)
_GROUP_HEADS_HRI = frozenset(["منظمة", "مركز", "مرصد", "شبكة", "رابطة", "جمعية", "مبادرة", "هيءة", "لجنة", "مءسسة",
                              "تنسيقية", "اتحاد", "منتدى"])
_RIGHTS_WORDS = frozenset(["حقوق", "دفاع", "حريات"])
_RIGHTS_SURFACES = frozenset(["لحقوق", "للحقوق", "للدفاع", "للحريات"])  # (one set lookup a sentence)
# role nouns that are feminine without ة
_FEMININE_ROLES = frozenset(normalize(w) for w in ("ميليشيا", "مليشيا"))
# role nouns that are also adjectives: after a definite noun that is no actor they describe it
_ADJECTIVE_ROLES = frozenset(normalize(w) for w in ("مسلح", "مسلحة", "معارض", "معارضة", "متطرف", "متطرفة",
                                                    "انفصالي", "انفصالية", "متمرد", "متمردة", "صحفي", "صحفية",
                                                    "صحافي", "صحافية", "إعلامي", "إعلامية", "يومية", "أسبوعية",
                                                    "بحرية"))  # (الحدود البحرية: maritime, no navy)
#: the roles of a state's offices, which a title before a last name names (الرئيس عباس)
_OFFICE_ROLES = frozenset(["GOV", "LEG", "JUD", "MIL", "COP", "SPY"])
# a government's kind, before its nisba (الحكومة الفيدرالية الصومالية، الحكومة الانتقالية السودانية)
_GOVERNMENT_KINDS = frozenset(normalize(w) for w in (
    "فيدرالية", "فيدرالي", "فدرالية", "فدرالي", "اتحادية", "اتحادي", "انتقالية", "انتقالي", "مؤقتة", "مؤقت"))
_ROLE_QUALIFIERS = frozenset(["خاص", "خاصة", "سامي", "سام", "داءم", "شخصي", "مقيم", "عام", "عامة", "اول", "اولي"] + [
    normalize(w) for w in ("مركزية", "مركزي", "محلية", "محلي", "دبلوماسية", "دبلوماسي")]) | _GOVERNMENT_KINDS
#: "armed", which makes a role another one after its nisba (المعارضة السورية المسلحة: معارضة مسلحة, the armed
#: opposition) and alone would be gunmen
_ROLE_ADJECTIVES = frozenset(normalize(w) for w in ("مسلحة", "مسلح", "مسلحين", "مسلحون"))
#: a government's kind, or its being new, after its nisba (الحكومة التونسية المؤقتة، رئيس الحكومة اللبنانية الجديد)
_KIND_QUALIFIERS = _GOVERNMENT_KINDS | frozenset(normalize(w) for w in ("جديدة", "جديد"))
# the key under which a record's dateline country is passed with the known roles, and the
# roles a bare body takes from it
DATELINE = ("<dateline>",)
# "the capital" before a country's nisba: the seat of a court (بالعاصمة الجزائرية)
_CAPITAL_WORDS = frozenset(["عاصمة", "مدينة"])
# heads of an indefinite security or military unit that acts (وحدة أمنية، قوات أمنية; not
# قواعد عسكرية or آليات عسكرية, things)
_UNIT_HEADS = frozenset(normalize(w) for w in (
    "قوة", "قوات", "وحدة", "وحدات", "دورية", "دوريات", "عناصر", "فرقة"))
# facilities named after people (مطار رفيق الحريري، مستشفى الملك فهد، جسر الملك فهد): the name is no actor
_FACILITY_HEADS = frozenset(normalize(w) for w in (
    "مطار", "مستشفى", "جامعة", "مدينة", "شارع", "ميناء", "قاعدة", "مركز", "مسجد", "ملعب", "جسر", "معبر", "مؤسسة",
    "جائزة", "مجمع", "قاعة", "ساحة", "ميدان", "مدرسة", "كلية", "مكتبة", "متحف", "سد", "طريق", "نفق", "برج",
    "مرفأ", "محطة", "استاد", "منتزه", "حديقة", "مستشفيات"))
# the key under which the one country a record has named so far is passed
STORY = ("<story>",)
# the key present while a record has named no country yet (its first sentence that does decides)
FRESH = ("<no country yet>",)
HOME_ROLES = frozenset(["GOV", "MIL", "COP", "LEG", "JUD", "SPY"])


def home_role(m: "Mention") -> bool:
    """Whether a bare role takes the country its story or dateline gives: a state body, or the
    parties named in the plural (الأحزاب، القوى السياسية; a singular الحزب names a party named before)."""
    return m.role in HOME_ROLES or (m.role == "PTY" and m.plural)


# words after a nisba that make it a product's origin, not an actor (أمريكية الصنع)
_ORIGIN_WORDS = frozenset(["صنع", "منشا", "تصنيع"])
#: "acting" after an office (رئيس الوزراء بالإنابة، الحاكم بالوكالة)
_ACTING = frozenset(normalize(w) for w in ("بالإنابة", "بالوكالة"))
# "elect" between an office and the man elected to it (الرئيس المنتخب دونالد ترامب): his name decides his code,
# which the dates of his office bound (not yet in it: ELI)
_DESIGNATE = frozenset(normalize(w) for w in ("المكلف", "المكلفة"))
_ELECT = frozenset(normalize(w) for w in ("المنتخب", "المنتخبة"))
#: the notables and sheikhs of tribes and towns, heads of a construct (شيوخ العشائر، وجهاء المدينة): of the
#: country of the place named with them (شيوخ عشائر في محافظة الأنبار)
NOTABLE_HEADS = frozenset(normalize(w) for w in ("شيوخ", "مشايخ", "وجهاء", "أعيان", "زعماء", "شيخ", "زعيم", "أبناء"))
# roles a body has in the country it is in (الحكومة في مالي); heads that are abroad by nature
_LOCAL_ROLES = frozenset(["GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP"])
ABROAD_HEADS = frozenset(normalize(w) for w in (
    "سفارة", "سفير", "سفيرة", "سفراء", "قنصلية", "قنصل", "بعثة", "مبعوث", "مبعوثة", "ممثل", "ممثلة", "مندوب",
    "مندوبة", "ملحق", "قائم", "وفد", "سفارات"))
# captives, who are people of the country a story is datelined in (رام الله - أفرجت سلطات الاحتلال عن 90
# أسيرة؛ صنعاء - أفرجت جماعة الحوثي عن 290 محتجزا)
CAPTIVE_HEADS = frozenset(normalize(w) for w in (
    "أسير", "أسيرا", "أسيرة", "أسرى", "أسيرات", "محتجز", "محتجزا", "محتجزة", "محتجزين", "محتجزون", "معتقلين",
    "معتقلون", "سجين", "سجينا", "سجينة", "سجناء"))
#: civilians who are people of the place named after them (آلاف المحتجين في بيروت); not hostages, prisoners
#: or refugees, who are often held in or have fled to another country (الرهائن في غزة)
_LOCAL_PEOPLE = frozenset(normalize(w) for w in (
    "محتج", "محتجون", "محتجين", "متظاهر", "متظاهرون", "متظاهرين", "معتصم", "معتصمون", "معتصمين", "مودع",
    "مودعون", "مودعين", "مواطن", "مواطنون", "مواطنين", "سكان", "أهالي"))
# role nouns whose broken plural heads a construct with several countries (قادة فرنسا وألمانيا)
_BROKEN_PLURAL_HEADS = frozenset(normalize(w) for w in (
    "قادة", "زعماء", "وزراء", "رؤساء", "سفراء", "مبعوثي", "ممثلي", "ممثلو", "حكام", "ملوك", "جيوش", "برلمانات",
    "حكومات", "وفود", "دبلوماسيي", "مسؤولي", "مسؤولو", "عناصر", "أفراد", "جنود", "ضباط", "أعضاء", "قيادات",
    "كوادر", "نشطاء", "مقاتلي", "مقاتلو"))
PREP_WORDS = frozenset(["علي", "الي", "من", "عن", "مع", "ضد", "في", "لدي", "تجاه", "نحو", "بين", "حول", "عبر",
                        "امام", "بحق", "قبل", "بعد", "منذ", "خلال", "دون", "لصالح", "بشان"])


#: the kinds of courts, which follow "the court" as part of its name (المحكمة الجزائية المتخصصة)
_COURT_KINDS = frozenset(normalize(w) for w in (
    "جزائية", "جنائية", "متخصصة", "ابتدائية", "عليا", "دستورية", "إدارية", "عسكرية", "شرعية", "اتحادية", "مدنية",
    "استثنائية", "خاصة", "جزئية", "كلية", "تجارية"))
_EMERGENCY = normalize("طوارئ")
#: the portfolios a long ministry name adds with و (وزير الخارجية | والهجرة وشؤون المصريين بالخارج)
_PORTFOLIOS = frozenset(normalize(w) for w in (
    "هجرة", "تعاون", "شؤون", "مغتربين", "جالية", "تجارة", "صناعة", "استثمار", "تخطيط", "تنمية", "إصلاح", "تعليم",
    "ثقافة", "سياحة", "إعلام", "تكامل", "طاقة", "ثروة", "معادن", "نقل", "اتصالات", "عدل", "شباب", "رياضة",
    "مصريين", "مواطنين", "مغاربة", "تونسيين", "جزائريين"))


class Mention:
    """An actor mention: tokens [start, end) of the sentence (filtered indexes)."""

    __slots__ = ("start", "end", "code", "kind", "srcs", "gender", "plural", "prep", "members", "adjective",
                 "role", "name", "bare", "also_nisba", "anaphor", "by_name", "inherited")

    def __init__(self, start: int, end: int, code: str, kind: int, srcs: list[str]):
        self.start = start
        self.end = end
        self.code = code
        self.kind = kind
        self.srcs = srcs
        self.gender = ""
        self.plural = False
        self.prep = ""
        self.members: list[Mention] | None = None
        self.adjective = False  # a bare nisba adjective: an agent for nouns, not a subject
        self.role = ""
        self.name = ""  # "construct" for an agent in construct state (وزير خارجية)
        self.bare = False  # a role noun with no country (الحكومة)
        self.also_nisba = False  # a country name that is also a nisba form (السعودية، سورية)
        self.anaphor = False  # a noun naming an event reported before (بالقرار): its source, as a target only
        self.by_name = False  # an office whose only country is the person named after it (رئيس الوزراء محمد ...)
        self.inherited = False  # a bare role given the country of one named before it (الرئيس ... الرئيس)

    def flat(self) -> list["Mention"]:
        return self.members if self.members else [self]

    def __repr__(self) -> str:  # for debugging and traces
        if self.members:
            return "Group(" + ", ".join(map(repr, self.members)) + ")"
        return f"Mention({self.code}, {self.start}:{self.end}, prep={self.prep!r})"


def person_code(tables: Tables, idx: int, date: str) -> tuple[str, str]:
    """The code of person ``idx`` on ``date`` (ISO) and the line it comes from."""
    _ident, ranges, eli = tables.persons[idx]
    if date:
        for start, end, code, src in ranges:
            if (not start or start <= date) and (not end or date < end):
                return code, src
        for start, end, code, src in ranges:
            if end == date:
                # the day a term ends (a coup, a handover) is still his: news of that day tells of acts
                # done to or by the one in office (احتجز عسكريون متمردون رئيس مالي إبراهيم بوبكر كيتا)
                return code, src
        if eli:
            return eli, ranges[0][3]
        return ranges[-1][2], ranges[-1][3]
    # no date: the current office (an open end), else the latest
    for start, end, code, src in reversed(ranges):
        if not end:
            return code, src
    return ranges[-1][2], ranges[-1][3]


def _years_before(date: str, years: int) -> str:
    """The ISO date (or year-month, or year) ``years`` years before ``date``, as a string that sorts with dates."""
    return f"{int(date[:4]) - years:04d}{date[4:]}"


#: CAMEO region codes (a region's nisba names no single country)
REGION_CODES = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
                           "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"})

#: a minister and a ministry: a portfolio in construct follows them
_MINISTRY_HEADS = frozenset(["وزير", "وزيرة", "وزارة", "وزراء", "وزيري", "وزيرا"])

#: bodies a person is never apposed to (انتقد نتنياهو | الحكومة الإسرائيلية is two actors)
_BODY_NOUNS = frozenset(["حكومة", "حكومات", "وزارة", "سلطات", "قوات", "شرطة", "ادارة"])

#: role nouns of bodies, not of a person: no name follows them
_COLLECTIVE_HEADS = frozenset(["جيش", "جيوش", "برلمان", "مجلس", "حزب", "نظام", "تحالف", "جهاز", "امن", "اتحاد",
                               "كونغرس", "كنيست", "مكتب", "وفد", "طيران", "اسطول", "سلاح"])

#: bodies whose name a person never follows in apposition (اعتقلت الشرطة | أحمد أويحيى is two actors; حكومة
#: نتنياهو, with no article, is his)
_NO_NAME_BODIES = _BODY_NOUNS | _COLLECTIVE_HEADS | frozenset(["محكمة", "نيابة", "قضاء", "سلطة"])

#: adjectives of forces or bodies that belong to no one country (القوات الدولية، القوات الأجنبية، المرتزقة
#: الأجانب): no one's own forces, and no story's (normalised keys)
FOREIGN_ADJECTIVES = frozenset(["اجنبية", "اجنبي", "اجانب", "اجنبيين", "اجنبيون", "اجنبيات", "دولية", "دولي",
                                "دوليين", "دوليون", "اممية", "اممي", "غربية", "غربيين", "غربيون", "اقليمية",
                                "اقليمي", "متعددة", "مشتركة", "عربية", "اوروبية", "افريقية", "اسلامية",
                                "خارجية"])  # القوات الخارجية: external forces

# cities that are seats of international organisations: a dash dateline or an opening "in X" from
# them is the UN's or the EU's story, not the host country's (وفي نيويورك، طالب مجلس الأمن)
IGO_SEATS = frozenset(normalize(w) for w in ("نيويورك", "جنيف", "بروكسل", "لاهاي", "ستراسبورغ", "فيينا"))

#: "all" between a phrase's first word and the rest (وقف جميع الأعمال العسكرية، رفع كافة العقوبات)
_QUANTIFIERS = frozenset(["جميع", "كافة", "كل", "مختلف"])

#: adjectives that make a force's thing a civilian one (الطائرة الإغاثية السعودية is no military plane):
#: no field adjective between a role and its nisba
_CIVIL_QUALIFIERS = frozenset(normalize(w) for w in (
    "إغاثي", "إغاثية", "إنساني", "إنسانية", "مدني", "مدنية", "تجاري", "تجارية", "طبي", "طبية"))

#: head nouns of armed or political groups said in construct before a group's name (جماعة الحوثيين)
_GROUP_HEADS = frozenset(normalize(w) for w in ("جماعة", "حركة", "تنظيم", "ميليشيا", "ميليشيات", "فصيل", "حزب"))
_PRESIDENCY = normalize("رئاسة")  # (a state's presidency of an organisation: see Sentence._presidencies)
# institutions known by a trade name, which a nisba follows (شركة هانوا الكورية، صحيفة لوموند الفرنسية)
_NAMED_HEADS = frozenset(normalize(w) for w in ("شركة", "صحيفة", "جريدة", "مجلة", "مصرف", "بنك", "تلفزيون",
                                                   "إذاعة", "مجموعة"))

#: "among them": the people named after it are of the people named before (see Sentence._among_them)
_AMONG_WORDS = frozenset(["بينهم", "وبينهم", "منهم", "ومنهم", "بينهن", "منهن"])

#: roles of private people: counted, they are actors without an article (20 متظاهرا)
_PEOPLE_ROLES = frozenset(("CVL", "OPP", "REF", "MED", "LAB", "EDU", "HLH", "REL", "BUS"))
#: people an arrest, a raid or a court takes when named bare and counted or after the verb's subject
#: (اعتقلت الشرطة ثلاثة مهربين، ضبطت مهربين): private people and suspected criminals
_CAPTIVE_ROLES = _PEOPLE_ROLES | {"CRM"}
#: people counted by no country, then "among them" some who have one: private people, and soldiers (أسرى الحرب،
#: بينهم خمسة عشر أمريكيا)
_AMONG_ROLES = _PEOPLE_ROLES | {"MIL"}
#: "two", which with the article is also Monday (الاثنين)
_TWO = frozenset(["اثنين", "اثنان"])
#: ranks that are also adjectives or a first name (الدور الرائد، الطعن المقدم من، رائد زعيتر), and "brother"
#: (الأخ ياسر عرفات, not أخ له): titles only with the article, not agreeing with a definite noun before them
#: and not before a preposition
_ADJECTIVE_RANKS = frozenset(normalize(w) for w in ("رائد", "مقدم", "نقيب", "أخ", "أخت"))


#: regnal numbers after a royal's first name (الملك محمد الخامس، الملك عبد الله الثاني)
_REGNAL_ORDINALS = frozenset(normalize(w) for w in ("أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن",
                                                    "تاسع", "عاشر"))
#: professions a person of one country may hold while acting for an organisation (الدبلوماسي الجزائري ...
#: المبعوث الأممي، الجنرال الكندي ... قائد قوة الأمم المتحدة)
_PROFESSIONS = frozenset(normalize(w) for w in ("دبلوماسي", "سياسي", "جنرال", "قاضي", "خبير", "محامي", "اقتصادي"))


class Sentence:
    """Tokens (quotes dropped), analyses, mentions and grammar marks of one sentence."""

    __slots__ = ("doc", "index", "tok_idx", "words", "an", "n", "mention_at", "cover", "marks", "boundary",
                 "mentions", "trigger_blocked", "discarded", "tables", "orig_first", "cond_at", "future_time",
                 "adverb_start", "marks_actor_block", "ik", "inventory", "possible", "cls", "present", "time_arg",
                 "known_names", "people", "orgs", "role_pieces", "known_roles", "shared")

    def __init__(self, tables: Tables, analyzer: Analyzer, doc: Document, index: int, first: int, last: int,
                 date: str, known_names: dict | None = None, known_roles: dict | None = None):
        self.tables = tables
        self.doc = doc
        self.index = index
        toks = doc.tokens
        self.tok_idx = [i for i in range(first, last) if toks[i].text not in QUOTES]
        self.words = words = [toks[i].text for i in self.tok_idx]
        if "و" in words:
            self._join_quoted_conjunctions(toks)
            words = self.words
        self.an: list[Analysis] = analyzer.many(words)
        # the form the later words of a phrase are compared in (no article)
        self.ik = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
        self.inventory = None  # filled by the coder when it matches patterns
        self.possible: dict = {}  # id(pattern list) -> (list, the patterns the sentence can match)
        self.n = len(self.words)
        self._accusatives(analyzer)
        self.boundary = [w in BOUNDARY for w in self.words]
        for k, w in enumerate(self.words):
            if w in ("-", "/", ".", ",") and 0 < k < self.n - 1:
                # a hyphen inside a name (إف-16، كوريا-الجنوبية) joins, it does not separate; nor does the
                # point or comma of a number (2.6 مليار دولار، 1,500 جندي)
                if w in (".", ",") and not (self.words[k - 1].isdigit() and self.words[k + 1].isdigit()):
                    continue
                a, b, c = (toks[self.tok_idx[x]] for x in (k - 1, k, k + 1))
                if a.end == b.start and b.end == c.start:
                    self.boundary[k] = False
        self.marks: list[list[tuple]] = [[] for _ in range(self.n)]
        self.cls: list = [_NO_CLASSES] * self.n  # the grammar classes of each token, for has()
        self.present: set = set()  # the grammar classes found anywhere in the sentence
        self.time_arg = ""  # the first time expression's offset (TIME:-1d ...)
        self.mention_at: list[Mention | None] = [None] * self.n
        self.cover: list[Mention | None] = [None] * self.n
        self.mentions: list[Mention] = []
        self.trigger_blocked = [False] * self.n
        self.discarded = ""
        self.cond_at = -1  # first condition or question word of the sentence
        self.future_time = False  # a time expression in the future (الأسبوع المقبل)
        self.adverb_start: dict[int, int] = {}  # the end of an adverb or time phrase of several words -> its start
        self.marks_actor_block = None
        # surnames of people named in full earlier in the record: {first key: [(rest, code, src)]}
        self.known_names = known_names
        self.known_roles = known_roles if known_roles is not None else {}
        self.people: list[tuple[int, int, str, str]] = []  # (start, end, code, src) of each person's name
        self.orgs: list[tuple[int, int, str, str]] = []  # the same for each organisation's name
        self.shared: dict[int, tuple | None] = {}  # a name several countries' organisations share -> its reading
        self.role_pieces: dict[int, int] = {}  # start -> end of each role phrase (an agent entry) found
        self._discards()
        if not self.discarded:
            self._grammar()
            if "TRANSPARENT" in self.present and not self.present.isdisjoint(_INSIDE_QUANTITY):
                self._unmark_inside_quantities()
            self._actors(date)
            self._unmark_names()

    def _accusatives(self, analyzer: Analyzer) -> None:
        """A word written with the accusative tanween (دعماً، هجوماً، تعاوناً) is a noun
        plus its alif, even where the bare spelling is also a verb (دعما "they both
        supported")."""
        if "\u064b" not in self.doc.original:
            return
        for k, w in enumerate(self.words):
            a = self.an[k]
            if not w.endswith("ا") or not a.key.endswith("ا") or a.suf or len(w) < 4 or a.flags & 16:
                continue  # (16: a proper name such as كوريا keeps its alif)
            if "\u064b" not in self.text(k, k + 1):
                continue
            if a.key in self.tables.actor_first and self.actor_start_here(k):
                continue  # the first word of a longer name (كوريا الشمالية) keeps its alif too
            if a.key in self.tables.grammar_first:
                continue  # an adverb written with its tanween stays the adverb (رسمياً، مجدداً، أيضاً)
            # the alif only carries the tanween: later words of a phrase match without it
            # (إعلاناً مشتركاً is the phrase إعلان مشترك)
            self.ik[k] = self.ik[k][:-1]
            b = analyzer(w[:-1])
            if b.flags & 1 and not b.suf:  # F_NOM; tanween never follows a pronoun (سياحيًا is no سياح+ي)
                self.an[k] = b

    # ------------------------------------------------------------------
    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original character span of filtered tokens [a, b)."""
        return self.doc.orig_span(self.tok_idx[a], self.tok_idx[b - 1] + 1)

    def text(self, a: int, b: int) -> str:
        s, e = self.span(a, b)
        return self.doc.original[s:e]

    def syn_phrase_end(self, i: int, rest: tuple) -> int:
        """:meth:`_phrase_end` for the phrases of a synset: "all" may stand after the first word
        (وقف جميع الأعمال العسكرية), and up to four words of indefinite adjectives before a later word
        that carries ل (وقف شامل ومتبادل لإطلاق النار، وقف فوري وغير مشروط، وقفا فوريا وأحادي الجانب)."""
        j = self._phrase_end(i, rest)
        if j > 0 or not rest:
            return j
        if i + 2 < self.n and self.words[i + 1] in _QUANTIFIERS:
            return self._phrase_end(i + 1, rest)  # وقف جميع الأعمال العسكرية
        if not rest[0].startswith("ل"):
            return j
        k = i + 1
        an = self.an
        while k < self.n and k <= i + 4 and an[k].pre in ("", "و") and not an[k].suf and \
                not self.boundary[k] and self.mention_at[k] is None and self.words[k].isalpha() and (
                    not an[k].al and (not self.marks[k] or an[k].key == "غير") or
                    # (an adjective in construct: أحادي الجانب، قصير الأمد; غير مشروط)
                    an[k].al and not an[k].pre and k > i + 1 and not an[k - 1].al and an[k - 1].key != "غير"):
            k += 1
            if k < self.n and self.ik[k] == rest[0]:
                j = self._phrase_end(k - 1, rest)
                return j
        return -1

    def _phrase_end(self, i: int, rest: tuple) -> int:
        """Token index after a phrase whose later words are ``rest``, or -1."""
        j = i + 1
        if not rest:
            return j
        ik = self.ik
        n = self.n
        for w in rest:
            if j >= n or ik[j] != w and not (ik[j] == w + "ا" and self.an[j].key == w and not self.an[j].suf):
                # (a word written with its accusative alif that the analyser read as a noun, because some
                # pattern names it, is that word: بياناً مشتركاً)
                return -1
            j += 1
        return j

    def _discards(self) -> None:
        table = self.tables.discard_first
        if not table:
            return
        actor_block = [False] * self.n
        for i in range(self.n):
            cands = table.get(self.an[i].key)
            if not cands:
                continue
            for rest, scope, src in cands:
                j = self._phrase_end(i, rest)
                if j < 0:
                    continue
                if scope == "sentence":
                    self.discarded = src
                    return
                for k in range(i, j):
                    if scope == "trigger":
                        self.trigger_blocked[k] = True
                    else:
                        actor_block[k] = True
        self.marks_actor_block = actor_block

    def _grammar(self) -> None:
        table = self.tables.grammar_first
        for i in range(self.n):
            cands = table.get(self.an[i].key)
            if not cands:
                continue
            prep_clitic = self.an[i].pre[-1:] in ("ب", "ك", "ل")
            for rest, cls, arg, src in cands:
                if prep_clitic and cls in _PARTICLE_CLASSES:
                    continue  # a particle takes no preposition: كلو in a place name is not ك + لو "if"
                if cls == "TITLE" and self.an[i].key in _ADJECTIVE_RANKS and (
                        not self.an[i].al or self.an[i].pre or i + 1 >= self.n or i > 0 and self.an[i - 1].al or
                        self.an[i + 1].pre or not self.words[i + 1].isalpha() or self.words[i + 1] in PREP_WORDS):
                    continue  # الرائد عبد السلام جلود, not الدور الرائد لمصر nor الطعن المقدم من الحكومة
                if cls in ("TIME", "ADVERB") and not rest and self.an[i].key in _TWO and not self.an[i].al:
                    continue  # اثنين with no article is the numeral two (اعتقلت اثنين من قادة الحزب), not Monday
                j = self._phrase_end(i, rest)
                if j > 0:
                    self.marks[i].append((cls, arg, j, src))
                    if self.cls[i] is _NO_CLASSES:
                        self.cls[i] = set()
                    self.cls[i].add(cls)
                    self.present.add(cls)
                    if cls == "TIME" and not self.time_arg:
                        self.time_arg = arg
                    if cls in ("ADVERB", "TIME") and j - i > 1:
                        self.adverb_start[j] = min(i, self.adverb_start.get(j, i))
                    if cls in ("COND", "QUESTION") and self.cond_at < 0:
                        self.cond_at = i
                    elif cls == "TIME" and arg.startswith("+") and arg[1:-1].isdigit() and int(arg[1:-1]) > 0:
                        self.future_time = True
            if "COND" in self.cls[i] and "ADVERB" in self.cls[i]:
                # a longer adverbial phrase at the same start is no condition (في حالة حرب, not في حالة)
                adv = max(mk[2] for mk in self.marks[i] if mk[0] == "ADVERB")
                if all(mk[2] < adv for mk in self.marks[i] if mk[0] == "COND"):
                    self.marks[i] = [mk for mk in self.marks[i] if mk[0] != "COND"]
                    self.cls[i] = {mk[0] for mk in self.marks[i]}
                    if self.cond_at == i:
                        self.cond_at = next((k for k in range(i) if "COND" in self.cls[k] or
                                             "QUESTION" in self.cls[k]), -1)

    def _unmark_inside_quantities(self) -> None:
        """A negation or a verb of saying inside a quantity phrase (ما لا يقل عن ستين شخصا: "no fewer than")
        negates and reports nothing: the phrase is one word of the grammar."""
        changed = False
        for i in range(self.n):
            for mk in self.marks[i]:
                if mk[0] != "TRANSPARENT" or mk[2] - i < 3:
                    continue
                for k in range(i + 1, mk[2]):
                    if any(x[0] in _INSIDE_QUANTITY for x in self.marks[k]):
                        self.marks[k] = [x for x in self.marks[k] if x[0] not in _INSIDE_QUANTITY]
                        self.cls[k] = {x[0] for x in self.marks[k]} or _NO_CLASSES
                        changed = True
        if changed:
            self.present = set().union(*(c for c in self.cls if c))

    def _unmark_names(self) -> None:
        """A word inside an actor's name is not also a frame word: الأردن is not a form of
        أراد (INTENT), nor a name's word a negation or a condition."""
        changed = False
        for m in self.mentions:
            if not m.code or m.bare:
                continue
            # (nor a person's name a time within it: خميس الجهيناوي، صباح الخالد، جمعة عناد، أبريل غلاسبي)
            timed = m.kind == K_PERSON
            for k in range(m.start, m.end):
                if self.marks[k] and any(mk[0] in _FRAME_CLASSES or (timed and mk[0] in _TIME_CLASSES and
                                                                     mk[2] <= m.end) for mk in self.marks[k]):
                    self.marks[k] = [mk for mk in self.marks[k] if not (
                        mk[0] in _FRAME_CLASSES or (timed and mk[0] in _TIME_CLASSES and mk[2] <= m.end))]
                    self.cls[k] = {mk[0] for mk in self.marks[k]} or _NO_CLASSES
                    changed = True
        if changed:
            self.present = set().union(*(c for c in self.cls if c))
            self.cond_at = next((k for k, c in enumerate(self.cls) if "COND" in c or "QUESTION" in c), -1)

    def has(self, i: int, cls: str) -> bool:
        return cls in self.cls[i]

    def mark(self, i: int, cls: str) -> tuple | None:
        for m in self.marks[i]:
            if m[0] == cls:
                return m
        return None

    # ------------------------------------------------------------------
    def _pieces(self, date: str, disabled: set | None = None) -> list[tuple[int, int, list[tuple]]]:
        """Longest dictionary actor phrases: (start, end, payloads), not the ``disabled`` payloads (by id)."""
        tables = self.tables
        trie = tables.actor_trie
        actors = tables.actors
        blocked = self.marks_actor_block
        an = self.an
        ik = self.ik
        boundary = self.boundary
        out = []
        i = 0
        n = self.n
        dual = None  # (token index, head node) of a dual head shared by the next و-name: حركتي فتح وحماس
        forms = tables.forms
        while i < n:
            node = trie.get(an[i].key)
            acc_only = False
            shared = False
            if node is None and an[i].key[-1:] == "ا" and not an[i].al and not an[i].suf and len(an[i].key) > 3:
                node = trie.get(an[i].key[:-1])  # the indefinite accusative of a role: طعن جنديا إسرائيليا
                acc_only = node is not None
            if node is None and i + 1 < n and not an[i].al and not boundary[i + 1] and (
                    an[i].suf == "ي" or not an[i].suf and an[i].key.endswith("ا") and len(an[i].key) > 3):
                # a dual in construct with two names shares its head: حركتي فتح وحماس (the ي read
                # as "my") and حركتا فتح وحماس are حركة فتح and حركة حماس
                base = an[i].key if an[i].suf else an[i].key[:-1]
                head = trie.get(base[:-1] + "ة" if base.endswith("ت") else base)
                if head is not None and head[1] and ik[i + 1] in head[1]:
                    node = head
                    dual = (i, head)
            elif node is None and dual is not None and dual[0] < i <= dual[0] + 6 and an[i].pre.startswith("و") \
                    and dual[1][1].get(an[i].key) is not None:
                node = dual[1]  # the second name of the dual: (حركتي فتح) وحماس
                shared = True
            if node is None and an[i].suf and an[i].key[-1:] == "ت" and \
                    not any(r[1] == "V" for r in forms.get(an[i].key, ())):
                # a feminine noun before its pronoun (حكومتها، سفيرته) is named under its ة form;
                # not a verb's (طلبتها is "she asked for it", not طلبة "students")
                node = trie.get(an[i].key[:-1] + "ة")
            if node is None or boundary[i] or (blocked and blocked[i]):
                i += 1
                continue
            a = an[i]
            # walk the trie as far as the sentence follows it, then take the longest phrase that fits
            # (the second name of a dual starts below its shared head: path[d] then ends at i + d)
            path = [node, node[1][an[i].key]] if shared else [node]
            node = path[-1]
            j = i + 1
            while j < n and node[1]:
                if an[j].key == "علي" and not an[j].pre and an[j - 1].key != "بن" and \
                        self.text(j, j + 1).rstrip("\u064b\u064e\u0650\u0652").endswith("ى"):
                    break  # على written as the preposition ends a name (آبي أحمد على هامش القمة), not علي
                node = node[1].get(ik[j])
                if node is None:
                    break
                path.append(node)
                j += 1
            if shared:
                best = next((d for d in range(len(path) - 1, 0, -1) if any(not x[0] for x in path[d][0])), 0)
                if best:
                    idx = sorted((p for needs_al, p, _mask in path[best][0] if not needs_al), reverse=True)
                    out.append((i, i + best, [actors[p] for p in idx]))
                    i += best
                else:
                    i += 1  # (the word alone names nothing: no shared reading, no plain one)
                continue
            best_end = -1
            idx: list[int] = []
            for d in range(len(path) - 1, -1, -1):
                cands = path[d][0]
                if not cands:
                    continue
                j = i + 1 + d
                if blocked and any(blocked[i:j]) and (blocked[i] or (j < n and blocked[j] and blocked[j - 1])):
                    # a discarded phrase hides the names inside it, but not a longer name that
                    # contains it whole (بابوا غينيا الجديدة contains غينيا الجديدة)
                    continue
                for needs_al, p, mask in cands:
                    if needs_al and not a.al or disabled and id(actors[p]) in disabled:
                        continue
                    if mask and not all(an[i + k].al or self.words[i + k].startswith("ال")
                                        for k in range(1, d + 1) if mask >> k & 1):
                        continue  # (حكومة وحدة وطنية: a unity government, not the one so named)
                    if acc_only and actors[p][0] != K_AGENT:
                        continue  # (أسوأ is no آسو: only role nouns take the accusative alif here)
                    if a.suf and actors[p][0] in (K_COUNTRY, K_PERSON, K_METONYM, K_ORG) and \
                            not (dual is not None and dual[0] == i and d > 0):
                        continue  # a name takes no pronoun: نصره الله is "God grant him victory", not Nasrallah
                    if not needs_al and a.al and d == 0 and actors[p][0] in (K_COUNTRY, K_PERSON, K_METONYM, K_ORG):
                        # an article in front of a name that has none (الإيران) is not that name
                        continue
                    idx.append(p)
                if idx:
                    best_end = j
                    break
            if best_end < 0:
                i += 1
                continue
            d = best_end - i - 1
            if d >= 1 and all(actors[p][0] == K_AGENT for p in idx) and \
                    self._name_beyond(best_end - 1, best_end, blocked):
                # a role phrase whose last word begins a longer name (رئيس حزب | حزب العمال الجزائري): the
                # role ends before it when a shorter role fits (رئيس), and the name is read whole
                short = [p for needs_al, p, _mask in path[d - 1][0] if not (needs_al and not a.al)]
                if short and all(actors[p][0] == K_AGENT for p in short):
                    best_end, idx = best_end - 1, short
            # later dictionaries win: the entry loaded last comes first
            out.append((i, best_end, [actors[p] for p in sorted(idx, reverse=True)]))
            i = best_end
        return out

    def _name_beyond(self, k: int, end: int, blocked) -> bool:
        """Whether a name that is no role (an organisation, a person, a place) starts at token ``k``
        and runs past ``end``."""
        node = self.tables.actor_trie.get(self.an[k].key)
        j = k + 1
        best = False
        while node is not None and node[1] and j < self.n and not self.boundary[j]:
            node = node[1].get(self.ik[j])
            if node is None:
                break
            j += 1
            if j > end and any(self.tables.actors[p][0] != K_AGENT and (self.an[k].al or not needs_al)
                               for needs_al, p, _mask in node[0]):
                best = not (blocked and any(blocked[k:j]))
        return best

    def _actors(self, date: str) -> None:
        tables = self.tables
        pieces = self._pieces(date)
        disabled: set = set()
        for _ in range(4):  # (a shorter shared name may show once a longer one is left unread)
            if not any(x[0] == K_ORG and x[3] and id(x) not in self.shared for _ps, _pe, payloads in pieces
                       for x in payloads):
                break
            more = self._shared_names(pieces)
            if not more:
                break
            disabled |= more
            pieces = self._pieces(date, disabled)
        for ps, pe, payloads in pieces:
            if any(x[0] == K_AGENT for x in payloads):
                self.role_pieces[ps] = pe
        role_ends = set(self.role_pieces.values())
        piece_starts = {ps for ps, _pe, _pl in pieces}
        mentions: list[Mention] = []
        k = 0
        np_ = len(pieces)
        while k < np_:
            s, e, payloads = pieces[k]
            kinds = {p[0] for p in payloads}
            if kinds == {K_AGENT} and e == s + 1 and s > 0 and self.words[s - 1] in ("،", ",") and \
                    self._participle_clause(s, k + 1 < np_ and pieces[k + 1][0] == e and
                                            any(p[0] != K_NISBA for p in pieces[k + 1][2])):
                k += 1  # ، داعية الحكومة إلى: "calling on", not a preacher
                continue
            m: Mention | None = None
            person = self._person(payloads, date) if K_PERSON in kinds else None
            if person is not None and e == s + 1 and s > 1 and not self.an[s].pre and not self.an[s - 1].flags and \
                    not self.an[s - 1].pre and not self.an[s - 1].al and not self.an[s - 1].suf and \
                    self.words[s - 1].isalpha() and not self.marks[s - 1] and \
                    (s - 1 in role_ends or (self.marks[s - 2] and self.has(s - 2, "TITLE")) or
                     (s - 2 in role_ends and s - 2 not in piece_starts and self.an[s - 2].al and
                      not self.an[s - 2].pre and not self.marks[s - 2])):
                # a surname the dictionaries know alone after an unknown first name is another person's
                # (المعلمة سيسيل كولر is not Horst Köhler; nor, past the party's adjective, السيناتور الجمهوري
                # رون جونسون is Boris Johnson)
                person = None
                if kinds == {K_PERSON}:
                    k += 1
                    continue
            if person is not None and e + 1 < self.n and self.words[e] in ("بن", "بنت") and not self.an[e + 1].pre and \
                    "بن" not in self.words[s:e] and "بنت" not in self.words[s:e] and self.words[e + 1].isalpha() and \
                    not self._named_with_father(s, e):
                # a father's name after the name the dictionaries know, which their longer forms did not
                # match (الأمير الحسن بن يحيى is not الأمير الحسن بن طلال): another person of that name
                person = None
                if kinds == {K_PERSON}:
                    k += 1
                    continue
            if person is not None:
                code, src = person_code(tables, person, date)
                m = Mention(s, e, code, K_PERSON, [src])
                m.gender = "m"
                self.people.append((s, e, code, src))
            elif K_ORG in kinds:
                p = next(x for x in payloads if x[0] == K_ORG)
                if p[3] and p[3][0] == "shared":
                    code, src = self.shared.get(id(p)) or ("", "")
                    if not code:
                        k += 1  # (read in the second pass after another name was left unread: no actor)
                        continue
                    starts = {ps for ps, _pe, _pl in pieces}
                    while e < self.n and e - pieces[k][1] < 2 and e not in starts and self.an[e].al and \
                            not self.an[e].pre and not self.an[e].suf and not self.marks[e] and \
                            not self.boundary[e] and self.words[e].isalpha():
                        e += 1  # its adjectives are the name's (نقابة الصحفيين المستقلة)
                    m = Mention(s, e, code, K_ORG, [src, "the story names " + code[:3]])
                else:
                    code, src = p[1], p[2]
                    m = Mention(s, e, code, K_ORG, [src])
                m.plural = self.an[s].key in _BROKEN_PLURALS  # (وزراء الخارجية العرب: "they")
                self.orgs.append((s, e, code, src))
            elif K_COUNTRY in kinds or K_METONYM in kinds:
                p = next(x for x in payloads if x[0] in (K_COUNTRY, K_METONYM))
                m = Mention(s, e, p[1], p[0], [p[2]])
                if p[3] == "place":
                    m.name = "place"  # a city or a region (places*.txt), not a capital
                m.also_nisba = K_NISBA in kinds
                if p[0] == K_COUNTRY or p[3] != "place" and len(p[1]) == 3:
                    # (a capital standing for its state is a feminine city: أعلنت طهران، رفضت بغداد)
                    m.gender = "m" if self.has(s, "MASC") else "f"
            elif K_DEMONYM in kinds:
                p = next(x for x in payloads if x[0] == K_DEMONYM)
                m = Mention(s, e, p[1], K_DEMONYM, [p[2]])
                m.plural = True
                m.gender = "m"
            elif K_NISBA in kinds or K_ORGNISBA in kinds:
                p = next(x for x in payloads if x[0] in (K_NISBA, K_ORGNISBA))
                m = Mention(s, e, p[1], p[0], [p[2]])
                m.adjective = True
                key = self.an[s].key
                if key.endswith(("يون", "يين")) and not self.an[s].suf:
                    # a masculine plural nisba not after an agent names people: آلاف الأردنيين
                    m.plural = True
                    m.gender = "m"
                    m.adjective = False
                elif e == s + 1 and not self.an[s].al and not self.an[s].suf and s > 0 and \
                        (self.words[s - 1].isdigit() or self.has(s - 1, "TRANSPARENT")) and \
                        self.words[s].endswith(("يا", "ين")):
                    # a nisba counted is people of that country: اعتقلت القوات 20 فلسطينيا
                    m.plural = True
                    m.gender = "m"
                    m.adjective = False
                elif e == s + 1 and not self.an[s].al and not self.an[s].pre and not self.an[s].suf and s > 0 \
                        and self.words[s].endswith("ي") and not self.an[s - 1].al and not self.an[s - 1].suf and \
                        any(r[1] == "V" for r in tables.forms.get(self.an[s - 1].key, ())) and \
                        (s == 1 or self.boundary[s - 2] or self.an[s - 1].pre.startswith(("و", "ف")) or
                         not any(r[1] != "V" for r in tables.forms.get(self.an[s - 1].key, ()))):
                    # a nisba right after a verb is a person of that country: طعن فلسطيني جنديا
                    m.gender = "m"
                    m.adjective = False
                    m.name = "person"
            elif K_AGENT in kinds:
                agents = sorted((x for x in payloads if x[0] == K_AGENT), key=lambda x: (x[3] & 2, x[3] & 1))
                p = agents[0]  # a listed form wins over a generated one (قوات: MIL, not قوة's plural),
                # and the definite form over the construct one that also matched (ولي العهد)
                m = Mention(s, e, "", K_AGENT, [p[2]])
                m.role = p[1]
                key = self.an[s].key
                m.gender = "f" if key.endswith(("ة", "ات")) and not self.has(s, "MASC") and \
                    key not in _MEN_IN_TA else "m"
                m.plural = (key.endswith(("ون", "ين")) and len(key) > 4) or key.endswith("ات") or \
                    key in _BROKEN_PLURALS or key in _THING_PLURALS  # (الأمين العام is one man)
                if key in _THING_PLURALS or key in _FEMININE_ROLES:
                    m.gender = "f"  # (استدعت عدة دول أوروبية: a plural of things agrees as a feminine; شنت
                    # ميليشيا الحوثي: a feminine noun not in ة)
                if self.has(s, "MASC") and key.endswith("ة"):
                    m.plural = True  # قادة، قضاة: men, whatever number the verb before them takes
                m.name = "construct" if p[3] & 1 else ""
                if e == s + 1 and self.an[s].al and not self.an[s].pre and s > 0 and key in _ADJECTIVE_ROLES and \
                        self.an[s - 1].al and not self.boundary[s - 1] and not self.an[s - 1].suf and \
                        self.an[s - 1].key not in tables.actor_first:
                    m = None  # an adjective after a definite noun (الهجوم المسلح، الحركة المعارضة): no actor
            if m is None:
                k += 1
                continue
            if (m.kind == K_ORG or (m.kind == K_ORGNISBA and self.an[s].key.endswith(("يين", "يون")))) and \
                    s > 0 and self.an[s - 1].key in _GROUP_HEADS and not self.an[s - 1].al and \
                    not self.an[s - 1].suf and not self.boundary[s - 1] and self.an[s].al and \
                    (not mentions or mentions[-1].end < s) and self.an[s].key not in _GROUP_HEADS:
                # a group's head noun in construct before a name the dictionaries list without it
                # (وجماعة الحوثيين، تنظيم داعش): one mention, with the head's clitics
                s = m.start = s - 1
                m.adjective = False
            if m.kind == K_COUNTRY and s > 0 and self.an[s - 1].key in _STATE_HEADS and not self.an[s - 1].al and \
                    not self.an[s - 1].suf and not self.boundary[s - 1] and not self.an[s].pre and \
                    (not mentions or mentions[-1].end < s):
                # the state's style before its name (جمهورية غانا، مملكة البحرين، سلطنة عمان): one mention,
                # with the style's clitics
                s = m.start = s - 1
            if m.adjective and len(m.code) == 3 and e == s + 1 and self.an[s].al and not self.an[s].pre and \
                    self.an[s].key.endswith("ية") and s > 0:
                j = s - 1
                while j > 0 and self.an[j].al and not self.an[j].pre and self.an[j].key in _STATE_STYLES and \
                        not self.boundary[j]:
                    j -= 1
                if self.an[j].al and self.an[j].key in _DEFINITE_STATE_HEADS and not self.an[j].suf and \
                        not self.boundary[j] and all(x.end <= j or x.start >= s for x in mentions):
                    # a state's official style with its nisba (الجمهورية العربية اليمنية، الجمهورية العراقية): the
                    # state, not an adjective of it; with the head's clitics
                    mentions = [x for x in mentions if x.end <= j]
                    s = m.start = j
                    m.adjective = False
                    m.kind = K_COUNTRY
                    m.name = ""
            # (a name's last word is no preposition of the actor after it: زين العابدين بن علي | الرئيس الفرنسي)
            m.prep = "" if mentions and mentions[-1].end == s and s > 0 and not self.an[s].pre else \
                self._prep_before(s)
            mentions.append(m)
            k += 1
        local = {}
        for start, end, code, src in self.orgs:
            # an organisation named in full names its head noun later in the same sentence
            # (أمام محكمة العدل الدولية ... وطلبت من المحكمة)
            head = self.an[start].key
            if end - start > 1 and head in ANAPHORIC_HEADS and not self.an[start].suf:
                local.setdefault(head, []).append(((), code, src, True, end))
        for start, end, code, src in self.people:
            # a person named in full names the surname later in the same sentence (حاكم مصرف لبنان
            # رياض سلامة، فيما اعتبر سلامة)
            keys = self.surname_keys(start, end)
            if keys is not None:
                local.setdefault(keys[0], []).append((tuple(keys[1:]), code, src, False, end))
        if self.known_names or local:
            mentions = self._surnames(mentions, local)
        taken = {t for m in mentions for t in range(m.start, m.end)} if self.orgs else ()
        for m in mentions if self.orgs else ():
            k = m.start - 1
            if m.kind == K_ORG and not m.members and k >= 0 and k not in taken and \
                    self.an[k].key in ANAPHORIC_HEADS and not self.an[k].al and not self.an[k].suf and \
                    self.an[m.start].key not in ANAPHORIC_HEADS and not self.an[m.start].pre:
                # the head noun before an organisation named without it (لحركة عصائب أهل الحق، جماعة
                # أنصار الله): one name, and the head's preposition is the mention's
                self.orgs = [(k, e, c, src) if st == m.start else (st, e, c, src) for st, e, c, src in self.orgs]
                m.start = k
                m.prep = self._prep_before(k)
        mentions = self._compose(mentions, date)
        if "في" in self.words:
            # an office of an organisation "in" it (الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد الأوروبي
            # كاثرين آشتون): one mention, the holder's name after it
            merged: list[Mention] = []
            for m in mentions:
                p = merged[-1] if merged else None
                if p is not None and m.prep == "في" and m.start == p.end + 1 and self.words[p.end] == "في" and \
                        m.code == p.code and m.code.startswith("IGO") and not m.members and not p.members and \
                        p.kind in (K_ORG, K_AGENT) and m.kind in (K_ORG, K_PERSON):
                    p.end, p.srcs = m.end, p.srcs + [x for x in m.srcs if x not in p.srcs]
                    if m.kind == K_PERSON:
                        p.kind, p.name, p.gender = K_PERSON, m.name, m.gender
                    continue
                merged.append(m)
            mentions = merged
        if _AFFAIRS in (a.key for a in self.an):
            mentions = self._portfolios(mentions)
        for x, m in enumerate(mentions):
            if m.kind == K_ORG and not m.members and self.an[m.start].key in _PERSON_TITLE_HEADS:
                # a person named by an office of an organisation, then by name (المفوضة الأوروبية
                # دوبرافكا شويتسا): the unknown name is the office-holder's
                m.end = self._absorb_name(m, m.end, mentions[x + 1].start if x + 1 < len(mentions) else self.n)
        if "(" in self.words:
            mentions = self._parentheticals(mentions)
        if self.tables.surnames:
            self._titled_surnames(mentions, date)
        if self.tables.firstnames and not _ROYAL_TITLES.isdisjoint(a.key for a in self.an):
            mentions = self._royal_first_names(mentions, date)
        if any(w in _LED_BY for w in self.words) or "قيادة" in self.words:
            mentions = self._led_forces(mentions)
        if _LED_DELEGATION in self.words:
            mentions = self._led_delegations(mentions)
        if not _RIGHTS_SURFACES.isdisjoint(self.words):
            mentions = self._rights_groups(mentions)
        if "TITLE" in self.present:
            self._names_before_offices(mentions)
        if self.people:
            mentions = self._member_chains(mentions)
        if any(a.key in _SUMMIT_KEYS for a in self.an):
            self._summits_of(mentions)
        if any(a.key == _PRESIDENCY and a.al for a in self.an):
            mentions = self._presidencies(mentions)
        if MARGIN in self.words:
            # the meeting on whose margins two met (التقى عمرو موسى على هامش قمة عدم الانحياز بنظيره) is where,
            # not who
            mentions = [m for m in mentions if not (m.start > 1 and m.prep == "" and not m.members and
                                                    self.words[m.start - 1] == MARGIN and
                                                    self.words[m.start - 2] == "علي")]
        mentions = self._appositions(mentions)
        mentions = self._bare_roles(mentions)
        if any(a.key == "مكتب" and not a.al and not a.suf for a in self.an):
            # a person's office (وصفه مكتب نتنياهو، أعلن مكتب أردوغان) speaks for the person
            taken = {t for m in mentions for t in range(m.start, m.end)}
            for m in mentions:
                k = m.start - 1
                if m.kind == K_PERSON and not m.members and m.prep == "" and k >= 0 and k not in taken and \
                        self.an[k].key == "مكتب" and not self.an[k].al and not self.an[k].suf:
                    m.start = k
                    m.prep = self._prep_before(k)
        if not _CONTEXT_NAMES.keys().isdisjoint(a.key for a in self.an):
            mentions = self._context_names(mentions)
        if "TRANSPARENT" in self.present:
            self._member_names(mentions)
            mentions = self._members_in_bodies(mentions)
        if "COUNTERPART" in self.present:
            taken = {t for m in mentions for t in range(m.start, m.end)}
            for m in mentions:
                k = m.start - 1
                if k >= 0 and k not in taken and m.kind == K_PERSON and not m.members and not m.prep and \
                        not self.an[m.start].pre and any(mk[0] == "COUNTERPART" and mk[2] == m.start
                                                         for mk in self.marks[k]):
                    # a counterpart, then the man named by his nisba (ونظيراه الأمريكي دونالد ترامب): one
                    # mention, which carries the counterpart's و
                    m.start = k
                    m.prep = self._prep_before(k)
        for m in mentions:
            h = m.start - 2
            if m.kind == K_PERSON and h >= 0 and not m.prep and not m.members and \
                    self.an[h].key in _OFFICE_HEADS and not self.an[h].al and not self.an[h].suf and \
                    self.an[h].pre in ("", "و") and self.an[h + 1].al and not self.an[h + 1].pre and \
                    not self.an[h + 1].suf and not self.marks[h] and not self.marks[h + 1] and \
                    self.words[h + 1].isalpha() and not self.boundary[h] and not self.boundary[h + 1] and \
                    not any(x.start <= h + 1 and h < x.end for x in mentions if x is not m):
                # the office of a body no dictionary names, before its holder's name (وأدان رئيس المجلس نبيه
                # بري الهجوم، رئيس الإقليم نيجيرفان بارزاني): the holder, from the office on (not its object)
                m.start = h
                m.prep = self._prep_before(h)
        mentions = self._coordinate(mentions)
        if not _AMONG_WORDS.isdisjoint(self.words):
            mentions = self._among_them(mentions)
        if "،" in self.words:
            self._named_members(mentions)
        if not _FACILITY_HEADS.isdisjoint(a.key for a in self.an):
            taken = {t for m in mentions for t in range(m.start, m.end)}
            for m in mentions:
                if m.start - 1 not in taken and self._named_after(m):
                    # the facility is a place of the person's country (مطار رفيق الحريري: Lebanon's)
                    m.start -= 1
                    m.code, m.kind, m.name, m.role, m.bare = m.code[:3], K_COUNTRY, "place", "", False
                    m.prep = self._prep_before(m.start)
        if any(a.key.startswith(_AFFAIRS_KEYS) for a in self.an):
            # internal and foreign affairs (شؤونها الداخلية، الشؤون الخارجية) are no ministries
            mentions = [m for m in mentions if not (
                m.bare and not m.members and m.end - m.start == 1 and m.start > 0 and
                self.an[m.start - 1].key.startswith(_AFFAIRS_KEYS) and self.an[m.start].al and
                not self.an[m.start].pre)]
        if not _DOCUMENT_HEADS.isdisjoint(a.key for a in self.an):
            # a city that names a document (اتفاقية أوسلو، بروتوكول كيوتو) is no actor
            mentions = [m for m in mentions if not (
                (m.kind == K_METONYM or m.name == "place") and not m.members and m.prep == "" and m.start > 0 and
                self.an[m.start - 1].key in _DOCUMENT_HEADS and not self.an[m.start - 1].al and
                not self.an[m.start - 1].suf and not self.boundary[m.start - 1] and not (
                    # (but a state's deal with another is its own: اتفاق واشنطن مع طالبان)
                    self.an[m.start - 1].key == "اتفاق" and m.end < self.n and self.an[m.end].key in ("مع", "بين")))]
        if "طراز" in self.words:
            self._model_names(mentions)
        if date:
            for old, new, until in PREDECESSORS:
                if date < until:
                    for m in mentions:
                        for x in [m] + (m.members or []):
                            if x.code.startswith(old):
                                x.code = new + x.code[len(old):]
        self.mentions = mentions
        for m in mentions:
            self.mention_at[m.start] = m
            for t in range(m.start, m.end):
                self.cover[t] = m

    def _shared_names(self, pieces: list) -> set:
        """A name organisations of several countries share, written without a nisba (حزب العدالة
        والتنمية: Morocco's and Turkey's; نقابة الصحفيين; المجلس الوطني الانتقالي): the one of a country
        the sentence or the story names (its dateline, its one country so far), when just one of theirs
        is named (اعترفت تركيا بالمجلس الوطني الانتقالي ممثلا للشعب الليبي). ``self.shared`` maps each such name's
        payload (by id) to the (code, src) it reads as, or to None; the payloads of the names left
        unread are returned, for the phrases to be read again without them (حزب العدالة والتنمية then
        reads as a bare party)."""
        home = {c[:3] for key in (DATELINE, STORY) for c in (self.known_roles.get(key) or {})}
        for ps, pe, payloads in pieces:
            if ps == 0 and pe < self.n and self.words[pe] in ("-", "–", "("):
                # the city of a dateline that opens the story (بنغازي -), not yet learnt from it
                home |= {x[1][:3] for x in payloads if x[0] in (K_COUNTRY, K_METONYM) and len(x[1]) >= 3 and
                         not x[1].startswith(("IGO", "NGO", "IMG")) and x[1][:3] not in REGION_CODES}
        named = set(home)
        for _ps, _pe, payloads in pieces:
            for x in payloads:
                c = x[1][:3]
                if x[0] in (K_COUNTRY, K_METONYM, K_NISBA, K_DEMONYM, K_PERSON, K_ORG) and len(c) == 3 and \
                        not x[1].startswith(("IGO", "NGO", "IMG")) and c not in REGION_CODES:
                    named.add(c)
        disabled = set()
        for _ps, _pe, payloads in pieces:
            for x in payloads:
                if x[0] != K_ORG or not x[3] or x[3][0] != "shared" or id(x) in self.shared:
                    continue
                cands = x[3][1]
                hit = {code: src for code, src in cands if code[:3] in named}
                if len(hit) == 1:
                    self.shared[id(x)] = next(iter(hit.items()))
                else:
                    self.shared[id(x)] = None
                    disabled.add(id(x))
        return disabled

    def _context_names(self, ms: list[Mention]) -> list[Mention]:
        """A party whose short name is also an ordinary word (فتح: "opening", the Fateh missile) and so
        is no dictionary name on its own: the party where the words around it say so. Coordinated with
        an actor of its country (فتح وحماس، حماس وفتح، بين حركتي فتح وحماس), or in construct after a
        word of membership or representation (القيادي في فتح، وفد فتح، كوادر فتح، أنصار فتح)."""
        taken = {t for m in ms for t in range(m.start, m.end)}
        starts = {m.start: m for m in ms}
        ends = {m.end: m for m in ms}
        new = []
        for k in range(1, self.n):
            a = self.an[k]
            full = _CONTEXT_NAMES.get(a.key)
            if full is None or k in taken or a.al or a.suf or a.pre not in ("", "و", "ل", "ب", "وب", "ول"):
                continue
            country = full[0][:3]
            nxt = starts.get(k + 1)
            prv = ends.get(k)
            b = self.an[k - 1]
            ok = (nxt is not None and self.an[k + 1].pre.startswith("و") and nxt.code[:3] == country) or \
                (prv is not None and a.pre.startswith("و") and prv.code[:3] == country) or \
                (not a.pre and not b.suf and b.key in _MEMBER_HEADS and not self.boundary[k - 1]) or \
                (not a.pre and self.words[k - 1] in ("في", "من") and k > 1 and self.an[k - 2].key in _MEMBER_HEADS)
            if not ok:
                continue
            payload = next((self.tables.actors[p] for rest, _al, p, _mask in self.tables.actor_first.get(full[1], ())
                            if rest == full[2]), None)
            if payload is None:
                continue
            m = Mention(k, k + 1, payload[1], K_ORG, [payload[2]])
            st = k
            if not a.pre and not b.suf and b.key in _MEMBER_HEADS and not self.boundary[k - 1] and k - 1 not in taken:
                # the delegation, its head or a member in construct with the party (رئيس وفد فتح عزام الأحمد):
                # one mention, as with a party the dictionaries name (رئيس وفد حماس), with the unknown name after
                st = k - 1
                while st > 0 and st - 1 not in taken and not self.boundary[st - 1] and not self.an[st].pre and \
                        not self.an[st - 1].suf and not self.an[st - 1].al and self.an[st - 1].key in _MEMBER_HEADS:
                    st -= 1
                m.start = st
                if self.an[st].key in _ONE_MEMBER or self.an[st].key in _SINGLE_LEADERS:
                    m.end = self._absorb_name(m, k + 1, min((x.start for x in ms if x.start > k), default=self.n))
            m.prep = self._prep_before(st)
            self.orgs.append((k, k + 1, payload[1], payload[2]))
            new.append(m)
        if not new:
            return ms
        return sorted(ms + new, key=lambda m: m.start)

    def _member_names(self, ms: list[Mention]) -> None:
        """One member of a party or a body, then his name, which no dictionary knows (القيادي في فتح
        عزام الأحمد، عضو المكتب السياسي لحماس ...): the name belongs to the party's mention, which
        stands for him, so that what follows it is the verb's object or the next conjunct."""
        for x, m in enumerate(ms):
            if m.kind != K_ORG or m.members or m.end >= self.n:
                continue
            j = next((j for j in range(max(0, m.start - 3), m.start) for mk in self.marks[j]
                      if mk[0] == "TRANSPARENT" and mk[2] == m.start), -1)
            if j < 0 or self.an[j].key not in _ONE_MEMBER:
                continue
            m.end = self._absorb_name(m, m.end, ms[x + 1].start if x + 1 < len(ms) else self.n)

    def _members_in_bodies(self, ms: list[Mention]) -> list[Mention]:
        """A bare role that heads a phrase of members of a body (النواب في البرلمان اللبناني، المسؤولين في
        الحكومة الإثيوبية) is no actor of its own: the body named after it stands for them, as it does
        after the indefinite نواب في."""
        starts = {m.start: m for m in ms}
        out = []
        for m in ms:
            if m.bare and not m.code and not m.members and m.kind == K_AGENT and any(
                    mk[0] == "TRANSPARENT" and mk[2] > m.end and mk[2] in starts and starts[mk[2]].code and
                    starts[mk[2]].kind != K_PERSON and self.words[mk[2] - 1] == "في" for mk in self.marks[m.start]):
                continue
            out.append(m)
        return out

    def _model_names(self, ms: list[Mention]) -> None:
        """A weapon's model after the armed force it names (قاذفات أمريكية من طراز «بي-1»، طائرات
        إسرائيلية من طراز إف-35): "of the type" and a name of letters and digits no dictionary knows
        belong to the mention, which the verb's object follows (شنت ... من طراز إف-35 غارات)."""
        starts = {m.start for m in ms}
        for m in ms:
            k = m.end + 1
            if k + 1 >= self.n or self.words[m.end] != "من" or self.words[k] != "طراز" or m.members:
                continue
            e = k + 1
            while e < self.n and e - k <= 5 and e not in starts and not self.boundary[e] and (
                    self.words[e] in ("-", "/") or self.words[e].isdigit() or
                    (e + 1 < self.n and self.words[e + 1] in ("-", "/") and not self.boundary[e + 1]) or
                    not (self.an[e].flags or self.an[e].al or self.an[e].pre or self.an[e].suf)):
                e += 1  # (إف-35: a known word before the joining hyphen is the model's too)
            if e > k + 1:
                m.end = e

    def _names_before_offices(self, ms: list[Mention]) -> None:
        """A title, a name the dictionaries do not know, then the person's office (تلقى سعادة السيد حسن
        بن عبدالله الغانم رئيس مجلس الشورى اتصالا): the name is part of the office's mention, which
        takes the preposition before the titles (من معالي السيد أحمد بن سلمان المسلم رئيس مجلس النواب)."""
        taken = {t for m in ms for t in range(m.start, m.end)}
        # (and the words inside a phrase of the grammar: الملكي of صاحب السمو الملكي)
        taken.update(t for j in range(self.n) for mk in self.marks[j] for t in range(j + 1, mk[2]))
        for m in ms:
            if m.kind != K_AGENT or m.members or m.adjective or m.prep or self.an[m.start].pre:
                continue  # (ونظيره: a conjunct, whose names before it are the first one's)
            k = m.start - 1
            while k >= 0 and m.start - k <= 5 and k not in taken and not self.boundary[k] and \
                    self.words[k].isalpha() and not self.an[k].pre and not self.tables.forms.get(self.an[k].key) and \
                    ((not self.marks[k] and self.words[k] not in PREP_WORDS) or self.words[k + 1] in ("بن", "بنت")):
                k -= 1  # (علي بن أحمد: a name, not the preposition على it normalises to)
            if k == m.start - 1 or k < 0:
                continue
            first = k + 1
            title = next((j for j in range(k, max(-1, k - 4), -1) if self.has(j, "TITLE") and j not in taken and
                          self.mark(j, "TITLE")[2] == first), None)
            if title is None:
                continue
            while title > 0:  # (معالي السيد: titles one after another)
                before = next((j for j in range(title - 1, max(-1, title - 4), -1) if self.has(j, "TITLE") and
                               self.mark(j, "TITLE")[2] == title), None)
                if before is None:
                    break
                title = before
            m.start = first
            m.prep = self._prep_before(title)

    def _among_them(self, ms: list[Mention]) -> list[Mention]:
        """People the text names by no country, then those "among them" who have one
        (أفرجت حماس عن 24 محتجزا، بينهم 13 إسرائيليا وعشرة عمال تايلانديين): the people
        named after بينهم / منهم stand for the whole, as its members."""
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            m = ms[i]
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            skip = 0
            if nxt is not None and m.kind == K_AGENT and not m.code and not m.members and m.role in _AMONG_ROLES:
                if nxt.prep in ("ل", "من", "في") and not nxt.code and not nxt.members and nxt.start - m.end <= 1 and \
                        i + 2 < len(ms):
                    # (of no one the text places: أسرى الحرب التابعين لقوات التحالف، بينهم خمسة عشر أمريكيا)
                    skip = 1
                    nxt = ms[i + 2]
                start = ms[i + 1].end if skip else m.end
                k = start
                while k < nxt.start and k - start < 5 and self.words[k] not in _AMONG_WORDS and \
                        not (self.boundary[k] and self.words[k] not in ("،", ",")):
                    k += 1
                if k < nxt.start and self.words[k] in _AMONG_WORDS and \
                        (k == start or self.words[k - 1] in ("،", ",") or k - start <= 1) and \
                        nxt.start - k <= 4 and nxt.prep in ("", "بين", "من") and \
                        not any(self.boundary[t] for t in range(k + 1, nxt.start)):
                    listed = [nxt]
                    while i + skip + len(listed) + 1 < len(ms):
                        y, last = ms[i + skip + len(listed) + 1], listed[-1]
                        # the list goes on with و, perhaps before a count (وعشرة عمال تايلانديين)
                        if y.prep or y.start - last.end > 2 or not (
                                self.an[y.start if y.start == last.end else last.end].pre.startswith("و")) or \
                                any(self.boundary[t] for t in range(last.end, y.start)):
                            break
                        listed.append(y)
                    named = [x for y in listed for x in y.flat() if x.code]
                    if named:
                        g = Mention(m.start, listed[-1].end, m.code, m.kind, m.srcs + sum((y.srcs for y in listed), []))
                        g.members = named
                        g.prep, g.plural, g.role, g.name = m.prep, True, m.role, "among"
                        out.append(g)
                        i += 1 + skip + len(listed)
                        continue
            out.append(m)
            i += 1
        return out

    def _named_after(self, m: Mention) -> bool:
        """Whether ``m`` is a person (or a royal title and name) a place is named after:
        مطار رفيق الحريري الدولي، مستشفى الملك فهد، معبر الملك حسين, the facility word in
        construct right before it."""
        if m.members or m.start == 0 or m.kind not in (K_PERSON, K_AGENT) or m.prep or len(m.code) < 3 or \
                m.code.startswith(("IGO", "NGO")):
            return False
        f = self.an[m.start - 1]
        if f.key not in _FACILITY_HEADS or f.al or f.suf:
            return False
        return m.kind == K_PERSON or any(self.an[t].key in _ROYAL_TITLES for t in range(m.start, m.end))

    def add_mention(self, m: Mention) -> None:
        """Add a mention made outside the dictionary scan (البلدين → the last two countries)."""
        self.mentions.append(m)
        self.mentions.sort(key=lambda x: x.start)
        self.mention_at[m.start] = m
        for t in range(m.start, m.end):
            self.cover[t] = m

    def remove_mention(self, m: Mention) -> None:
        """Take back a mention (a paper in the dateline, an act a nearer one replaces)."""
        self.mentions.remove(m)
        self.mention_at[m.start] = None
        for t in range(m.start, m.end):
            self.cover[t] = None

    def _role_completed(self, s: int, e: int, t: int) -> str:
        """The role of the agent phrase the words ``s:e`` and the word ``t`` make together (معارضة + مسلحة:
        REB), when the dictionaries list it; else ""."""
        node = self.tables.actor_trie.get(self.an[s].key)
        for k in list(range(s + 1, e)) + [t]:
            if node is None:
                return ""
            node = node[1].get(self.ik[k])
        if node is None:
            return ""
        return next((self.tables.actors[p][1] for _al, p, _mask in node[0]
                     if self.tables.actors[p][0] == K_AGENT), "")

    def _named_with_father(self, s: int, e: int) -> bool:
        """Whether the dictionaries name someone with the father's name that follows the words ``s:e``
        (الملك سلمان بن عبد العزيز: سلمان بن عبد العزيز is one of King Salman's names), read from ``s``
        or from the word after a title there: then the shorter name is that person's."""
        for t in (s, s + 1):
            node = self.tables.actor_trie.get(self.an[t].key) if t < e else None
            j = t + 1
            while node is not None and j < self.n:
                node = node[1].get(self.ik[j])
                j += 1
                if node is not None and j > e + 1 and \
                        any(self.tables.actors[p][0] == K_PERSON for _al, p, _mask in node[0]):
                    return True
        return False

    def _person(self, payloads: list[tuple], date: str) -> int | None:
        """The person a name denotes: when two people share it (a surname), the
        one in office on the record's date; when the date cannot choose, none."""
        # (one person may come twice: two spellings that normalise alike, علي خامنئي / علي الخامنئي)
        people = list(dict.fromkeys(p[3] for p in payloads if p[0] == K_PERSON))
        if len(people) == 1:
            ranges = self.tables.persons[people[0]][1]
            if date and all(r[0] for r in ranges) and date < _years_before(min(r[0] for r in ranges), 30):
                # news from decades before anyone could have heard of him name someone else (زيارة الملك فيصل
                # لفور لامي in 1972 is no visit to David Lammy, Foreign Secretary from 2024)
                return None
            return people[0]
        if not date:
            return None
        inside = []
        for idx in people:
            for start, end, _code, _src in self.tables.persons[idx][1]:
                if (not start or start <= date) and (not end or date < end) and (start or end):
                    inside.append(idx)
                    break
        return inside[0] if len(inside) == 1 else None

    def _genitive_of_head(self, j: int) -> bool:
        """Whether the definite word at ``j`` is the genitive of an actor phrase's indefinite head right
        before it (مجلس | النواب), not a phrase of its own."""
        return j > 0 and self.an[j].al and not self.an[j].pre and not self.an[j - 1].al and \
            not self.boundary[j - 1] and self.words[j - 1] not in PREP_WORDS and not self.cls[j - 1] and \
            self.an[j - 1].key in self.tables.actor_first  # (not a particle: أن القيادي في الحركة)

    def _prep_before(self, s: int) -> str:
        """The preposition that governs the mention starting at ``s``: a proclitic
        (ب ل ك) on its first word or a preposition word just before it."""
        pre = self.an[s].pre
        for p in ("ب", "ل", "ك"):
            if pre.endswith(p):
                return p
        j = next((j for j in range(max(0, s - 3), s) if self.an[j].key in _STAND_INS
                  for mk in self.marks[j] if mk[0] == "TRANSPARENT" and mk[2] == s), -1)
        if j >= 0:
            # the preposition of the representatives or the delegation that stand for the actor (اجتمع
            # بممثلي القوى السياسية، التقى مع وفد من حركة حماس)
            for p in ("ب", "ل", "ك"):
                if self.an[j].pre.endswith(p):
                    return p
            if j > 0 and self.words[j - 1] in PREP_WORDS:
                return self.words[j - 1]
            return ""  # (أجرى ممثلون عن حركتي فتح وحماس محادثات: the representatives' عن is no preposition)
        if s > 1 and self.words[s - 1] in ("من", "في") and (
                self.words[s - 1] == "من" and self.an[s - 2].key in ("كل", "كلا") or any(
                mk[0] == "TRANSPARENT" and mk[2] == s and not self._genitive_of_head(j)
                for j in range(max(0, s - 3), s - 1) for mk in self.marks[j])):
            return ""  # كل من موسكو وطهران "both Moscow and Tehran", عدد من الدول، ضباط في الجيش: not a preposition
            # (but مجلس النواب في ليبيا: the body's own genitive, then where it is)
        t = s - 1
        while t > 0 and t > s - 5 and self.has(t, "TITLE") and not self.boundary[t] and not self.an[t].pre:
            t -= 1
        if t < s - 1 and t >= 0 and self.words[t] in PREP_WORDS:
            return self.words[t]  # a preposition before the titles (إلى حضرة صاحب السمو أمير الكويت): the name's
        if s > 0:
            w = self.an[s - 1].key if not self.an[s - 1].al else self.words[s - 1]
            if self.words[s - 1] in PREP_WORDS:
                return self.words[s - 1]
            if w in PREP_WORDS and not (self.an[s - 1].suf and s > 1 and self.an[s - 2].flags & F_PAST and
                                        not self.an[s - 2].suf):
                return w  # (a preposition with its pronoun right after a past verb governs nothing after it:
                # أفرجت عنهم الجبهة، صفقة توسطت فيها قطر; a present verb's in a relative clause, دعوى تتهم فيها
                # إسرائيل, governs the actor, its object)
            if self.words[s - 1] in ("ل", "ب", "ك"):
                return self.words[s - 1]
        return ""

    def _compose(self, ms: list[Mention], date: str) -> list[Mention]:
        """Agents take a country from a nisba, a construct genitive or an apposed
        person; persons absorb the agent phrase before them; نظيره takes the
        role of the mention it mirrors."""
        # a nisba of make or origin (مقاتلات أمريكية الصنع، سلع صينية المنشأ) names no actor
        ms = [m for m in ms if not (m.kind in (K_NISBA, K_ORGNISBA) and m.end < self.n and self.an[m.end].al
                                    and self.an[m.end].key in _ORIGIN_WORDS)]
        # a nisba after a royal title and before بن or آل is the royal's first name (الأمير تركي بن عبد العزيز,
        # Prince Turki), not his nationality
        ms = [m for m in ms if not (m.kind == K_NISBA and not m.plural and not self.an[m.start].al and
                                    not self.an[m.start].pre and m.start > 0 and m.end < self.n and
                                    self.an[m.start - 1].key in _ROYAL_TITLES and self.an[m.start - 1].al and
                                    self.words[m.end] in ("بن", "ابن", "آل", "ال"))]
        # the people an office is for (المبعوث الأمريكي لشؤون الرهائن، وزير الدولة لشؤون اللاجئين) are its
        # portfolio, not an actor
        ms = [m for m in ms if not (m.kind == K_AGENT and not m.code and m.start > 0 and
                                    self.an[m.start - 1].key == _AFFAIRS and not self.an[m.start].pre)]
        for k in range(len(ms) - 1):
            m, nx = ms[k], ms[k + 1]
            if m.kind == K_ORG and m.code.startswith("IGO") and nx.kind == K_NISBA and 0 < nx.start - m.end <= 2 \
                    and all(self.an[t].pre == "و" and self.an[t].al for t in range(m.end, nx.start)):
                # a national body whose name begins like an international one: مجلس الأمن والدفاع
                # السوداني is Sudan's, not the UN Security Council
                m.code = nx.code[:3] + "GOV"
                m.role = "GOV"
                m.gender = ""
                m.bare = False
                self.orgs = [o for o in self.orgs if o[0] != m.start]  # (its head noun names no UN body later)
                m.end = nx.end
                m.srcs = m.srcs + nx.srcs
                nx.code = ""  # dropped below
            if m.kind == K_ORG and len(m.code) >= 6 and not m.code.startswith(("IGO", "NGO")) and \
                    nx.kind == K_NISBA and nx.start == m.end and not self.an[nx.start].pre and nx.code and \
                    nx.code[:3] != m.code[:3] and nx.code[:3] not in REGION_CODES and not nx.members:
                # a generic name that one country's press uses for another's forces, with the nisba of whose
                # they are (قوات الاحتلال المغربية، قوات الاحتلال الأمريكي): the nisba's country
                m.code = nx.code[:3] + m.code[3:]
                m.end = nx.end
                m.srcs = m.srcs + nx.srcs
                nx.code = ""  # dropped below
            elif m.kind == K_ORG and len(m.code) >= 6 and not m.code.startswith(("IGO", "NGO")) and \
                    nx.kind == K_NISBA and nx.start == m.end and not self.an[nx.start].pre and \
                    nx.code[:3] == m.code[:3] and not nx.members:
                m.end = nx.end  # its own country's nisba is part of the name (حكومة الوفاق الوطني الليبية)
                m.srcs = m.srcs + nx.srcs
                nx.code = ""
        ms = [m for m in ms if m.code or m.kind != K_NISBA]
        out: list[Mention] = []
        i = 0
        n = len(ms)
        while i < n:
            m = ms[i]
            if m.kind == K_AGENT:
                j = i + 1
                role = m.role
                srcs = list(m.srcs)
                code = ""
                by_name = False
                plural_nisba = False  # a plural nisba says the role noun is a plural (الثوار الليبيون)
                end = m.end
                if j < n and ms[j].prep == "ل" and 0 < ms[j].start - end <= 2 and \
                        all(self.an[t].al and self.an[t].pre == "" and self.an[t].key in _ROLE_QUALIFIERS
                            for t in range(end, ms[j].start)):
                    # a qualifier between the office and its owner: المبعوث الخاص للأمين العام للأمم
                    # المتحدة، المندوب الدائم لروسيا لدى الأمم المتحدة، المفوض السامي للأمم المتحدة
                    end = ms[j].start
                # chain of agents (المتحدث باسم الخارجية الصينية)
                while j < n and ms[j].kind == K_AGENT and ms[j].start == end and not ms[j].prep in ("ب",) \
                        and not self.an[ms[j].start].pre.startswith(("و", "ف")) \
                        and not (ms[j].role in ("", "-") and self.an[ms[j].start].al and self.an[end - 1].al) \
                        and not (self.an[ms[j].start].al and not self.an[ms[j].start].pre and self.an[end - 1].al
                                 and end - 1 > m.start and self.an[ms[j].start].key in _OFFICE_TITLES) \
                        and not (self.an[end - 1].key.endswith("ون") and not self.an[end - 1].suf and end - 1 == m.start) \
                        and not (self.an[end - 1].al and end - 1 > m.start and self.an[ms[j].start].al and
                                 not self.an[ms[j].start].pre and
                                 (self.an[ms[j].start].key in _OFFICE_HEADS or self.an[ms[j].start].key == _CHARGE)) \
                        and not (self.an[end - 1].al and not self.an[ms[j].start].pre and
                                 (not self.an[ms[j].start].al or self.an[end - 1].key.endswith(("ون", "ين")) or
                                  (end - 1 == m.start and self.an[m.start].al and ms[j].end - ms[j].start == 1))):
                    # (a construct ended by a definite genitive governs no office after it: التقى رئيس
                    # الحكومة | الأمين العام للاتحاد، وزير الخارجية | الأمين العام للجامعة are two people)
                    # (nor does a definite one-word office govern another: وحثت المفوضية | الحكومة الكينية;
                    # nor a definite office a definite side: طالبت وزارة الخارجية | الطرف المغربي; nor a plural
                    # that keeps its ن: رشق محتجون | عناصر الأمن)
                    # (a definite noun governs no genitive: اعتقلت الشرطة | مسؤولا إيرانيا؛ طالب
                    # الخاطفون | الحكومة اللبنانية: a plural in construct loses its ن)
                    if ms[j].role:
                        role = ms[j].role
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                if role == "JUD" and end == m.end and self.an[end - 1].al:
                    # a court's kind (المحكمة الجزائية المتخصصة، المحكمة الإدارية العليا) is part of its name
                    while end < self.n and end - m.end < 3 and not self.an[end].pre and (
                            self.an[end].al and self.an[end].key in _COURT_KINDS or self.words[end] == _EMERGENCY) \
                            and self._start_of(ms, j) != end:
                        end += 1  # (and Egypt's emergency courts: محكمة جنح أمن الدولة طوارئ)
                if j < n and ms[j].start > end and ms[j].kind in (K_NISBA, K_ORGNISBA) and ms[j].start - end <= 2 \
                        and all(self.an[t].pre == "و" and self.an[t].al and not self.marks[t]
                                for t in range(end, ms[j].start)):
                    # a ministry with a compound name: وزير الخارجية والهجرة المصري، وزارة الدفاع والطيران
                    end = ms[j].start
                    if j + 1 < n and ms[j].code[:3] in REGION_CODES and ms[j + 1].start == ms[j].end and \
                            ms[j + 1].kind in (K_NISBA, K_ORGNISBA) and ms[j + 1].code[:3] not in REGION_CODES:
                        # the region's nisba is the portfolio's (والتعاون الإفريقي المغربي): the country's follows
                        srcs += ms[j].srcs
                        end = ms[j + 1].start
                        j += 1
                elif j < n and (m.name == "construct" or not self.an[end - 1].al) and end == m.end and \
                        ms[j].kind in (K_NISBA, K_ORGNISBA) and self._portfolio_words(m.start, end, ms[j].start) and \
                        not (self.an[ms[j].start - 1].key in _RELATIONS and j + 1 < n and ms[j + 1].start == ms[j].end
                             and ms[j + 1].kind == K_NISBA):
                    # a role in construct with a portfolio no list names: وزير المياه الإثيوبي، وزارة
                    # الري المصرية، وزارة التخطيط والتعاون الدولي الأردنية (the genitive is the office's,
                    # the nisba its country; not the relations of two countries: منسق العلاقات المصرية الليبية)
                    end = ms[j].start
                elif j < n and end == m.end == m.start + 1 and ms[j].kind == K_NISBA and \
                        self.an[m.start].key in _NAMED_HEADS and not self.an[m.start].al and \
                        not self.an[ms[j].start].pre and self._trade_name(m.start, ms[j].start):
                    # a company, a paper or a bank by a name no list has, then its nisba (شركة هانوا الكورية
                    # الجنوبية، صحيفة لوفيغارو الفرنسية): the nisba's country
                    end = ms[j].start
                elif j < n and end > m.end and ms[j].kind in (K_NISBA, K_ORGNISBA) and \
                        self.an[end - 1].key in _GROUP_HEADS and not self.an[end - 1].al and \
                        self._portfolio_words(end - 1, end, ms[j].start):
                    # an office of a party or a movement named by a word or two, then its nisba (الأمين العام
                    # لحزب الاستقلال المغربي، رئيس حركة النهضة التونسية): the nisba's country
                    end = ms[j].start
                elif j < n and ms[j].kind == K_NISBA and ms[j].start == end + 1 and end == m.end and \
                        not self.an[end - 1].al and not self.an[end].al and not self.an[end].key.endswith(
                            ("ين", "ون", "ات")) and \
                        not self.an[end].pre and not self.an[end].suf and not self.boundary[end] and \
                        not self.an[ms[j].start].pre and \
                        self.words[ms[j].start].endswith(("يين", "يون", "يات")):
                    # people in construct with an indefinite singular noun, then a plural nisba, which
                    # only people agree with (أسرى حرب جيبوتيين، عمال إغاثة فرنسيين): the nisba's
                    # country is theirs, not the noun's
                    end = ms[j].start
                elif j < n and (ms[j].kind == K_NISBA or ms[j].also_nisba) and ms[j].start == end + 2 and \
                        self.words[end] == "من" and \
                        self.an[end + 1].key == "جنسية" and self.an[end + 1].al and not self.an[end + 1].pre:
                    # people "of Saudi nationality" (18 شخصا من الجنسية السعودية): the nisba's country
                    end = ms[j].start
                elif j < n and (ms[j].kind == K_NISBA or ms[j].also_nisba) and ms[j].start == end + 3 and \
                        self.words[end] == "من" and self.words[end + 1] in _HOLDERS and \
                        self.an[end + 2].key == "جنسية" and self.an[end + 2].al and not self.an[end + 2].pre:
                    # or "of the holders of" it (ثلاثة أشخاص من حملة الجنسية الأوزبكية)
                    end = ms[j].start
                elif j < n and (ms[j].kind == K_NISBA or ms[j].also_nisba) and ms[j].start == end + 2 and \
                        self.words[end] in _BEARING and not self.an[end].pre and \
                        self.an[end + 1].key == "جنسية" and self.an[end + 1].al and not self.an[end + 1].pre:
                    # and people "who hold Syrian nationality" (ثلاثة أشخاص يحملون الجنسية السورية)
                    end = ms[j].start
                elif j < n and (ms[j].kind in (K_NISBA, K_ORGNISBA) or
                                (ms[j].also_nisba and self.an[ms[j].start].al)) and 0 < ms[j].start - end <= 2 and \
                        all(self.an[t].al == (self.an[end - 1].al or self.an[ms[j].start].al) and
                            (not self.an[t].pre and (self.an[t].key in _ROLE_QUALIFIERS or self._field_adjective(t))
                             or self._unknown_w_adjective(t))
                            for t in range(end, ms[j].start)):
                    # a qualifier before the nisba (قوات الأمن العام الأردنية، القوات الخاصة العراقية،
                    # رئيس الاستخبارات العامة السعودية، المسؤول القضائي الإيراني، القائد العسكري الروسي), or
                    # all three indefinite (وفد وزاري لبناني، مصدر أمني عراقي)
                    end = ms[j].start
                elif j < n and ms[j].kind in (K_NISBA, K_ORGNISBA) and 0 < ms[j].start - end <= 7 and \
                        self._quoted_name(end, ms[j].start):
                    # a body's name in quotes before its nisba: شركة «القابضة» (ADQ) الإماراتية
                    end = ms[j].start
                if j < n and ms[j].start == end + 1 and end == m.end and \
                        (self.has(end, "FORMER") and not self.an[end].pre or self.words[end] in _ACTING) and \
                        ms[j].prep == "ل" and not ms[j].members and not ms[j].adjective and \
                        ms[j].code and ms[j].kind in (K_ORG, K_COUNTRY, K_METONYM):
                    end += 1  # "former" or "acting" between the office and its body (الأمين العام السابق للأمم
                    # المتحدة)
                elif j < n and ms[j].start == end + 1 and end == m.end and \
                        (self.has(end, "FORMER") or self.words[end] in _ELECT) and \
                        not self.an[end].pre and ms[j].kind == K_PERSON and ms[j].prep == "" and ms[j].code and \
                        not ms[j].members and not self.an[ms[j].start].pre.startswith(("و", "ف")):
                    end += 1  # and between an office no country names and the man who held it (رئيس الحكومة
                    # الأسبق سعد الحريري): his, and he has left it
                if j + 1 < n and ms[j].start == end and ms[j].kind == K_NISBA and ms[j].code[:3] in REGION_CODES and \
                        self.an[end - 1].key == _COOPERATION and ms[j + 1].start == ms[j].end and \
                        ms[j + 1].kind == K_NISBA and ms[j + 1].code[:3] not in REGION_CODES:
                    # a region's nisba ends the ministry's name, the country's follows (وزير الخارجية والتعاون
                    # الإفريقي المغربي)
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                if j < n and ms[j].start == end and (ms[j].kind in (K_NISBA, K_ORGNISBA, K_DEMONYM) or
                                                     (ms[j].also_nisba and self.an[ms[j].start].al)) \
                        and not self.an[ms[j].start].pre.startswith(("و", "ف")):
                    # (السعودية after a role is its nisba: وزارة الخارجية السعودية)
                    code = ms[j].code
                    plural_nisba = ms[j].plural
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                    if end < self.n and self.an[end].al and not self.an[end].pre and not self.an[end].suf and \
                            self.an[end].key in _KIND_QUALIFIERS and (j >= n or ms[j].start > end) and \
                            not self.boundary[end]:
                        end += 1  # the government's kind after its nisba (الحكومة التونسية المؤقتة)
                    elif end < self.n and self.an[end].al and not self.an[end].pre and not self.an[end].suf and \
                            not self.boundary[end] and (j >= n or ms[j].start >= end) and \
                            self.an[end].key in _ROLE_ADJECTIVES and \
                            (adj_role := self._role_completed(m.start, m.end, end)):
                        # the role's own adjective after the nisba (المعارضة السورية المسلحة، الفصائل الفلسطينية
                        # المسلحة، القوات السورية المسلحة): the longer role the dictionaries list (معارضة مسلحة)
                        role = adj_role
                        if j < n and ms[j].start == end:
                            j += 1  # (المسلحة alone would be gunmen)
                        end += 1
                elif j < n and ms[j].start == end and ms[j].kind in (K_COUNTRY, K_METONYM, K_ORG, K_PERSON) \
                        and (ms[j].prep in ("", "ل") or (ms[j].prep == "ب" and ms[j].kind == K_COUNTRY and
                                                         self.an[ms[j].start].key in _STATE_HEADS)) \
                        and not self.an[ms[j].start].pre.startswith(("و", "ف")) \
                        and (ms[j].prep in ("ل", "ب") or ms[j].kind == K_PERSON or not self.an[end - 1].al) \
                        and not (ms[j].kind == K_PERSON and ms[j].prep == "" and self.an[m.start].al and
                                 self.an[m.start].key in _NO_NAME_BODIES) \
                        and not (ms[j].name == "place" and self.an[end - 1].key in _DISTRICT_WORDS) \
                        and not (self.an[end - 1].suf and self.an[end - 1].key == "بلاد"):
                    # (قضاء زاخو is a district, not Zakho's judiciary; رئيس بلدية إسطنبول is Istanbul's; "his
                    # country" is his: امتنان بلاده | للمملكة العربية السعودية is the thanks' addressee)
                    # construct: وزير خارجية روسيا; الأمين العام للأمم المتحدة; الرئيس بوتين. A word
                    # with the article cannot govern a genitive (الطائرات | طرابلس is two phrases). A state
                    # named in its style after ب is the office's (رئيس مجلس النواب بمملكة البحرين)
                    nxt = ms[j]
                    if nxt.kind == K_PERSON:
                        code = nxt.code
                        role = ""
                        if end == nxt.start and self.has(end - 1, "FORMER") and code[3:6] in ("GOV", "ELI"):
                            code, role = code[:3] + "ELI", "ELI"  # (رئيس الحكومة الأسبق سعد الحريري)
                        by_name = True
                    elif nxt.kind == K_ORG or nxt.code.startswith(("IGO", "NGO")):
                        code = nxt.code
                        role = ""
                    else:
                        code = nxt.code[:3] if nxt.kind == K_METONYM else nxt.code
                        if nxt.kind == K_METONYM and len(nxt.code) > 3 and not role:
                            role = nxt.code[3:]
                    srcs += nxt.srcs
                    end = nxt.end
                    j += 1
                elif j < n and ms[j].start == end + 1 and end == m.end and role in ("CVL", "ELI", "REF") and \
                        self.an[end].key in _TOWN_WORDS and not self.an[end].pre and not self.an[end].al and \
                        ms[j].kind in (K_COUNTRY, K_METONYM) and ms[j].prep == "" and not ms[j].members and \
                        not ms[j].adjective and not self.an[ms[j].start].pre:
                    # people of a town or a province named with its word (سكان مدينة غزة، وجهاء محافظة درعا،
                    # أهالي قرية بيت أمر): the place's
                    code = ms[j].code[:3]
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                elif j < n and ms[j].start == end + 1 and self.words[end] == "في" and ms[j].prep == "في" and \
                        role in ("GOV", "MIL") and ms[j].code[3:6] == role and not ms[j].members and \
                        not ms[j].adjective and (ms[j].kind == K_ORG or ms[j].kind == K_AGENT and
                                                 self.an[ms[j].start].key in _GOVERNING_BODIES) and \
                        (role == "MIL" or self.an[ms[j].start].key in _GOVERNING_BODIES):
                    # an office in a government or an army the dictionaries name (وزيرة الخارجية في حكومة
                    # الوحدة الوطنية، رئيس أركان القوات البرية في الجيش الوطني الليبي)
                    code = ms[j].code
                    role = ""
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                elif j + 1 < n and ms[j].start == end + 1 and self.words[end] == "في" and ms[j].prep == "في" and \
                        role == "GOV" and not ms[j].code and ms[j].kind == K_AGENT and \
                        self.an[ms[j].start].key in _GOVERNING_BODIES and ms[j + 1].start == ms[j].end and \
                        ms[j + 1].kind in (K_ORG, K_ORGNISBA) and not ms[j + 1].members and not ms[j + 1].prep:
                    # an office in a named government (نائب وزير الخارجية في حكومة الحوثيين)
                    code = ms[j + 1].code
                    role = ""
                    srcs += ms[j].srcs + ms[j + 1].srcs
                    end = ms[j + 1].end
                    j += 2
                elif j < n and (ms[j].start == end + 1 and self.words[end] in ("من", "في") and
                                ms[j].prep == self.words[end] or self._believed_of(end, ms[j])) and \
                        self._many_head(m.start) and m.end == end and \
                        not ms[j].members and (ms[j].kind == K_ORG or (ms[j].kind == K_AGENT and len(ms[j].code) > 3
                                                                       and self.words[end] == "في") or
                                               (ms[j].kind == K_AGENT and not ms[j].code and
                                                self.an[ms[j].start].key in _FORCE_HEADS and j + 1 < n and
                                                ms[j + 1].start == ms[j].end and ms[j + 1].kind == K_ORG)):
                    # members of a named group or body: مسلحون من حركة الشباب، عناصر من حزب الله، قادة في
                    # الحرس الثوري، مسؤولين في الحكومة السورية، عناصر من قوات حركة طالبان
                    if ms[j].kind == K_AGENT and not ms[j].code:
                        srcs += ms[j].srcs
                        j += 1
                    code = ms[j].code
                    role = ""
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                elif j < n and ms[j].start == end + 1 and self.words[end] == "في" and ms[j].prep == "في" and \
                        m.end == end and _base_key(self.an[m.start]) in _BODY_MEMBERS and \
                        (body := self._state_body(ms, j)) is not None:
                    # one member of a state body (المسؤول السابق في القضاء الإيراني، الضابط السابق في المخابرات
                    # السورية، مسؤول في وزارة الخارجية الأمريكية): the body's country, and its role unless
                    # he has left it
                    bcode, end, j, bsrcs = body
                    code = bcode[:3] if role == "ELI" else bcode
                    role = "ELI" if role == "ELI" else ""
                    srcs += bsrcs
                if not code and j < n and ms[j].prep == "في" and ms[j].kind in (K_COUNTRY, K_METONYM) \
                        and (role in _LOCAL_ROLES or self.an[m.start].key in _PARTY_HEADS or
                             role == "CVL" and self.an[m.start].key in _LOCAL_PEOPLE or
                             role == "ELI" and self.an[m.start].key in NOTABLE_HEADS) \
                        and not any(_base_key(self.an[t]) in ABROAD_HEADS for t in range(m.start, end)) \
                        and ms[j].start - 1 - end <= 4 and self.words[ms[j].start - 1] == "في" \
                        and all(self.an[t].al and not self.marks[t] and
                                (not self.an[t].pre or (self.an[t].pre == "و" and self.an[t].key in _PORTFOLIOS))
                                for t in range(end, ms[j].start - 1)) \
                        and (ms[j].start - 1 - end <= 2 or self.an[end].pre == "و"):
                    # a body of the country it is in: الحكومة الانتقالية في مالي، السلطات في دمشق، وزير
                    # الخارجية والتعاون الدولي في جمهورية القمر (the rest of a ministry's long name
                    # between); not an embassy or an envoy: السفارة في واشنطن is another country's
                    code = ms[j].code[:3]
                    srcs += ms[j].srcs
                    end = ms[j].end
                    j += 1
                # counterparts "in" or "from" a state or a body (اجتماعا مع نظرائه في دول مجلس التعاون،
                # التقى نظيره من جنوب أفريقيا) are theirs; not where one met a single counterpart (التقى
                # نظيره في عمان)
                k = j + 1 if (j + 1 < n and ms[j].kind == K_AGENT and not ms[j].code and
                              ms[j + 1].start == ms[j].end and ms[j + 1].code) else j
                if not code and j < n and self._is_counterpart(m.start) and ms[j].start == end + 1 and \
                        not ms[k].adjective and not ms[k].members and ms[k].code and (
                            (self.words[end] == "من" and ms[k].kind in (K_COUNTRY, K_METONYM, K_ORG)) or
                            (self.words[end] == "في" and (ms[k].kind in (K_ORG, K_COUNTRY) or
                                                          self._many_head(m.start)) and ms[k].name != "place")):
                    code = ms[k].code if ms[k].code.startswith(("IGO", "NGO")) else ms[k].code[:3]
                    srcs += ms[k].srcs
                    end = ms[k].end
                    j = k + 1
                if self._is_counterpart(m.start) and code and not code.startswith(("IGO", "NGO")):
                    mirrored = self._mirror_role(out)
                    role = mirrored if mirrored is not None else role
                if not code:
                    # a bare agent (الحكومة): an actor only where the context gives its country
                    m.bare = True
                    m.end = end
                    if role in _PEOPLE_ROLES and self.an[m.start].al:
                        # and the name of the person a bare role names (الصحفي شيروان شيرواني، الناشط
                        # علاء عبد الفتاح)
                        m.end = self._absorb_name(m, end, ms[j].start if j < n else self.n)
                    out.append(m)
                    i = j
                    continue
                former = any(self.has(t, "FORMER") for t in range(m.start, min(end + 1, self.n)))
                full = code if (len(code) > 3 or not role) else code + role
                if former and len(code) == 3:
                    full = code + "ELI"
                # apposed person after the agent phrase: الرئيس الروسي فلاديمير بوتين
                if j < n and ms[j].start == end + 1 and (self.has(end, "FORMER") and not self.an[end].pre or
                                                         self.words[end] in _ACTING or self.words[end] in _ELECT or
                                                         self.words[end] in _DESIGNATE) and \
                        ms[j].kind == K_PERSON and ms[j].prep == "":
                    end += 1  # (الرئيس الأمريكي السابق دونالد ترامب، الرئيس الأمريكي المنتخب باراك أوباما)
                if end < self.n and self.an[end].al and not self.an[end].pre and self.an[end].key in _RANKS:
                    # a rank between the office and a person the dictionaries know (قائد الجيش السوداني الفريق
                    # أول ركن شمس الدين كباشي): the rank's words belong to the office-holder
                    r = end + 1
                    while r < self.n and self.an[r].key in ("اول", "ركن") and not self.an[r].pre:
                        r += 1
                    k2 = j + 1 if j < n and ms[j].start == end and ms[j].end == end + 1 and not ms[j].code else j
                    if k2 < n and ms[k2].start == r and ms[k2].kind == K_PERSON and ms[k2].prep == "":
                        end, j = r, k2
                if j < n and ms[j].start == end and ms[j].kind == K_PERSON and ms[j].prep == "" and \
                        not (plural_nisba or m.plural and self.an[m.start].key.endswith("ات")) and \
                        not (len(code) == 3 and not code.startswith(("IGO", "NGO")) and ms[j].code[:3] != code
                             and not ms[j].code.startswith(("IGO", "NGO")) and code not in REGION_CODES) and \
                        not (by_name and (self.an[ms[j].start].pre.startswith(("و", "ف")) or ms[j].code != code)):
                    # (not a person of another country: حث الرئيس الأمريكي | نتنياهو على, though a region's nisba
                    # names the person's region: الزعيم الأفريقي نيلسون مانديلا; nor a second man
                    # after the office's own: الرئيس سلفا كير | ورياك مشار، رئيس الوزراء بن غوريون | الكونت برنادوت)
                    pm = ms[j]
                    # (a designate acts in the office he is to take: رئيس الحكومة المكلف نواف سلام)
                    designate = self.words[pm.start - 1] in _DESIGNATE
                    if former and pm.code.endswith("GOV"):
                        full = pm.code[:3] + "ELI"
                    elif not (full.startswith(("IGO", "NGO")) and pm.code[3:6] == "ELI") and \
                            not (designate and pm.code[:3] == full[:3]):
                        # (a leader out of office who heads an organisation's panel or mission acts for it:
                        # رئيس الآلية الأفريقية رفيعة المستوى ثابو مبيكي)
                        full = pm.code
                    srcs += pm.srcs
                    end = pm.end
                    j += 1
                else:
                    if end < self.n and self.an[end].al and not self.an[end].pre and self.an[end].key in _RANKS:
                        # a rank and a name the dictionaries do not know after the office (رئيس أركان
                        # الجيش الإثيوبي الجنرال برهانو جولا، قائد الجيش الفريق أول ركن ...): the office-holder's
                        rank = ms[j] if j < n and ms[j].start == end and ms[j].end == end + 1 and not ms[j].code \
                            else None
                        r = end + 1
                        while r < self.n and self.an[r].key in ("اول", "ركن") and not self.an[r].pre:
                            r += 1  # (الفريق أول، اللواء الركن)
                        nxt = j + 1 if rank is not None else j
                        e = self._absorb_name(m, r, ms[nxt].start if nxt < n else self.n)
                        if e > r:
                            if rank is not None:
                                srcs += rank.srcs
                            end = e
                            j = nxt
                    # unknown words right after a role with a country are most often the person's
                    # name (الرئيس الفرنسي إيمانويل ماكرون): they belong to the mention
                    end = self._absorb_name(m, end, ms[j].start if j < n else self.n)
                nm = Mention(m.start, end, full, K_AGENT, srcs)
                nm.role = role
                nm.prep = m.prep
                nm.by_name = by_name
                if len(full) == 3 and self.an[m.start].key in _CAPITAL_HEADS:
                    nm.kind = K_METONYM  # العاصمة الإريترية: the capital, named as its name is (أسمرة)
                nm.gender = m.gender
                nm.plural = m.plural
                # القوات الأمريكية والبريطانية: one agent with coordinated nisbas is one actor each
                extra = []
                # وزيرا خارجية الأردن ومصر، قادة فرنسا وألمانيا: a dual or plural role noun in
                # construct with coordinated countries is one actor each
                # (each country followed by its minister's name: وزراء خارجية فرنسا دومينيك دو فيلبان
                # وألمانيا يوشكا فيشر)
                many = j > i + 1 and (ms[j - 1].kind in (K_COUNTRY, K_METONYM) or (
                    j > i + 2 and ms[j - 1].kind == K_PERSON and ms[j - 2].kind in (K_COUNTRY, K_METONYM) and
                    ms[j - 1].code[:3] == ms[j - 2].code[:3])) and bool(role) and \
                    len(full) > 3 and not full.startswith(("IGO", "NGO")) and self._many_head(m.start)
                while j < n and ms[j].start == end and (
                        ms[j].kind == K_NISBA or (many and ms[j].kind == K_COUNTRY and ms[j].prep == "")) and \
                        self.an[ms[j].start].pre.startswith("و") and len(full) >= 3 and not full.startswith("IGO"):
                    em = Mention(ms[j].start, ms[j].end, ms[j].code[:3] + full[3:], K_AGENT, ms[j].srcs)
                    em.role = role
                    extra.append(em)
                    end = ms[j].end
                    j += 1
                    if j < n and ms[j].start == end and ms[j].kind == K_PERSON and ms[j].prep == "" and \
                            not ms[j].members and not self.an[ms[j].start].pre and \
                            ms[j].code[:3] == em.code[:3] and ms[j].code[3:6] == role:
                        # the second minister's name after his nisba (وزيرا الخارجية الأمريكي جون كيري والبريطاني
                        # بوريس جونسون): his, not the verb's object
                        em.end = end = ms[j].end
                        em.code = ms[j].code
                        em.srcs = em.srcs + ms[j].srcs
                        j += 1
                if extra:
                    g = Mention(m.start, end, full, K_AGENT, srcs)
                    g.members = [nm] + extra
                    g.prep = m.prep
                    g.plural = True
                    out.append(g)
                else:
                    out.append(nm)
                i = j
                continue
            if m.kind == K_NISBA and not m.plural and m.name != "person" and i + 1 < n and \
                    m.end == m.start + 1 and self.an[m.start].al and not self.an[m.start].suf and \
                    ms[i + 1].start == m.end and ms[i + 1].kind == K_PERSON and ms[i + 1].prep == "" and \
                    not ms[i + 1].members and not self.an[m.end].pre and ms[i + 1].code[:3] == m.code[:3] and \
                    not (out and out[-1].end == m.start and out[-1].code and not self.an[m.start].pre):
                # (not the nisba of a body named right before it: نائب رئيس مجلس الأمن الروسي دميتري مدفيديف)
                # a nisba, then a man of that country the dictionaries name (نظيريه السعودي عادل الجبير
                # والبريطاني بوريس جونسون): one mention of him, which carries the nisba's و
                p = ms[i + 1]
                nm = Mention(m.start, p.end, p.code, K_PERSON, m.srcs + p.srcs)
                nm.prep, nm.gender, nm.role, nm.name = m.prep, p.gender, p.role, p.name
                out.append(nm)
                i += 2
                continue
            if m.kind == K_NISBA and not m.plural and m.name != "person" and \
                    (e := self._national_named(m, out[-1] if out else None)) > 0:
                m.end = e  # عن الإسرائيلي عزام عزام: a national named, not an adjective
                m.name = "person"
                m.adjective = False
                m.gender = "m"
            elif m.kind in (K_NISBA, K_ORGNISBA) and not m.plural and m.name != "person":
                m.adjective = True
            elif m.kind == K_NISBA and m.plural and out and out[-1].end == m.start and not out[-1].adjective and \
                    out[-1].kind not in (K_COUNTRY, K_METONYM, K_ORG) and \
                    not (self.an[m.start - 1].al and not self.an[m.start].al):
                m.adjective = True  # after a noun actor it is that noun's adjective (not after a state's
                # or an organisation's, which are never described by people: هنأت الولايات المتحدة الليبيين;
                # nor without the article the noun has: أوقفت الشرطة اللبنانية | سوريين)
            out.append(m)
            i += 1
        for k in range(len(out) - 1):
            m, nx = out[k], out[k + 1]
            counted = nx.start == m.end + 1 and (
                self.an[m.end].pre.startswith("و") and self.has(m.end, "TRANSPARENT") or
                self.words[m.end][:1] == "و" and self.words[m.end][1:].isdigit())  # (11 شخصا وأربعة كيانات إيرانية)
            if m.bare and m.kind == K_AGENT and m.role and not m.members and not self.an[m.start].suf and \
                    (nx.start == m.end and self.an[m.end].pre.startswith("و") or counted) and nx.kind == K_AGENT and \
                    nx.code and not nx.adjective and not nx.code.startswith(("IGO", "NGO")) and nx.prep == "" \
                    and self.an[m.start].al == self.an[nx.start].al and \
                    not (k > 0 and out[k - 1].end == m.start and out[k - 1].kind == K_PERSON and out[k - 1].code):
                # (not the office of the person named right before it: خالد العطية وزير الدولة لشؤون الدفاع
                # ووزير الدفاع الأمريكي جيمس ماتيس are two men of two countries)
                # two role nouns share the nisba after the second (مقاتلات وسفن حربية أمريكية،
                # الحكومة والجيش الإسرائيليان): the first takes its country
                m.code = nx.code[:3] + m.role
                m.bare = False
                if nx.members:
                    parts = []
                    for x in nx.members:
                        c = Mention(m.start, m.end, x.code[:3] + m.role, K_AGENT, m.srcs + x.srcs[-1:])
                        c.role, c.prep = m.role, m.prep
                        parts.append(c)
                    m.members = parts
                    m.plural = True
        # a bare state force "belonging to" a named one is that one's (القوات البحرية التابعة للحرس
        # الثوري الإيراني): one actor, the owner's code (militias "affiliated" to a state are not it)
        taken = set()
        for k in range(len(out) - 1):
            m, nx = out[k], out[k + 1]
            if m.bare and not m.code and not m.members and m.kind == K_AGENT and m.role in ("MIL", "COP", "SPY") and \
                    m.prep == "" and nx.start == m.end + 1 and (self.an[m.end].key in AFFILIATED_WORDS or (
                        # or "loyal" to a ruler or a government (القوات الموالية للقذافي، الموالية للحكومة
                        # السورية), not to a state: forces loyal to Iran are no Iranian forces
                        self.an[m.end].key in _LOYAL_WORDS and (nx.kind == K_PERSON or nx.code[3:6] == "GOV"))) and \
                    nx.prep == "ل" and nx.code and not nx.members and not nx.adjective and \
                    not nx.code.startswith(("IGO", "NGO")) and k not in taken:
                # (a ruler's forces are his state's forces; a government's keep its code, so that they
                # and the army of a rival, قوات حفتر, are two parties)
                ruler = self.an[m.end].key in _LOYAL_WORDS and (nx.kind == K_PERSON or any(
                    nx.start <= a and b <= nx.end for a, b, _c, _s in self.people))  # (للعقيد معمر القذافي)
                m.code = nx.code if len(nx.code) > 3 and not ruler else nx.code[:3] + m.role
                m.bare = False
                m.end = nx.end
                m.srcs = m.srcs + nx.srcs
                taken.add(k + 1)
        if taken:
            out = [m for k, m in enumerate(out) if k not in taken]
        # a court named by its district, a name the dictionaries do not know, and then its seat
        # (قضت محكمة سيدي امحمد بالجزائر العاصمة): the seat's country's court
        # (or by its city's nisba: قضت محكمة سيدي امحمد بالعاصمة الجزائرية، محكمة في العاصمة الجزائرية)
        seats = set()
        for k in range(len(out) - 1):
            m, nx = out[k], out[k + 1]
            seat_end = nx.start
            if nx.adjective and not nx.members and nx.start > m.end and \
                    self.an[nx.start - 1].key in _CAPITAL_WORDS and self.an[nx.start - 1].al and \
                    (self.an[nx.start - 1].pre == "ب" or self.words[nx.start - 2] == "في"):
                seat_end = nx.start - 1 if self.an[nx.start - 1].pre == "ب" else nx.start - 2
            elif nx.adjective:
                continue
            if m.bare and not m.code and not m.members and m.role == "JUD" and not self.an[m.start].al and \
                    not self.an[m.start].suf and 0 <= seat_end - m.end <= 2 and \
                    (nx.prep in ("ب", "في") or seat_end < nx.start) and \
                    not nx.members and nx.kind in (K_COUNTRY, K_METONYM, K_NISBA) and len(nx.code) >= 3 and \
                    not nx.code.startswith(("IGO", "NGO")) and \
                    all(self.words[t].isalpha() and not self.boundary[t] and not self.an[t].al and
                        not self.an[t].pre and not self.an[t].suf and (
                            not self.marks[t] or self.words[t] == "في" or self.has(t, "TITLE"))
                        for t in range(m.end, seat_end - (1 if seat_end == nx.start else 0))) and \
                    (seat_end < nx.start or (self.words[nx.start - 1].isalpha() and not self.boundary[nx.start - 1])):
                m.code = nx.code[:3] + "JUD"
                m.bare = False
                m.end = nx.start if seat_end == nx.start else nx.end  # (the nisba is the court's now)
                m.srcs = m.srcs + nx.srcs[:1]
                if seat_end < nx.start:
                    seats.add(k + 1)
        if seats:
            out = [m for k, m in enumerate(out) if k not in seats]
        out = self._affiliated_bodies(out)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.bare and not a.code and not a.members and a.role in _LOCAL_ROLES and not b.bare and \
                    not b.members and b.start == a.end and self.an[b.start].pre == "و" and not b.prep and \
                    b.kind == K_AGENT and len(b.code) == 6 and \
                    any(self.words[t] == "في" for t in range(b.start + 1, b.end - 1)):
                # two bodies of the country after the second (المجلس الرئاسي ومجلس النواب في ليبيا)
                a.code, a.bare = b.code[:3] + a.role, False
                a.srcs = a.srcs + b.srcs[-1:]
        # bare role nouns are kept when definite (الحكومة، ولي العهد: the context may give the
        # country) or possessed (حكومتها: the pronoun gives it)
        # or counted people (20 متظاهرا، ثلاثة مدنيين، عشرات الناشطين): the victims of an arrest or a raid
        # or an indefinite security or military unit named with its adjective (وحدة أمنية، قوات أمنية:
        # the place or the story gives its country), or an armed group so named (جماعة مسلحة، عناصر
        # مسلحة: of the place or the people it attacks, like gunmen)
        subjects = {m.end for m in out if not m.members and m.start > 0 and self._verb_before(m.start)} if any(
            m.bare and m.role in _CAPTIVE_ROLES and not self.an[m.start].al for m in out) else ()  # (only if needed)
        return [m for m in out if m.code or (m.bare and ((m.role and any(self.an[t].al for t in range(m.start, m.end)))
                                                          or self.an[m.start].suf or self._counted_people(m)
                                                          or self._of_his_country(m)
                                                          or self._people_after_verb(m)
                                                          or self._people_after_subject(m, subjects)
                                                          or (m.role == "MIL" and self._led_at(m.end) > 0)
                                                          or (m.role in ("COP", "MIL") and m.end - m.start >= 2
                                                              and not m.members
                                                              and self.an[m.start].key in _UNIT_HEADS)
                                                          or (m.role in ("REB", "UAF") and m.end - m.start >= 2
                                                              and not m.members)))]

    def _of_his_country(self, m: Mention) -> bool:
        """Whether a role noun is in construct with "his country" (سفير بلاده، حكومة بلادها): the pronoun
        gives it its country, as on the noun itself (سفيرها)."""
        return m.end - m.start == 2 and self.an[m.end - 1].key == "بلاد" and bool(self.an[m.end - 1].suf) and \
            not self.an[m.end - 1].pre and not self.an[m.start].suf

    def _led_at(self, q: int) -> int:
        """The index of a "led by" word at ``q`` or after تحالف there (قوات تحالف تقوده), or -1."""
        if q < self.n and self.an[q].key == "تحالف" and not self.an[q].pre:
            q += 1
        if q + 1 < self.n and self.words[q] == "تحت" and self.words[q + 1] == "قيادة":
            return q + 1  # الجيش تحت قيادة البرهان
        if q + 1 < self.n and self.words[q] in ("الذي", "التي") and self.words[q + 1] in _LED_BY:
            q += 1  # القوات التي تقودها السعودية، التحالف الذي تقوده الولايات المتحدة
        return q if q < self.n and self.words[q] in _LED_BY else -1

    def _participle_clause(self, s: int, actor_next: bool = False) -> bool:
        """Whether the role noun at ``s`` (after a comma) opens a participle clause: it is
        also an event verb's participle, bare, and an object or إلى follows (، داعية
        السلطات إلى وقف ...), or an actor named with no article (``actor_next``: ، متهمين حكومة
        نتنياهو بعرقلة المفاوضات)."""
        a = self.an[s]
        if a.al or a.pre or a.suf or s + 1 >= self.n:
            return False
        if not any(r[1] == "P" for r in self.tables.forms.get(a.key, ())):
            return False
        nxt = self.an[s + 1]
        # (or a name with no article, then إلى: ، داعية دمشق إلى إطلاق سراح)
        return self.words[s + 1] == "الي" or (nxt.al and not nxt.pre) or (actor_next and not nxt.pre) or (
            not nxt.pre and any(self.words[t] == "الي" for t in range(s + 2, min(self.n, s + 5))))

    def _parentheticals(self, ms: list[Mention]) -> list[Mention]:
        """An actor's other name in brackets right after it (حلف شمال الأطلسي (الناتو)، قوات
        الدعم السريع (RSF)) is part of that mention, so that what follows the brackets (the
        person's name, the verb's object) is read as if they were not there."""
        out: list[Mention] = []
        k = 0
        while k < len(ms):
            m = ms[k]
            e = m.end
            if out and not m.adjective and e < self.n and self.words[e] == ")" and m.start > 0 and \
                    self.words[m.start - 1] == "(" and out[-1].end == m.start - 1 and out[-1].code and \
                    not out[-1].members and not m.members and m.prep == "" and \
                    _same_actor(out[-1].code, m.code):
                out[-1].end = e + 1
                out[-1].srcs = out[-1].srcs + [x for x in m.srcs if x not in out[-1].srcs]
                k += 1
                continue
            if not m.adjective and m.code and not m.members and e + 1 < self.n and self.words[e] == "(":
                close = next((t for t in range(e + 1, min(e + 5, self.n)) if self.words[t] == ")"), -1)
                if close > e + 1 and all(w.isascii() and w.replace(".", "").isalnum() for w in self.words[e + 1:close]):
                    m.end = close + 1  # a Latin acronym: (RSF), (UNRWA)
            out.append(m)
            k += 1
        return out

    def _led_forces(self, ms: list[Mention]) -> list[Mention]:
        """Forces with no country "led by" a country are its forces (قوات تحالف تقوده المملكة
        العربية السعودية، القوات بقيادة فرنسا)."""
        drop = set()
        for t in range(self.n - 2):
            if self.an[t].key == "تحالف" and self.an[t].al and self._led_at(t + 1) > 0 and \
                    not any(m.start <= t < m.end for m in ms):
                # "the coalition" led by a state (التحالف الذي تقوده السعودية): a coalition is no actor
                # alone (التحالف الحاكم is a government's), so it is made one here for the rule below
                c = Mention(t, t + 1, "", K_AGENT, ["coalition led by a state"])
                c.bare = True
                c.role = "MIL"
                c.prep = self.an[t].pre
                k = next((x for x, m in enumerate(ms) if m.start > t), len(ms))
                ms = ms[:k] + [c] + ms[k:]
        for k, m in enumerate(ms):
            if not (m.bare and not m.code and not m.members and m.kind == K_AGENT and m.role == "MIL"
                    and not self.an[m.start].suf):
                continue
            q = self._led_at(m.end)
            if q < 0 or k + 1 >= len(ms):
                continue
            nx = ms[k + 1]
            if nx.start != q + 1 or nx.prep or nx.members or nx.adjective or not nx.code or nx.bare or \
                    nx.code.startswith(("IGO", "NGO")):
                continue
            armed = nx.code.startswith("IMG") or nx.code[3:6] in ("REB", "INS", "MIL", "SEP", "UAF", "RAD")
            # (قوات بقيادة خليفة حفتر: a commander's forces are his; a state's or a leader's, its army)
            m.code = nx.code if armed and nx.kind in (K_PERSON, K_ORG, K_AGENT) else nx.code[:3] + "MIL"
            m.bare = False
            m.end = nx.end
            m.srcs = m.srcs + nx.srcs
            drop.add(k + 1)
            if k > 0 and k - 1 not in drop and m.srcs[0] == "coalition led by a state" and not m.prep:
                pm = ms[k - 1]
                if pm.end == m.start and pm.bare and not pm.code and not pm.members and pm.kind == K_AGENT and \
                        pm.role == "MIL" and not self.an[pm.start].al and not self.an[pm.start].suf:
                    # the aircraft or ships of that coalition (طائرات التحالف بقيادة الولايات المتحدة)
                    pm.code, pm.bare, pm.end, pm.srcs = m.code, False, m.end, pm.srcs + m.srcs
                    drop.add(k)
        return [m for k, m in enumerate(ms) if k not in drop] if drop else ms

    def _led_delegations(self, ms: list[Mention]) -> list[Mention]:
        """A delegation led by someone (وصل وفد وزاري عربي برئاسة الأمين العام للجامعة العربية إلى غزة؛
        استقبل الرئيس وفدا برئاسة وزير الخارجية القطري) is the one who leads it: the delegation word, up to
        three words that describe it, and برئاسة with the head make one mention of the head's code."""
        ms = list(ms)
        for x, nx in enumerate(ms):
            if self.words[nx.start] != _LED_DELEGATION or not nx.code or nx.members or nx.adjective:
                continue
            prev_end = ms[x - 1].end if x > 0 else 0
            t = next((t for t in range(nx.start - 1, max(prev_end, nx.start - 5) - 1, -1)
                      if self.an[t].key in ("وفد", "وفود", "وفدا") and not self.an[t].suf), -1)
            if t < 0 or any(self.boundary[u] for u in range(t, nx.start)):
                continue
            m = Mention(t, nx.end, nx.code, nx.kind, nx.srcs + ["a delegation led by its head"])
            m.role, m.plural, m.prep = nx.role, False, self.an[t].pre[-1:] if self.an[t].pre[-1:] in ("ب", "ل") else ""
            ms[x] = m
        return ms

    def _rights_groups(self, ms: list[Mention]) -> list[Mention]:
        """A body named by its head, a country's nisba and "for the rights of" (المنظمة المصرية لحقوق
        الإنسان، الرابطة التونسية للدفاع عن حقوق الإنسان، المبادرة المصرية للحقوق الشخصية): that
        country's human rights group, whether or not the dictionaries list it."""
        out = []
        k = 0
        while k < len(ms):
            m = ms[k]
            h = m.start - 1
            if not (m.adjective and m.end == m.start + 1 and not m.members and len(m.code) == 3 and h >= 0 and
                    self.an[h].key in _GROUP_HEADS_HRI and self.an[h].al and m.end < self.n and
                    not any(x.start <= h < x.end for x in ms)):
                out.append(m)
                k += 1
                continue
            e = m.end
            if self.an[e].pre.endswith("ل") and self.an[e].key == "دفاع" and e + 2 < self.n and \
                    self.words[e + 1] == "عن":
                e += 2  # للدفاع عن حقوق الإنسان
            if not (self.an[e].key in _RIGHTS_WORDS and (self.an[e].pre.endswith("ل") or e > m.end)):
                out.append(m)
                k += 1
                continue
            e += 1
            while e < self.n and e - m.end < 5 and not self.boundary[e] and self.an[e].al and not self.an[e].pre \
                    and self.mention_at[e] is None and not any(x.start == e for x in ms):
                e += 1  # (الإنسان، الشخصية، الاقتصادية والاجتماعية)
            g = Mention(h, e, m.code + "HRI", K_ORG, m.srcs + ["a rights group named by its country's nisba"])
            g.prep = self.an[h].pre
            g.gender = "f" if self.an[h].key.endswith("ة") else "m"
            out.append(g)
            k += 1
        return out

    def _holders(self, idxs, date: str) -> dict[str, str]:
        """The codes (and lines) of the people ``idxs`` in office on ``date``."""
        found: dict[str, str] = {}
        for idx in idxs:
            for start, end, code, src in self.tables.persons[idx][1]:
                if (not start or not date or start <= date) and (not end or (date and date < end)):
                    found.setdefault(code, src)
        return found

    def _royal_first_names(self, ms: list[Mention], date: str) -> list[Mention]:
        """A royal title then a first name alone (الملك سلمان، الشيخ تميم، السلطان هيثم): the one
        royal of that first name (a name with بن or a regnal number) in office on the day, a king
        only of a kingdom; when two are, neither (الأمير محمد)."""
        taken = {t: m for m in ms for t in range(m.start, m.end)}
        out = list(ms)
        for k in range(self.n - 1):
            a = self.an[k]
            if a.key not in _ROYAL_TITLES or not a.al or a.suf:
                continue
            m = taken.get(k)
            if m is not None and not (m.bare and not m.code and m.start == k and m.end == k + 1):
                continue
            q = k + 1
            if q in taken or self.boundary[q] or self.an[q].pre or self.marks[q]:
                continue
            found = self._holders(self.tables.firstnames.get(self.words[q], ()), date)
            found = {c: src for c, src in found.items() if c.endswith("GOV")}
            if a.key == "ملك":
                found = {c: src for c, src in found.items() if c[:3] in KINGDOMS}  # (not a prince or a minister)
            if len({c[:3] for c in found}) > 1:
                # royals of several countries: the one whose country the sentence or the dateline names
                named = {x.code[:3] for x in ms if x.code} | {c[:3] for c in (self.known_roles.get(DATELINE) or {})}
                found = {c: src for c, src in found.items() if c[:3] in named}
            if len(found) != 1 or (q + 1 < self.n and (self.words[q + 1] in ("بن", "ابن") or
                                                       self.an[q + 1].key in _REGNAL_ORDINALS and self.an[q + 1].al)):
                continue  # (الأمير محمد بن سلمان is named in full by the dictionaries; a regnal number names
                # another king than the one of that first name in office, الملك محمد الخامس in 1957)
            code, src = next(iter(found.items()))
            if m is not None:
                m.code, m.bare, m.end, m.srcs = code, False, q + 1, m.srcs + [src]
            else:
                nm = Mention(k, q + 1, code, K_AGENT, [src])
                nm.role = code[3:6]
                nm.prep = self._prep_before(k)
                out.append(nm)
            self.people.append((k, q + 1, code, src))
            taken[q] = m
        out.sort(key=lambda x: x.start)
        return out

    def _titled_surnames(self, ms: list[Mention], date: str) -> None:
        """A person's office then his last name alone (الرئيس عون، رئيس الحكومة سلام، الرئيس
        بري): the one person of that last name in office on the day, preferring one whose
        code has the office's role; when two fit, neither."""
        taken = {t for m in ms for t in range(m.start, m.end)}
        for m in ms:
            k = m.end
            if not (m.bare and not m.code and m.kind == K_AGENT and not m.members and not m.plural and m.role
                    and k < self.n and k not in taken and not self.boundary[k] and not self.an[m.start].suf):
                continue
            first = self.an[m.start].key
            if first.endswith(("ة", "ات")) or first in _ROYAL_TITLES:
                continue  # an institution (الحكومة، الوزارة) is followed by no name; royals go by first names
            idxs = self.tables.surnames.get(self.words[k])
            if not idxs or self.marks[k] or self.words[k] in _COMMON_FIRST_NAMES:
                continue  # (a title is no name: أمير البلاد الشيخ صباح)
            if k + 1 < self.n and k + 1 not in taken and not self.boundary[k + 1] and \
                    self.words[k + 1].isalpha() and not self.an[k + 1].flags and not self.marks[k + 1]:
                continue  # a longer name the dictionaries do not know (الوزير أحمد عطاف)
            found = self._holders(idxs, date)
            if m.role in _OFFICE_ROLES:
                # a title of office names an office-holder (الرئيس عباس, not the party leader منصور عباس)
                found = {c: s for c, s in found.items() if c[3:6] in _OFFICE_ROLES} or found
            if len({c[:3] for c in found}) > 1:
                # people of several countries: the one whose country the sentence or the dateline names
                named = {x.code[:3] for x in ms if x.code and x is not m}
                named |= {c[:3] for c in (self.known_roles.get(DATELINE) or {})}
                found = {c: src for c, src in found.items() if c[:3] in named}
                if len({c[:3] for c in found}) != 1:
                    continue
            # the office's role, or a parliament's for a president (الرئيس بري is the speaker); not
            # another office (الرئيس عون after Michel Aoun left is not the army's commander)
            fitting = {c: s for c, s in found.items() if c[3:6] == m.role}
            found = fitting or {c: s for c, s in found.items() if m.role == "GOV" and c[3:6] == "LEG"}
            if len(found) != 1:
                continue
            code, src = next(iter(found.items()))
            m.code = code
            m.bare = False
            m.end = k + 1
            m.srcs = m.srcs + [src]
            self.people.append((m.start, k + 1, code, src))
            taken.add(k)

    def _affiliated_bodies(self, ms: list[Mention]) -> list[Mention]:
        """Bodies and spokesmen named through another actor. A spokesman "in the name of" X (المتحدث
        باسم المجلس العسكري الحاكم في النيجر) is X's. A state body with no country whose description
        ends "affiliated to X" (بعثة تقصي الحقائق الدولية المستقلة التابعة لمجلس حقوق الإنسان) is X's:
        it takes the organisation's code, or X's country with its own role, and spans the whole
        phrase (not a school or a hospital: the victims of a strike on them are its people)."""
        out: list[Mention] = []
        skip = set()
        for k, m in enumerate(ms):
            if id(m) in skip:
                continue
            if m.bare and not m.code and not m.members and m.kind == K_AGENT and (m.end == m.start + 1 or (
                    m.end == m.start + 2 and self.an[m.start + 1].al and  # (المتحدث العسكري باسم جماعة الحوثي)
                    self.an[m.start + 1].key.endswith(("ي", "ية")))) and \
                    self.an[m.start].key in _SPOKESMEN and m.end + 1 < self.n and \
                    (self.an[m.end].key == "باسم" or (self.an[m.end].key == "اسم" and self.an[m.end].pre == "ب")) and \
                    k + 1 < len(ms) and ms[k + 1].start == m.end + 1 and \
                    ms[k + 1].code and not ms[k + 1].members and not ms[k + 1].adjective:
                # the spokesman of a body the lists do not pair with him (المتحدث باسم المجلس العسكري الحاكم
                # في النيجر): the body's code
                nx = ms[k + 1]
                merged = Mention(m.start, nx.end, nx.code, K_AGENT, m.srcs + nx.srcs)
                merged.prep, merged.gender, merged.role = m.prep, m.gender, nx.role or m.role
                if nx.gender != m.gender:
                    merged.gender = ""  # (he speaks for it: أكد المتحدث باسم الجماعة أن قواتها)
                out.append(merged)
                skip.add(id(nx))
                continue
            if m.bare and not m.code and not m.members and m.kind == K_AGENT and \
                    m.role in ("GOV", "MIL", "COP", "SPY", "JUD", "LEG") and not m.prep and \
                    k + 1 < len(ms) and ms[k + 1].prep in ("ل", "عن") and ms[k + 1].code and not ms[k + 1].members:
                nx = ms[k + 1]
                t = nx.start - 1
                if nx.prep == "عن":
                    # (or "emanating from" it: الحكومة المنبثقة عن المؤتمر الوطني العام)
                    t = nx.start - 2 if self.words[nx.start - 1] == "عن" and self.an[nx.start - 2].key in _EMANATING \
                        and self.an[nx.start - 2].al else -1
                if 0 <= t and (self.an[t].key in AFFILIATED_WORDS or nx.prep == "عن") and not self.an[t].pre and \
                        t - m.end <= 5 and all(not self.an[q].pre and not self.boundary[q] and
                                               self.mention_at[q] is None for q in range(m.end, t + 1)):
                    code = nx.code if nx.code.startswith(("IGO", "NGO")) else nx.code[:3] + m.role
                    merged = Mention(m.start, nx.end, code, K_AGENT, m.srcs + nx.srcs)
                    merged.prep, merged.gender, merged.role, merged.plural = m.prep, m.gender, m.role, m.plural
                    out.append(merged)
                    skip.add(id(nx))
                    continue
            out.append(m)
        return out

    def _people_after_verb(self, m: Mention) -> bool:
        """Indefinite plural people, gunmen or soldiers right after a verb, its subject (رشق محتجون
        غاضبون عناصر الأمن بالحجارة، أحرق متظاهرون مقر الحزب، اقتحم مسلحون البلدة، احتجز عسكريون
        متمردون الرئيس), or one person, the victim of a passive whose instrument follows (قُتل شاب برصاص)."""
        s = m.start
        if m.role not in ("CVL", "OPP", "LAB", "UAF", "MIL") or m.members or self.an[s].pre or self.an[s].suf:
            return False
        if not self.an[s].key.endswith(("ون", "ين")) and not (
                m.end < self.n and self.has(m.end, "INSTRUMENT") and self.an[m.end].pre.endswith("ب")):
            return False  # (one person too, when what hit him follows: قُتل شاب برصاص قوات الأمن)
        v = s - 1
        while v > 0 and self.cls[v] & {"ADVERB", "TIME"}:
            v -= 1
        if v < 0 or self.an[v].al or self.boundary[v]:
            return False
        if self.an[v].suf in ("ه", "ها") and v > 0 and not self.an[v].pre and self._act_noun(v - 1) and \
                any(r[1] == "V" for r in self.tables.forms.get(self.an[v].key, ())):
            return True  # the subject of a relative clause after an act's noun (في هجوم شنه مسلحون على)
        return self._verb_before(s)  # (حيث رشق محتجون)

    def _act_noun(self, k: int) -> bool:
        """Whether the word at ``k`` is an indefinite noun of an act (هجوم، كمين، تفجير) that a relative
        clause with no relative pronoun may follow."""
        a = self.an[k]
        return not a.al and not a.suf and not self.boundary[k] and (
            a.key in _RELATIVE_ACT_NOUNS or any(r[1] == "N" for r in self.tables.forms.get(a.key, ())))

    def _verb_before(self, s: int) -> bool:
        """Whether a verb opens the clause right before ``s`` (past adverbs and times): a word read
        only as a verb, or one that begins its clause (or with و or ف, or after حيث)."""
        v = s - 1
        while v > 0 and self.cls[v] & {"ADVERB", "TIME"}:
            v -= 1
        if v < 0 or self.an[v].al or self.boundary[v]:
            return False
        readings = self.tables.forms.get(self.an[v].key, ())
        return any(r[1] == "V" for r in readings) and (
            not any(r[1] != "V" for r in readings) or v == 0 or self.boundary[v - 1] or
            self.an[v].pre.startswith(("و", "ف")) or self.has(v - 1, "SUBORD"))

    def _people_after_subject(self, m: Mention, subjects: set) -> bool:
        """Indefinite private people or suspects right after the subject of a verb, perhaps after عن, its
        object (اعتقلت الشرطة صحفيين، قتلت القوات مدنيين، أفرجت السلطات عن ناشطين، اعتقلت الشرطة مهربين), or
        after a verbal noun with ب or ل in construct (قضت المحكمة بسجن ناشط): the verb's country or the
        story's gives theirs, as for counted people."""
        s = m.start
        if m.role not in _CAPTIVE_ROLES or m.members or self.an[s].pre or self.an[s].suf or \
                self.an[s].key.startswith("موظف"):
            return False
        k = s - 1
        if k >= 0 and not self.an[k].al and not self.an[k].suf and not self.boundary[k] and \
                self.an[k].pre[-1:] in ("ب", "ل") and self.an[k].key in _PATIENT_NOUNS and \
                not (s + 1 < self.n and self.an[s + 1].key in _HOLDING):
            return True  # the object of a verbal noun in construct that a verb governs (قضت المحكمة بسجن ناشط;
            # not people who hold a nationality: بحبس شاب يحمل الجنسيتين)
        if k > 0 and self.words[k] == "عن":
            k -= 1
        while k > 0 and self.cls[k] & {"ADVERB", "TIME"} and not self.boundary[k]:
            k -= 1
        return k + 1 in subjects and not self.boundary[k]

    def _counted_people(self, m: Mention) -> bool:
        """An indefinite role of private people or suspects, of gunmen or of members of parliament, after a
        number or a quantity word (ثلاثة نواب، سبعة متهمين)."""
        s = m.start
        if self.an[s].key.startswith("موظف"):
            return False  # staff are their employer's (11 موظفا يعملون لدى وكالات الأمم المتحدة)
        return (m.role in _CAPTIVE_ROLES or m.role in ("UAF", "LEG")) and s > 0 and not self.an[s].pre and \
            not self.boundary[s - 1] and (self.words[s - 1].isdigit() or "TRANSPARENT" in self.cls[s - 1])
        # (counted gunmen too: قتل الجيش الجزائري ثلاثة مسلحين)

    def _quoted_name(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) are a name in quotation marks, perhaps followed by its
        Latin form in brackets (شركة «القابضة» (ADQ)): the text opens with a quote right
        after token a - 1 and closes it before b, and nothing else stands between."""
        start = self.span(a - 1, a)[1]
        stop = self.span(b, b + 1)[0]
        gap = self.doc.original[start:stop]
        opened = gap.lstrip()[:1]
        close = {"«": "»", "“": "”", '"': '"'}.get(opened)
        if close is None or close not in gap[gap.index(opened) + 1:]:
            return False
        for t in range(a, b):
            w = self.words[t]
            if self.mention_at[t] is not None or w in ("،", ",", ".", ":", "؛") or self.marks[t]:
                return False
        return True

    def role_key(self, m: Mention) -> tuple | None:
        """The role phrase that begins a mention named with a country or a name (الرئيس of
        الرئيس الأمريكي دونالد ترامب), as word keys; None for any other mention."""
        if m.bare or m.members or m.adjective or not m.code or m.kind not in (K_AGENT, K_PERSON):
            return None
        pe = self.role_pieces.get(m.start)
        if pe is None or pe >= m.end or self.an[m.start].suf:
            return None
        return tuple(self.an[t].key for t in range(m.start, pe))

    def _bare_roles(self, ms: list[Mention]) -> list[Mention]:
        """A bare role (الرئيس، ولي العهد، الجيش) names the one actor named before in the record,
        or earlier in this sentence, with that role phrase and a country or a name
        (الرئيس الأمريكي دونالد ترامب); when two such actors were named, it names neither."""
        local: dict[tuple, dict[str, list]] = {}
        # a sentence that opens with its place (وفي الجزائر، أعلنت وزارة الشؤون الخارجية) places its
        # bare state bodies there, whatever the dateline says
        opening = ms[0] if ms and ms[0].start == 1 and self.words[0] in ("في", "وفي") and not ms[0].members and \
            ms[0].kind in (K_COUNTRY, K_METONYM) and ms[0].end < self.n and self.words[ms[0].end] in ("،", ",") \
            and len(ms[0].code) == 3 and not (ms[0].end - ms[0].start == 1 and self.an[1].key in IGO_SEATS) else None
        for m in ms:
            if m.bare and not m.members and not m.code and not self.an[m.start].suf and \
                    "PLURAL2" not in self.cls[m.start] and not (  # (الرئيسان: the two named last, see Coder._plural2)
                    m.end < self.n and not self.boundary[m.end] and self.mention_at[m.end] is None
                    and self.words[m.end].isalpha() and not self.an[m.end].flags and not self.marks[m.end]
                    and not self.an[m.end].pre and self.an[m.end].key.endswith(("ي", "ية", "يه"))):
                # (a word with a proclitic or that does not end like a nisba, بأشد, is no nisba)
                # (not when an unknown word follows: الرئيس الأوروغوياني، الرئيس لويس لاكال بو is
                # another president, whose nisba or name the dictionaries do not know)
                key = tuple(self.an[t].key for t in range(m.start, m.end))
                got = dict(self.known_roles.get(key) or {})
                got.update(local.get(key) or {})
                if not got and opening is not None and home_role(m) and m.start > opening.end:
                    got = {opening.code[:3] + m.role: opening.srcs[:1]}
                home = self.known_roles.get(DATELINE)
                # (an ambassador, envoy or mission is abroad by nature: a bare one in a story datelined from
                # Riyadh is as likely a foreign one there; a delegation is mostly the home country's own)
                abroad = self.an[m.start].key in ABROAD_HEADS and self.an[m.start].key != "وفد"
                if not got and home and not abroad and (home_role(m) or self.an[m.start].key in CAPTIVE_HEADS):
                    # a state body with no country in a story datelined from a country's city
                    # (الكويت (كونا) - أعربت وزارة الخارجية ...) is that country's
                    hc, hs = next(iter(home.items()))
                    got = {hc + m.role: hs}
                story = self.known_roles.get(STORY)
                if not got and story and not abroad and home_role(m):
                    # or in a story that has named one country, and no other before it in this
                    # sentence (فضت الشرطة المصرية الاعتصام. وأعلنت الرئاسة حالة الطوارئ)
                    named = set(story)
                    for x in ms:
                        if x.start >= m.start:
                            continue
                        for y in x.flat():
                            c = y.code[:3]
                            if len(c) == 3 and not c.startswith(("IGO", "NGO", "IMG")) and c not in REGION_CODES:
                                named.add(c)
                    if len(named) == 1:
                        hc, hs = next(iter(story.items()))
                        got = {hc + m.role: hs}
                head = self.an[m.start].key
                if m.end < self.n and self.an[m.end].key in FOREIGN_ADJECTIVES:
                    continue  # القوات الدولية، القوات الأجنبية: no one's own, and of no country named
                if not got and FRESH in self.known_roles and home_role(m) and (
                        m.plural or head.endswith("ة") or head in _COLLECTIVE_HEADS or head == "قضاء"):
                    # (a body, not a person: ولي العهد السابق الأمير حمزة is no office-holder of the day)
                    # the first sentence that names a country, if it names one and only before the
                    # body (اقتحم محتجون مبنى مجلس الأمة الكويتي، بعد أن اشتبكت قوات الأمن مع مسيرة)
                    named: dict[str, list] = {}
                    before = set()
                    placed = set()
                    for x in ms:
                        for y in x.flat():
                            c = y.code[:3]
                            if len(c) == 3 and not c.startswith(("IGO", "NGO", "IMG")) and c not in REGION_CODES:
                                named.setdefault(c, y.srcs[:1])
                                if x.end <= m.start:
                                    before.add(c)
                                elif x.prep in ("في", "ب") and x.kind in (K_COUNTRY, K_METONYM) and not x.members:
                                    placed.add(c)
                    if len(named) == 1 and (before == set(named) or placed == set(named)):
                        # (or only after it, as the place it acts in: اقتحمت قوة من الشرطة مقر النقابة بالقاهرة)
                        hc, hs = next(iter(named.items()))
                        got = {hc + m.role: hs}
                if len(got) == 1:
                    code, srcs = next(iter(got.items()))
                    m.code = code
                    m.bare = False
                    m.inherited = True
                    m.srcs = m.srcs + [x for x in srcs if x not in m.srcs]
                continue
            key = self.role_key(m)
            if key is not None:
                local.setdefault(key, {}).setdefault(m.code, m.srcs)
        return ms

    def _field_adjective(self, t: int) -> bool:
        """Whether the word at ``t`` (between two mentions) is an adjective of field that
        qualifies a role noun (القضائي، العسكري، الأمني، الحقوقي): a relational adjective in ي
        or ية, no suffix, no mark."""
        a = self.an[t]
        return not a.suf and a.key.endswith(("ي", "ية")) and len(a.key) > 3 and not self.marks[t] and \
            not self.boundary[t] and a.key not in _CIVIL_QUALIFIERS

    def _unknown_w_adjective(self, t: int) -> bool:
        """Whether the word at ``t`` is an indefinite adjective in ي or ية that begins with و and that
        no dictionary knows, which the analyser took for the conjunction and a word (وزاري، وقائية)."""
        a = self.an[t]
        w = self.words[t]
        return a.pre == "و" and not a.flags and not a.al and not a.suf and w.endswith(("ي", "ية")) and \
            len(w) > 4 and not self.marks[t] and not self.boundary[t]

    def _trade_name(self, head: int, nisba: int) -> bool:
        """Whether the words between the institution at ``head`` and the nisba at ``nisba`` are its
        own name: one to four words no dictionary knows, with no و or pronoun, no accusative ending
        and no punctuation (a foreign name may begin like a preposition: لوفيغارو), and a nisba that
        agrees with the head (شركة ... الفرنسية، بنك ... الفرنسي)."""
        if not 1 < nisba - head <= 5:
            return False
        for t in range(head + 1, nisba):
            a = self.an[t]
            # (a word of a known name, مارتن, may begin an unknown one: لوكهيد مارتن)
            if a.flags and not (a.flags & 16 and not self.actor_start_here(t)) or a.pre.startswith("و") or \
                    a.suf or self.marks[t] or self.boundary[t] or self.mention_at[t] is not None or \
                    not self.words[t].isalpha() or a.key in self.tables.forms or "\u064b" in self.text(t, t + 1):
                return False
        feminine = self.an[head].key.endswith("ة")
        return self.an[nisba].key.endswith(("ية", "يه")) == feminine

    def _portfolio_words(self, head: int, end: int, nisba: int) -> bool:
        """Whether the words from ``end`` to ``nisba`` name the portfolio of the office at
        ``head``: one or two words with the article; after a minister or a ministry up to
        four, the later ones joined by و, and whatever grammar class they have (التخطيط is
        also "planning", an intention)."""
        minister = _base_key(self.an[head]) in _MINISTRY_HEADS
        if not 0 < nisba - end <= (4 if minister else 2):
            return False
        # (a party's one-word name may be a word of the grammar too: حزب البعث السوري)
        named = nisba - end == 1 and self.an[head].key in _GROUP_HEADS and not self.an[head].al
        for t in range(end, nisba):
            a = self.an[t]
            if not a.al or self.boundary[t] or (self.marks[t] and not minister and not named):
                return False
            if a.pre and not (minister and a.pre == "و" and t > end):
                return False
        return True

    def _national_named(self, m: Mention, prev: Mention | None) -> int:
        """A definite singular nisba after a preposition or after an actor of another country,
        then a name the dictionaries do not know (أفرجت السلطات عن الإسرائيلي عزام عزام؛ اعتقلت
        الشرطة التركية الإسرائيلي موردي أوكنين): a national of the country, named; the end of
        the name, or -1."""
        k = m.start
        if m.end != k + 1 or not self.an[k].al or self.an[k].suf:
            return -1
        if not (self.an[k].pre[-1:] in ("ب", "ل") or (k > 0 and self.words[k - 1] in PREP_WORDS) or
                (prev is not None and prev.end == k and len(prev.code) > 3 and prev.code[:3] != m.code[:3] and
                 prev.kind in (K_AGENT, K_PERSON) and not prev.code.startswith(("IGO", "NGO")) and
                 not self.an[k].pre)):
            return -1
        e = m.end
        while e < min(self.n, m.end + 3) and not self.boundary[e] and self.mention_at[e] is None and \
                self.words[e].isalpha() and not self.an[e].al and not self.an[e].pre and not self.an[e].suf and \
                not self.marks[e] and (not self.an[e].flags or self.an[e].flags & F_NAME) and \
                not self.tables.forms.get(self.an[e].key):
            e += 1
        return e if e > m.end + 1 or (e == m.end + 1 and self.an[m.end].flags & F_NAME) else -1

    def _believed_of(self, end: int, nxt: Mention) -> bool:
        """``يعتقد أنهم من`` between people and a group (مسلحون يعتقد أنهم من جماعة بوكو حرام، يشتبه
        في أنهم من): the group they are believed to belong to."""
        k = end
        if k + 2 >= self.n or self.an[k].key not in _BELIEVED:
            return False
        k += 1
        if self.words[k] == "في" and k + 1 < self.n:
            k += 1  # يشتبه في أنهم
        return self.an[k].key in ("ان", "انهم") and self.an[k].suf in ("هم", "") and \
            self.words[k + 1] == "من" and nxt.start == k + 2 and nxt.prep == "من"

    def _portfolios(self, ms: list[Mention]) -> list[Mention]:
        """An office "for the affairs of" a people, a region or a country (المبعوث الأمريكي لشؤون
        الرهائن آدم بولر، مساعد وزير الخارجية لشؤون الشرق الأدنى، المبعوث الصيني لشؤون سوريا): the
        portfolio is part of the office, and the unknown name after it is the holder's."""
        out: list[Mention] = []
        skip_to = -1
        for x, m in enumerate(ms):
            if m.start < skip_to:
                continue  # (a place or a region named as the portfolio)
            out.append(m)
            k = m.end
            while k + 1 < self.n and self.an[k].al and not self.an[k].pre and self.an[k].key in _ROLE_QUALIFIERS \
                    and self.mention_at[k] is None and self.an[k + 1].key == _AFFAIRS:
                k += 1  # (المبعوث الصيني الخاص للشؤون الأفريقية)
            if m.kind != K_AGENT or not (m.code or m.role) or m.members or m.plural or k + 1 >= self.n or \
                    self.an[k].key != _AFFAIRS or self.an[k].pre != "ل" or self.boundary[k]:
                continue
            e = k + 1
            nxt = ms[x + 1] if x + 1 < len(ms) else None
            if nxt is not None and nxt.start == e:
                if nxt.kind not in (K_COUNTRY, K_METONYM, K_NISBA) or nxt.members or nxt.prep:
                    continue
                e = nxt.end
            elif self.an[e].al and not self.an[e].pre and not self.boundary[e] and self.words[e].isalpha():
                e += 1
                while e < self.n and not self.boundary[e] and self.an[e].al and not self.an[e].pre and \
                        self.mention_at[e] is None and self.an[e].key.endswith(("ي", "ية")) and e - k < 4:
                    e += 1  # (لشؤون الشرق الأوسط، لشؤون الأمن الإقليمي)
            else:
                continue
            limit = next((y.start for y in ms if y.start >= e), self.n)
            m.end = self._absorb_name(m, e, limit)
            skip_to = e
        return out

    def _absorb_name(self, head: Mention, end: int, limit: int) -> int:
        """Unknown words after a person's role with a country are that person's name
        (الرئيس الفرنسي إيمانويل ماكرون). Only after a singular role noun that is not
        feminine in ة (an institution: الحكومة، النيابة), at most three words, no
        accusative tanween (تحقيقاً is an object, not a name), and a word with a
        preposition-like first letter (بيلوسي) only after the first name."""
        first = self.an[head.start].key
        woman = first.endswith("ة") and first[:-1] in self.tables.actor_first  # (قاضية، وزيرة، المفوضة)
        # (a sound plural is longer than أمين, whose ين is its own)
        if head.plural or (first.endswith(("ة", "ات")) or first.endswith(("ون", "ين")) and len(first) > 4) and \
                not woman or first in _COLLECTIVE_HEADS:
            return end  # (nor after a body: الجيش الإسرائيلي موكبه)
        if any(head.start <= ps < end for ps, *_ in self.people):
            return end  # a name the dictionaries know is whole (ولي العهد الأمير محمد بن سلمان | أسهمت)
        k = end
        while k < limit and k - end < 3:
            a = self.an[k]
            w = self.words[k]
            if k > end and a.al and a.key in _INNER_HONORIFICS and k + 1 < limit and not self.boundary[k + 1] and \
                    not self.an[k + 1].pre and self.words[k + 1].isalpha() and self.words[k + 1] not in PREP_WORDS \
                    and not self.marks[k + 1]:
                k += 2  # the honorific inside a name, then the rest of it, a word or not (حسين الحاج حسن)
                break
            # unknown words, or first names the dictionaries know only inside a longer name
            # (إيمانويل of an unlisted إيمانويل X)
            known = a.flags and not (a.flags & 16 and not self.actor_start_here(k))
            if self.boundary[k] or known or a.suf and not (a.suf == "ي" and k == end and not a.pre) or \
                    self.marks[k] or not w.isalpha() or w in PREP_WORDS \
                    or w.startswith("و") or len(w) < 2 or a.key in _NO_NAME_WORDS:
                break
            if w.startswith("ال") and (k == end or a.flags and not (a.flags & 16 and not self.actor_start_here(k))) \
                    and not (a.flags & 16 and not a.al):
                break  # a family name with the article only after a first name (قاسم الأعرجي، عزام الأحمد:
                # a known name's word with the article is one too); a first name that begins like the
                # article is none (ألكسندر، أليكسي)
            if a.pre and k == end and (a.flags or a.pre.startswith("و") or k + 1 >= limit or self.an[k + 1].al
                                       or self.an[k + 1].flags or self.boundary[k + 1]
                                       or not self.words[k + 1].isalpha()):
                break  # بتهمة، بجهود: a preposition and a noun, not a name (but an unknown first name and
                # surname may begin with what looks like one: كيريل بيتكوف)
            if k == end and (a.key in self.tables.forms or a.key in self.tables.syn_first):
                break  # an event word (تلقى الجيش اللبناني هبة مالية) is no first name
            if "\u064b" in self.text(k, k + 1):
                break
            k += 1
            if a.al and a.key == "حاج" and k < limit and not self.boundary[k] and not self.an[k].pre and \
                    self.words[k].isalpha() and self.words[k] not in PREP_WORDS and not self.marks[k]:
                k += 1  # the honorific is followed by the rest of the name, a word or not (حسين الحاج حسن)
        return k

    def actor_start_here(self, k: int) -> bool:
        """Whether a dictionary actor phrase actually matches at token ``k``."""
        for rest, _al, _p, _mask in self.tables.actor_first.get(self.an[k].key, ()):
            if self._phrase_end(k, rest) > 0:
                return True
        return False

    def _is_counterpart(self, s: int) -> bool:
        return self.has(s, "COUNTERPART")

    def _mirror_role(self, before: list[Mention]) -> str | None:
        for m in reversed(before):
            if m.kind == K_METONYM and len(m.code) <= 3:
                continue  # a place (بالرباط) mirrors nobody
            if m.code and not m.adjective and m.kind in (K_AGENT, K_PERSON, K_METONYM):
                return m.code[3:6] if len(m.code) >= 6 and not m.code.startswith(("IGO", "NGO")) else ""
        return None

    def _office_of(self, prev: Mention, start: int) -> bool:
        """Whether an office with its adjectives (الممثل الخاص الجديد) stands between ``prev``, past a name
        nobody listed, and the organisation named with ل at ``start`` whose office it is."""
        k = next((t for t in range(start - 1, max(prev.start, start - 4) - 1, -1)
                  if self.an[t].al and self.an[t].key in _OFFICE_HEADS and not self.an[t].pre), -1)
        if k < 0 or any(not self.an[t].al or self.an[t].pre or self.boundary[t] for t in range(k + 1, start)):
            return False
        return k < prev.end or self._name_gap(prev.end, k)

    def _name_gap(self, e: int, start: int) -> bool:
        """Whether only a name nobody listed (up to four plain words) and a comma stand between ``e`` and
        ``start``."""
        if start > e and self.words[start - 1] in ("،", ","):
            start -= 1
        return start - e <= 4 and all(self.words[t].isalpha() and not self.an[t].pre and not self.an[t].al and
                                      not self.marks[t] and not self.boundary[t] for t in range(e, start))

    def _appositions(self, ms: list[Mention]) -> list[Mention]:
        """Two descriptions of one actor side by side are one mention: العاهل المغربي
        الملك محمد السادس, خادم الحرمين الشريفين الملك سلمان (a title the organisations list
        has, then the person with the same code); المبعوث الأممي إلى سوريا غير بيدرسن (an envoy or ambassador
        "to X" keeps his own code); the later, more specific code wins when both name
        the same country or organisation."""
        out: list[Mention] = []
        # the country of a dateline that opens the sentence (الرياض -): a title with no country after it is
        # that country's, so one with it that follows is the same man's
        d0 = ms[0] if ms and ms[0].start == 0 and not ms[0].members and ms[0].kind in (K_COUNTRY, K_METONYM) else None
        dateline = d0.code if d0 is not None and d0.end < self.n and self.words[d0.end] in ("-", "–", "(") else "---"
        for m in ms:
            if self._of_his_country(m):
                out.append(m)  # his country's ambassador is another man (استدعى الرئيس المصري محمد مرسي سفير بلاده)
                continue
            if out and m.kind == K_AGENT and m.code.startswith(("IGO", "NGO")) and not m.members and \
                    not m.adjective and out[-1].kind == K_AGENT and not out[-1].members and not out[-1].plural and \
                    out[-1].code and not out[-1].code.startswith(("IGO", "NGO")) and out[-1].prep == "" and \
                    self.an[out[-1].start].key in _PROFESSIONS and \
                    not any(out[-1].start <= ps < out[-1].end for ps, *_ in self.people) and (
                        m.prep == "" and not self.an[m.start].pre and m.start > out[-1].end and
                        self._name_gap(out[-1].end, m.start) or
                        m.prep == "ل" and self._office_of(out[-1], m.start)):
                # a diplomat or officer of one country, then the office he holds for an organisation (الدبلوماسي
                # العراقي عصمت كتاني، الممثل الخاص للأمين العام للأمم المتحدة): he acts for the organisation
                prev = out[-1]
                merged = Mention(prev.start, m.end, m.code, K_AGENT, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.role = prev.prep, prev.gender, m.role
                out[-1] = merged
                continue
            if out and m.prep == "ب" and m.code and not m.members and m.start == out[-1].end and out[-1].bare and \
                    not out[-1].code and out[-1].kind == K_AGENT and not out[-1].members and \
                    self.an[out[-1].end - 1].key in _IN_CHARGE and m.kind in (K_AGENT, K_PERSON):
                # an office "in charge of" a portfolio, then the portfolio's country and the holder (الوزير المنتدب
                # المكلف بإدارة الدفاع الوطني المغربي عبد اللطيف لوديي): one actor, not a second one with ب
                prev = out[-1]
                merged = Mention(prev.start, m.end, m.code, K_AGENT, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.role = prev.prep, prev.gender, m.role or prev.role
                out[-1] = merged
                continue
            if out and m.kind == K_PERSON and not m.members and m.prep == "" and out[-1].bare and \
                    not out[-1].code and out[-1].kind == K_AGENT and not out[-1].members and not out[-1].plural and \
                    not (self.an[out[-1].start].al and self.an[out[-1].start].key in _NO_NAME_BODIES) and \
                    (m.start == out[-1].end or m.start == self._after_titles(out[-1].end)):
                # a role with no country (أمير البلاد، وزير الخارجية) then the person's bare name
                # (الشيخ صباح الأحمد، سيرغي لافروف): the person's code; not a role with a name of
                # its own (وزير الخارجية | الرئيس بشار الأسد is two people)
                prev = out[-1]
                merged = Mention(prev.start, m.end, m.code, K_AGENT, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.role = prev.prep, prev.gender, prev.role
                out[-1] = merged
                continue
            if out and m.kind == K_AGENT and m.bare and not m.code and not m.members and not m.plural and \
                    m.prep == "" and out[-1].code and not out[-1].members and \
                    (out[-1].kind == K_PERSON or out[-1].kind == K_AGENT and
                     any(out[-1].start <= ps < out[-1].end for ps, *_ in self.people)) and \
                    m.start == out[-1].end and self.an[m.start].key in _OFFICE_HEADS and \
                    (not self.an[m.start].pre or self.an[m.start].pre == "و" and any(
                        out[-1].start <= ps and pe < out[-1].end for ps, pe, *_ in self.people)):
                # a person's name, then his office with no country (خالد العطية وزير الدولة لشؤون الدفاع،
                # فيصل بن فرحان وزير الخارجية): one actor, the person's code; and a second office joined
                # to the first by "and" (جمال عبد الناصر نائب رئيس الوزراء ووزير الداخلية)
                prev = out[-1]
                merged = Mention(prev.start, m.end, prev.code, K_PERSON, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.role = prev.prep, prev.gender, prev.role
                out[-1] = merged
                continue
            home_office = m.code[:3] == dateline[:3] and m.code[3:6] == "GOV" and out and out[-1].role == "GOV"
            if out and m.kind == K_AGENT and not m.members and m.prep == "" and m.code and out[-1].bare and \
                    not out[-1].code and out[-1].kind == K_AGENT and not out[-1].members and not out[-1].plural \
                    and out[-1].prep == "" and m.start == out[-1].end and not self.an[m.start].pre and \
                    (any(m.start < ps < m.end for ps, *_ in self.people) or home_office) and \
                    (out[-1].start == 0 or self.boundary[out[-1].start - 1] or self.has(out[-1].start - 1, "REPORT")
                     or m.by_name or home_office):
                # two offices of one person, the second with his name (أعلن نائب رئيس الوزراء | وزير
                # الخارجية الأردني أيمن الصفدي): where a sentence or a report opens, not after a verb
                # with an object (استقبل الرئيس | وزير الخارجية الأمريكي is two people), unless the
                # second office names no country: then it is one man's chain of titles (استقبل ولي
                # العهد | نائب رئيس مجلس الوزراء | الأمير محمد بن سلمان الرئيسَ اللبناني), or both are offices
                # of state and the second is in the country of the sentence's dateline, to which the title
                # with no country belongs (الرياض - وقع ولي العهد | رئيس مجلس الوزراء السعودي الأمير محمد بن
                # سلمان ورئيس الوزراء الباكستاني; not تونس - التقى رئيس الحكومة | الأمين العام للاتحاد
                # التونسي للشغل). A second office after "and" is another man's
                prev = out[-1]
                merged = Mention(prev.start, m.end, m.code, K_AGENT, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.role, merged.by_name = prev.prep, m.gender, m.role, m.by_name
                out[-1] = merged
                while m.by_name and len(out) > 1 and out[-2].kind == K_AGENT and out[-2].bare and \
                        not out[-2].code and not out[-2].members and not out[-2].plural and out[-2].prep == "" \
                        and out[-2].end == merged.start and not self.an[merged.start].pre:
                    prev = out.pop(-2)
                    merged.start, merged.prep, merged.srcs = prev.start, prev.prep, prev.srcs + merged.srcs
                continue
            if out and not m.adjective and not m.bare and not out[-1].adjective and not out[-1].bare \
                    and not m.members and not out[-1].members:
                prev = out[-1]
                gap = m.start - prev.end
                if gap >= 1 and self._after_titles(prev.end) == m.start:
                    gap = 0  # أمير قطر الشيخ تميم بن حمد: a title between the two descriptions (الفريق أول؛
                    # several: رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي)
                elif 1 < gap <= 3 and m.kind == K_PERSON and (self.an[prev.end].pre[-1:] in ("ل", "ب") or
                                                              self.words[prev.end] in ("في", "لدي")) \
                        and not any(self.boundary[t] or self.marks[t] and not self.has(t, "TITLE")
                                    for t in range(prev.end, m.start)):
                    gap = 0  # الرئيس السوري للمرحلة الانتقالية أحمد الشرع: a qualifier in between
                same = prev.code[:6 if prev.code.startswith(("IGO", "NGO")) else 3] == \
                    m.code[:6 if m.code.startswith(("IGO", "NGO")) else 3]
                # one actor described twice: the same code (العاهل المغربي الملك محمد السادس), or a
                # person after a description of his country; not two roles (الشرطة ... المتظاهرين)
                if gap == 0 and m.prep == "" and same and \
                        not (m.code != prev.code and self.an[m.start].pre.startswith(("و", "ف"))) and \
                        (m.kind in (K_PERSON, K_AGENT) and
                         (prev.kind in (K_PERSON, K_AGENT) or
                          prev.kind == K_ORG and m.code == prev.code and
                          any(m.start <= ps < m.end for ps, *_ in self.people))) and \
                        (m.code == prev.code or K_PERSON in (m.kind, prev.kind)) and \
                        not (prev.kind == K_PERSON and m.kind == K_AGENT and
                             (self.an[m.start].key in _COLLECTIVE_HEADS or self.an[m.start].key in _BODY_NOUNS)) and \
                        not (prev.kind == K_AGENT and m.kind == K_AGENT and self.an[prev.start].key in _BODY_NOUNS and
                             self.an[m.start].key not in _BODY_NOUNS and self.an[m.start].key not in _COLLECTIVE_HEADS
                             and not self.an[m.start].al) and \
                        not (prev.plural != m.plural and (self.an[prev.start].key.endswith("ات") or
                                                          self.an[m.start].key.endswith("ات"))) and \
                        not (prev.kind == K_AGENT and m.kind == K_PERSON and
                             self.an[prev.end - 1].key.endswith(("يون", "يين")) and self.an[prev.end - 1].al):
                    # (a plural in ات and a singular are two actors: السلطات التركية | رئيس بلدية إسطنبول;
                    # nor is an office in construct (سفير الكويت) after a body (وزارة الخارجية الكويتية | سفير
                    # الكويت في طهران: the ministry recalls him);
                    # nor is one man apposed to people named with a plural nisba: الثوار الليبيون | سيف الإسلام
                    # القذافي;
                    # a man of another role after "and" is another man: الرئيس سلفا كير | ورياك مشار;
                    # the plural flag of other words is a guess: أمين ends like a plural; a person and a
                    # body after him are two: دعا السيستاني | البرلمان العراقي)
                    merged = Mention(prev.start, m.end, m.code if len(m.code) >= len(prev.code) else prev.code,
                                     K_AGENT if K_AGENT in (m.kind, prev.kind) else m.kind, prev.srcs + m.srcs)
                    merged.prep, merged.gender, merged.plural, merged.role = prev.prep, prev.gender, prev.plural, \
                        prev.role
                    out[-1] = merged
                    continue
            out.append(m)
        starts = {x.start for x in out}
        for m in out:
            # the rest of a person's lineage: محمد بن سلمان | بن عبدالعزيز آل سعود (آل is normalised
            # to ال), as long as no other actor starts there
            while m.kind in (K_PERSON, K_AGENT) and not m.members and m.end + 1 < self.n and \
                    self.words[m.end] in ("ال", "بن", "ابن", "بنت", "ولد") and self.words[m.end + 1].isalpha() \
                    and not self.boundary[m.end + 1] and m.end not in starts and m.end + 1 not in starts \
                    and not self.an[m.end + 1].pre:
                m.end += 2
                if self.words[m.end - 1] in _NAME_FIRST_PARTS and m.end < self.n and self.words[m.end].isalpha() \
                        and not self.boundary[m.end] and m.end not in starts and not self.an[m.end].pre:
                    m.end += 1  # the two words of a name after it (ولد سيد أحمد، بن عبد العزيز)
            if m.kind in (K_PERSON, K_AGENT) and not m.members and m.end < self.n and self.an[m.end].al and \
                    self.an[m.end].key in _POST_HONORIFICS and m.end not in starts:
                m.end += 1  # السلطان هيثم بن طارق المعظم
        titled: list[Mention] = []
        for m in out:
            if titled and m.bare and m.kind == K_AGENT and not m.members and m.prep == "" and \
                    not self._of_his_country(m) and m.start == titled[-1].end and \
                    titled[-1].kind in (K_PERSON, K_AGENT) and \
                    not titled[-1].members and m.role and titled[-1].code[3:6] == m.role and \
                    not self.an[m.start].pre and any(titled[-1].start <= ps and pe <= titled[-1].end
                                                     for ps, pe, _c, _s in self.people):
                # a name, then its office with no country (الأمير فيصل بن فرحان بن عبدالله وزير
                # الخارجية): the office is the name's title, not another actor
                prev = titled[-1]
                merged = Mention(prev.start, m.end, prev.code, K_PERSON, prev.srcs + m.srcs)
                merged.prep, merged.gender, merged.plural, merged.role, merged.name = \
                    prev.prep, prev.gender, prev.plural, prev.role, prev.name
                titled[-1] = merged
                continue
            titled.append(m)
        out = self._comma_appositions(titled)
        # an envoy or ambassador "to X" followed by his name: المبعوث الأممي إلى سوريا غير بيدرسن
        i = 0
        merged_out: list[Mention] = []
        while i < len(out):
            m = out[i]
            if (i + 2 < len(out) and m.kind == K_AGENT and not m.adjective and not m.bare and not m.members
                    and out[i + 1].prep in ("الي", "لدي") and
                    all(self.an[t].al and not self.an[t].pre and self.an[t].key in _ROLE_QUALIFIERS
                        for t in range(m.end, out[i + 1].start - 1))  # (المبعوث الأممي الخاص إلى سوريا)
                    and out[i + 2].start == out[i + 1].end and out[i + 2].kind == K_PERSON and out[i + 2].prep == ""
                    and out[i + 2].code[:3] == m.code[:3]):
                p = out[i + 2]
                mm = Mention(m.start, p.end, p.code if len(p.code) >= len(m.code) else m.code, K_AGENT,
                             m.srcs + p.srcs)
                mm.prep, mm.gender, mm.plural, mm.role = m.prep, m.gender, m.plural, m.role
                merged_out.append(mm)
                i += 3
                continue
            merged_out.append(m)
            i += 1
        return merged_out

    def _named_members(self, ms: list[Mention]) -> None:
        """States named by a group noun the dictionaries do not know, then listed between
        commas (أعلنت دول تحالف الساحل، مالي وبوركينا فاسو والنيجر، استدعاء سفرائها): the list
        stands where the group noun is, so that it is the verb's subject."""
        taken = {t for m in ms for t in range(m.start, m.end)}
        for m in ms:
            c = m.start - 1
            if not m.members or len(m.members) < 2 or c < 2 or self.words[c] != "،" or \
                    m.end >= self.n or self.words[m.end] != "،" or m.prep:
                continue
            h = next((t for t in range(c - 1, max(-1, c - 5), -1)
                      if self.an[t].key in _STATES_HEADS and not self.an[t].pre and not self.an[t].suf), -1)
            if h < 0 or any(t in taken or self.boundary[t] for t in range(h, c)):
                continue
            m.start = h
            m.prep = self._prep_before(h)

    def surname_keys(self, start: int, end: int) -> list[str] | None:
        """The keys of the surname of the person named in full from ``start`` to ``end`` (the
        words after the first name, when they look like a name: not an ordinal, not a function
        word), or None."""
        if end - start < 2:
            return None
        if self.an[start].key in _COMPOUND_FIRST and end - start >= 3:
            start += 1  # a compound first name (عبد الفتاح البرهان، أبو بكر البغدادي): the surname is after it
        first = self.an[start + 1]
        # (a surname the analyser reads as a noun with a pronoun, رئيسي, is kept as written)
        keys = [self.words[start + 1] if first.suf else first.key] + self.ik[start + 2:end]
        if keys[0] in _NOT_SURNAMES or len(keys[0]) < 3 or any(not w.isalpha() for w in keys):
            return None
        return keys

    def _surnames(self, ms: list[Mention], local: dict) -> list[Mention]:
        """A surname alone names the person the record named in full before it (بدر عبد
        العاطي ... وأكد عبد العاطي): news give the full name once, then the surname. A
        definite head noun alone names the organisation named with it before (حركة حماس ...
        الحركة); see ``_Record.learn_heads``."""
        known = self.known_names or {}
        an = self.an
        if not any(a.key in known or a.key in local for a in an) and not any(w in known for w in self.words):
            return ms  # no word of the sentence names anyone named before
        taken = set()
        bare_at = {}
        for m in ms:
            if (m.bare or (m.kind == K_AGENT and not m.code)) and m.end - m.start == 1:
                bare_at[m.start] = m  # a role noun alone may be an organisation's head (الحزب، المحكمة)
            else:
                taken.update(range(m.start, m.end))
        actor_starts = {m.start for m in ms if not m.adjective}
        found = []
        k = 0
        while k < self.n:
            key = an[k].key
            surface = False
            if an[k].suf and key not in known and self.words[k] in known:
                # a surname read as a noun with a pronoun (رئيسي "my president" is Raisi)
                key, surface = self.words[k], True
            cands = None
            if k not in taken and (key in known or key in local):
                cands = [c[:4] for c in local.get(key, ()) if c[4] <= k]  # named before, in this sentence
                if len({c[1] for c in cands}) > 1:
                    cands = [((), "", "", True)]  # two organisations with this head: neither
                if not cands and self.known_names:
                    cands = self.known_names.get(key)
            if cands:
                for rest, code, src, head in cands:
                    if head and not (code and self.an[k].al and not self.an[k].suf and
                                     (k + 1 >= self.n or self.boundary[k + 1] or k + 1 in actor_starts or
                                      not (self.an[k + 1].al and not self.an[k + 1].pre and
                                           self.an[k + 1].key.endswith(("ي", "ية", "يه"))))):
                        continue  # الحركة alone, not الحركة الإسلامية (but ورفضت الجماعة القرار, الجماعة المسلحة)
                    if not head and k in bare_at and not surface:
                        continue
                    e = self._phrase_end(k, rest)
                    if e > 0 and not taken.intersection(range(k, e)):
                        if k in bare_at:
                            ms = [x for x in ms if x is not bare_at[k]]
                        m = Mention(k, e, code, K_ORG if head else K_PERSON, [src])
                        m.gender = "f" if head and self.ik[k].endswith("ة") else "m"
                        if head and len(code) == 3:
                            m.kind, m.name = K_METONYM, "place"  # a region named again (الإقليم)
                        m.prep = self._prep_before(k)
                        found.append(m)
                        if not head:
                            self.people.append((k, e, code, src))
                        k = e - 1
                        break
            k += 1
        if not found:
            return ms
        return sorted(ms + found, key=lambda m: m.start)

    def _member_chains(self, ms: list[Mention]) -> list[Mention]:
        """A person's name, then "member of" a body of his own country (أندريه غروميكو عضو المكتب السياسي
        للجنة المركزية للحزب الشيوعي السوفياتي، عبد السلام جلود عضو مجلس قيادة الثورة): the membership is
        his description, not another actor, so an office or an object after it follows the name; and so is
        his office in such a body named with ل (ياسر عرفات رئيس اللجنة التنفيذية لمنظمة التحرير). Not when
        an actor with a name or a code of its own follows the body, whose member that is (استقبل الرئيس
        بشار الأسد | عضو مجلس الدولة وزير الخارجية الصيني وانغ يي), nor when the body is another country's
        (استقبل الملك | عضو مجلس الشيوخ الأمريكي), nor for an office in a body named without ل (استقبل
        السيسي | رئيس مجلس النواب: the object)."""
        drop: set[int] = set()
        for i, m in enumerate(ms):
            if i in drop or m.members or not m.code or m.kind not in (K_PERSON, K_AGENT) or m.end >= self.n or \
                    not any(m.start <= ps < m.end for ps, *_ in self.people):
                continue
            # "member" after the name, or already in its mention with the body's first words (غروميكو عضو
            # المكتب السياسي | للجنة المركزية)
            within = any(self.words[t] == _MEMBER for t in range(m.start + 1, m.end)) and \
                self.an[m.end].pre == "ل" and (self.an[m.end].al or self.words[m.end].startswith("لل"))
            a = self.an[m.end]
            office = not within and m.end + 1 < self.n and a.key in _OFFICE_HEADS and not a.pre and not a.al and \
                not a.suf
            if not within and not office and (m.end + 1 >= self.n or self.words[m.end] != _MEMBER):
                continue
            starts = {x.start: x.end for x in ms[i + 1:] if x.prep == "ل"}
            end = self._genitive_chain(m.end if within else m.end + 1, within, starts)
            if end is None or end == m.end:
                continue
            inside = [j for j in range(i + 1, len(ms)) if ms[j].start < end]
            if any(ms[j].end > end or ms[j].code[:3] != m.code[:3] and ms[j].code or
                   any(ms[j].start <= ps < ms[j].end for ps, *_ in self.people) for j in inside):
                continue
            if office and not (inside and all(ms[j].prep == "ل" and ms[j].code for j in inside)):
                continue  # an office of a body of his own country named with ل (ياسر عرفات رئيس اللجنة التنفيذية
                # لمنظمة التحرير); not one named without (استقبل السيسي | رئيس مجلس النواب is the object)
            nxt = next((x for x in ms[i + 1:] if x.start >= end), None)
            if nxt is not None and nxt.start == end and not nxt.bare:
                continue  # the body's member is the actor named next
            m.end = end
            drop.update(inside)
        return [m for j, m in enumerate(ms) if j not in drop] if drop else ms

    def _summits_of(self, ms: list[Mention]) -> None:
        """A summit or conference "of" an organisation (ناشد مؤتمر القمة السابع لدول عدم الانحياز العراق وإيران،
        أعلنت القمة الطارئة لمنظمة التعاون الإسلامي) speaks for the organisation: its mention begins at the
        summit. Not after a preposition or a part of the summit (وفد إيران إلى مؤتمر القمة الثامن لدول عدم
        الانحياز، في افتتاح القمة السادسة ...): the summit is then where, not who."""
        taken = {t for x in ms for t in range(x.start, x.end)}
        for m in ms:
            if m.prep != "ل" or m.members or m.kind != K_ORG or not m.code.startswith(("IGO", "NGO")):
                continue
            k = m.start - 1
            while k > m.start - 4 and k >= 0 and self.an[k].al and not self.an[k].pre and k not in taken and \
                    self.an[k].key not in _SUMMIT_KEYS:
                k -= 1  # (ordinals and adjectives: السابع، الطارئة، العادية)
            if k < 0 or k in taken or self.boundary[k] or self.an[k].key not in _SUMMIT_KEYS or \
                    self.an[k].pre not in ("", "و") or self.an[k].suf:
                continue
            if k > 0 and self.an[k].al and self.an[k - 1].key in _SUMMIT_KEYS and not self.an[k - 1].al and \
                    self.an[k - 1].pre in ("", "و") and k - 1 not in taken:
                k -= 1  # مؤتمر القمة
            if self._prep_before(k) or k > 0 and self.an[k - 1].key in _SUMMIT_PARTS:
                continue  # (a delegation to the summit, a speech before it or at its opening: the summit is where)
            m.start = k
            m.prep = ""

    def _presidencies(self, ms: list[Mention]) -> list[Mention]:
        """A state's presidency of an organisation (الرئاسة النمساوية للاتحاد الأوروبي، الرئاسة الكويتية لمجلس
        التعاون) speaks for the organisation: one mention of it, from the presidency on."""
        out: list[Mention] = []
        for m in ms:
            p = out[-1] if out else None
            if p is not None and m.prep == "ل" and not m.members and m.kind == K_ORG and \
                    m.code.startswith("IGO") and p.end == m.start and p.kind == K_AGENT and not p.members and \
                    p.end - p.start == 2 and self.an[p.start].key == _PRESIDENCY and self.an[p.start].al and \
                    not self.an[p.start].suf:
                m.start, m.prep = p.start, p.prep
                m.srcs = p.srcs[:1] + m.srcs
                out[-1] = m
                continue
            out.append(m)
        return out

    def _genitive_chain(self, k: int, definite: bool = False, starts: dict[int, int] | None = None) -> int | None:
        """The end of a body's name in the genitive from ``k`` (مجلس قيادة الثورة، المكتب السياسي للجنة
        المركزية للحزب): nouns in construct, then definite words and definite words after ل, and the actors
        named after ل that ``starts`` gives (start: end); None when there is no definite word."""
        while k < self.n and not self.boundary[k] and self.words[k].isalpha():
            a = self.an[k]
            if starts and k in starts:
                definite = True
                k = starts[k]
                continue
            if a.al and a.pre in ("", "ل") or a.pre == "ل" and self.words[k].startswith("لل"):
                definite = True  # (للجنة is ل with the article before لجنة)
            elif a.pre or a.suf or definite or a.key in _OFFICE_HEADS:
                break
            k += 1
        return k if definite else None

    def _after_titles(self, k: int, limit: int | None = None) -> int:
        """The index after the titles that begin at ``k`` (آية الله العظمى السيد), none starting at
        ``limit`` or after it, or ``k``."""
        limit = self.n if limit is None else limit
        while k < limit and self.has(k, "TITLE"):
            k = self.mark(k, "TITLE")[2]
        return k

    def _comma_appositions(self, ms: list[Mention]) -> list[Mention]:
        """A description set off by commas after an actor is part of it: الأمير محمد بن
        سلمان، ولي العهد رئيس مجلس الوزراء، ... (only role nouns with no country of their
        own, or of the same country, between the two commas)."""
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            m = ms[i]
            out.append(m)
            i += 1
            if m.adjective or m.end >= self.n:
                continue
            if m.bare or m.members or not m.code:
                taken = self._role_holder(m, ms, i, out)
                if not taken and m.bare:
                    taken = self._office_after(m, ms, i, out) or self._office_tail(m, ms, i, out)
                i += taken
                continue
            if self.words[m.end] not in ("،", ","):
                taken = self._role_holder(m, ms, i, out)
                i += taken if taken else self._office_tail(m, ms, i, out)
                continue
            if m.kind == K_AGENT and len(m.code) >= 6 and not m.prep and \
                    (t := self._titled_name_before(m, {q for x in ms for q in range(x.start, x.end)})) >= 0:
                # a title and a name no dictionary has, then the office set off by commas (وصل الفريق أسامة
                # عسكر، رئيس أركان حرب القوات المسلحة المصرية، إلى بنغازي): one actor, the office's
                mm = Mention(t, m.end, m.code, m.kind, m.srcs)
                mm.prep, mm.gender, mm.plural, mm.role, mm.name = self._prep_before(t), m.gender, m.plural, m.role, \
                    "person"
                out[-1] = mm
                continue
            j = i
            k = m.end + 1
            while j < len(ms) and ms[j].start == k and not ms[j].adjective and not ms[j].members and \
                    (ms[j].bare or ms[j].code[:3] == m.code[:3]) and ms[j].prep == "" and \
                    (ms[j].kind in (K_AGENT, K_PERSON) or ms[j].kind == K_ORG and ms[j].code == m.code):
                # (or the body he heads, by its name: أحمد الطيب، شيخ الأزهر،)
                k = ms[j].end
                j += 1
            if j > i and k < self.n and self.words[k] in ("،", ",") and k - m.end <= 10:
                mm = Mention(m.start, k, m.code, m.kind, m.srcs + sum((x.srcs for x in ms[i:j]), []))
                mm.prep, mm.gender, mm.plural, mm.role, mm.name = m.prep, m.gender, m.plural, m.role, m.name
                out[-1] = mm
                i = j
                continue
            i += self._role_holder(m, ms, i, out)
        return out

    def _titled_name_before(self, m: Mention, taken: set) -> int:
        """When the office ``m`` is set off by commas after a title and a name no dictionary has
        (السيد جون سميث، الفريق أسامة عسكر،), the title's index; else -1. The title opens its clause:
        it follows a verb, or opens the sentence."""
        c = m.start - 1
        if c < 2 or self.words[c] not in ("،", ","):
            return -1
        k = c
        while k > 0 and c - k < 4:
            a = self.an[k - 1]
            if self.boundary[k - 1] or k - 1 in taken or \
                    not self.words[k - 1].isalpha() or a.pre.startswith("و") or a.suf or self.marks[k - 1] or \
                    a.flags and not (a.flags & 16) or a.key in self.tables.forms:
                break
            k -= 1
        if k == c:
            return -1  # (no name)
        t = k
        while t > 0 and self.has(t - 1, "TITLE") and not self.boundary[t - 1] and t - 1 not in taken:
            t -= 1
        if t == k:
            return -1  # (no title: the words may be anything)
        if t > 0 and not self.boundary[t - 1] and not any(r[1] == "V" for r in self.tables.forms.get(
                self.an[t - 1].key, ())):
            return -1
        return t

    def _office_after(self, m: Mention, ms: list[Mention], i: int, out: list[Mention]) -> int:
        """A role with no country and its holder's name, then his office set off by commas
        (والكاردينال فرانسيس أرينزي، رئيس المجلس البابوي للحوار بين الأديان،): one actor, the
        office's code. Only an office head with a country of its own, not after و (a list of
        actors), closed by a comma or the sentence's end. Replaces ``out[-1]``; returns 1 or 0."""
        if m.kind != K_AGENT or m.code or m.members or m.plural or i >= len(ms) or \
                m.end >= self.n or self.words[m.end] not in ("،", ","):
            return 0
        x = ms[i]
        if x.start != m.end + 1 or x.kind != K_AGENT or not x.code or x.members or x.adjective or x.bare or \
                x.prep or self.an[x.start].pre or self.an[x.start].key not in _OFFICE_HEADS or \
                (x.end < self.n and self.words[x.end] not in ("،", ",", ".")):
            return 0
        mm = Mention(m.start, x.end, x.code, K_AGENT, m.srcs + x.srcs)
        mm.prep, mm.gender, mm.plural, mm.role = m.prep, m.gender, m.plural, x.role
        out[-1] = mm
        return 1

    def _office_tail(self, m: Mention, ms: list[Mention], i: int, out: list[Mention]) -> int:
        """The rest of an office's long name after a person or an official with a country,
        up to a comma (بدر عبد العاطي وزير الخارجية | والهجرة وشؤون المصريين بالخارج،): part
        of the mention. It begins with و and holds no other actor (a nisba of the same
        country is the office's own word). Replaces ``out[-1]``; returns how many mentions
        of ``ms`` (from ``i``) it took in."""
        if m.kind not in (K_PERSON, K_AGENT) or m.members or not (len(m.code) >= 6 or (m.bare and m.role)) or \
                m.end >= self.n or not self.an[m.end].pre.startswith("و") or self.an[m.end].key not in _PORTFOLIOS:
            return 0  # (a bare ministry too: its country may come from the dateline)
        c = m.end
        while c < self.n and c - m.end < 6 and not self.boundary[c]:
            c += 1
        if c >= self.n or self.words[c] not in ("،", ","):
            return 0
        j = i
        while j < len(ms) and ms[j].start < c:
            x = ms[j]
            if x.members or (x.code and not (x.kind in (K_NISBA, K_DEMONYM) and x.code[:3] == m.code[:3])) or \
                    not (x.code or x.bare or x.kind == K_AGENT):
                return 0
            j += 1
        mm = Mention(m.start, c, m.code, m.kind, m.srcs + sum((x.srcs for x in ms[i:j]), []))
        mm.prep, mm.gender, mm.plural, mm.role, mm.name, mm.bare = m.prep, m.gender, m.plural, m.role, m.name, m.bare
        out[-1] = mm
        return j - i

    def _role_holder(self, m: Mention, ms: list[Mention], i: int, out: list[Mention]) -> int:
        """A role, then its holder's name set off by commas: وزير الشؤون الخارجية والتعاون
        الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، ... The name is the more
        specific, it gives the code; a few words of the office's long name may stand
        between the role and the comma. Replaces ``out[-1]``; returns how many mentions
        of ``ms`` (from ``i``) it took in (0: none, ``out`` unchanged)."""
        role = m.role or (m.code[3:6] if m.members else "")
        if m.kind != K_AGENT or not role:
            return 0
        c = m.end
        while c < self.n and c - m.end < 5 and not self.boundary[c]:
            c += 1
        comma = c < self.n and self.words[c] in ("،", ",")
        if not comma:
            # no comma: the holder's name right after the office's long name and its country
            # (وزير الخارجية والمغتربين في الجمهورية العربية السورية فيصل المقداد)
            person = next((x for x in ms[i:] if x.kind == K_PERSON), None)
            if person is None or not m.end < person.start <= m.end + 9 or \
                    _base_key(self.an[m.start]) in ABROAD_HEADS or \
                    any(self.boundary[t] for t in range(m.end, person.start)):
                return 0
            c = person.start
        # the holder: the first mention after the comma, or the person found right after
        j = next((x for x in range(i, len(ms)) if (ms[x].start > c if comma else ms[x].start == c)), len(ms))
        if j >= len(ms):
            return 0
        p = ms[j]
        for x in ms[i:j]:
            # the office's own words: role nouns, nisbas of the holder's country (والمغاربة), or
            # its name after في (وزير الخارجية في الجمهورية العربية السورية)
            if x.members or (x.code and x.code[:3] != p.code[:3]) or (x.code and not (
                    x.kind in (K_NISBA, K_DEMONYM, K_ORGNISBA) or (x.kind == K_COUNTRY and x.prep == "في"))) \
                    or not (x.code or x.bare or x.kind == K_AGENT):
                return 0
        t = self._after_titles(c + 1 if comma else c, p.start)
        if p.kind == K_PERSON and p.start == t and len(p.srcs) == 1 and p.prep == "" and not p.members \
                and (p.end >= self.n or self.boundary[p.end]) and p.code[3:6] == role \
                and (not m.members or p.code[:3] in {x.code[:3] for x in m.members}):
            # (a group read from the office's name, الإفريقي والمغاربة, is one of its words)
            mm = Mention(m.start, p.end, p.code, K_PERSON, m.srcs + p.srcs)
            mm.prep, mm.gender = m.prep, "m"
            out[-1] = mm
            return j - i + 1
        return 0

    @staticmethod
    def _start_of(ms: list[Mention], j: int) -> int:
        """The first token of ``ms[j]``, or -1 past the end."""
        return ms[j].start if j < len(ms) else -1

    @staticmethod
    def _state_body(ms: list[Mention], j: int) -> tuple | None:
        """The state body ``ms[j]`` begins, with the country its nisba gives when the body has none yet
        (المخابرات | السورية): (code, end, the index after it, sources), or None."""
        b = ms[j]
        if b.members or b.adjective or b.kind != K_AGENT or b.code.startswith(("IGO", "NGO")):
            return None
        if len(b.code) > 3:
            return b.code, b.end, j + 1, list(b.srcs)
        nx = ms[j + 1] if j + 1 < len(ms) else None
        if b.code or nx is None or nx.kind != K_NISBA or nx.start != b.end or nx.members or not nx.code or \
                nx.code[:3] in REGION_CODES or not b.role:
            return None
        return nx.code[:3] + b.role, nx.end, j + 2, list(b.srcs) + list(nx.srcs)

    def _many_head(self, k: int) -> bool:
        """Whether the role noun at ``k`` is dual or plural (وزيرا، وزيري، رئيسا، قادة، وزراء), or a
        singular counted in the accusative (30 عنصرا)."""
        a = self.an[k]
        w = self.words[k]
        return (w.endswith(("ا", "ان", "ين", "ون", "ي", "و")) and len(w) > len(a.key)) or a.key in _BROKEN_PLURAL_HEADS \
            or (a.key.endswith(("ان", "ين", "ون")) and len(a.key) > 4) or (
                w.endswith("ا") and k > 0 and not a.al and not a.pre and not self.boundary[k - 1] and
                (self.words[k - 1].isdigit() or "TRANSPARENT" in self.cls[k - 1]))  # counted: 30 عنصرا

    def _join_quoted_conjunctions(self, toks: list) -> None:
        """و written against a quoted name (حركتا "فتح" و"حماس") is that name's conjunction:
        the two words become one (its span stays the name's)."""
        keep_idx, keep_words = [], []
        skip = False
        idx = self.tok_idx
        for k, t in enumerate(idx):
            if skip:
                skip = False
                continue
            w = self.words[k]
            if w == "و" and k + 1 < len(idx) and idx[k + 1] == t + 2 and toks[t + 1].text in QUOTES and \
                    toks[t + 1].start == toks[t].end and toks[t + 2].start == toks[t + 1].end and \
                    self.words[k + 1][:1].isalpha():
                keep_idx.append(idx[k + 1])
                keep_words.append("و" + self.words[k + 1])
                skip = True
                continue
            keep_idx.append(t)
            keep_words.append(w)
        self.tok_idx, self.words = keep_idx, keep_words

    def _said_again(self, first: int, end: int, start: int, prep: str) -> bool:
        """Whether the words from ``end`` to ``start`` are و and the preposition of the conjunct
        at ``first`` (``prep``, or a preposition word before its titles: إلى حضرة صاحب السمو الشيخ
        تميم) said again, perhaps after adjectives of the first conjunct and before titles of the
        next (أمير البلاد المفدى وإلى جلالة السلطان)."""
        if not prep:
            t = first - 1
            while t > 0 and t > first - 5 and self.has(t, "TITLE") and not self.an[t].pre:
                t -= 1
            if t < first - 1 and t >= 0 and self.words[t] in PREP_WORDS:
                prep = self.words[t]
        if prep not in PREP_WORDS:
            return False
        v = end
        while v < start and v < end + 2 and self.an[v].al and not self.an[v].pre and not self.marks[v] and \
                not self.boundary[v] and self.cover[v] is None:
            v += 1
        if v >= start or self.an[v].pre != "و" or self.an[v].key != prep or self.an[v].al:
            return False
        return all(self.has(t, "TITLE") for t in range(v + 1, start)) and start - v <= 3

    def _coordinate(self, ms: list[Mention]) -> list[Mention]:
        """X و Y (و Z) and X، Y و Z become one group mention."""
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            m = ms[i]
            if m.adjective and not m.members:
                # nisbas side by side name several parties: الاتفاق السعودي الإيراني، الدور
                # المصري والقطري، الواردات المكسيكية والكندية
                group = [m]
                j = i + 1
                while j < len(ms) and ms[j].adjective and not ms[j].members and ms[j].start == group[-1].end \
                        and not ms[j].prep and ms[j].code[:3] != group[-1].code[:3] \
                        and not self.an[ms[j].start].pre.replace("و", ""):
                    group.append(ms[j])
                    j += 1
                if len(group) > 1:
                    g = Mention(m.start, group[-1].end, m.code, m.kind, sum((x.srcs for x in group), []))
                    g.members = group
                    g.adjective = True
                    g.prep = m.prep
                    g.plural = True
                    out.append(g)
                    i = j
                    continue
            if m.bare and not m.members and m.role and not m.code and i + 1 < len(ms):
                nxt = ms[i + 1]
                if nxt.start == m.end and self.an[nxt.start].pre == "و" and not nxt.prep and not nxt.bare and \
                        not nxt.members and not nxt.adjective and nxt.kind in (K_AGENT, K_ORG) and \
                        len(nxt.code) >= 6 and nxt.code[3:6] == m.role and \
                        not nxt.code.startswith(("IGO", "NGO")):
                    # a bare body before one of the same role with a country (مجلس النواب والمجلس الأعلى
                    # للدولة): the two are of one country
                    m.code = nxt.code[:3] + m.role
                    m.bare = False
                    m.srcs = m.srcs + nxt.srcs[-1:]
            if m.adjective or m.bare:
                out.append(m)
                i += 1
                continue
            group = [m]
            j = i + 1
            end = m.end
            while j < len(ms):
                nxt = ms[j]
                # the و on a word that stands for the actor after it (وقعت جماعة الحوثي وممثلو القوى
                # السياسية، وعدد من الدول)
                stand_in = end < nxt.start <= end + 2 and self.an[end].pre == "و" and not nxt.prep and (all(
                    not self.boundary[t] and self.cover[t] is None and self.marks[t] and
                    all(mk[0] == "TRANSPARENT" for mk in self.marks[t]) for t in range(end, nxt.start)) or any(
                    mk[0] == "TRANSPARENT" and mk[2] == nxt.start for mk in self.marks[end]))
                # (or one phrase of them: والقيادي في فتح)
                if nxt.bare and not nxt.members and nxt.role and (nxt.start == end or stand_in) and \
                        self.an[nxt.start].pre == ("" if stand_in else "و") and self.an[nxt.start].al and \
                        not nxt.prep and \
                        m.kind == K_AGENT and len(m.code) >= 6 and not m.code.startswith(("IGO", "NGO")) and \
                        not m.members:
                    # a body of the same country named bare after it (الحكومة المغربية والنقابات
                    # التعليمية): the first's country is its
                    nxt.code = m.code[:3] + nxt.role
                    nxt.bare = False
                if nxt.adjective or nxt.bare:
                    break
                gap_ok = nxt.start == end and self.an[nxt.start].pre.startswith("و") or (
                    nxt.start == end + 1 and self.an[end].pre.startswith("و") and self.has(end, "TITLE")
                    and nxt.kind in (K_PERSON, K_AGENT)) or (  # الملك سلمان وفخامة الرئيس شي جين بينغ
                    end < nxt.start <= end + 2 and self.an[nxt.start].pre.startswith("و") and
                    nxt.kind in (K_AGENT, K_ORG) and all(
                        self.an[t].al and not self.an[t].pre and not self.boundary[t] and self.cover[t] is None
                        and (not self.marks[t] or all(mk[0] == "TRANSPARENT" for mk in self.marks[t]))
                        for t in range(end, nxt.start))) or stand_in or (
                    # the first's preposition said again (بالشكر إلى قطر وإلى سلطنة عمان، مع مصر ومع الأردن)
                    # (أمير البلاد المفدى وإلى جلالة السلطان: past an adjective of the first)
                    # and a title (وإلى جلالة السلطان هيثم)
                    self._said_again(m.start, end, nxt.start, m.prep))
                # (an adjective of the first before the و: الحكومة اليمنية الشرعية والمجلس الانتقالي الجنوبي;
                # or its number: الممرضات البلغاريات الخمس والطبيب الفلسطيني)
                comma_ok = (nxt.start == end + 1 and self.words[end] in ("،", ",")
                            and j + 1 < len(ms))
                if not (gap_ok or comma_ok):
                    break
                # the conjunction must not be followed by a preposition other than the first's
                if nxt.prep and nxt.prep != m.prep and not (nxt.prep in ("ب", "ل") and m.prep in ("ب", "ل")):
                    break
                if comma_ok and not gap_ok and m.prep and not nxt.prep:
                    break  # بالرباط، رئيس الحكومة الإسبانية: a place, then the verb's object
                group.append(nxt)
                end = nxt.end
                j += 1
            nested = any(x.members for x in group)
            while len(group) > 1 and not nested and not any(
                    self.an[x.start].pre.startswith("و") or self.an[x.start - 1].pre.startswith("و") or
                    (x.start - 2 >= y.end and self.an[x.start - 2].pre.startswith("و"))  # وإلى جلالة السلطان
                    for y, x in zip(group, group[1:])):
                # a list needs a و somewhere (مصر، السعودية والإمارات): commas alone separate
                # clauses (الذي يزور ليبيا، حفتر في بنغازي)
                group.pop()
                j -= 1
                end = group[-1].end
            if len(group) > 1 and (nested or group[-1].start != group[-2].end or
                                   self.an[group[-1].start].pre.startswith("و")):
                members = group
                if nested:
                    # a conjunct that is itself a group (مقاتلات وسفن حربية أمريكية وبريطانية) gives its members
                    members = []
                    for x in group:
                        members += [y for y in (x.members or [x]) if y.code not in {z.code for z in members}]
                g = Mention(m.start, end, m.code, m.kind, sum((x.srcs for x in group), []))
                g.members = members
                g.prep = m.prep
                g.plural = True
                g.gender = ""
                out.append(g)
                i = j
            else:
                out.append(m)
                i += 1
        return out


# "affairs" (شؤون، الشؤون): the adjective after it is no ministry (شؤونها الداخلية)
_AFFAIRS_KEYS = tuple(normalize(w) for w in ("شؤون", "شئون"))  # (and with a pronoun: شؤونها)
# short names of parties that are also ordinary words, actors only in context (see Sentence._context_names):
# key -> (code, first key and later keys of the full name whose dictionary line they take)
_CONTEXT_NAMES = {"فتح": ("PSEPTY", "حركة", ("فتح",))}
# words of membership or representation a party's name follows (القيادي في فتح، وفد فتح، كوادر فتح)
_MEMBER_HEADS = frozenset(normalize(w) for w in (
    "قيادي", "قياديو", "قياديي", "قيادة", "قيادات", "قادة", "عضو", "أعضاء", "مسؤول", "مسؤولو", "مسؤولي", "وفد", "وفدا",
    "وفدي", "كوادر", "أنصار", "عناصر", "مرشح", "مرشحي", "قائمة", "نواب", "نائب", "رئيس", "زعيم", "حركتا", "حركتي",
    "ناطق", "متحدث"))

#: verbal nouns of acts done to people, whose indefinite people after them are their object (بسجن ناشط،
#: باعتقال صحفيين; not سقوط قتلى, where the people are the subject)
_PATIENT_NOUNS = frozenset(normalize(w) for w in (
    "سجن", "حبس", "اعتقال", "توقيف", "احتجاز", "إعدام", "محاكمة", "اختطاف", "خطف", "ترحيل", "طرد", "إبعاد",
    "تعذيب", "ملاحقة", "إدانة", "تبرئة", "استدعاء", "إيداع", "مقتل", "قتل", "استهداف"))
#: nouns of attacks that a relative clause naming their makers may follow (كمين نصبته مجموعة مسلحة)
_RELATIVE_ACT_NOUNS = frozenset(normalize(w) for w in ("هجوم", "هجوما", "كمين", "كمينا", "تفجير", "تفجيرا", "عملية"))
#: "who holds" a nationality (شاب يحمل الجنسيتين): the people's country is the one named after it
_HOLDING = frozenset(normalize(w) for w in ("يحمل", "تحمل", "يحملون", "يحملان"))

#: one who leads a delegation or a party, named in construct with it (رئيس وفد فتح، زعيم حركة)
_SINGLE_LEADERS = frozenset(normalize(w) for w in ("رئيس", "زعيم", "ناطق", "متحدث"))
# one member of a party or a body, before "in X" (see Sentence._member_names)
_ONE_MEMBER = frozenset(normalize(w) for w in ("قيادي", "قيادية", "عضو", "عضوة", "مسؤول", "مسؤولة", "نائب", "نائبة"))
#: the same and other single members of a state body, who take its country and role when they are "in" it
#: (الضابط السابق في المخابرات السورية، مسؤول في وزارة الخارجية الأمريكية)
_BODY_MEMBERS = _ONE_MEMBER | frozenset(normalize(w) for w in (
    "ضابط", "ضابطة", "موظف", "موظفة", "مستشار", "مستشارة", "خبير", "خبيرة", "عنصر", "جندي", "مدير", "مديرة"))

# the first words of organisations' offices held by one person (المفوض الأوروبي، الأمين العام للجامعة)
_PERSON_TITLE_HEADS = frozenset(normalize(w) for w in (
    "مفوض", "مفوضة", "أمين", "مبعوث", "مبعوثة", "ممثل", "ممثلة", "مدير", "مديرة", "منسق", "منسقة", "مقرر",
    "مقررة"))  # (keys: the analyser has taken the article off)
_OFFICE_TITLES = _OFFICE_HEADS | _PERSON_TITLE_HEADS  # (the head of an office a construct cannot govern)

_STATES_HEADS = frozenset(normalize(w) for w in ("دول", "بلدان"))  # "the states of ..." (see _named_members)

_NOT_SURNAMES = frozenset(["اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
                           "اكبر", "اصغر", "بن", "ابن", "بنت", "ال", "ابو", "ام"])
_COMPOUND_FIRST = frozenset(["عبد", "ابو", "ابي"])  # the first word of a two-word first name
# military ranks, said between an office and the holder's name (قائد الجيش الفريق أول ...)
_RANKS = frozenset(["جنرال", "لواء", "فريق", "عميد", "عقيد", "مشير", "ادميرال", "عماد", "مقدم", "راءد"])


def _base_key(a: Analysis) -> str:
    """A word's key as its dictionary form: a feminine noun before a pronoun keeps its ة
    (سفيرتها: سفيرت + ها is سفيرة)."""
    return a.key[:-1] + "ة" if a.suf and a.key.endswith("ت") else a.key


def _same_actor(a: str, b: str) -> bool:
    """Whether two codes name one actor: the same organisation, or the same country."""
    if a.startswith(("IGO", "NGO")) or b.startswith(("IGO", "NGO")):
        return a[:6] == b[:6]
    return a[:3] == b[:3]


def shift_date(date: str, arg: str) -> str:
    """Move an ISO date by a TIME argument: '-1d', '+1w', '-1m', '-1y' or 'weekdayN'."""
    if not date:
        return date
    try:
        d = _dt.date.fromisoformat(date)
    except ValueError:
        return date
    if arg.startswith("weekday"):
        wd = int(arg[7:])
        back = (d.weekday() - wd) % 7
        return (d - _dt.timedelta(days=back)).isoformat()
    sign = -1 if arg[0] == "-" else 1
    num = int(arg.lstrip("+-")[:-1])
    unit = arg[-1]
    if unit == "d":
        return (d + _dt.timedelta(days=sign * num)).isoformat()
    if unit == "w":
        return (d + _dt.timedelta(weeks=sign * num)).isoformat()
    if unit == "m":
        month = d.month - 1 + sign * num
        y, mth = d.year + month // 12, month % 12 + 1
        return _dt.date(y, mth, min(d.day, 28)).isoformat()
    if unit == "y":
        return _dt.date(d.year + sign * num, d.month, min(d.day, 28)).isoformat()
    return date


__all__ = ["Sentence", "Mention", "person_code", "shift_date", "BOUNDARY", "PREP_WORDS", "F_PAST", "F_PRES"]
