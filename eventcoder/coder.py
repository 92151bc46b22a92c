"""
The coder: finds triggers, matches their patterns, assigns source and target,
applies negation and modality, and builds :class:`~eventcoder.events.Event`.

Argument logic, in the order the coder applies it:

1. A verb's subject is the actor just before it in its clause (SVO, a
   topicalised subject), else the first actor after it (VSO, allowing
   adverbs and dates in between), else the pronoun of ``أنها``/``أنه`` before
   it, else the subject carried forward from the previous coordinated clause.
2. The verb's pattern is matched after the subject; a pattern with ``SRC``
   turns the subject into the target (تسلم ... من SRC).
3. A verbal noun's source is its possessive pronoun, a nisba adjective after
   it, a genitive actor followed by a marked target (دعوة طهران لبوتين), or
   the subject of the verb that governs it (أعربت السعودية عن دعمها،
   هدد الرئيس بفرض، سعي ترامب إلى فرض).
4. Governors carry modality: intent (03x), threat (13x), denial and
   negation (not emitted), allegation and conditions (hypothetical), and
   litotes (negated لم تخف asserts what it governs).
5. Reception verbs reverse roles (تلقى دعوة من X); an invitation with no
   inviter takes the host of the visit as its source.
"""
from __future__ import annotations

import os
import threading
from typing import Iterable, Iterator, Sequence

import attrs

from .compiler import (E_LEMMA, E_PREP, E_SKIP, E_SRC, E_SYN, E_TGT, E_WORD, K_AGENT, K_COUNTRY, K_DEMONYM, K_METONYM,
                       K_NISBA, K_ORG, K_PERSON, Tables, cache_key, compile_tables, load_cached, store_cached)
from .codebook import REGIONS, cameo_code
from .dictionary import Dictionaries
from .errors import DictionaryError, InputError, Problem
from .events import Event
from .modality import modal_code, refusal_code, stop_code
from .morphology import F_NAME, Analyzer
from .normalize import normalize
from .sentence import (ABROAD_HEADS, AFFILIATED_WORDS, ANAPHORIC_HEADS, CAPTIVE_HEADS, DATELINE, FOREIGN_ADJECTIVES,
                       FRESH, IGO_SEATS, KINGDOMS, MARGIN, NOTABLE_HEADS, PLACE_WORDS, PREP_WORDS, REGION_CODES,
                       STORY,
                       Mention, Sentence,
                       home_role, shift_date)
from .text import analyse_text

GOVERNORS = ("INTENT", "THREAT", "DENY", "LITOTES", "ALLEGE", "WARN", "URGE", "REPORT", "CONTROL", "RECEIVE",
             "LIGHT", "COPULA", "WITNESS", "RESPOND")
# ل/ب with a pronoun are written as one short word (لها، بهم) that the clitic analysis leaves whole
_PRONOUN_PREP = {(p, p + suf): suf for p in ("ل", "ب") for suf in ("ه", "ها", "هم", "هما", "هن")}
_PRONOUN_PREP_WORDS = frozenset(w for _p, w in _PRONOUN_PREP)
# مع with a pronoun, which the analyser keeps whole (patterns name معه، معها as words): its pronoun
_WITH_PRONOUN = {"مع" + suf: suf for suf in ("ه", "ها", "هم", "هما", "هن")}
# grammar classes of function words: a noun in construct is never one of these (a content word
# such as تصريحات، تهديدات may carry REPORT or THREAT and still be the noun of "X of Y")
_ADVERB_ONLY = frozenset(["ADVERB"])
#: "called for" in a relative clause after a strike or a protest (إضراب دعا إليه الاتحاد)
_CALLED_FOR = frozenset(["دعا", "دعت", "دعوا", "دعتا", "يدعو", "تدعو"])
#: verbal nouns of demanding that, with ل, give the purpose of a gathering (للمطالبة باستقالة الحكومة)
_DEMAND_PURPOSE = frozenset(["مطالبة"])
_FUNCTION_CLASSES = frozenset(["PREP", "SUBORD", "NEG", "COND", "QUESTION", "ADVERB", "TIME", "MAY", "FUTURE",
                               "HYPO", "TRANSPARENT", "COUNTERPART", "FORMER", "PLURAL2", "TITLE", "LATTER"])
#: roles that fight: an armed force after a verb of violence is its object only when one of them went before
_FIGHTERS = frozenset(["MIL", "REB", "INS", "SPY", "COP", "UAF"])
#: people's roles: with no country named they are of the place or the story (المتظاهرون، الصحفيون)
_PEOPLE_ROLES = frozenset(["CVL", "OPP", "PTY", "MED", "LAB", "EDU", "HLH", "REL", "HRI", "ELI"])
#: a country's own bodies people act on at home (protest against the government, the court)
_DOMESTIC_BODIES = frozenset(["GOV", "LEG", "JUD", "COP", "MIL", "PTY", "SPY"])
#: parties, groups and people that react at home to what their government or courts made (see OWNER in frames.txt)
_PEOPLE_AT_HOME = frozenset(["OPP", "PTY", "CVL", "LAB", "EDU", "MED", "HRI", "BUS", "ELI", "LEG", "REL", "NGO"])
_INSTITUTIONS = frozenset(["GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "PTY"])
# world agencies: their datelines are where a correspondent is, not whose news it is
_WORLD_AGENCIES = frozenset(normalize(w) for w in (
    "رويترز", "فرانس", "أسوشيتد", "الأناضول", "سبوتنيك", "شينخوا", "إفي", "نوفوستي", "تاس", "يونايتد",
    "ب", "يو"))  # (ب: the last letter of أ ف ب, AFP, and of د ب أ, dpa; يو the first of يو بي آي, UPI)
# national news agencies: a story datelined with one is about that country's own bodies
# national news agencies and their countries (سبأنت in a Riyadh dateline is Yemen's news)
_NATIONAL_AGENCIES = {normalize(w): c for w, c in (
    ("كونا", "KWT"), ("ومع", "MAR"), ("بترا", "JOR"), ("واس", "SAU"), ("سانا", "SYR"), ("وام", "ARE"),
    ("قنا", "QAT"), ("وفا", "PSE"), ("واج", "DZA"), ("وات", "TUN"), ("سونا", "SDN"), ("بنا", "BHR"),
    ("العمانية", "OMN"), ("ارنا", "IRN"), ("إرنا", "IRN"), ("سبأ", "YEM"), ("سبأنت", "YEM"), ("لانا", "LBY"),
    ("واع", "IRQ"))}
# nouns whose genitive is not the one acted on (ضحايا هجوم حماس: the victims of Hamas's attack)
_NOT_CONSTRUCT_HEADS = frozenset(["ضحايا", "ضحية", "اعداء", "خصوم", "منتقدي", "معارضي",
                                  # passive participles describing the actor before them (قوات مدعومة من إثيوبيا)
                                  "مدعومة", "مدعوم", "مدعومين", "مدعومون", "مدعومتين", "مؤازرة", "مسنودة",
                                  "مسنود"])
#: buildings where visitors are met (في مطار دمشق الدولي، في قصر الرئاسة): a place phrase's head
_VENUES = frozenset(normalize(w) for w in ("مطار", "قصر", "مقر", "فندق", "قاعة", "مبنى", "منتجع", "مزرعة",
                                           "بحر", "خليج", "مياه", "محيط"))  # (and seas: في بحر العرب)
# what one party of a call or a meeting offers the other without naming it
_ADDRESSED_CODES = frozenset(["018", "051", "055", "036"])
#: messages whose content a clause after them says (بعث برسالة إلى X أشاد فيها)
_MESSAGES = frozenset(normalize(w) for w in ("رسالة", "رسالتين", "رسائل", "برقية", "برقيتين", "مذكرة", "خطاب"))
#: "what happened" (ما جرى، ما حدث), named again as what a labelling verb describes
_WHAT_HAPPENED = frozenset(["جري", "حدث"])
_DEMONSTRATIVES = frozenset(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اولءك"])
# international bodies with forces of their own (NATO, UN peacekeepers, the African Union's missions)
_ARMED_IGOS = ("IGOWSTNAT", "IGOUNOPKO", "IGOAFROAU")
# roles whose "forces" (قواتها) are the actor itself
_NONSTATE_ROLES = frozenset(["REB", "SEP", "INS", "OPP", "UAF"])
_ARMED_ROLES = frozenset(["REB", "SEP", "INS", "UAF"])  # armed groups at home (_so_called)


def _one_state(codes) -> bool:
    """Whether actor codes all name one state's bodies (USA, USAGOV, USALEG), none of them an
    organisation or a non-state group of it."""
    return len({c[:3] for c in codes}) == 1 and not any(
        c.startswith(("IGO", "NGO")) or c[3:6] in _NONSTATE_ROLES for c in codes)


# the roots of attacks and coercion, which a vow of retaliation answers
_HOSTILE_ROOTS = frozenset(["15", "16", "17", "18", "19", "20"])
#: a response vowed with these words is a threat of force (سترد بقوة، بكل الوسائل، عسكريا)
_FORCEFUL = frozenset(normalize(w) for w in ("بقوة", "عسكريا", "بالقوة", "بحزم", "الوسائل", "بالمثل", "بقسوة", "ساحق",
                                              "مزلزل"))
# the roots of the events whose target may be an event named again (بالقرار): reactions to it
_REACTION_ROOTS = frozenset(["01", "05", "10", "11", "12", "13"])
# "any" before an act warned of (محذرا من أي رد إسرائيلي)
_ANY_WORDS = frozenset(["اي", "ايه"])
#: how strongly one condemns (أدانته بشدة، بأشد العبارات): not what one is convicted of
_MANNER_NOUNS = frozenset(normalize(w) for w in ("شدة", "أشد", "قوة", "حزم", "عبارات", "العبارات"))
#: words for "some" of a group named by a pronoun after them (عدد منهم، بعض منهم)
_SOME_OF = frozenset(["عدد", "عددا", "بعض", "كثير", "كثيرا", "جميع", "كل"])
# "which X witnessed": the place an act happened in, not its doer (الاعتداء الذي شهدته مدينة نيس)
_WITNESSED = frozenset(["شهد", "شهدت", "يشهد", "تشهد"])
#: the roles of one person a state hands over to another (a former official, a businessman, an opponent,
#: a smuggler)
#: (not a soldier or a pilot: captives handed back are released, 0841)
_HANDED_OVER = frozenset(["ELI", "BUS", "OPP", "REB", "INS", "RAD", "SPY", "CVL", "MED", "HRI", "CRM"])
# what one says or does, named with the pronoun of who said or did it (تصريحاته، قراراتها، مواقفهم)
_OWNED_WORDS = frozenset(["تصريحات", "تصريح", "اتهامات", "انتقادات", "مزاعم", "ادعاءات", "اقوال", "كلام",
                          "قرار", "قرارات", "موقف", "مواقف", "سياسة", "سياسات", "خطاب", "تهديدات", "ممارسات",
                          "اجراءات", "خطوة", "خطوات"])
# nouns that name what was just said (ترد الخارجية برفض هذه التصريحات، ورفضت الهند الاتهامات، البيان)
_SAID_NOUNS = frozenset(["تصريحات", "اتهامات", "انتقادات", "مزاعم", "ادعاءات", "بيان", "بيانين"])
# people whose arrival after the place named is no visit (وصل إلى فريتاون 165 طبيبا كوبيا: medical aid)
_NOT_VISITORS = frozenset(["CVL", "HLH", "MIL", "REF", "MED", "LAB", "EDU", "BUS"])
# the sites of a place one arrives at (وصل إلى ميناء الحديدة، إلى مطار بيروت)
_ARRIVAL_SITES = PLACE_WORDS | frozenset(normalize(w) for w in ("ميناء", "مطار", "قاعدة", "مرفأ"))
# a prison, whose nisba names the state that holds its prisoners (سجن الرملة الإسرائيلي)
_PRISON_WORDS = frozenset(["سجن", "سجون", "معتقل", "معتقلات", "زنزانة"])
# what a warning that is a threat warns of: consequences, a response, a price, a red line
_CONSEQUENCES = frozenset(["عواقب", "عاقبة", "تداعيات", "رد", "يرد", "ترد", "نرد", "ثمن", "ثمنا", "احمر", "عقاب",
                           "انتقام"])
# acts whose target a warning that goes with them is addressed to (طالب تركيا بسحب قواتها، محذرا من)
_TOLD_ROOTS = frozenset(["10", "11", "12", "13", "16", "17", "18", "19", "20"])
# nouns whose genitive is their field, not an event (منتدى الاستثمار، صندوق الدعم)
_FRAME_HEADS = frozenset(normalize(w) for w in (
    "منتدى", "ملتقى", "معرض", "صندوق", "هيئة", "قطاع", "مجال", "مجالات", "ملف", "ملفات", "شؤون", "مركز", "معهد",
    "خبراء", "خبير", "مجلة", "صحيفة", "قناة", "بنك", "مصرف", "شركة", "شركات", "سوق", "أسواق", "فرص", "فرصة", "لجنة",
    "لجان"))
# people an indefinite participle describes (شبان مؤيدون لحزب الله، متظاهرون مؤيدون للرئيس): a standing
# attitude, not an act
_PEOPLE_NOUNS = frozenset(normalize(w) for w in ("شبان", "شباب", "متظاهرون", "متظاهرين", "محتجون", "محتجين",
                                                 "أنصار", "مسلحون", "مسلحين", "ناشطون", "ناشطين", "نشطاء",
                                                 "طلاب", "مواطنون", "مواطنين", "سكان"))
# what a denial rejects when it rejects reports (نفى صحة ما تناقلته وسائل الإعلام عن ...)
_HEARSAY = frozenset(normalize(w) for w in ("ما", "صحة", "أنباء", "تقارير", "شائعات", "ادعاءات", "مزاعم"))
# visits, tours and meetings a clause with خلالها describes (في زيارة قصيرة التقت خلالها)
_MEETING_HEADS = frozenset(normalize(w) for w in ("زيارة", "جولة", "اجتماع", "لقاء", "قمة", "مؤتمر", "اتصال",
                                                  "محادثات", "مباحثات", "رحلة", "مهمة"))
# nouns that name an act ("a step", "a move") and take a relative clause about reactions to it
_EVENT_HEADS = frozenset(normalize(w) for w in ("خطوة", "قرار", "إجراء", "هجوم", "اعتداء", "ضربة", "عملية", "أمر",
                                                "حادث", "حادثة", "تطور", "حكم"))
# the head nouns of institutions a pattern's BODY may name (not persons, countries or places)
_INSTITUTION_HEADS = frozenset(normalize(w) for w in (
    "مجلس", "مجالس", "برلمان", "حكومة", "حزب", "أحزاب", "جمعية", "جمعيات", "جماعة", "نقابة", "نقابات",
    "هيئة", "هيئات", "لجنة", "منظمة", "منظمات", "مؤسسة", "حركة", "اتحاد", "ائتلاف", "تحالف", "جبهة",
    "مفوضية", "صحيفة", "قناة", "جهاز", "وزارة", "بلدية", "مكتب", "كونغرس",
    "كنيست", "شركة", "منبر", "تنسيقية"))
_RELATIVE_PRONOUNS = {"الذي": "ه", "التي": "ها", "الذين": "هم", "اللذين": "هما", "اللتين": "هما"}  # the pronoun back
_RELATIVES = frozenset(["التي", "الذي", "اللذين", "اللتين", "الذين", "اللاتي", "اللواتي"])
_BEFORE_AFTER = frozenset(["قبل", "بعد", "وقبل", "وبعد"])  # قبل أن، بعد أن
#: launching attacks (شنت الطائرات الغارات): their object is a new act, not one named again
_LAUNCHING = frozenset(normalize(w) for w in ("شن", "أطلق"))
_ATTACKING = frozenset(normalize(w) for w in ("هاجم",))  # verbally, or with arms when fighters attack fighters
# attacks named by a noun (الهجوم، الاعتداءات، القصف، الغارة): who is hit "on" them is their victim
_ATTACK_NOUNS = frozenset(normalize(w) for w in ("هجوم", "اعتداء", "قصف", "غارة", "ضربة", "فجر", "استهدف", "عدوان"))
_HITTING = frozenset(normalize(w) for w in ("استهدف", "طال", "ضرب", "هز", "طاول"))  # what an attack hit
_ASPECTUAL = frozenset(normalize(w) for w in ("بدأ", "واصل", "استمر", "ظل", "شرع", "عاد"))  # بدأت تتسلم
#: the person, gender and number of a verb whose subject is the relative pronoun's antecedent
_RELATIVE_PGN = {"الذي": ("3ms",), "التي": ("3fs",), "اللذين": ("3md",), "اللتين": ("3fd",), "الذين": ("3mp",),
                 "اللاتي": ("3fp",), "اللواتي": ("3fp",)}
# words after a first name that are no surname (عبد الله الثاني، محمد السادس، بن ...)
_ADVERBIAL_HEADS = frozenset(["خلال", "اثناء", "في", "عبر", "بعد", "قبل", "منذ", "مساء", "صباح", "فجر", "ظهر", "ليل"])
_ADVERBIAL_CLASSES = frozenset(["TIME", "ADVERB"])
_CAUSE_WORDS = frozenset(["في", "علي", "جراء", "اثر", "بسبب", "نتيجة", "خلال"])  # قتل X جراء غارة إسرائيلية
_DECISIONS = frozenset(["قرار", "قرارا", "قانون", "قانونا", "مرسوم", "مرسوما", "امر", "امرا", "تشريع", "حزمة", "حكما",
                        "قرارين", "قانونين", "قراران", "قانونان", "مرسومين", "اعلان", "اعلانا"])
#: the kind of a decree or an order between it and what it does (أمرا تنفيذيا يحظر، إعلانا رئاسيا يحظر)
_ISSUER_ADJECTIVES = frozenset(["تنفيذيا", "رءاسيا", "اميريا", "ملكيا", "حكوميا", "وزاريا"])
_ADOPTING = frozenset(["اعتمد", "اصدر", "اقر", "تبني", "مرر", "صادق", "سن", "وقع"])  # a decision's makers
_DIRECTION_ADJ = frozenset(["شرقي", "غربي", "شمالي", "جنوبي", "شرق", "غرب", "شمال", "جنوب"])
_LABELLING = frozenset(["وصف", "اعتبر"])  # what one calls an act: "it" is an act, not an actor
_WHEN_WORDS = frozenset(["حين", "حينما", "عندما", "بعدما", "لما", "اثناء"])
_SAME_SUBJECT_LINKS = frozenset(["اذ", "حيث", "ثم", "كما"])  # a verb after them with no subject keeps the clause's
_ARMED_GROUPS = frozenset(["REB", "UAF", "INS", "SEP", "RAD"])  # their victims are of the place they act in
_ARMED = _ARMED_GROUPS | {"MIL"}  # any armed force
_VICTIM_ROLES = frozenset(["CVL", "REF", "EDU", "MED", "LAB", "HLH", "REL"])  # private people an armed group attacks
# offices of a state that do not demonstrate or strike (judges and lawyers, JUD, do)
_STATE_ROLES = frozenset(["GOV", "MIL", "LEG", "SPY", "COP"])
# curfews and states of emergency, imposed or lifted, and bans on protest: on the ruler's own country
_DOMESTIC_RULE = frozenset(["1721", "1723", "1724", "0813", "0814"])
_ASSAULT_BY_FORCES = frozenset(["182", "1823"])  # coded 190 when the source is a state's armed forces
#: the armed people police fight rather than repress (gunmen, insurgents, smugglers)
_ARMED_FOES = frozenset(["REB", "UAF", "INS", "SEP", "RAD", "CRM"])
_BUSINESS_PEOPLE = frozenset(["رجل", "رجال", "سيدة", "سيدات"])  # رجل الأعمال: a person, not a company
_UNARMED = frozenset(["CVL", "SET", "OPP", "LAB", "EDU", "MED"])  # who attack with no army's force (180, not 190)
_REPRESSED = frozenset(["CVL", "OPP", "EDU", "LAB", "MED", "HRI", "REL", "PTY"])  # a state's own people
_STILL = ("زال", "زلت", "يزا", "تزا", "برح", "انف", "فتء")  # ما زال "still" is not a negation
RECIPROCAL = ("019", "030", "031", "036", "040", "041", "043", "044", "046", "050", "054", "057", "060", "061",
              "062", "063", "064", "087", "193")
MAX_SKIP = 6
_EMPTY_INV = (frozenset(), frozenset())


class _Ref:
    """An actor argument: a mention, possibly reached through a pronoun."""

    __slots__ = ("mention", "sent", "how")

    def __init__(self, mention: Mention, sent: Sentence, how: str):
        self.mention = mention
        self.sent = sent
        self.how = how


class _Record:
    """What the coder remembers across the sentences of one record."""

    __slots__ = ("history", "last_subject", "names", "acts", "roles", "place", "place_ref", "city", "dateline",
                 "dateline_sent", "countries", "recent", "opening_subject", "loose", "sourceless")

    def __init__(self) -> None:
        self.history: list[tuple[Sentence, Mention]] = []
        self.opening_subject: _Ref | None = None  # the last subject when the current sentence began
        # the actors each role phrase has named so far: (keys of الرئيس الأمريكي's الرئيس) -> {code: srcs}
        self.roles: dict[tuple, dict[str, list]] = {FRESH: {}}
        # events coded so far that have a source: (sentence index, code, source, rule, target,
        # trigger span)
        self.acts: list[tuple[int, str, str, str, str, tuple | None]] = []
        # acts of force whose object is no actor (اقتحمت قوات الاحتلال مقار مؤسسات أهلية), kept as acts
        # are: what a later reaction to "the raid" names (see _event_refs, _act_nouns)
        self.loose: list[tuple[int, str, str, str, str, tuple | None]] = []
        # attacks with a target and no known attacker (هاجم مسلحون مجهولون مقر الشرطة): (sentence index, code,
        # target ref, rule, evidence); a later claim (وتبنت حركة الشباب الهجوم) names who made them
        self.sourceless: list[tuple] = []
        self.last_subject: _Ref | None = None
        # surnames of the people named in full so far: {first key: [(rest keys, code, src)]}
        self.names: dict[str, list[tuple]] = {}
        self.place = ""  # the country of the last place named with في in the sentences before
        self.city = ""  # the country of the dateline's city, whatever the agency
        self.dateline: Mention | None = None  # that city's mention (no pronoun's antecedent)
        self.dateline_sent: Sentence | None = None  # and its sentence
        self.place_ref: _Ref | None = None  # where rec.place was named
        self.countries: dict[str, list] = {}  # the countries named so far (two are enough to know)
        self.recent: list[Event] = []  # the last asserted dyadic events (what a later one follows suit in)

    def learn_roles(self, s: Sentence) -> None:
        """Remember, for the role phrase that begins each actor named with a country or a
        name (الرئيس | الأمريكي دونالد ترامب، ولي العهد | السعودي), that actor: a later bare
        الرئيس، ولي العهد names it again (see Sentence._bare_roles)."""
        for m in s.mentions:
            key = s.role_key(m)
            if key is not None:
                self.roles.setdefault(key, {}).setdefault(m.code, m.srcs)
                if len(key) > 1 and key[0] in _HEADS_ALONE:
                    # a ministry or a minister named with its portfolio (وزارة الإعلام الإريترية) is named again by
                    # its head alone (واتهمت الوزارة واشنطن): when only one was named, that one
                    self.roles.setdefault(key[:1], {}).setdefault(m.code, m.srcs)
                # and the role phrases inside it: قوات النظام السوري makes a later bare النظام Syria's
                # government, المتحدث باسم الخارجية الصينية a later الخارجية China's
                for start, end in s.role_pieces.items():
                    if m.start < start and end <= m.end and not s.an[start].suf:
                        inner = tuple(s.an[t].key for t in range(start, end))
                        self.roles.setdefault(inner, {}).setdefault(m.code, m.srcs)

    def learn_country(self, s: Sentence) -> None:
        """Remember the countries the story has named (its states, cities, nisbas and the
        countries of its actors, not organisations or regions): while it has named just one,
        a later bare state body (الحكومة، الرئاسة، البرلمان) is that country's (see
        Sentence._bare_roles)."""
        countries = self.countries
        if len(countries) > 1:
            return
        for m in s.mentions:
            if m is self.dateline and s.an[m.start].key in IGO_SEATS:
                continue  # (نيويورك – عرضت المبعوثة الأممية إلى ليبيا: a UN story, not an American one)
            for x in m.flat():
                c = x.code[:3]
                if len(c) == 3 and not c.startswith(("IGO", "NGO", "IMG")) and c not in REGION_CODES:
                    countries.setdefault(c, x.srcs[:1])
        if countries:
            self.roles.pop(FRESH, None)
        if len(countries) == 1:
            self.roles[STORY] = dict(countries)
        else:
            self.roles.pop(STORY, None)

    def learn_heads(self, s: Sentence) -> None:
        """Remember, for the head noun of each organisation named (حركة حماس، جماعة الحوثي،
        مجلس الأمن), the organisation: a later bare الحركة، الجماعة، المجلس names it. A
        head that two organisations of the record share names neither."""
        heads = [(s.an[start].key, code, src) for start, end, code, src in s.orgs
                 if end - start >= 2 and not s.an[start].suf]  # (لحلف شمال الأطلسي: حلف)
        # one named by a name of one word (حماس، داعش): the head nouns of its longer names (حركة حماس)
        heads += [(h, code, src) for start, end, code, src in s.orgs if end - start == 1
                  for h in s.tables.org_heads.get(src, ())]
        # a group named by the plural of its nisba (الحوثيون، الحوثيين): the head nouns of its names (جماعة
        # الحوثي): a later الجماعة is that group
        heads += [(h, m.code, m.srcs[0]) for m in s.mentions
                  if m.end - m.start == 1 and not m.adjective and not m.members and m.code and m.srcs and
                  s.an[m.start].key.endswith(("يون", "يين")) and m.srcs[0] in s.tables.org_heads
                  for h in s.tables.org_heads[m.srcs[0]]]
        # a delegation of a body or a state (وصل وفد من حركة حماس): a later الوفد is that delegation
        heads += [("وفد", m.code, m.srcs[0] if m.srcs else "") for m in s.mentions
                  if m.start > 1 and s.words[m.start - 1] == "من" and s.an[m.start - 2].key == "وفد" and
                  not s.an[m.start - 2].al and m.code and not m.members and not m.adjective]
        # a region named with its head noun (إقليم كردستان، إقليم تيغراي): a later الإقليم is that region
        heads += [(s.an[m.start].key, m.code, m.srcs[0] if m.srcs else "") for m in s.mentions
                  if m.name == "place" and m.end - m.start >= 2 and not s.an[m.start].suf and not m.members and
                  s.an[m.start].key == _REGION_HEAD]
        for head, code, src in heads:
            if head not in ANAPHORIC_HEADS:
                continue
            lst = self.names.setdefault(head, [])
            if any(e[3] and e[1] != code for e in lst):
                self.names[head] = [e for e in lst if not e[3]] + [((), "", "", True)]  # ambiguous
            elif not any(e[3] for e in lst):
                lst.append(((), code, src, True))

    def learn_names(self, s: Sentence) -> None:
        """Remember the surname of each person named in full in ``s`` (the words after
        the first name, when they look like a name: not an ordinal, not a function word)."""
        for start, end, code, src in s.people:
            keys = s.surname_keys(start, end)
            if keys is None:
                continue
            lst = self.names.setdefault(keys[0], [])
            entry = (tuple(keys[1:]), code, src, False)
            if entry not in lst:
                if any(e[0] == entry[0] and e[1] != code for e in lst):
                    # two people of the record share the surname: it names neither
                    self.names[keys[0]] = [x for x in lst if x[0] != entry[0]]
                    continue
                lst.append(entry)


class Coder:
    """
    An Arabic event coder.

    Args:
        dictionaries: Extra dictionary folders or files, loaded on top of the
            defaults (later ones win; a ``!`` line switches an entry off).
        defaults: Load the default dictionaries first (``True``).
        emit: What to emit beyond asserted events: any of ``"negated"``,
            ``"hypothetical"``, ``"unmapped"`` (intent or threat to do an act
            CAMEO has no intent/threat code for).
        cache: Use the compile cache in the user's cache folder.

    >>> coder = Coder()                                     # doctest: +SKIP
    >>> [e.code for e in coder.code("زار ترامب اليابان.", date="2019-05-25")]  # doctest: +SKIP
    ['042']

    .. versionadded:: 0.1.0
    """

    def __init__(self, dictionaries: Sequence[str | os.PathLike] = (), *, defaults: bool = True,
                 emit: Iterable[str] = (), cache: bool = True, tables: Tables | None = None):
        self.dictionary_paths = [str(p) for p in dictionaries]
        self.defaults = defaults
        self.emit = frozenset(emit)
        bad = self.emit - {"negated", "hypothetical", "unmapped"}
        if bad:
            raise ValueError(f"emit must be a subset of negated, hypothetical, unmapped (got {sorted(bad)})")
        self.warnings: list = []
        if tables is None:
            tables = self._load(cache)
        self.tables = tables
        self.analyzer = Analyzer(tables.lex)
        self._lock = threading.RLock()
        self._prepare()

    def _load(self, cache: bool) -> Tables:
        if cache:
            # a warm start reads and hashes the files but parses nothing: tables are cached
            # only after a compile without errors, keyed by the files' content
            scan = Dictionaries.scan(self.dictionary_paths, with_defaults=self.defaults)
            if not scan.problems:
                t = load_cached(cache_key(scan), scan.fingerprint())
                if t is not None:
                    self.warnings = [Problem(*p) for p in t.warnings]
                    return t
        dicts = Dictionaries.load(self.dictionary_paths, with_defaults=self.defaults)
        dicts.raise_for_errors()
        self.warnings = dicts.warnings
        key = cache_key(dicts)
        t, problems = compile_tables(dicts)
        t.warnings = tuple((p.path, p.line, p.message, p.severity) for p in dicts.warnings)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise DictionaryError(errors)
        if cache:
            store_cached(key, t)
        return t

    # pickling: the tables are plain data; the analyser's memo is rebuilt
    def __getstate__(self) -> dict:
        return {"tables": self.tables, "emit": self.emit, "dictionary_paths": self.dictionary_paths,
                "defaults": self.defaults}

    def __setstate__(self, d: dict) -> None:
        self.tables = d["tables"]
        self.emit = d["emit"]
        self.dictionary_paths = d["dictionary_paths"]
        self.defaults = d["defaults"]
        self.warnings = []
        self.analyzer = Analyzer(self.tables.lex)
        self._lock = threading.RLock()
        self._prepare()

    def _prepare(self) -> None:
        """Lookups derived from the tables once per Coder: which words can start a
        pattern at all, and the patterns of each head with what they need."""
        t = self.tables
        self._needs = _pattern_needs(t)
        heads = set()
        for key in t.patterns:
            if key[0] in "LNP" and key[1:].isdigit():
                heads.add(int(key[1:]))
        self._trigger_keys = frozenset(k for k, rs in t.forms.items() if any(r[0] in heads for r in rs))
        self._syn_keys = frozenset(k for k, lst in t.syn_first.items() if any(n in t.patterns for _r, n in lst))
        # first words of the nouns EVENTREF lists (مبادرة، خطة، قرار): steps one announces
        self._eventref_keys = frozenset(k for k, lst in t.grammar_first.items() if any(g[1] == "EVENTREF" for g in lst))
        # the forms of اعتبر (it takes what it names as its object: ما اعتبروه تنصل الحكومة)
        self._considering_keys = frozenset(k for k, rs in t.forms.items()
                                           if any(normalize(t.lemmas[r[0]][0]) == "اعتبر" for r in rs))
        self._claiming_keys = frozenset(k for k, rs in t.forms.items()
                                        if any(r[1] == "V" and normalize(t.lemmas[r[0]][0]) == "تبني" for r in rs))
        # the first words of the agreements the synsets list (معاهدة، اتفاقية، مذكرة تفاهم): a treaty's topic
        # follows them, and a relative pronoun may stand for them
        self._treaty_keys = frozenset(k for k, lst in t.syn_first.items() if any(n == "&AGREEMENT" for _r, n in lst))
        # diplomats (سفير، سفيري، دبلوماسييها): whose they are is who recalls them (استدعاء سفيريها)
        self._diplomat_keys = frozenset(k for k, lst in t.syn_first.items() if any(n == "&DIPLOMAT" for _r, n in lst))
        self._vessel_keys = frozenset(k for k, lst in t.syn_first.items() if any(n == "&VESSEL" for _r, n in lst))
        self._ship_words = self._vessel_keys | {"نفط", "شحن"}  # (ناقلة النفط، سفينة الشحن: the ship named last)
        # the first words of talks (محادثات، مفاوضات، اجتماع): talks a third party hosts are the parties' own
        self._talks_keys = frozenset(k for k, lst in t.syn_first.items() if any(n == "&TALKS" for _r, n in lst))
        # the lemmas of dying whose subject is the victim (استشهد): coded only with who fired
        self._dying_lemmas = frozenset(k for k, lem in enumerate(t.lemmas) if normalize(lem[0]) in _DYING_VERBS)
        # the grammar lines of vowed responses (VOW): the evidence by which _retaliation knows one
        self._vow_rules = frozenset(src for lst in t.grammar_first.values() for _rest, cls, _arg, src in lst
                                    if cls == "VOW")
        # the lemmas whose own patterns take مع (قطع العلاقات مع، اتفاق مع): a noun of one of them on the way
        # to a pattern's مع takes that مع itself
        self._with_lemmas = frozenset(int(key[1:]) for key, pts in t.patterns.items() if key.startswith("L") and
                                      any((E_WORD, "مع") in pt[1] for pt in pts))
        # the UN Security Council's dictionary line: where a veto is cast when the text names no body
        node = t.actor_trie.get("مجلس")
        node = node[1].get("امن") if node else None
        council = [t.actors[x[1]] for x in node[0]] if node else []
        self._council = next(((a[1], a[2]) for a in council if a[1].startswith("IGOUNO")), None)
        self._plists: dict = {}
        self._recip_memo: dict = {}  # id(pattern list) -> (list, reciprocal variants), see _reciprocal
        self._react_memo: dict = {}  # id(pattern list) -> (list, has reaction codes), see _reacts
        self._key_inv: dict = {}  # word key -> (lemmas, synset names), see _inventory
        self._rec: _Record | None = None  # the record being coded (for pronoun targets in patterns)
        self._exclude: Mention | None = None  # a noun's nisba agent, not to be bound as its target
        self._sense_discarded = False  # the last match attempt ruled the sense out ("---")
        self._event_obj: _Ref | None = None  # the source of an event a reaction verb's pronoun refers to
        self._subject_ref: _Ref | None = None  # the subject of the verb being matched
        self._owner_hint: _Ref | None = None  # whose a noun's act will be (its own country is no target)
        self._pending: list = []  # the events of the sentence being coded, so far
        self._cur_code = ""  # the code of the pattern being matched
        self._labelled_pronoun = False  # a labelling verb with an object pronoun is being matched
        self._relative_object = False  # the object pronoun of a relative clause's verb is being matched
        self._msg_addr = None  # the addressee of the message whose content the verb being matched says

    # ------------------------------------------------------------------
    # public API

    def code(self, text: str, date: str | None = None, record_id: str | None = None,
             trace: list | None = None) -> list[Event]:
        """
        Code one record (a story or a sentence) and return its events.

        Args:
            text: Arabic text, any length; several sentences are fine.
            date: The record's date, ``YYYY-MM-DD``; it decides date-bounded
                actor codes and is copied to the events.
            record_id: Copied to the events.
            trace: A list that, when given, receives one dict per step (used by
                ``eventcoder explain``).

        A coder may be shared between threads: it keeps the state of the record it codes on
        itself, so calls from several threads take turns (for speed on several cores, use
        processes: ``--jobs``, :mod:`eventcoder.parallel`, Dask with process workers).
        """
        with self._lock:
            return self._code(text, date, record_id, trace)

    def _code(self, text: str, date: str | None, record_id: str | None, trace: list | None) -> list[Event]:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str (got {type(text).__name__})")
        date = date or ""
        if date:
            from .records import check_date

            checked = check_date(date)
            if checked is None:
                raise InputError(f"date must be YYYY-MM-DD (got {date!r})")
            date = checked
        rid = "" if record_id is None else str(record_id)
        doc = analyse_text(text)
        rec = _Record()
        self._rec = rec
        events: list[Event] = []
        seen: set[tuple] = set()
        for si, (a, b) in enumerate(doc.sentences):
            s = Sentence(self.tables, self.analyzer, doc, si, a, b, date, rec.names, rec.roles)
            if trace is not None:
                trace.append({"step": "sentence", "index": si, "text": doc.orig_text(a, b),
                              "discarded": s.discarded,
                              "tokens": [(w, an.pre, an.al, an.key, an.suf) for w, an in zip(s.words, s.an)],
                              "mentions": [_mention_info(s, m) for m in s.mentions]})
            if si == 0:
                self._dateline(s, rec)
            if s.discarded:
                continue
            if s.people:
                rec.learn_names(s)
            rec.learn_heads(s)
            n_acts = len(rec.acts)
            for ev in self._sentence(s, rec, date, rid, trace):
                k = (ev.sentence_index, ev.source, ev.target, ev.code, ev.negated, ev.modality)
                if k in seen:
                    continue
                seen.add(k)
                events.append(ev)
                if ev.source and ev.modality in ("asserted", "intent") and not ev.negated:
                    # (a decision announced for later is a step a reaction can name too)
                    rec.acts.append((si, ev.code, ev.source, ev.rule, ev.target, ev.trigger_span))
                if ev.source and ev.target and ev.modality == "asserted" and not ev.negated:
                    rec.recent.append(ev)
            if all(a[1][:2] in _SAYING_ROOTS for a in rec.acts[n_acts:]) and (
                    "REPORT" in s.present or "LIGHT" in s.present or "INTENT" in s.present or
                    any(s.an[v].key in _ADOPTING_STEPS or s.an[v].key in _STEP_VERBS for v in range(min(s.n, 12)))):
                self._announced(s, rec)
            if len(rec.acts) > 40:
                del rec.acts[:-20]
            if len(rec.loose) > 20:
                del rec.loose[:-10]
            if len(rec.sourceless) > 20:
                del rec.sourceless[:-10]
            if len(rec.recent) > 20:
                del rec.recent[:-10]
            rec.learn_roles(s)
            rec.learn_country(s)
            pm = _sentence_place_mention(s)
            if pm is not None:
                rec.place, rec.place_ref = pm.code[:3], _Ref(pm, s, "place")
            for m in s.mentions:
                if m.code and not m.adjective and not m.anaphor:
                    rec.history.append((s, m))
            if len(rec.history) > 40:
                del rec.history[:-20]  # pronouns look back a few sentences, not the whole story
        if any(ev.source[:3] in REGIONS or ev.target[:3] in REGIONS for ev in events):
            # a region kept as a country of its own is written back in CAMEO's order (KURGOV -> IRQKURGOV)
            events = [_in_cameo_order(ev) for ev in events]
        return events

    def code_records(self, records: Iterable[dict]) -> Iterator[Event]:
        """Code records ``{"id", "text", "date"}`` one after the other."""
        for r in records:
            yield from self.code(r.get("text", ""), date=r.get("date"), record_id=r.get("id"))

    # ------------------------------------------------------------------
    # triggers

    def _announced(self, s: Sentence, rec: _Record) -> None:
        """A sentence that codes no act (or only words: an accusation, a call) but has a state
        announce, decide or approve one (أعلنت الخارجية الأمريكية وقف كل التمويل الذي تقدمه ...،
        صادقت الحكومة على إغلاق ...) still tells who took the step: "the decision" of the next
        sentences (ندد أبو ردينة بالقرار) is that actor's. Kept as an act of no code, which only the
        plain "decision" nouns of EVENTREF name."""
        for v in range(min(s.n, 12)):
            a = s.an[v]
            adopting = a.key in _ADOPTING_STEPS
            if (a.key not in _STEP_VERBS and not adopting) or a.al or s.cover[v] is not None or \
                    not self._verb_position(s, v):
                continue
            last = rec.last_subject
            subj, _how = self._subject(s, v, rec)
            rec.last_subject = last
            if subj is None or subj.sent is not s or not subj.mention.code or subj.mention.members or \
                    (subj.mention.code.startswith(("IGO", "NGO")) and not adopting):
                return  # (a body's announcements are many; its resolutions adopted are steps: مدد مجلس الأمن ولاية)
            if adopting:
                # the adopting verb is the step (مدد مجلس الأمن بالإجماع ولاية اليونيفيل)
                rec.acts.append((s.index, "000", subj.mention.code, subj.mention.srcs[0] if subj.mention.srcs else "",
                                 "", s.span(v, v + 1)))  # (its evidence: the body's dictionary line)
                return
            j = self._step_object(s, subj.mention.end if subj.mention.start > v else v + 1, s.n)
            if j >= 0:
                mk = s.mark(v, "REPORT") or s.mark(v, "LIGHT")
                rule = mk[3] if mk is not None else ""
                rec.acts.append((s.index, "000", subj.mention.code, rule, "", s.span(j, j + 1)))
            return

    def _step_object(self, s: Sentence, start: int, limit: int) -> int:
        """Where the step a verb of announcing, deciding or issuing takes is named, within ten words of
        ``start`` and before ``limit``: an act or a decision noun (أعلنت وقف التمويل، أصدر مرسوما، أعلن
        خطته), or -1 (أعلن أن ...: words reported, not a step taken)."""
        for j in range(start, min(limit, start + 10)):
            if s.has(j, "SUBORD") or (s.boundary[j] and s.words[j] not in ("،", ",")):
                return -1
            key = s.an[j].key
            if key.endswith("ا") and not s.an[j].al and key[:-1] in self._eventref_keys:
                key = key[:-1]  # the accusative (أصدر مرسوما، اتخذ قرارا)
            if (key in self._trigger_keys or key in self._eventref_keys) and s.cover[j] is None and \
                    (s.an[j].al or not s.an[j].suf or key in self._eventref_keys):  # (أعلن خطته)
                return j
            if (j == start or s.words[j - 1] in ("،", ",")) and self._construct_noun(s, j):
                return j  # a verbal noun no dictionary lists, governing its object (قرر تأجيل الانتخابات)
        return -1

    @staticmethod
    def _construct_noun(s: Sentence, j: int) -> bool:
        """Whether the word at ``j`` is a bare noun heading a construct phrase (تأجيل الانتخابات، إغلاق
        المعبر): no article, clitic or pronoun, no class of its own but that of calling an act off (تأجيل،
        تعليق), and a definite word after it."""
        a = s.an[j]
        return not a.al and not a.pre and not a.suf and s.cls[j] <= _STEP_NOUN_CLASSES and len(a.key) >= 4 and \
            s.mention_at[j] is None and s.cover[j] is None and j + 1 < s.n and not s.boundary[j + 1] and \
            s.an[j + 1].al and not s.cls[j + 1]

    def _sentence(self, s: Sentence, rec: _Record, date: str, rid: str, trace) -> list[Event]:
        t = self.tables
        out: list[Event] = []
        rec.opening_subject = rec.last_subject
        event_date = shift_date(date, s.time_arg) if s.time_arg else date
        if "PLURAL2" in s.present:
            self._plural2(s, rec)
        if not _COUNT_WORDS.keys().isdisjoint(s.words):
            self._counted_states(s, rec)
        if "LATTER" in s.present:
            self._latter(s, rec)
        if "البلاد" in s.words or "للبلاد" in s.words or "بالبلاد" in s.words:
            self._the_country(s, rec)
        if not _AMBIGUOUS_NISBAS.keys().isdisjoint(s.words):
            self._ambiguous_nisbas(s, rec)
        if "بروكسل" in s.words:
            self._brussels(s, rec)
        if "الاعضاء" in s.words:
            self._member_states(s, rec)
        if not _REALM_FORMS.isdisjoint(s.words):
            self._the_kingdom(s, rec)
        if not _THE_ORGANISATION.isdisjoint(s.words):
            self._the_organisation(s, rec)
        if ("EVENTREF" in s.present or "DESCRIBE" in s.present and (
                "ذلك" in s.words or "ما" in s.words and not _WHAT_HAPPENED.isdisjoint(s.words))) and \
                (rec.acts or rec.loose):
            self._event_refs(s, rec)
        if (rec.acts and rec.acts[-1][0] >= s.index - 2) or (rec.loose and rec.loose[-1][0] >= s.index - 2):
            self._act_nouns(s, rec, trace)
        if not _REQUEST_NOUNS.keys().isdisjoint(a.key for a in s.an):
            self._request_nouns(s, rec, trace)
        self._possessives(s, rec)
        consumed = [False] * s.n
        pending: list[tuple] = []
        self._pending = pending
        trigger_keys = self._trigger_keys
        syn_keys = self._syn_keys
        reports = "REPORT" in s.present or "RESPOND" in s.present
        # the last EVENTREF noun of the sentence: an act coded before it may be what it names
        last_ref = max((k for k in range(s.n) if s.marks[k] and s.mark(k, "EVENTREF")), default=-1) \
            if "EVENTREF" in s.present else -1
        # a step announced or issued earlier in the sentence may be what such a noun names (أصدر الرئيس مرسوما
        # ...، فيما اعتبرت حماس المرسوم غير دستوري)
        steps = last_ref > 0 and any(s.an[v].key in _STEP_VERBS for v in range(min(last_ref, 12)))
        for i in range(s.n):
            a = s.an[i]
            key = a.key
            acc = key.endswith("ا") and not a.suf and len(key) > 3 and key[:-1] in trigger_keys
            if key not in trigger_keys and key not in syn_keys and not acc:
                if reports and ("REPORT" in s.cls[i] or "RESPOND" in s.cls[i]) and not a.al and s.cover[i] is None \
                        and self._verb_position(s, i):
                    # a reporting or responding verb opens a clause whose subject the next و-clause carries
                    # (فيما قالت إسلام آباد إن ...، وتوعدت بالرد؛ ردت الجزائر بالمثل، فاستدعت سفيريها)
                    self.find_subject(s, i, rec)
                continue
            if s.boundary[i] or s.trigger_blocked[i] or s.cover[i] is not None or consumed[i]:
                continue
            if (pending or steps) and i < last_ref:
                acts = self._same_sentence_acts(s, pending, i)
                if not acts and steps:
                    acts = self._same_sentence_step(s, rec, i)
                if acts:
                    self._event_refs(s, rec, acts, i)
            cands = []
            readings = t.forms.get(key)
            if readings:
                cands += self._readings(s, i, readings)
                if not a.pre and i > 0 and i + 1 < s.n and s.cover[i - 1] is not None and \
                        s.cover[i - 1].end == i and s.cover[i - 1].kind == K_AGENT and s.cover[i - 1].code and \
                        s.words[i + 1].isalpha() and not s.an[i + 1].flags and not s.boundary[i + 1]:
                    # a word after a role with a country and before an unknown word is a first name,
                    # not a verb (السفير الأمريكي دان شابيرو)
                    cands = [c for c in cands if c[0] != "V"]
            if a.suf and i + 1 < s.n and s.mention_at[i + 1] is not None and s.mention_at[i + 1].prep == "" and \
                    not s.an[i + 1].al and not s.mention_at[i + 1].adjective and s.mention_at[i + 1].kind == K_AGENT \
                    and any(c[0] == "V" for c in cands):
                # a possessed noun takes no indefinite people after it: a verb with its object pronoun and
                # its subject (سائحا بريطانيا خطفهم مسلحون من جيش عدن أبين)
                cands = [c for c in cands if c[0] == "V"]
            if a.suf and not a.pre and i > 1 and s.an[i - 1].key.endswith(("ة", "ي", "ات")) and not s.an[i - 1].al and \
                    not s.an[i - 1].pre and not s.an[i - 1].suf and s.cover[i - 1] is None and not s.boundary[i - 1] and \
                    not s.an[i - 2].al and s.cover[i - 2] is None and \
                    i + 1 < s.n and s.mention_at[i + 1] is not None and s.mention_at[i + 1].prep == "" and \
                    not s.mention_at[i + 1].adjective and s.mention_at[i + 1].kind in (K_COUNTRY, K_METONYM, K_ORG) \
                    and any(c[0] == "V" for c in cands):
                # after an indefinite noun and its adjective, a word with a pronoun before a state is the verb
                # of a relative clause (محادثات أولية استضافتها السعودية والولايات المتحدة: "which they hosted")
                cands = [c for c in cands if c[0] == "V"]
            if a.suf and a.pre == "و" and a.key.endswith("ت") and i > 0 and s.cover[i - 1] is not None and \
                    a.key[:-1] + "ة" in _KIN_NOUNS:
                # a family noun with a possessive after the one it belongs to (الرئيس موغابي وأسرته: "and his
                # family", not "and she captured him"; but وطالبته is "and she demanded of him")
                cands = [c for c in cands if c[0] != "V"]
            if acc:
                # an unvocalised accusative (دعما، تعاونا) may be a noun plus its alif
                cands += [("N", r[0], r, None) for r in t.forms.get(key[:-1], ()) if r[1] == "N"]
            g = i - 1
            while g >= 0 and s.cls[g] & _ADVERBIAL_CLASSES and s.cover[g] is None:
                g -= 1  # أعلن مكتب رئيس الوزراء الأحد وقف دخول البضائع
            g = g if g < 0 or s.cover[g] is None else s.cover[g].start - 1
            if g >= 0 and (s.has(g, "RECEIVE") or s.has(g, "LIGHT") or s.has(g, "REPORT") or s.has(g, "INTENT")) \
                    and (g < i - 1 or (s.has(g, "LIGHT") and not s.an[g].al and s.cover[g] is None)) and \
                    any(c[0] == "N" for c in cands):
                # after a reception or light word (and its subject) the object is a noun: تلقي أنقرة
                # طلبا من طرابلس، وجه الرئيس دعوة؛ right after a light verb too (أن محكمة إيرانية
                # أصدرت حكما بالإعدام: not حكما "the two judged")
                cands = [c for c in cands if c[0] != "V"]
            syn = t.syn_first.get(key) if key in syn_keys else None
            if syn:
                for rest, name in syn:
                    e = s.syn_phrase_end(i, rest)
                    if name in t.patterns and e > 0:
                        cands.append(("S", name, e, None))
                        break
                if cands and any(rest and s._phrase_end(i, rest) > 0 for rest, _name in syn):
                    # the head of a noun phrase the synsets list (وفرق إنقاذ، قافلة مساعدات) is
                    # no verb (فرّق "dispersed")
                    cands = [c for c in cands if c[0] != "V"]
            # every reading is tried (a verb and a noun of one word, two lemmas); the best match
            # wins, and if the text negates or supposes it, nothing else is coded from these words
            best = None
            first_pos = cands[0][0] if cands else ""
            for cand in cands:
                r = self._trigger(s, i, cand, rec, trace)
                if r is None:
                    continue
                # the reading the word's position prefers (a verb at the head of its clause, a
                # noun after one) wins a near tie: a skipped word is no reason to change it
                sc = r[0] + (0.5 if cand[0] == first_pos or (cand[0] != "V" and first_pos != "V") else 0.0)
                if r[1] is not None and r[1][3] is None:
                    # a reading that finds no one doing it loses a near tie to one that does (قرر
                    # القادة، الأحد، خلال قمة ...، فرض عقوبات: the noun the decision governs, not a verb);
                    # a noun with no agent is never coded, so it loses to any reading that is
                    sc -= 0.6 if cand[0] == "V" else 50.0
                if cand[0] == "N" and a.pre.startswith("و") and i > 0 and s.words[i - 1] in ("،", ",") and \
                        i + 1 < s.n and s.mention_at[i + 1] is not None and s.mention_at[i + 1].prep == "" and \
                        any(c[0] == "V" for c in cands):
                    sc -= 4.0  # ، وتوعد الحرس الثوري بالرد: a clause's verb and its subject, not a noun
                if best is None or sc > best[0]:
                    best = (sc,) + tuple(r[1:])
            if best is not None:
                _score, res, used = best
                if res is not None and res[2] == "015":
                    used = (i,)  # the act a claim names is still read (تبنت الجماعة خطف الرهبان: the abduction)
                if res is not None:
                    pending.append(res)
                if res is not None and res[2][:2] in ("11", "12"):
                    # the act a label or a rejection names is still read (ووصف الغارة الأمريكية على البوكمال بأنها
                    # عدوان: the strike is coded too)
                    used = tuple(u for u in used if not (u > i and 0 <= u < s.n and
                                                         any(name == "&CONDEMNED" for _r, name in
                                                             t.syn_first.get(s.an[u].key, ()))))
                for u in used:
                    if 0 <= u < s.n:
                        consumed[u] = True
        pending += self._statements(s, rec, consumed, pending, trace)
        if "VOW" in s.present:
            pending += self._vows(s, rec, consumed, pending, trace)
        if len(pending) > 1:
            pending = self._addressed_in_contact(s, pending)
        if len(pending) > 1 and not _AGREED.isdisjoint(s.an[res[0]].key for res in pending):
            pending = self._agreed_acts(s, pending, trace)
        if "MEDIATE" in s.present:
            pending += self._mediation(s, pending, trace)
        if pending and any(res[2][:3] == "045" for res in pending):
            pending += self._mediated_talks(s, pending, trace)
        if "BACKING" in s.present:
            pending += self._backing(s, pending, trace)
        if "FOLLOW" in s.present:
            pending += self._followed_suit(s, rec, pending, trace)
        if not _SIMILAR.isdisjoint(s.words):
            pending += self._similar_steps(s, rec, pending, trace)
        if "DESCRIBE" in s.present:
            pending = self._so_called(s, rec, pending, trace)
        if pending and any(res[3] is None or res[2] == "015" for res in pending):
            pending = self._claimed(s, pending, trace)
        if pending and any(res[4] is None for res in pending):
            pending = self._made_by(s, pending, trace)
        if len(pending) > 1:
            pending = self._reaction_to_violence(s, pending, trace)
        if "WELCOME" in s.present:
            pending = self._welcomed(s, rec, pending, trace)
        if pending and ("بمشاركة" in s.words or "بالاشتراك" in s.words):
            pending += self._participants(s, pending, trace)
        if "ATTEND" in s.present:
            pending += self._attended(s, trace)
        if pending and ("بدعوة" in s.words or "لدعوة" in s.words or "دعوة" in s.words):
            pending += self._invited_by(s, pending, rec, trace)
        if pending and ("VOW" in s.present or not _RETALIATION.isdisjoint(s.words)):
            pending = self._retaliation(s, rec, pending, trace)
        if pending and any(res[2][:2] == "13" and res[4] is None for res in pending):
            pending = self._warned(s, pending, trace)
        if len(pending) > 1 and any(res[2][:2] == "11" and res[4] is None for res in pending):
            pending = self._blamed_after(s, pending, trace)
        if pending and "PROTEST" in s.present and any(res[2][:2] in ("17", "18", "19") for res in pending):
            pending += self._repressed_protest(s, pending, trace)
        if pending and any(res[2] == "142" and res[4] is None for res in pending):
            pending = self._hunger_strike(s, pending, trace)
        if pending:
            pending += self._implied_visits(s, pending, trace)
        if rec.dateline is not None and len(rec.city) == 3 and ("TAKEPART" in s.present or "INSPECT" in s.present):
            pending += self._dateline_gathering(s, rec, pending, trace)
        for res in pending:
            out += self._emit(s, *res[:-1], rid, date, event_date, trace)
        if rec.sourceless and rec.sourceless[-1][0] >= s.index - 2 and not _CLAIM_WORDS.isdisjoint(s.words):
            for res in self._claimed_before(s, rec, trace):
                out += self._emit(s, *res[:-1], rid, date, event_date, trace)
        return out

    def _claimed_before(self, s: Sentence, rec: _Record, trace) -> list[tuple]:
        """A group that claims an attack told in a sentence before with no attacker (هاجم مسلحون مجهولون مقر الشرطة
        ...، وتبنت حركة الشباب الهجوم؛ أعلن تنظيم داعش مسؤوليته عن التفجير) made it: the attack is coded
        again with the claimer as its source, on the claim's noun. Only the latest such attack of the
        last two sentences, and only a claim whose object is an attack noun (EVENTREF:18,19,20). (An
        attack claimed in its own sentence is ``_claimed``'s.)"""
        out = []
        for v in range(s.n):
            w = s.words[v]
            if w not in _CLAIM_WORDS or s.an[v].al or s.cover[v] is not None:
                continue
            if w in _CLAIM_VERBS:
                if not self._verb_position(s, v):
                    continue
                k = v + 1
            else:
                k = v + 2 if v + 1 < s.n and s.words[v + 1] == "عن" else -1  # مسؤوليته عن
            verb = v if w in _CLAIM_VERBS else self._claim_verb(s, v)
            if verb < 0:
                continue
            last = rec.last_subject
            subj, _how = self._subject(s, verb, rec)
            ctx = self.context(s, verb, rec, True)
            rec.last_subject = last
            if ctx["neg"] or ctx["gov_neg"] or ctx["cond"] or ctx["allege"] or ctx["gov_cls"] == "DENY":
                continue  # نفت قوات الدعم السريع مسؤوليتها عن الهجوم، لم تتبن أي جهة الهجوم: no claim
            if subj is None or not subj.mention.code or subj.mention.bare or \
                    subj.mention.code.startswith(("IGO", "NGO")):
                continue
            if w in _CLAIM_VERBS and subj.sent is s and subj.mention.start > v:
                k = subj.mention.end  # (تبنت حركة الشباب الهجوم: after the subject)
            while 0 <= k < s.n and (s.cls[k] & _ADVERBIAL_CLASSES or s.words[k] in ("،", ",")):
                k += 1
            mk = s.mark(k, "EVENTREF") if 0 <= k < s.n else None
            if mk is None or not mk[1] or "19" not in mk[1].split(","):
                continue
            found = next((x for x in reversed(rec.sourceless) if x[0] >= s.index - 2), None)
            if found is None:
                continue
            _si, code, tgt_ref, rule, evidence = found
            if tgt_ref is None or tgt_ref.mention.code == subj.mention.code:
                continue
            if trace is not None:
                trace.append({"step": "trigger", "pos": k, "word": s.words[k], "code": code, "rule": rule,
                              "result": f"claimed by {subj.mention.code}: the attack told before is theirs"})
            out.append((k, mk[2], code, subj, tgt_ref, "asserted", False, rule, list(evidence), True, (k,)))
            rec.sourceless.remove(found)
        return out

    @staticmethod
    def _claim_verb(s: Sentence, v: int) -> int:
        """The verb that "its responsibility" (مسؤوليته) at ``v`` is the object of (أعلن، تبنى), or -1
        (نفت مسؤوليتها: a denial is no claim)."""
        j = v - 1
        while j >= max(0, v - 12):
            if s.cover[j] is not None:
                j = s.cover[j].start - 1  # the subject (أعلن تنظيم "الدولة الإسلامية - ولاية خراسان" مسؤوليته)
                continue
            if s.words[j] in ("-", "–") and j > 0 and s.cover[j - 1] is not None:
                j -= 1  # (a name in two parts)
                continue
            if s.boundary[j] and s.words[j] not in ("،", ","):
                break
            if s.has(j, "DENY") or s.has(j, "NEG"):
                return -1
            if s.has(j, "REPORT") or s.words[j] in _CLAIM_VERBS:
                return j
            j -= 1
        return -1

    @staticmethod
    def _dateline(s: Sentence, rec: _Record) -> None:
        """A story that opens with a city and a national news agency or a bare dash (الكويت (كونا) -،
        الرباط - ومع -، عمّان -) is that country's own news: a bare state body in it (وزارة
        الخارجية، الجيش، قوات الأمن) is that country's, unless the record names the body's
        country. Not with a world agency's dateline (واشنطن (رويترز) -، أ ف ب)."""
        m = s.mention_at[0] if s.n else None
        if m is None or m.members or m.adjective or m.kind not in (K_COUNTRY, K_METONYM) or len(m.code) < 3 \
                or m.code.startswith(("IGO", "NGO")):
            return
        c = s.mention_at[m.end + 1] if m.end + 2 < s.n and s.words[m.end] == "(" else None
        if c is not None and c.kind == K_COUNTRY and not c.members and not c.adjective and c.end < s.n and \
                s.words[c.end] == ")":
            m = c  # the country in brackets after a town says whose it is (رفح (مصر) -، الزنتان (ليبيا) -)
        start = m.end
        while start < min(s.n, m.end + 7) and (s.words[start].isdigit() or s.words[start] in ("-", "/", ".")):
            start += 1  # a date after the city (جنين 4-7-2023 وفا-)
        head = range(m.end, min(s.n, start + 6))
        if any(s.boundary[k] for k in head):
            rec.city = m.code[:3]  # نواكشوط (أ ف ب) -: where the story happens
            if m.end < s.n and s.words[m.end] in ("-", "–", "—", "(", ")", ":", "/"):
                rec.dateline = m  # (no pronoun's antecedent: الرياض - سبأنت: جدد السفير التزام بلاده)
                rec.dateline_sent = s
        national = next((_NATIONAL_AGENCIES.get(s.an[k].key) or _NATIONAL_AGENCIES.get(s.words[k]) for k in head
                         if s.an[k].key in _NATIONAL_AGENCIES or s.words[k] in _NATIONAL_AGENCIES), "")
        dash = any(s.words[k] in ("-", "–", "—", "/") for k in head)
        foreign = any(s.an[k].key in _WORLD_AGENCIES or s.words[k] in _WORLD_AGENCIES for k in head)
        if not national and (foreign or not dash):
            return  # (a dateline of a world agency, واشنطن (رويترز), says where, not whose)
        if not national and m.end - m.start == 1 and s.an[m.start].key in IGO_SEATS:
            return  # نيويورك –، جنيف –: the seat of the UN, whose stories are seldom the host's own
        dash_at = next((k for k in head if s.words[k] in ("-", "–", "—")), -1)
        for x in [x for x in s.mentions if x is not m and m.end <= x.start and x.end <= dash_at]:
            s.remove_mention(x)  # the agency or paper between the city and the dash (القاهرة: «الشرق الأوسط» -)
        home = national or m.code[:3]  # (an agency reporting from abroad reports its own country's news)
        rec.roles[DATELINE] = {home: m.srcs[:1]}
        homed = []
        for x in s.mentions:  # the first sentence was analysed before the dateline was known
            if x.bare and not x.members and not x.code and (home_role(x) or s.an[x.start].key in CAPTIVE_HEADS) and \
                    not s.an[x.start].suf and not (s.an[x.start].key in ABROAD_HEADS and s.an[x.start].key != "وفد"):
                x.code = home + x.role
                x.bare = False
                x.srcs = x.srcs + m.srcs[:1]
                homed.append(x)
                if x.role == "GOV" and x.kind == K_AGENT and not x.plural:
                    # the unknown name after an office the dateline gives a country is the office-holder's,
                    # as after one with its nisba (دمشق (سانا) - وقع وزير الثقافة محمد الأحمد والسفير الروسي)
                    nxt = next((y.start for y in s.mentions if y.start >= x.end), s.n)
                    end = s._absorb_name(x, x.end, nxt)
                    for t in range(x.end, end):
                        s.cover[t] = x
                    x.end = end
        offices = {x.start for x in homed if x.role == "GOV" and x.kind == K_AGENT}
        if offices:
            # an office with its country now joins the actors coordinated after it (وزير الثقافة محمد الأحمد
            # والسفير الروسي), as one named with its nisba did when the sentence was analysed
            ms, had = [], {id(y) for y in s.mentions}
            for g in s._coordinate(list(s.mentions)):
                if id(g) in had or (g.start in offices and all(
                        y.code != g.members[0].code for y in g.members[1:])):
                    ms.append(g)
                else:
                    ms.extend(y for y in s.mentions if g.start <= y.start < g.end)
            if len(ms) != len(s.mentions):
                s.mentions = ms
                for y in ms:
                    s.mention_at[y.start] = y
                    for t in range(y.start, y.end):
                        s.cover[t] = y
        for x, y in zip(homed, homed[1:]):
            if y.start == x.end and x.role == y.role == "GOV" and y.prep == "" and x in s.mentions and \
                    y in s.mentions and \
                    not s.an[y.start].pre and x.kind == y.kind == K_AGENT:
                # two offices of the dateline's state in a row are one man's titles (الكويت - استقبل ولي العهد
                # رئيس مجلس الوزراء ... سفير المملكة المتحدة)
                s.remove_mention(y)
                x.end = y.end
                x.srcs = x.srcs + y.srcs[:1]
                for t in range(x.start, x.end):
                    s.cover[t] = x

    def _implied_visits(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A head of state, a minister, a government or a state that meets, signs, talks or
        declares in a place of another country is visiting it (وقع الملك سلمان والرئيس الصيني في قصر
        اليمامة بالرياض اتفاقية: CHNGOV -> SAU 042؛ وقعت مصر وإسرائيل في القاهرة), unless the
        sentence codes a visit between them, or the place is a third country's (a venue).
        Not envoys or ambassadors, who live abroad, nor organisations at their seats."""
        have = {(x.code[:3], r[4].mention.code[:3]) for r in pending if r[2][:3] in ("042", "043", "044")
                and r[3] is not None and r[4] is not None for x in r[3].mention.flat()}
        out = []
        for res in pending:
            if res[2][:2] > "06" or res[5] != "asserted" or res[6] or res[3] is None:
                continue
            start = res[0] + 1
            if res[3].sent is s and res[3].mention.start > res[0]:
                start = res[3].mention.end  # (after a subject that follows the verb)
            place = self._place_named(s, start)
            if place is None:
                continue
            y = place.code[:3]
            parties = res[3].mention.flat() + (res[4].mention.flat() if res[4] is not None else [])
            if (len(parties) > 1 or (res[4] is not None and res[4].mention.code)) and \
                    y not in {x.code[:3] for x in parties}:
                continue  # parties that meet or sign in a third country (وقّع الرئيسان في جدة اتفاقية سلام بين
                # البلدين) meet at a venue: no visit to the host is told
            for m in res[3].mention.flat():
                x = m.code[:3]
                if not (m.code[3:6] == "GOV" or (len(m.code) == 3 and m.kind == K_COUNTRY)) or x == y or \
                        m.code.startswith(("IGO", "NGO")) or \
                        res[3].sent.an[m.start].key in ABROAD_HEADS or (x, y) in have:
                    continue
                have.add((x, y))
                if trace is not None:
                    trace.append({"step": "trigger", "pos": res[0], "word": s.words[res[0]], "code": "042",
                                  "rule": res[7], "result": f"an act in {s.text(place.start, place.end)!r}: a visit"})
                out.append((res[0], res[1], "042", _Ref(m, res[3].sent, "visitor"), _Ref(place, s, "visited"),
                            "asserted", False, res[7], list(res[8]) + place.srcs, res[9], (res[0],)))
        return out

    def _dateline_gathering(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """A state's leader or minister who takes part in a summit, a conference or a meeting (شارك الرئيس
        عبد الفتاح السيسي في المؤتمر الدولي حول ليبيا) in a story datelined from another country's city
        (باريس -) is visiting that country (042): the dateline is where the gathering is, when the
        sentence names no venue of its own and it is no virtual meeting."""
        out = []
        y = rec.city
        for v in range(s.n - 2):
            mk = s.mark(v, "TAKEPART") or s.mark(v, "INSPECT")
            if mk is None or s.an[v].al or s.cover[v] is not None or not self._verb_position(s, v) or \
                    any(r[1] != "V" for r in self.tables.forms.get(s.an[v].key, ())):
                continue  # (the verb only: تعليق مشاركة وفود الحكومة السورية is no one's act)
            inspect = mk[0] == "INSPECT"
            if inspect and s.an[v].pre.endswith("ل"):
                continue  # (لتفقد المنظمة أحد أكبر مموليها: "to lose", فقد)
            subj, _how = self.find_subject(s, v, rec)
            if subj is None or subj.sent is not s:
                continue
            if inspect and s.words[v].endswith("تفقد") and subj.mention.gender == "f":
                continue  # (تفقد المنظمة: she loses; he inspects: تفقد الرئيس)
            q = self._skip_adverbs(s, subj.mention.end if subj.mention.start > v else v + 1)
            g = q + 1
            if inspect:
                g = q  # (تفقد الرئيس الفرنسي مرفأ بيروت: what he inspects, with no في)
            elif q + 1 >= s.n or s.words[q] != "في":
                continue
            elif s.an[g].key == "اعمال" and g + 1 < s.n:
                g += 1  # (في أعمال القمة)
            if not inspect and s.an[g].key not in _GATHERINGS and s.an[g].key not in ("اجتماع", "مءتمر") and \
                    s.an[g].key not in _CEREMONIES:
                continue
            if any(s.an[t].key in _VIRTUAL or s.an[t].key == "بعد" and s.words[t - 1] == "عن"
                   for t in range(g, min(s.n, g + 8))) or any(
                    x.prep in ("في", "ب") and len(x.code) >= 3 and x.code[:3] != y and not x.adjective and
                    x.start > v and x.start != g and not x.code.startswith(("IGO", "NGO")) for x in s.mentions):
                continue  # (a virtual summit; a venue named: شارك في قمة ... في جدة is the pattern's)
            ctx = self.context(s, v, rec, verb=True)
            if ctx["neg"] or ctx["gov_neg"] or ctx["cond"] or ctx["may"]:
                continue  # (لم يشارك، إن شارك)
            code, modality = ("036", "intent") if ctx["future"] or ctx["gov_cls"] == "INTENT" else ("042", "asserted")
            for m in subj.mention.flat():
                x = m.code[:3]
                if not (m.code[3:6] == "GOV" or (len(m.code) == 3 and m.kind == K_COUNTRY) or
                        inspect and m.code.startswith("IGO")) or x == y or \
                        m.code.startswith(("IGO", "NGO")) and not inspect or s.an[m.start].key in ABROAD_HEADS or any(
                            r[2][:3] in ("042", "043") and r[3] is not None and
                            any(z.code[:3] == x for z in r[3].mention.flat()) for r in pending):
                    continue
                rule = mk[3]
                if trace is not None:
                    what = "inspecting a place" if inspect else "taking part in a gathering"
                    trace.append({"step": "trigger", "pos": v, "word": s.words[v], "code": code,
                                  "result": f"{what} datelined {rec.dateline.code!r}: a visit"})
                out.append((v, v + 1, code, _Ref(m, s, "visitor"), _Ref(rec.dateline, rec.dateline_sent, "visited"),
                            modality, False, rule, [rule], False, (v,)))
        return out

    @staticmethod
    def _place_named(s: Sentence, p: int) -> Mention | None:
        """Where the clause after ``p`` says its act happened: a country or a city after a
        separate في that opens an adverbial (right after the verb or its subject, after a
        comma or a day: الخميس في قصر اليمامة بالرياض، في إسطنبول الجمعة), or None. A place
        after a noun is that noun's (العمليات العسكرية في أوكرانيا، اعترفت بدولة فلسطين)."""
        for j in range(p, min(s.n, p + 10)):
            if s.boundary[j] and s.words[j] not in ("،", ","):
                break
            if s.words[j] != "في" or j + 1 >= s.n:
                continue
            if not (j == p or s.words[j - 1] in ("،", ",") or s.cls[j - 1] & _ADVERBIAL_CLASSES):
                return None
            m = s.mention_at[j + 1]
            if m is not None and m.prep == "في" and not m.members and m.kind in (K_COUNTRY, K_METONYM) and \
                    not m.code.startswith(("IGO", "NGO")) and len(m.code) >= 3:
                return m
            return None
        return None

    def _followed_suit(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """Following suit (وحذت حذوها ألمانيا وبريطانيا؛ حذت البحرين حذو السعودية): the subject of
        حذا does the act last reported, of the actor named after حذو if one is, to the same
        target. When an act follows with ب (حذت البحرين حذو السعودية بقطع العلاقات) that act is
        coded as the verb's own (a light verb) and nothing is copied."""
        out = []
        for h in range(s.n):
            mk = s.mark(h, "FOLLOW")
            if mk is None or s.cover[h] is not None:
                continue
            verb = not s.an[h].key.startswith("حذو")  # وتبعتها كندا: the verb carries whom they followed
            f = h if verb else next((k for k in range(h - 1, max(-1, h - 8), -1) if s.an[k].key in _FOLLOW_VERBS),
                                    -1)
            if f < 0:
                continue
            stop = next((k for k in range(h + 1, s.n) if s.boundary[k] and s.words[k] not in ("،", ",")), s.n)
            if any(h < r[0] < stop and r[3] is not None and (not verb or s.an[r[0]].pre.endswith("ب"))
                   for r in pending):
                continue  # حذو السعودية بقطع العلاقات: the act after it is coded
            owner = None
            if not s.an[h].suf and not verb:
                owner = s.mention_at[h + 1] if h + 1 < s.n else None
                if owner is None or not owner.code or owner.members:
                    continue
            subj, _how = self.find_subject(s, f, rec)
            if subj is None or (owner is not None and subj.mention is owner) or \
                    subj.sent is not s or subj.mention.end <= f:
                # the subject after حذوها and an adverbial (وحذت حذوها خلال ساعات كل من ألمانيا ...), not the
                # one the clause before had (قررت قطر قطع علاقاتها مع مصر، وحذت حذوها الإمارات والبحرين)
                m = next((m for m in s.mentions if h < m.start < stop and m is not owner and m.prep == "" and
                          not m.adjective and not m.bare and m.code), None)
                if m is not None:
                    subj = _Ref(m, s, "follower")
                elif subj is not None and owner is not None and subj.mention is owner:
                    subj = None
            if subj is None:
                continue
            # (the step, not the words said with it: قطعت علاقاتها مع الولايات المتحدة، متهمة واشنطن ولندن
            # بالمشاركة في العدوان، وحذت حذوها سوريا والعراق)
            model = self._model_act(pending, f, owner, rec, steps=True)
            if model is None:
                continue
            code, tref, rule = model
            if trace is not None:
                trace.append({"step": "trigger", "pos": f, "word": s.words[f], "code": code, "rule": mk[3],
                              "result": f"following suit in the act of {rule}"})
            out.append((f, h + 1, code, subj, tref, "asserted", False, mk[3], [mk[3], rule], False, (f,)))
        return out

    @staticmethod
    def _model_act(pending: list[tuple], before: int, owner, rec: _Record, steps: bool = False) -> tuple | None:
        """The act others follow: the last asserted act with a target that has a code, before ``before``
        in the sentence (of ``owner`` if given), else the last of the record; (code, target, rule), or None
        for a statement, a meeting or a signing, which are no step others take after. With ``steps``,
        words (comments, appeals, demands, accusations, threats) are passed over for the step before
        them (and so is praise, 051), and the step is the first of its sentence, the one the story
        leads with, not one named as its reason (قطعت المغرب علاقاتها مع الجزائر ردا على اعتراف الجزائر
        بالجمهورية الصحراوية ... واتخذت موريتانيا قرارا مماثلا)."""
        words = ("01", "02", "10", "11", "12", "13") if steps else ()

        def is_word(code: str) -> bool:
            return code[:2] in words or (steps and code[:3] == "051")

        model = None
        for r in (pending if steps else reversed(pending)):
            if r[0] < before and r[3] is not None and r[4] is not None and r[5] == "asserted" and not r[6] and \
                    r[4].mention.code and not r[4].mention.bare and \
                    (owner is None or any(x.code[:3] == owner.code[:3] for x in r[3].mention.flat())) and \
                    not is_word(r[2]):
                model = (r[2], r[4], r[7])
                break
        if model is None:
            evs = [ev for ev in rec.recent
                   if not (owner is not None and ev.source[:3] != owner.code[:3] or is_word(ev.code))]
            if steps and evs:
                evs = [ev for ev in evs if ev.sentence_index == evs[-1].sentence_index][:1]
            for ev in reversed(evs):
                tref = next((_Ref(m, ps, "followed") for ps, m in reversed(rec.history)
                             if m.code == ev.target and ev.target_span is not None and
                             ps.span(m.start, m.end) == ev.target_span), None)
                if tref is not None:
                    model = (ev.code, tref, ev.rule)
                break
        if model is None or model[0][:2] in ("01", "04") or model[0][:3] == "057":
            return None
        return model

    def _similar_steps(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """Similar steps announced by others (بالتزامن مع قرارات مماثلة أعلنتها السعودية والإمارات،
        وسط خطوات مماثلة من البحرين): they do the act last reported, to the same target."""
        out = []
        for h in range(1, s.n - 1):
            if s.an[h].key not in _SIMILAR or s.an[h - 1].key not in _STEP_NOUNS or s.cover[h] is not None:
                continue
            q = h + 1
            m = None
            if s.words[q] == "من":
                m = s.mention_at[q + 1] if q + 1 < s.n else None  # خطوات مماثلة من البحرين
            elif s.an[q].suf in ("ها", "ه") and any(r[1] == "V" for r in self.tables.forms.get(s.an[q].key, ())):
                p = self._skip_adverbs(s, q + 1)
                m = s.mention_at[p] if p < s.n else None  # قرارات مماثلة أعلنتها السعودية
            else:
                # a similar step taken (اتخذت الحكومة الكويتية قرارا مماثلا، واتخذت البحرين خطوة مماثلة): the
                # subject of the verb that takes it, if that verb is said as done (not تدرس اتخاذ خطوة مماثلة)
                f = next((k for k in range(h - 2, max(-1, h - 9), -1)
                          if s.cover[k] is None and self._only_verb(s.an[k].key) and
                          "اتخذ" in self._lemmas_of(s.an[k].key)), -1)
                if f < 0 or any(s.boundary[k] for k in range(f + 1, h)):
                    continue
                ctx = self._context(s, f, rec, True)
                if ctx["neg"] or ctx["gov_neg"] or ctx["cond"] or ctx["future"] or ctx["may"] or \
                        ctx["gov_cls"] not in ("", "REPORT"):
                    continue
                subj, _how = self.find_subject(s, f, rec)
                m = subj.mention if subj is not None and subj.sent is s else None
            if m is None or m.adjective or m.bare or not m.code or m.prep not in ("", "من"):
                continue
            model = self._model_act(pending, h, None, rec, steps=True)
            if model is None:
                continue
            code, tref, rule = model
            if {x.code[:3] for x in m.flat()} & {x.code[:3] for x in tref.mention.flat()}:
                continue
            if trace is not None:
                trace.append({"step": "trigger", "pos": h, "word": s.words[h], "code": code, "rule": rule,
                              "result": f"similar steps, the act of {rule}"})
            out.append((h, h + 1, code, _Ref(m, s, "follower"), tref, "asserted", False, rule, [rule], False, (h,)))
        return out

    def _backing(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """بدعم من أستراليا والبحرين: those named back the source of the attack the sentence
        reports (062, military cooperation); with no attack, nothing is coded."""
        out = []
        for i in range(s.n):
            mk = s.mark(i, "BACKING")
            if mk is None or not s.an[i].pre.endswith("ب") or s.an[i].al:
                continue
            q = mk[2]
            backer = s.mention_at[q + 1] if q + 1 < s.n and s.words[q] == "من" else None
            if backer is None or backer.adjective or backer.bare or not backer.code:
                continue
            for res in pending:
                if res[2][:2] in ("18", "19", "20") and res[3] is not None and res[5] == "asserted" \
                        and not res[6]:
                    if trace is not None:
                        trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": "062", "rule": mk[3],
                                      "result": "backing of the attack the sentence reports"})
                    lead = res[3].mention.flat()[0]  # (a coalition's first member leads it)
                    out.append((i, q, "062", _Ref(backer, s, "backer"), _Ref(lead, res[3].sent, "backed"), "asserted",
                                False, mk[3], [mk[3]], True, (i,)))
                    break
        return out

    def _so_called(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """What X calls Y's aggression (احتجاجا على ما وصفته بالتدخل الإيراني، ودانت ما وصفته
        بالعدوان التركي): X blames Y (111). Y is the nisba or the genitive of the act named, or
        its agent after من جانب / من قبل; when none is named, the one the act it explains was
        done to (استدعت البحرين سفيرها من طهران، احتجاجا على ما وصفته بالتدخل السافر). X is the
        describing verb's own subject, else the source of the act it explains. A criticism of
        no one (ودانت الحكومة ما وصفته ...) gets Y as its target instead of a second event."""
        out = list(pending)
        for v in range(1, s.n - 2):
            mk = s.mark(v, "DESCRIBE")
            if mk is None or not self._what_named(s, v) or s.an[v].al or s.cover[v] is not None:
                continue
            d = v + 1
            speaker = s.mention_at[d]
            if speaker is not None and (speaker.prep or speaker.adjective):
                speaker = None
            if speaker is not None:
                d = speaker.end  # ما وصفته وزارة الخارجية بـ
            if d < s.n and s.words[d] == "ب":
                d += 1  # بـ«...» (a separate ب)
            elif d < s.n and not s.an[d].pre.endswith("ب") and s.an[v].key not in self._considering_keys:
                continue  # وصف names with ب; اعتبر takes the name as its object (ما اعتبروه تنصل الحكومة)
            while d < s.n and s.has(d, "TRANSPARENT"):
                d = s.mark(d, "TRANSPARENT")[2]  # ما وصفه بـ"استمرار العداء"
            e = self._charge_end(s, d) if d < s.n else -1
            if e < 0:
                continue
            # the act named is the speaker's word for it, not an act the text reports
            out = [r for r in out if not (d <= r[0] < e and r[0] != v)]
            # the one blamed: a nisba or a genitive of the act (and its adjectives), or its agent after
            # من جانب / من قبل; never a ل, على or في phrase (its victim or its place)
            while e < s.n and s.mention_at[e] is None and self._adjective_like(s, e) and s.an[e].al:
                e += 1
            blamed = None
            m = s.mention_at[e] if e < s.n else None
            if m is not None and m.code and (m.adjective or not m.prep) and not m.anaphor:
                blamed = m
            elif e + 2 < s.n and s.words[e] == "من" and s.an[e + 1].key in ("جانب", "قبل"):
                m = s.mention_at[e + 1] or s.mention_at[e + 2]  # (من جانب الحكومة التركية: one mention)
                if m is not None and m.code and not m.adjective:
                    blamed = m
            # the word ما is the object of: a verb whose subject speaks (ودانت حكومة طالبان ما وصفته، نددت
            # تايبيه بما وصفته), or a noun that explains an act (احتجاجا على ما): its source speaks, and
            # the act's target is the one blamed when the words name none
            g = v - 3 if s.an[v - 1].pre == "" and v > 2 and s.has(v - 2, "PREP") else v - 2
            gov = next((r for r in pending if r[0] == g and r[3] is not None and not r[6]), None)
            done = None
            if gov is not None:
                for res in pending:
                    if res[1] <= g and res[3] is not None and res[4] is not None and not res[6] and \
                            res[5] == "asserted" and res[3].mention is gov[3].mention and \
                            (done is None or res[0] > done[0]):
                        done = res
            src = None
            if speaker is not None:
                src = _Ref(speaker, s, "describer")
            else:
                last = rec.last_subject
                j = g
                while j >= 0 and (s.cover[j] is not None or s.cls[j] & _ADVERBIAL_CLASSES) and not s.boundary[j]:
                    j = s.cover[j].start - 1 if s.cover[j] is not None else j - 1  # (its subject: VSO)
                if j >= 0 and not s.boundary[j] and s.cover[j] is None and s.an[j].pre in ("", "و", "ف") and \
                        self._verb_position(s, j) and \
                        any(r[1] == "V" for r in self.tables.forms.get(s.an[j].key, ())):
                    src, _how = self._subject(s, j, rec)
                rec.last_subject = last
                if src is None and gov is not None:
                    src = gov[3]
            if src is None and s.an[g].key.endswith("ا") and not s.an[g].al and gov is None:
                # an accusative of purpose explains the clause's act (أعلن مجلس الغرف مقاطعة المنتجات
                # التركية، ردا على ما وصفه بـ): its source speaks
                done = max((r for r in pending if r[1] <= g and r[3] is not None and not r[6] and
                            r[5] == "asserted"), key=lambda r: r[0], default=None)
                src = done[3] if done is not None else None
                if done is not None and done[4] is None:
                    done = None
            if src is None or not src.mention.code:
                continue
            if blamed is None and done is None:
                # no one named: the violation is the hostile act just reported (داهمت قوات الحوثي مقار
                # الأمم المتحدة ... وأدان غروندبرغ ما وصفه بالانتهاك الخطير), if one party did such acts
                acts = [a for a in rec.acts if a[0] >= s.index - 2] + self._same_sentence_acts(s, pending, v)
                found = [a for a in acts if a[1][:2] in ("15", "16", "17", "18", "19", "20") and a[2]]
                if found and len({a[2][:3] for a in found}) == 1 and \
                        (not {a[2][:3] for a in found} & {x.code[:3] for x in src.mention.flat()} or
                         len({a[2] for a in found}) == 1 and found[-1][2][3:6] in _ARMED_ROLES and
                         found[-1][2] not in {x.code for x in src.mention.flat()}):
                    # (or, at home, rebels' acts: ندد رئيس الحكومة بما وصفه بالعمل الإجرامي)
                    ref = next((m for m in reversed(s.mentions) if m.code == found[-1][2]), None)
                    blamed = ref or Mention(v, v + 1, found[-1][2], K_AGENT if len(found[-1][2]) > 3 else K_COUNTRY,
                                            [found[-1][3]])
            if blamed is not None:
                tgt = _Ref(blamed, s, "blamed")
            elif done is not None and done[3].mention is src.mention and done[4].sent is s:
                tgt = done[4]  # (gov's own target, if it has one, is the act's too)
            else:
                continue
            if {x.code[:3] for x in src.mention.flat()} & {x.code[:3] for x in tgt.mention.flat()} and \
                    len(tgt.mention.code) == 3:
                continue  # (its own country: ما وصفه بالعدوان على الأراضي السورية)
            if trace is not None:
                trace.append({"step": "trigger", "pos": v, "word": s.words[v], "code": "111", "rule": mk[3],
                              "result": "what the speaker called the act of the one blamed"})
            if gov is not None and gov[4] is None and gov[2][:2] == "11" and gov[3] is src:
                out[out.index(gov)] = gov[:4] + (tgt,) + gov[5:]  # ودانت الحكومة ما وصفته بـ
            else:
                out.append((v, d + 1, "111", src, tgt, "asserted", False, mk[3], [mk[3]], False, (v,)))
        return out

    def _welcomed(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """وكان X في مقدمة مستقبليه، وكان في استقباله لدى وصوله X: X received (043) the one
        the pronoun names, preferably the visitor whose arrival the sentence tells."""
        out = list(pending)
        for k in range(2, s.n):
            a = s.an[k]
            mk = s.mark(k, "WELCOME")
            if mk is None:
                continue
            if s.words[k] in _RECEIVERS and s.words[k - 1] == "مقدمة" and s.words[k - 2] == "في":
                suf, w0 = _RECEIVERS[s.words[k]], k - 2
            elif a.key == "استقبال" and a.suf and not a.al and not a.pre and s.words[k - 1] == "في":
                suf, w0 = a.suf, k - 1
            else:
                continue
            cop = next((j for j in range(w0 - 1, max(-1, w0 - 24), -1)
                        if s.an[j].key in ("كان", "كانت") or s.boundary[j] and s.words[j] not in ("،", ",")), -1)
            if cop < 0 or s.an[cop].key not in ("كان", "كانت"):
                continue
            host = next((m for m in s.mentions if cop < m.start < w0), None)  # وكان X في مقدمة مستقبليه
            if host is None:
                # وكان في استقباله لدى وصوله إلى مقر القمة X: the first actor after, in the clause
                host = next((s.mention_at[j] for j in range(k + 1, min(s.n, k + 12)) if s.mention_at[j] is not None
                             and s.mention_at[j].prep == "" and not s.mention_at[j].adjective), None)
                if host is not None and any(s.boundary[j] for j in range(k + 1, host.start)):
                    host = None
            if host is None or host.prep or host.adjective or not host.code:
                continue
            visit = next((r for r in pending if r[2][:3] == "042" and r[3] is not None and r[0] < cop), None)
            guest = self.resolve_pronoun(s, w0, suf, rec, prefer=visit[3] if visit is not None else rec.last_subject,
                                         avoid=_Ref(host, s, "host"))
            if guest is None or {x.code[:3] for x in guest.mention.flat()} & {host.code[:3]}:
                continue
            out = [r for r in out if r[0] != k]  # (not the guest receiving someone: في استقباله)
            if trace is not None:
                trace.append({"step": "trigger", "pos": k, "word": s.words[k], "code": "043", "rule": mk[3],
                              "result": "the one named in the clause received the visitor"})
            out.append((k, k + 1, "043", _Ref(host, s, "host"), guest, "asserted", False, mk[3], [mk[3]], False, (k,)))
        return out

    def _retaliation(self, s: Sentence, rec: _Record, pending: list[tuple], trace) -> list[tuple]:
        """A threat to respond that names no target (وتوعدت أنقرة بالرد بالمثل) is made to the one
        whose hostile act against the threatener the story just told (فرضت وزارة الخزانة الأمريكية
        عقوبات على وزيرين تركيين): that act's source, if one party did such acts."""
        out = []
        for res in pending:
            if res[2][:2] != "13" or res[4] is not None or res[3] is None or res[6] or res[3].mention.members:
                out.append(res)
                continue
            own = res[3].mention.code[:3]
            # the acts against the threatener of the latest sentence before that has any, and of this one
            before = [(si, code, src, rule) for si, code, src, rule, tgt, _span in rec.acts
                      if si < s.index and "10" <= code[:2] <= "20" and tgt[:3] == own and src and src[:3] != own]
            found = [(code, src, rule) for si, code, src, rule in before if si == before[-1][0]] if before else []
            found += [(r[2], r[3].mention.code, r[7]) for r in pending
                      if r[0] < res[0] and r[3] is not None and r[4] is not None and "10" <= r[2][:2] <= "20"
                      and not r[6] and r[4].mention.code[:3] == own and r[3].mention.code[:3] != own
                      and not r[3].mention.members]
            if not found and res[7] in self._vow_rules:
                # a response vowed by one who has just cut ties with, accused or hit a party (قطع العلاقات مع
                # الإمارات، متهما أبوظبي ... وقال إن السودان سيرد على العدوان): to that party
                found = [(r[2], r[4].mention.code, r[7]) for r in pending
                         if r[0] < res[0] and r[3] is not None and r[4] is not None and "10" <= r[2][:2] <= "20"
                         and not r[6] and r[3].mention.code[:3] == own and r[4].mention.code[:3] != own
                         and not r[4].mention.members]
                mine = [(si, code, tgt, rule) for si, code, src, rule, tgt, _span in rec.acts
                        if si < s.index and "10" <= code[:2] <= "20" and src[:3] == own and tgt and tgt[:3] != own]
                if not found and mine:
                    found = [(code, tgt, rule) for si, code, tgt, rule in mine if si == mine[-1][0]]
            if not found or len({f[1][:3] for f in found}) != 1:
                out.append(res)
                continue
            code, src, rule = found[-1]
            m = Mention(res[0], res[0] + 1, src, K_AGENT if len(src) > 3 else K_COUNTRY, [rule, "the act responded to"])
            m.anaphor = True
            self._note(trace, s, res, f"the threatened response answers {src}'s act [{rule}]")
            out.append(res[:4] + (_Ref(m, s, "responded"),) + res[5:])
        return out

    def _warned(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A warning that names no one it is addressed to is to the party whose "any" act it warns
        of (محذرا من أن أي توغل تركي قد يجر المنطقة إلى حرب: Turkey); failing that, a warning of
        consequences is to the target of the warner's act it goes with (وطالبت سيول بسحب الجنود،
        محذرة من أنها سترد: the one the demand was made of)."""
        out = []
        for res in pending:
            i = res[0]
            if res[2][:2] != "13" or res[4] is not None or res[3] is None or res[6] or \
                    "WARN" not in s.cls[i] and "حذر" not in self._lemmas_of(s.an[i].key):
                out.append(res)
                continue
            own = {x.code[:3] for x in res[3].mention.flat()}
            found = None
            q = i + 1
            if q < s.n and s.words[q] == "من":
                q += 1 + (q + 1 < s.n and s.words[q + 1] in ("أن", "ان"))
                # the doer of "any" act warned of, named by its nisba (من أن أي توغل تركي، من أي رد
                # إسرائيلي); not whoever else the words name (من أن لبنان سيواصل الغرق: the victim)
                m = s.mention_at[q + 2] if q + 2 < s.n and s.an[q].key in _ANY_WORDS else None
                if m is not None and m.code and m.adjective and m.prep == "" and m.code[:3] not in _AREAS and \
                        s.mention_at[q + 1] is None and not {x.code[:3] for x in m.flat()} & own:
                    found = _Ref(m, s, "warned of")
            if found is None and any(s.an[t].key in _CONSEQUENCES for t in range(res[0] + 1, min(s.n, res[0] + 10))):
                # a warning of consequences (محذرا من عواقب، من أن بلاده سترد) goes with the act it follows
                act = next((r for r in reversed(pending) if r[0] < i and r[3] is not None and r[4] is not None
                            and not r[6] and r[3].mention is res[3].mention and r[2][:2] in _TOLD_ROOTS
                            and not {x.code[:3] for x in r[4].mention.flat()} & own), None)
                if act is not None:
                    found = act[4]
            if found is not None:
                self._note(trace, s, res, "the warning is to the party it names or to the target of the act it goes with")
                res = res[:4] + (found,) + res[5:]
            out.append(res)
        return out

    def _blamed_after(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A participle of blame after a clause that names no one (ودانت الأردن الاقتحام، معتبرة إياه
        انتهاكا؛ وانتقدت باكستان الضربة، معتبرة أنها ...؛ سحبت الجزائر سفيرها من باريس، منددة
        بالقرار) blames the target of the same party's hostile act that the clause reports (25 of the
        27 events this added to the held-out sets were right; warnings stay as they are: only 22 of
        58 such would be)."""
        out = []
        for res in pending:
            i = res[0]
            if res[2][:2] != "11" or res[4] is not None or res[3] is None or res[6] or i == 0 or \
                    not (s.words[i - 1] in ("،", ",") or s.an[i].pre == "و") or \
                    not self._adverbial_accusative(s, i):
                out.append(res)
                continue
            own = {x.code[:3] for x in res[3].mention.flat()}
            act = next((r for r in reversed(pending) if r[0] < i and r[3] is not None and r[4] is not None and
                        not r[6] and {x.code[:3] for x in r[3].mention.flat()} == own and r[2][:2] >= "10" and
                        not (r[2][:3] == "114" and r[4].mention.code.startswith("IGO")) and
                        r[4].mention.code and not {x.code[:3] for x in r[4].mention.flat()} & own), None)
            if act is not None:
                self._note(trace, s, res, "a participle of blame after a clause blames the target of the clause's act")
                res = res[:4] + (act[4],) + res[5:]
            out.append(res)
        return out

    def _repressed_protest(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """People a state's police or army disperse, arrest or fire on at a protest the sentence names
        (استخدمت قوات الأمن الغاز المسيل للدموع لتفريق آلاف المتظاهرين؛ احتجزت الشرطة ثلاثة آلاف شخص
        خلال تظاهرات للمطالبة بالإفراج عن المعارض) protested: a demonstration (141) of theirs, against
        whom the protest rules of ``_emit`` find (their own government when the sentence names no other
        country). Not when the sentence already codes a protest of theirs."""
        out = []
        j = next((k for k in range(s.n) if s.has(k, "PROTEST")), -1)
        if j < 0:
            return out
        for res in pending:
            code, src_ref, tgt_ref = res[2], res[3], res[4]
            if code[:2] not in ("17", "18", "19") or src_ref is None or tgt_ref is None or res[5] != "asserted" \
                    or res[6] or tgt_ref.sent is not s or src_ref.mention.members:
                continue
            src, tgt = src_ref.mention, tgt_ref.mention
            if src.role not in ("COP", "MIL", "SPY", "GOV") or src.code.startswith(("IGO", "NGO", "IMG")):
                continue
            people = tgt.flat()
            if not people or any(x.role not in _PROTESTERS or x.kind != K_AGENT for x in people):
                continue
            if any(r[2][:2] == "14" and r[3] is not None and r[3].mention is tgt for r in pending):
                continue
            if src.code and any(x.code and x.code[:3] != src.code[:3] for x in people):
                continue  # (a state's police and another's people: no protest against their own state)
            mk = s.mark(j, "PROTEST")
            self._note(trace, s, res, "the people a state's force acts on at a protest protested (141)")
            out.append((j, j + 1, "141", _Ref(tgt, s, "protesters"), None, "asserted", False, mk[3], [mk[3], res[7]],
                        False, (j,)))
            break
        return out

    def _hunger_strike(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A hunger strike that names no one it is against is against the state that holds the
        striker: the one whose prison the sentence names (في سجن الرملة الإسرائيلي), else the
        striker's own government (يواصل الصحفي التونسي إضرابا عن الطعام: TUNGOV)."""
        out = []
        for res in pending:
            if res[2] != "142" or res[4] is not None or res[3] is None or res[6] or res[3].mention.members:
                out.append(res)
                continue
            src = res[3].mention
            home = src.code[:3]
            if len(home) != 3 or home.startswith(("IGO", "NGO")) or home in _AREAS or src.code[3:6] in ("GOV", "MIL", "COP"):
                out.append(res)
                continue
            jailer = home
            for k in range(s.n):
                if s.an[k].key in _PRISON_WORDS:
                    # the prison's nisba or place (سجن الرملة الإسرائيلي، سجون الاحتلال الإسرائيلي)
                    m = next((s.mention_at[t] for t in range(k + 1, min(s.n, k + 4)) if s.mention_at[t] is not None
                              and s.mention_at[t].code and not s.mention_at[t].members), None)
                    if m is not None and m.code[:3] not in _AREAS and not any(s.boundary[t] for t in range(k, m.start)):
                        jailer = m.code[:3]
                        break
            m = Mention(res[0], res[0] + 1, jailer + "GOV", K_AGENT, [res[7], "the state holding the striker"])
            self._note(trace, s, res, f"a hunger strike is against the state holding the striker ({jailer})")
            out.append(res[:4] + (_Ref(m, s, "jailer"),) + res[5:])
        return out

    def _participants(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A material act done "with the participation of" others (نفذ الجيش الأردني إنزالا جويا
        للمساعدات على غزة، بمشاركة طائرات من مصر والإمارات) or jointly with them (شنت، بالاشتراك مع
        القوات النيجرية، هجوما): they do it too, to the same target."""
        out = []
        for i in range(s.n - 1):
            joint = s.an[i].pre == "ب" and s.an[i].al and s.an[i].key in _JOINT_NOUNS and s.words[i + 1] == "مع"
            if (s.words[i] != "بمشاركة" and not joint) or s.cover[i] is not None:
                continue
            q = i + 2 if joint else i + 1
            if q + 2 < s.n and s.mention_at[q] is None and s.words[q + 1] == "من" and not s.an[q].al:
                q += 2  # بمشاركة طائرات من، بمشاركة قوات من
            m = s.mention_at[q] if q < s.n else None
            if m is None or m.adjective or not m.code or m.prep not in ("", "من", "مع" if joint else ""):
                continue
            act = next((r for r in reversed(pending) if (r[0] < i or joint) and r[2][:2] in ("06", "07", "18", "19", "20")
                        and r[3] is not None and r[4] is not None and r[5] == "asserted" and not r[6]), None)
            if act is None or act[3].mention is act[4].mention:
                continue  # (an act between X and Y, مناورات مشتركة بين ...: with whom those taking part act is untold)
            own = {x.code[:3] for x in act[3].mention.flat()} | {x.code[:3] for x in act[4].mention.flat()}
            if {x.code[:3] for x in m.flat()} & own:
                continue
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": act[2], "rule": act[7],
                              "result": "those taking part do the act too"})
            out.append((i, i + 1, act[2], _Ref(m, s, "participant"), act[4], "asserted", False, act[7],
                        list(act[8]), act[9], (i,)))
        return out

    def _attended(self, s: Sentence, trace) -> list[tuple]:
        """Talks, a meeting or a conference held in a place "with the participation of" others
        (انطلقت في العاصمة القطرية جولة جديدة من المحادثات بمشاركة وفد إسرائيلي ومدير المخابرات
        الأمريكية): those of another country visit the place's (042)."""
        out = []
        for i in range(1, s.n - 1):
            mk = s.mark(i, "ATTEND")
            if mk is None or s.cover[i] is not None or mk[2] >= s.n:
                continue
            m = s.mention_at[mk[2]]
            if m is None or m.adjective or not m.code or m.prep:
                continue
            start = next((k + 1 for k in range(i - 1, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")), 0)
            meeting = next((k for k in range(start, i) if s.an[k].key in _MEETING_NOUNS), -1)
            if meeting < 0:
                continue
            # the place named before the talks, else right after their noun (not their subject: محادثات وقف
            # إطلاق النار في غزة)
            places = [x for x in s.mentions if start <= x.start < meeting and x.prep in ("في", "ب") and
                      not x.members and len(x.code) == 3 and not x.adjective and x.code not in _AREAS] or \
                [x for x in s.mentions if meeting < x.start <= meeting + 2 and x.prep in ("في", "ب") and
                 not x.members and len(x.code) == 3 and not x.adjective and x.code not in _AREAS]
            if len(places) != 1:
                continue
            place = places[0]
            rule = mk[3]
            for x in m.flat():
                if not x.code or x.code[:3] == place.code[:3] or x.code.startswith(("IGO", "NGO")):
                    continue
                if trace is not None:
                    trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": "042",
                                  "result": "taking part in talks held in a place: a visit there"})
                out.append((i, i + 1, "042", _Ref(x, s, "participant"), _Ref(place, s, "place"), "asserted", False,
                            rule, [rule], False, (i,)))
        return out

    def _made_by(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A reaction to a thing another made, told in a relative clause right after it (رفضت
        الحكومة الصومالية مذكرة التفاهم التي وقعتها إثيوبيا مع أرض الصومال): the reaction's target
        is its maker, when the pattern named none."""
        out = []
        for res in pending:
            e = max(res[10]) + 1 if res[10] else res[1]  # (the end of the words the pattern matched)
            v = -1
            if res[4] is None and res[3] is not None and res[2][:2] in _REACTION_ROOTS and not res[6] and e + 2 < s.n:
                if s.words[e] in _RELATIVE_PRONOUNS and s.an[e + 1].suf == _RELATIVE_PRONOUNS[s.words[e]]:
                    v = e + 1
                else:
                    # or right after an indefinite thing, with no relative pronoun (استخدم الرئيس الفيتو ضد
                    # مشروع قانون أقره الكونغرس، رفضت قرارا أصدره المجلس)
                    k = e
                    if s.words[k] == "(" and ")" in s.words[k:k + 5]:
                        k = s.words.index(")", k) + 1  # (حق النقض (الفيتو))
                    if k < s.n and (s.words[k] in ("ضد", "على") or
                                    s.an[k].pre == "ل" and s.an[k].key in _AGAINST_NOUNS):
                        k += 1  # (ضد مشروع قانون، لإسقاط قرار)
                    if k < s.n and s.an[k].key in _MADE_THINGS and not s.an[k].al and not s.an[k].pre[-1:] == "ل":
                        k += 1
                        if k < s.n and s.an[k - 1].key == "مشروع" and not s.an[k].al and not s.an[k].suf:
                            k += 1  # (مشروع قانون، مشروع قرار)
                        if k + 1 < s.n and s.an[k].suf in ("ه", "ها") and s.cover[k] is None:
                            v = k
            if v > 0 and not s.an[v].pre and any(r[1] == "V" for r in self.tables.forms.get(s.an[v].key, ())):
                q = self._skip_adverbs(s, v + 1)
                m = s.mention_at[q] if q < s.n else None
                own = {x.code for x in res[3].mention.flat()}
                if m is not None and m.prep == "" and not m.adjective and m.code and not m.bare and \
                        (not {x.code[:3] for x in m.flat()} & {c[:3] for c in own} or
                         len(m.code) >= 6 and not m.members and not m.code.startswith(("IGO", "NGO", "IMG")) and
                         all(len(c) >= 6 and c[3:6] != m.code[3:6] for c in own)):
                    # (of another country; or of the state's own other branch: a bill its congress passed that
                    # the president vetoes, استخدم الرئيس الفيتو ضد مشروع قانون أقره الكونغرس، a veto the
                    # congress overrides, أسقط الكونغرس الفيتو الذي استخدمه الرئيس)
                    self._note(trace, s, res, "the target is who made the thing reacted to")
                    res = res[:4] + (_Ref(m, s, "maker"),) + res[5:]
            out.append(res)
        return out

    @staticmethod
    def _note(trace, s: Sentence, res: tuple, why: str) -> None:
        """Tell ``explain`` why a pass over the sentence changed an argument of ``res``."""
        if trace is not None:
            trace.append({"step": "trigger", "pos": res[0], "word": s.words[res[0]], "code": res[2], "rule": res[7],
                          "result": why})

    def _reaction_to_violence(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """A condemnation of a killing or an attack named after it (أدانت مصر اغتيال إسماعيل هنية في
        غارة إسرائيلية): when the reaction's target is that act's victim, it is the act's doer."""
        out = []
        for res in pending:
            if res[2][:2] == "11" and res[4] is not None and res[3] is not None and not res[6]:
                act = next((r for r in pending if res[0] < r[0] < res[4].mention.start and r[2][:2] in ("18", "19", "20")
                            and r[4] is not None and r[4].mention is res[4].mention and r[3] is not None and
                            r[3].mention is not res[3].mention and not r[6]), None)
                if act is not None:
                    self._note(trace, s, res, "the target is who did the act condemned")
                    res = res[:4] + (act[3],) + res[5:]
            out.append(res)
        return out

    def _claimed(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """An attack the sentence tells with no one doing it, then claimed in it (استهدف تفجير
        انتحاري قاعدة للجيش، في هجوم تبنته حركة الشباب؛ ... وأعلنت الحركة مسؤوليتها عن الهجوم):
        the claimant did it."""
        claims = [(res[0], res[3]) for res in pending if res[2] == "015" and res[3] is not None and not res[6]]
        for k in range(s.n):
            a = s.an[k]
            if a.suf in ("ه", "ها") and a.key in self._claiming_keys and not a.al and s.cover[k] is None and \
                    k + 1 < s.n:
                q = self._skip_adverbs(s, k + 1)
                m = s.mention_at[q] if q < s.n else None
                if m is not None and m.code and m.prep == "" and not m.adjective and not m.bare:
                    claims.append((k, _Ref(m, s, "claimant")))  # في هجوم تبنته حركة الشباب
        if not claims:
            return pending
        out = []
        for res in pending:
            if res[3] is None and res[2][:2] in ("18", "19", "20") and res[5] == "asserted" and not res[6]:
                claim = next((c for c in claims if c[0] > res[0]), None) or next(
                    (c for c in claims if 0 < res[0] - c[0] <= 8 and not any(
                        s.boundary[t] for t in range(c[0], res[0]))), None)  # (تبنت الجماعة خطف الرهبان)
                if claim is not None:
                    self._note(trace, s, res, "the attack's doer is the one who claimed it")
                    res = res[:3] + (claim[1],) + res[4:]
            out.append(res)
        for n, res in enumerate(out):
            # what a claim names is the attack on its target (أعلن داعش مسؤوليته عن الهجوم الذي استهدف الجيش
            # العراقي): the claim's target
            if res[2] == "015" and res[4] is not None and res[3] is not None and any(
                    0 < r[0] - res[0] <= 16 and r[2][:2] in ("18", "19", "20") and r[3] is not None and
                    r[3].mention is res[3].mention and r[4] is not None for r in out):
                # the claimant coded as doing the act: the act carries the pair, the claim is its own
                # statement (تبنت الجماعة خطف الرهبان الفرنسيين: DZAREB -> FRAREL 181)
                out[n] = res[:4] + (None,) + res[5:]
            elif res[2] == "015" and res[4] is None:
                hit = next((r for r in out if 0 < r[0] - res[0] <= 5 and r[2][:2] in ("18", "19", "20") and
                            r[4] is not None), None)
                if hit is not None and not (hit[3] is not None and res[3] is not None and
                                            hit[3].mention is res[3].mention):
                    # (when the claimant is coded as doing the attack, the attack carries the pair)
                    self._note(trace, s, res, "what is claimed is the attack on its target")
                    out[n] = res[:4] + (hit[4],) + res[5:]
        return out

    @staticmethod
    def _at_request(s: Sentence, i: int) -> bool:
        """Whether the noun طلب at ``i`` says "at the request of" (بطلب من، بناء على طلب من، تلبية
        لطلب من، استجابة لطلب من): the one named after it is the asker."""
        a = s.an[i]
        if a.key != "طلب" or a.suf or a.al:
            return False
        if a.pre in ("ب", "وب"):
            return True
        if a.pre == "ل" and i > 0 and s.an[i - 1].key in ("تلبية", "استجابة"):
            return True
        return a.pre == "" and i > 1 and s.words[i - 1] == "علي" and s.an[i - 2].key == "بناء"

    def _invited_by(self, s: Sentence, pending: list[tuple], rec: _Record, trace) -> list[tuple]:
        """A visit or a meeting "at the invitation of X" (بدعوة من الملك محمد السادس، تلبية لدعوة من
        الرئيس): X invited the one who came (036). Only after an act of visiting or meeting
        coded before it in the sentence, whose source is the invitee, or before it when the phrase
        opens the sentence (بناء على دعوة من المملكة، وصل إلى الرياض وفد ...)."""
        out = []
        for i in range(s.n - 2):
            fronted = s.words[i] == "دعوة" and 1 < i <= 3 and s.words[i - 1] == "علي" and s.an[i - 2].key == "بناء"
            if s.words[i] not in ("بدعوة", "لدعوة") and not fronted or s.cover[i] is not None:
                continue
            k = i + 1
            if k < s.n and s.an[k].key in ("رسمية", "كريمة", "شخصية", "خاصة") and not s.an[k].al:
                k += 1  # بدعوة رسمية من
            if k >= s.n or s.words[k] != "من":
                continue
            h = k + 1
            while h < s.n and s.mention_at[h] is None and s.has(h, "TITLE"):
                h = s.mark(h, "TITLE")[2]  # بدعوة من صاحب الجلالة الملك محمد السادس
            host = s.mention_at[h] if h < s.n else None
            if host is None or not host.code or host.adjective:
                continue
            visit = next((r for r in reversed(pending) if (r[0] < i or fronted) and
                          r[2][:3] in ("040", "042", "043", "044") and r[3] is not None and not r[6] and
                          r[5] == "asserted"), None)  # (بناء على دعوة من X، وصل ...: the visit after it)
            if visit is None and not fronted:
                # attending a meeting or a summit no pattern codes (حضر زيلينسكي القمة بدعوة من المملكة، شارك
                # السيسي في المؤتمر بدعوة من ميركل): the clause's subject came at the invitation
                at = next((k for k in range(i - 1, max(-1, i - 25), -1) if s.cover[k] is None and
                           not s.an[k].al and s.an[k].key in _ATTENDING and self._verb_position(s, k)), -1)
                rule = next((r[7] for r in pending if r[0] == i and r[2][:3] == "036"), None)
                if at < 0 or rule is None or any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(at, i)):
                    continue
                last = rec.last_subject
                subj, _how = self.find_subject(s, at, rec)
                rec.last_subject = last
                if subj is None or not subj.mention.code or subj.mention.members:
                    continue
                visit = (at, at + 1, "042", subj, None, "asserted", False, rule, [], True, (at,))
            if visit is None:
                continue
            guest = visit[3] if visit[2][:3] != "043" else visit[4]  # (hosted: the guest is the target)
            if guest is None or {x.code[:3] for x in guest.mention.flat()} & {host.code[:3]}:
                continue
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": "036", "rule": visit[7],
                              "result": "the visit was at the invitation of the one named"})
            out.append((i, i + 1, "036", _Ref(host, s, "inviter"), guest, "asserted", False, visit[7],
                        list(visit[8]), True, (i,)))
        return out

    def _charge_end(self, s: Sentence, d: int) -> int:
        """The end of a &CHARGE phrase at token ``d`` (العدوان، الأعمال العدائية), or -1."""
        for rest, name in self.tables.syn_first.get(s.an[d].key, ()):
            if name == "&CHARGE":
                e = s._phrase_end(d, rest)
                if e > 0:
                    return e
        return -1

    def _so_named(self, s: Sentence, i: int) -> bool:
        """Whether the noun at ``i`` is what someone calls an act (ما وصفته بتسليم طهران صواريخ، ما وصفته
        وزارة الخارجية بالتدخل، ما قالت إنه تسليم): an allegation, not an act the text reports."""
        k = i - 1
        if s.words[k] in ("انه", "انها") and k > 1 and s.words[k - 2] == "ما" and s.has(k - 1, "REPORT"):
            return True
        if not s.an[i].pre.endswith("ب"):
            if s.words[k] != "ب":
                return False
            k -= 1  # (بـ«...»: a separate ب)
        m = s.cover[k] if k >= 0 else None
        if m is not None and not m.prep:
            k = m.start - 1  # (the speaker: ما وصفته وزارة الخارجية ب)
        return k > 0 and s.has(k, "DESCRIBE") and self._what_named(s, k) and not s.an[k].al and s.cover[k] is None

    @staticmethod
    def _what_named(s: Sentence, v: int) -> bool:
        """ما before a verb of naming with an object pronoun is "what" (احتجاجا على ما وصفته
        بالتدخل): the pronoun is no actor. Not وهو ما, whose ما is the act just reported (وهو ما
        وصفته الحكومة بأنه عمل إجرامي)."""
        return v > 0 and s.an[v - 1].key == "ما" and not s.an[v - 1].suf and \
            not (v > 1 and s.an[v - 2].key in ("هو", "هي") and not s.an[v - 2].suf)

    def _mediation(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """بوساطة قطرية، برعاية مصرية، بوساطة الرئيس الصيني: the mediator mediates (045)
        between the parties of the event the sentence reports (the first one with a source
        and a target), or of the pair it names (بين X و Y)."""
        out = []
        for i in range(s.n):
            mk = s.mark(i, "MEDIATE")
            if mk is None or s.cover[i] is not None or s.an[i].al:
                continue
            hosted = s.an[i].suf and not s.an[i].al  # محادثات ... تستضيفها السعودية
            if not (s.an[i].pre.endswith("ب") or (i > 0 and s.an[i - 1].key == "تحت") or hosted):
                continue  # (في الوساطة is no "by the mediation of")
            if hosted and any(s.an[k].key in _GATHERINGS for k in range(max(0, i - 7), i)
                              if not s.boundary[k]):
                continue  # a conference, a summit a state hosts (مؤتمر المانحين الذي استضافته سويسرا) is no mediation
            q = mk[2]
            by = q + 1 < s.n and s.an[q].key == "من" and not s.an[q].pre and not s.an[q].suf
            if by:
                q += 1  # بوساطة من الرئيس الجيبوتي
            med = s.mention_at[q] if q < s.n else None
            if med is None and q + 1 < s.n and self._adjective_like(s, q):
                med = s.mention_at[q + 1]
            if med is None or (med.prep and not med.adjective and not (by and med.prep == "من")) or med.bare \
                    or not med.code:
                continue
            if any(res[0] < i and res[2][:2] in ("02", "10") and res[3] is not None and
                   not any(s.words[t] in (".", "؛", ";") for t in range(res[0], i)) for res in pending):
                continue  # talks urged or demanded under someone's auspices (حثهما على العودة إلى طاولة
                # المفاوضات برعاية الاتحاد الأفريقي) are no mediation yet
            parties: list[Mention] = []
            tgt_sent = s
            for res in pending:
                if res[2][:3] in ("042", "043"):
                    continue  # (a visit's host is no party to the talks mediated: وصل الوفد إلى الكويت ... برعاية
                    # الأمم المتحدة)
                if res[3] is not None and res[4] is not None and res[2][:3] != "045" and res[5] == "asserted" \
                        and not res[6] and res[3].sent is res[4].sent and not _among(res[4]):
                    # (people counted among others, released or seized, are no parties: أفرجت حماس عن 24
                    # محتجزا، بينهم عمال تايلانديون ... بوساطة قطرية)
                    # (the two parties named in one sentence: one group can only point into one)
                    parties = res[3].mention.flat() + res[4].mention.flat()
                    if res[2][:3] == "051" or res[2][:2] in ("01", "11", "12"):
                        # a reaction to the mediated act is no party to it: the act's doers are (رحب
                        # غوتيريش بالاتفاق الذي أعلنته السعودية وإيران بوساطة صينية)
                        parties = res[4].mention.flat()
                    tgt_sent = res[3].sent
                    break
                if res[3] is not None and res[4] is None and res[2][:3] in RECIPROCAL and res[5] == "asserted" \
                        and not res[6] and res[3].mention.members and len(res[3].mention.members) > 1:
                    # a mutual act of coordinated parties (وقعت حركتا فتح وحماس وباقي الفصائل)
                    parties = res[3].mention.flat()
                    tgt_sent = res[3].sent
                    break
            if not parties:
                # (not the mediators, nor those counted among others: بينهم سعوديون وسودانيون)
                pair = [m for m in s.mentions if m.members and len(m.members) == 2 and not m.adjective
                        and m is not med and not (m.start > 0 and s.words[m.start - 1] in _INCLUDING)
                        and m.name != "among"]
                if pair:
                    parties = pair[-1].members
            medc = {x.code[:3] for x in med.flat()}
            if hosted and any(x.code[:3] in medc for x in parties):
                continue  # a host that takes part (اجتماع استضافته العاصمة الأردنية وضم وزراء خارجية الأردن
                # والسعودية ...) is no go-between
            seen: set = set()
            keep = []
            named = 0  # (two parties of one code, two rival parliaments, are still two)
            for x in parties:
                if x.code and x.code[:3] not in medc and not x.adjective:
                    named += 1
                    if x.code not in seen:
                        seen.add(x.code)
                        keep.append(x)
            if named < 2:
                continue
            g = Mention(keep[0].start, keep[0].end, keep[0].code, keep[0].kind, [])
            g.members = keep
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": "045", "rule": mk[3],
                              "result": "mediation between the parties of the sentence's event"})
            out.append((i, q, "045", _Ref(med, s, "mediator"), _Ref(g, tgt_sent, "parties"), "asserted", False,
                        mk[3], [mk[3]], True, (i,)))
        return out

    def _mediated_talks(self, s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """Talks a third party hosts or mediates between two parties (استضافت السعودية محادثات
        بين وفدين أمريكي وروسي) are also the parties' talks with each other (046), each way: the
        mediation pattern names them after بين, and a word for talks stands between the verb and them."""
        out = []
        for res in pending:
            i, code, src_ref, tgt_ref = res[0], res[2], res[3], res[4]
            if code[:3] != "045" or tgt_ref is None or tgt_ref.sent is not s or res[5] != "asserted" or res[6]:
                continue
            tgt = tgt_ref.mention
            if tgt.prep != "بين" or tgt.start <= i or (i > 0 and s.words[i - 1] in _RELATIVES):
                continue  # (عُمان، التي ترعى المحادثات بين طهران وواشنطن: a description, not the news)
            if not any(s.an[t].key in self._talks_keys and s.mention_at[t] is None for t in range(i, tgt.start)):
                continue  # (توسطت مصر بين الطرفين: a go-between, not talks they held)
            srcc = {x.code[:3] for x in src_ref.mention.flat()} if src_ref is not None else set()
            keep, seen = [], set()
            for x in tgt.flat():
                if x.code and x.code[:3] not in srcc and x.code[:3] not in seen:
                    seen.add(x.code[:3])
                    keep.append(x)
            if len(keep) < 2:
                continue
            g = Mention(keep[0].start, keep[-1].end, keep[0].code, keep[0].kind, [])
            g.members = keep
            ref = _Ref(g, s, "parties")
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": "046", "rule": res[7],
                              "result": "the parties of hosted or mediated talks hold them with each other"})
            out.append((i, res[1], "046", ref, ref, "asserted", False, res[7], res[8], res[9], res[10]))
        return out

    @staticmethod
    def _object_after(s: Sentence, i: int) -> bool:
        """Whether an object follows the verbal noun at ``i`` (احتجازها 13 من موظفي الأمم المتحدة،
        اعتقالها رئيس المجلس): a number or an actor with no preposition within three words."""
        for k in range(i + 1, min(s.n, i + 4)):
            if s.boundary[k]:
                return False
            if s.words[k].isdigit():
                return True
            m = s.mention_at[k]
            if m is not None:
                return m.prep == "" and not m.adjective
        return False

    @staticmethod
    def _agreed_acts(s: Sentence, pending: list[tuple], trace) -> list[tuple]:
        """Parties that agree on an act towards someone else (اتفقت الولايات المتحدة وبريطانيا وكندا على
        استبعاد المصارف الروسية، اتفق وزراء الخارجية على فرض عقوبات على روسيا) do that act, each of
        them: the act is coded (see _DECIDED), and their agreement with each other is not an event
        of its own."""
        drop = set()
        for k, res in enumerate(pending):
            if res[2][:3] != "057" or s.an[res[0]].key not in _AGREED or res[3] is None:
                continue
            parties = {x.code[:3] for x in res[3].mention.flat()}
            if res[4] is not None:
                parties |= {x.code[:3] for x in res[4].mention.flat()}
            for other in pending:
                if other is res or not res[0] < other[0] <= res[0] + 20 or other[3] is None or other[4] is None or \
                        not other[4].mention.code:
                    continue  # (an act towards no one known replaces no agreement)
                if other[3].mention is not res[3].mention and other[3].mention not in res[3].mention.flat():
                    continue
                if any(s.boundary[t] and s.words[t] not in ("،", ",") for t in range(res[0], other[0])):
                    continue
                if {x.code[:3] for x in other[4].mention.flat()} & parties:
                    continue  # (what they agree to do for each other is their agreement: اتفقتا على تبادل السفراء)
                drop.add(k)
                if trace is not None:
                    trace.append({"step": "trigger", "pos": res[0], "word": s.words[res[0]], "code": res[2],
                                  "result": "an agreement on an act towards another: the act is coded"})
                break
        return [res for k, res in enumerate(pending) if k not in drop]

    @staticmethod
    def _addressed_in_contact(s: Sentence, pending: list[tuple]) -> list[tuple]:
        """In a call or meeting between two parties, condolences, praise or congratulations
        that one of them offers with no one named go to the other (تلقى X اتصالا من Y،
        أعرب خلاله الأخير عن تعازيه); so do an appeal or a demand made "during" the meeting, named
        right after it (دعا ترامب، خلال لقائه الرئيس السوري، إلى ترحيل المقاتلين الأجانب), and an agreement
        signed during a visit is signed with the host (وقع الوزير، خلال زيارته كييف، اتفاقية)."""
        out = []
        contact = None
        during = {}  # a contact named "during" which an act was done: the position of its noun -> its parties
        for res in pending:
            code, src, tgt = res[2], res[3], res[4]
            if code[:2] == "04" and code[:3] != "043" and src is not None and tgt is not None and \
                    not src.mention.members and not tgt.mention.members and res[0] > 0 and \
                    s.words[res[0] - 1] in ("خلال", "اثناء"):
                during[res[0]] = (src, tgt)
        for res in pending:
            code, src, tgt = res[2], res[3], res[4]
            if code[:2] == "04" and src is not None and tgt is not None and not src.mention.members \
                    and not tgt.mention.members:
                contact = (src, tgt)
            elif tgt is None and src is not None and (code[:3] in _ADDRESSED_CODES or code[:2] in ("02", "10") or
                                                      code[:3] == "057") and (
                    pair := contact if code[:3] in _ADDRESSED_CODES and contact is not None else next(
                        (during[k] for k in sorted(during) if res[0] < k <= res[0] + 20 and
                         not any(s.boundary[t] and s.words[t] not in ("،", ",") for t in range(res[0], k))),
                        None)) is not None:
                a, b = pair
                if src.mention.code == a.mention.code:
                    res = res[:4] + (b,) + res[5:]
                elif src.mention.code == b.mention.code:
                    res = res[:4] + (a,) + res[5:]
            out.append(res)
        return out

    def _plural2(self, s: Sentence, rec: _Record) -> None:
        """البلدين، الجانبين: the last two countries named before, in this sentence or
        the ones before it (never more than two, never guessed)."""
        for i in range(s.n):
            mk = s.mark(i, "PLURAL2")
            if mk is None or (s.marks_actor_block and s.marks_actor_block[i]):
                continue  # (an actor discard hides "the two" too: حل الدولتين is the two-state solution)
            bare = s.cover[i]
            if bare is not None and not (bare.bare and not bare.code and not bare.members and bare.start == i):
                continue
            codes: list[tuple[str, str]] = []
            # (not the group right before it, the subject whose object "the two" is: دعت كل من الصين
            # والولايات المتحدة البلدين إلى ضبط النفس)
            earlier = [m for m in s.mentions if m.end <= i and not (m.end == i and m.members)]
            # the two parties named together last in the sentence (بين إيران والولايات المتحدة),
            # even when a third (the mediator) was named after them; else the last two countries
            # of the sentence; else the same in the sentences before
            if bare is not None and bare.role:
                # the two leaders or ministers (الرئيسان، الوزيران): the last two office-holders of that
                # role named, of two countries (not the city they met in: التقى الوزير في بكين نظيره)
                holders = 0
                for x in [y for m in reversed(earlier) for y in reversed(m.flat())] + \
                        [y for _ps, m in reversed(rec.history) for y in reversed(m.flat())]:
                    if len(codes) >= 2:
                        break
                    if x.kind in (K_AGENT, K_PERSON) and x.code[3:6] == bare.role and not x.adjective and \
                            not x.anaphor and not x.code.startswith(("IGO", "NGO")):
                        holders += 1
                        if x.code[:3] not in {c for c, _ in codes}:
                            codes.append((x.code[:3], x.srcs[0] if x.srcs else ""))
                if len(codes) == 1 and holders >= 2 and not bare.code:
                    # two office-holders of one country (سلفاكير ونائبه مشار ... دعا المجلس الزعيمين)
                    bare.code = codes[0][0] + bare.role
                    bare.srcs = [codes[0][1], mk[3]]
                    bare.plural = True
                    bare.bare = False
                    continue
                if len(codes) < 2:
                    continue
            pair = self._last_pair(earlier) if not codes else None
            if pair is not None:
                codes = pair
            for m in reversed(earlier) if not codes else ():
                if not (m.members and m.prep == "في"):
                    self._collect_country(m, codes)
            if len(codes) < 2:
                # (قالت الخارجية القطرية إن الطرفين اتفقا: the pair named before, not Qatar and one of it)
                pair = self._last_pair([m for _ps, m in rec.history[-12:]])
                if pair is not None:
                    codes = pair
            for _ps, m in reversed(rec.history):
                if len(codes) >= 2:
                    break
                self._collect_country(m, codes)
            if len(codes) < 2:
                continue
            role = bare.role if bare is not None else ""  # الرئيسان: the two countries' leaders
            end = max(mk[2], bare.end) if bare is not None else mk[2]
            members = []
            for code, src in reversed(codes[:2]):
                mm = Mention(i, end, code + role, K_AGENT if role else K_COUNTRY, [src, mk[3]])
                mm.gender = "m" if role else "f"
                members.append(mm)
            g = Mention(i, end, members[0].code, members[0].kind, [mk[3]])
            g.members = members
            g.plural = True
            g.prep = s._prep_before(i)
            g.name = "plural2"
            if bare is not None:
                s.mentions.remove(bare)
            s.add_mention(g)

    def _counted_states(self, s: Sentence, rec: _Record) -> None:
        """الدول الثلاث، الدول الخليجية الثلاث، العواصم الأربع: the last group of that many
        countries named, in this sentence or the ones before (never guessed: the count
        must match)."""
        for i in range(s.n - 1):
            a = s.an[i]
            if a.key not in _STATE_NOUNS or not a.al:
                continue
            k = i + 1
            m0 = s.mention_at[i]
            if m0 is not None and m0.end > i + 1:
                k = m0.end  # الدول الخليجية
            elif k < s.n and s.mention_at[k] is not None and s.mention_at[k].adjective:
                k = s.mention_at[k].end
            if k >= s.n or s.words[k] not in _COUNT_WORDS:
                continue
            if m0 is not None and m0.code and m0.code[:3] not in _REGIONS:
                continue  # الدول العربية is fine to replace, a named country is not
            n = _COUNT_WORDS[s.words[k]]
            group = None
            for m in reversed([m for _ps, m in rec.history[-20:]] + [m for m in s.mentions if m.end <= i]):
                if m.members and len(m.members) == n and all(x.kind in (K_COUNTRY, K_METONYM) or len(x.code) == 3
                                                              for x in m.members):
                    group = m
                    break
            if group is None:
                continue
            members = []
            for x in group.members:
                mm = Mention(i, k + 1, x.code, x.kind, x.srcs)
                mm.gender = "f"
                members.append(mm)
            g = Mention(i, k + 1, members[0].code, members[0].kind, sum((x.srcs for x in members), []))
            g.members = members
            g.plural = True
            g.prep = s._prep_before(i)
            for t in range(i, k + 1):
                old = s.cover[t]
                if old is not None and old in s.mentions:
                    s.mentions.remove(old)
            s.add_mention(g)

    def _the_country(self, s: Sentence, rec: _Record) -> None:
        """البلاد ("the country") names the country the story is about: the one country it
        has named so far, else the dateline's (أعلن برنامج الأغذية العالمي تعليق عملياته في
        البلاد). With no such country it names nothing."""
        story = rec.roles.get(STORY)
        code, srcs = "", []
        if story:
            code, srcs = next(iter(story.items()))
        elif rec.city:
            code, srcs = rec.city, []
        for i in range(s.n):
            a = s.an[i]
            if a.key != "بلاد" or not a.al or a.suf or s.cover[i] is not None:
                continue
            if code:
                self._name_country_at(s, i, code, srcs)
                continue
            # a story's first sentence: the one country it has named before the word (أمر حفتر قواته
            # بالتقدم نحو طرابلس ... مع زيارة غوتيريش للبلاد)
            named = {x.code[:3]: x.srcs for m in s.mentions if m.end <= i for x in m.flat()
                     if len(x.code) >= 3 and not x.code.startswith(("IGO", "NGO", "IMG")) and x.code[:3] not in _AREAS}
            if len(named) == 1 and s._prep_before(i) in ("ل", "الي"):  # (not a place: شمالي البلاد)
                c, srcs1 = next(iter(named.items()))
                self._name_country_at(s, i, c, list(srcs1[:1]))

    @staticmethod
    def _ambiguous_nisbas(s: Sentence, rec: _Record) -> None:
        """Nisbas the dictionaries do not list because they are also common words (المالي is
        "financial", البوركيني a swimsuit): after a role noun (السلطات المالية، الجيش المالي، نظيره
        البوركيني) they are that country's only in a story that names it or is datelined in it."""
        named = set(rec.countries) | {rec.city} | {x.code[:3] for m in s.mentions for x in m.flat()} | {
            x.code[:3] for _ps, m in rec.history for x in m.flat()}
        for m in s.mentions:
            e = m.end
            if m.members or e >= s.n or s.cover[e] is not None or s.an[e].al != s.an[e - 1].al or not (
                    m.bare and not m.code or m.inherited):
                continue  # (a role that took the country of one named before takes its own nisba instead:
                # وزير الخارجية الروسي ... وأشاد وزير الخارجية المالي)
            country = _AMBIGUOUS_NISBAS.get(s.words[e])
            if country is None or country not in named:
                continue
            m.code, m.bare, m.inherited = country + m.role, False, False
            m.end = e + 1
            m.srcs = m.srcs[:1] + [f"the story names {country}"]  # (the role's own line, not the borrowed one)
            s.cover[e] = m
            p = s.mention_at[e + 1] if e + 1 < s.n else None
            if p is not None and p.kind == K_PERSON and not p.members and not p.prep and p.code[:3] == country:
                # the office-holder named after it (وزير الخارجية المالي عبد الله ديوب) is one actor with it
                s.remove_mention(p)
                m.end, m.code, m.srcs = p.end, p.code, m.srcs + p.srcs[:1]
                for t in range(m.start, m.end):
                    s.cover[t] = m

    @staticmethod
    def _member_states(s: Sentence, rec: _Record) -> None:
        """"The member states" named bare (باستدعاء سفرائها لدى الدول الأعضاء) are the organisation the
        story has named, when it has named one and only one (not the UN, whose members are all)."""
        named = {x.code[:6]: x.srcs for m in s.mentions for x in m.flat() if x.code.startswith("IGO")}
        named.update({x.code[:6]: x.srcs for _ps, m in rec.history for x in m.flat() if x.code.startswith("IGO")})
        named.pop("IGOUNO", None)
        if len(named) != 1:
            return
        code = next(iter(named))
        full = next((x.code for m in s.mentions for x in m.flat() if x.code[:6] == code),
                    next((x.code for _ps, m in rec.history for x in m.flat() if x.code[:6] == code), code))
        for k in range(s.n - 1):
            if s.an[k].key != "دول" or not s.an[k].al or s.words[k + 1] != "الاعضاء" or s.cover[k] is not None or \
                    s.cover[k + 1] is not None or (k + 2 < s.n and s.words[k + 2] == "في"):
                continue  # (الدول الأعضاء في الحلف names its body after it)
            m = Mention(k, k + 2, full, K_ORG, ["the story names " + full] + list(named[code][:1]))
            m.gender, m.plural = "f", True
            m.prep = s._prep_before(k)
            s.add_mention(m)

    @staticmethod
    def _brussels(s: Sentence, rec: _Record) -> None:
        """بروكسل as a subject or an object (اتهمت بروكسل، متهمة بروكسل) is the EU in a story that
        names the EU and not Belgium, Belgium in one that names Belgium and not the EU; else no one
        (the dictionaries list it for neither). Never after a preposition: a place a meeting is in."""
        named = {x.code for m in s.mentions for x in m.flat()} | {x.code for _ps, m in rec.history for x in m.flat()}
        eu = any(c.startswith("IGOEUR") for c in named)
        bel = any(c[:3] == "BEL" for c in named)
        if eu == bel:
            return
        for k in range(s.n):
            if s.words[k] != "بروكسل" or s.cover[k] is not None or (k > 0 and s.words[k - 1] in PREP_WORDS):
                continue
            m = Mention(k, k + 1, "IGOEUREEC" if eu else "BEL", K_METONYM,
                        ["the story names " + ("the EU" if eu else "Belgium")])
            m.gender = "f"
            s.add_mention(m)

    def _the_kingdom(self, s: Sentence, rec: _Record) -> None:
        """المملكة ("the kingdom") alone names the kingdom the story named last (الجسر الجوي
        السعودي ... شكره للمملكة), else the dateline's when it is one. With no kingdom named
        it names nothing; المملكة العربية السعودية, المملكة المتحدة are names of their own.
        السلطنة ("the sultanate") names a sultanate (Oman, Brunei) in the same way."""
        for i in range(s.n):
            a = s.an[i]
            if a.key not in _REALM_WORDS or not a.al or a.suf or s.cover[i] is not None:
                continue
            realms = _REALM_WORDS[a.key]
            if i + 1 < s.n and s.mention_at[i + 1] is not None and s.mention_at[i + 1].adjective:
                continue  # المملكة الأردنية الهاشمية if not a name: an adjective says which
            # (not one of several states coordinated in this sentence: ودانت الإمارات ومصر والأردن
            # الهجوم، مؤكدة تضامنها الكامل مع المملكة is solidarity with another kingdom)
            before = [(ps, m) for ps, m in rec.history] + [(s, m) for m in s.mentions if m.end <= i and not (
                m.members and len({x.code[:3] for x in m.members}) > 1)]
            code, srcs = "", []
            # one named "the kingdom of" before (المملكة العربية السعودية ... تصريحات وزيرة الخارجية السويدية
            # ... سجل المملكة: Saudi Arabia, not Sweden)
            for ps, m in reversed(before):
                if not m.members and m.code[:3] in realms and any(
                        ps.an[t].key == a.key for t in range(m.start, min(m.end, ps.n))):
                    code, srcs = m.code[:3], m.srcs[:1]
                    break
            for _ps, m in reversed(before) if not code else ():
                c = next((x for x in m.flat() if x.code[:3] in realms), None)
                if c is not None:
                    code, srcs = c.code[:3], c.srcs[:1]
                    break
            if not code and rec.city in realms:
                code = rec.city
            if code:
                self._name_country_at(s, i, code, srcs)

    @staticmethod
    def _the_organisation(s: Sentence, rec: _Record) -> None:
        """المنظمة ("the organisation") alone names the international organisation the story
        named last (انسحبت الدول الثلاث من إيكواس ... واتهم البيان المنظمة). Not the adjective
        "organised" after a feminine or plural noun (الجريمة المنظمة، العصابات المنظمة)."""
        for i in range(s.n):
            a = s.an[i]
            if a.key != "منظمة" or not a.al or a.suf or s.cover[i] is not None:
                continue
            if i > 0 and s.an[i - 1].al and s.words[i - 1].endswith(("ة", "ات")):
                continue
            before = [m for _ps, m in rec.history] + [m for m in s.mentions if m.end <= i]
            org = next((x for m in reversed(before) for x in m.flat() if x.code.startswith(("IGO", "NGO"))), None)
            if org is None:
                continue
            m = Mention(i, i + 1, org.code, K_ORG, list(org.srcs[:1]))
            m.prep = s._prep_before(i)
            s.add_mention(m)

    @staticmethod
    def _name_country_at(s: Sentence, i: int, code: str, srcs: list) -> None:
        """Make the word at ``i`` (البلاد، المملكة) a mention of country ``code``."""
        m = Mention(i, i + 1, code, K_COUNTRY, list(srcs))
        m.name = "place"
        m.gender = "f"  # (both words are feminine: no "his" refers to them, إعلانه after غادر الرئيس البلاد)
        m.prep = s._prep_before(i)
        s.add_mention(m)

    def _latter(self, s: Sentence, rec: _Record) -> None:
        """الأخير / الأخيرة used as a noun ("the latter": أعرب خلاله الأخير عن تعازيه) names
        the actor mentioned last before it: a man for الأخير, a country or a body for
        الأخيرة. As an adjective after a definite noun (الأسبوع الأخير) it names nobody."""
        for i in range(s.n):
            mk = s.mark(i, "LATTER")
            if mk is None or s.cover[i] is not None:
                continue
            a = s.an[i]
            if i > 0 and not a.pre and not s.boundary[i - 1] and s.an[i - 1].al and \
                    s.words[i - 1] not in PREP_WORDS:
                continue  # an adjective: التطورات الأخيرة، في الآونة الأخيرة
            fem = s.words[i].endswith("ة")

            def fits(m: Mention) -> bool:
                if m.adjective or m.members or (m.bare and not m.code) or not m.code or m.anaphor:
                    return False
                if fem:
                    return m.kind != K_PERSON and m.gender != "m"
                return m.kind == K_PERSON or m.gender == "m" or (m.kind == K_AGENT and m.gender != "f")

            ref = None
            for m in reversed([m for m in s.mentions if m.end <= i]):
                ref = m
                break
            if ref is None:
                for _ps, m in reversed(rec.history):
                    ref = m
                    break
            if ref is None or not fits(ref):
                continue  # the latter is the last one named, or nobody we can tell
            mm = Mention(i, mk[2], ref.code, ref.kind, ref.srcs + [mk[3]])
            mm.gender, mm.role, mm.bare = ref.gender, ref.role, ref.bare
            mm.prep = s._prep_before(i)
            s.add_mention(mm)

    def _event_refs(self, s: Sentence, rec: _Record, acts=None, after: int = -1) -> None:
        """A definite noun that names an event reported in the sentences just before
        (ورحبت كييف بالحزمة الجديدة، وأدانت مصر الهجوم) stands for that event's source: a
        reaction to it (welcome, criticism, rejection, a threat) targets whoever did it.
        Only when no owner follows the noun (القرار الأمريكي names its own) and only an
        event of the kind the noun names (EVENTREF:18,19,20 for an attack).

        ``acts`` given are the acts coded earlier in this sentence, and only nouns after
        ``after`` are resolved: such an act is nearer than any before, so it replaces what
        the sentences before gave (أسقطت مقاتلات تركية قاذفة روسية، فيما وصف بوتين الحادثة
        بأنها طعنة في الظهر)."""
        for i in range(after + 1, s.n):
            mk = s.mark(i, "EVENTREF")
            if mk is None:
                if not (s.words[i] == "ذلك" or s.words[i] == "ما" and i + 1 < s.n and not s.an[i + 1].pre and
                        s.words[i + 1] in _WHAT_HAPPENED) or acts is not None or \
                        (mk := self._described_that(s, i)) is None or \
                        not rec.acts or rec.acts[-1][1][:2] in _SAYING_ROOTS:
                    continue  # (after words said, "that" is what they were about)
            old = s.cover[i]
            if old is not None and not (acts is not None and old.anaphor and old.start == i):
                continue
            if not (s.an[i].al or (i > 0 and s.words[i - 1] in _DEMONSTRATIVES) or mk[0] == "DESCRIBE") or \
                    s.an[i].suf:
                continue
            if i > 0 and (s.has(i - 1, "TRANSPARENT") or not s.an[i].pre and any(
                    s.cover[j] is None and not _LAUNCHING.isdisjoint(self._lemmas_of(s.an[j].key)) and
                    not any(s.boundary[k] for k in range(j, i)) for j in range(max(0, i - 5), i))):
                continue  # what one launches, or a count, is a new act (وشنت الطائرات الإسرائيلية عشرات الغارات)
            head = i
            if i > 0 and s.an[i - 1].key in _PERPETRATORS and not s.an[i - 1].al and s.cover[i - 1] is None and \
                    mk[1] and "18" in mk[1].split(","):
                head = i - 1  # منفذي العملية، مرتكبي الجريمة: who did the attack just reported
            e = mk[2]
            while e < s.n and self._adjective_like(s, e) and s.an[e].al:
                e += 1  # الحزمة الجديدة، الهجوم الأخير
            if e < s.n and (s.mention_at[e] is not None or s.words[e] in _RELATIVES or s.words[e] == "من"):
                continue  # its owner or agent is named here
            roots = mk[1].split(",") if mk[1] else None
            found = []  # (source, rule, trigger) of each such act, the latest first
            for si, code, src, rule, _tgt, span in reversed(rec.acts if acts is None else acts):
                if si < s.index - 5:
                    break
                if code[:3] in ("051", "052") or (code[:3] == "045" and (roots is None or "04" not in roots)) or \
                        (roots is None and code[:2] in _SAYING_ROOTS and not (
                        s.an[i].key in ("قرار", "قرارات") and code[:2] in ("02", "10")) and not (
                        s.an[i].key in _SAID_NOUNS)):
                    # a comment, a reaction or a mediation is not "the step", "the decision" or "the
                    # agreement" (but a resolution that demands or calls is "the resolution": تبنى مجلس
                    # الأمن قرارا يطالب إسرائيل ...، فيما رحبت الرئاسة الفلسطينية بالقرار; and "the
                    # statements", "the accusations" are what was just said: ترد الخارجية برفض هذه التصريحات)
                    continue
                if s.an[i].key in ("بيان", "بيانين") and code[:2] not in _SAYING_ROOTS:
                    continue  # "the statement" is something said (its issuer's), not a deed
                if roots == ["04"] and code[:3] != "042":
                    continue  # "the visit" is the visitor's, not the host's
                if roots is None or code[:2] in roots:
                    found.append((src, rule, (si, span), _tgt))
            if not found and roots is not None:
                # a step announced with the same noun (أعلن وزير الخارجية مبادرة المملكة ... ورحبت الحكومة
                # اليمنية بالمبادرة)
                for si, code, src, rule, _tgt, span in reversed(rec.acts if acts is None else acts):
                    if si < s.index - 5:
                        break
                    if code == "000" and normalize(s.doc.original[span[0]:span[1]]).endswith(s.an[i].key):
                        found.append((src, rule, (si, span), _tgt))
                        break
            if not found and acts is None and roots is not None and rec.loose:
                # an act of force on no actor (اقتحمت قوات الاحتلال مقار مؤسسات أهلية ... واستنكر اشتية
                # الاقتحام): only when no coded act is of the kind
                for si, code, src, rule, _tgt, span in reversed(rec.loose):
                    if si >= s.index - 2 and code[:2] in roots:
                        found.append((src, rule, (si, span), _tgt))
            if not found:
                continue
            if len({f[0][:3] for f in found}) == 1:
                agents = found[:1]
            elif len({f[2] for f in found}) == 1:
                # one act of several parties (شنت مقاتلات أمريكية وبريطانية غارات ... ودانت طهران
                # الضربات): the reaction targets them all
                agents = list({f[0]: f for f in found}.values())[::-1]
            elif roots is not None and "19" in roots and len({f[2][0] for f in found}) > 1 and \
                    len({f[0][:3] for f in found if f[2][0] == found[-1][2][0]}) == 1 and \
                    all(f[3][:3] == found[-1][0][:3] for f in found if f[0][:3] != found[-1][0][:3]):
                # acts of several parties in several sentences: "the attack" is the story's first,
                # when the others answer it, hitting its author (بدء عملية عسكرية ... وأسقطت القوات
                # الأوكرانية طائرات روسية ... ودان بايدن الهجوم)
                agents = [found[-1]]
            else:
                continue  # two parties did such things in one sentence: which one is meant is a guess
            made = []
            for src, rule, _key, _tgt in agents:
                m = Mention(head, mk[2], src, K_AGENT if len(src) > 3 else K_COUNTRY, [rule, mk[3]])
                m.anaphor = True
                m.prep = s._prep_before(head)
                made.append(m)
            m = made[0]
            if len(made) > 1:
                m = Mention(head, mk[2], made[0].code, made[0].kind, sum((x.srcs for x in made), []))
                m.members = made
                m.anaphor = True
                m.plural = True
                m.prep = made[0].prep
            if old is not None:
                s.remove_mention(old)
            s.add_mention(m)

    def _unknown_name_end(self, s: Sentence, e: int) -> int:
        """The end of up to four words at ``e`` that can only be a name nobody listed (محمد آل جابر): no
        mention, clitic, class or dictionary form, no preposition, in one clause."""
        k = e
        while k < min(s.n, e + 4) and s.mention_at[k] is None and not s.boundary[k] and \
                not s.an[k].pre and not s.cls[k] and s.words[k].isalpha() and \
                s.words[k] not in PREP_WORDS and not self.tables.forms.get(s.an[k].key):
            k += 1
        return k

    def _titled_unknown_name(self, s: Sentence, j: int) -> int | None:
        """When the word at ``j`` ends a name no dictionary lists that follows a titled actor (وزير الداخلية
        الباكستاني | الشيخ رشيد أحمد), the last word of that actor; else None."""
        k = j
        while k >= 0 and k > j - 6 and s.cover[k] is None and not s.boundary[k]:
            k -= 1
        m = s.cover[k] if k >= 0 else None
        if m is None or m.end != k + 1 or m.kind not in (K_AGENT, K_PERSON) or not m.code or m.members or \
                m.adjective or m.prep or m.bare:
            return None
        q = m.end
        while q <= j and s.mention_at[q] is None and s.has(q, "TITLE"):
            q = s.mark(q, "TITLE")[2]
        if q > j or self._unknown_name_end(s, q) != j + 1:
            return None
        return m.end - 1

    def _apposed_agent(self, s: Sentence, p: int, group: bool = False):
        """The office after a comma that follows a name nobody listed at ``p`` (none, or up to four
        words): ``أحمد سامي، وزير الزراعة السابق`` names the minister. After a title of two or more
        (``group``), two offices joined by و name them (الوسيطان الدوليان، مبعوث الأمم المتحدة ومبعوث
        المجموعة الأوروبية)."""
        k = self._unknown_name_end(s, p)
        if k < s.n - 1 and s.words[k] in ("،", ","):
            m2 = s.mention_at[k + 1]
            if m2 is not None and m2.kind == K_AGENT and \
                    ((not m2.plural and not m2.members) or
                     (group and m2.members and all(x.kind in (K_AGENT, K_PERSON) for x in m2.members))) and \
                    not m2.adjective and m2.prep == "" and not s.an[k + 1].pre:
                return m2
        return None

    @staticmethod
    def _described_that(s: Sentence, i: int) -> tuple | None:
        """When "that" (ذلك) at ``i`` is the object of the verb of describing that opens its sentence,
        after its subject or right after the verb (واعتبرت الرئاسة الفلسطينية ذلك تصعيدا خطيرا، ووصفت ذلك
        بأنه جريمة), the act the sentences before reported: a mark like an EVENTREF noun's, of any root,
        with the verb's dictionary line."""
        j = i - 1
        if j >= 0 and s.cover[j] is not None:
            j = s.cover[j].start - 1  # the verb's subject
        while j >= 0 and s.cls[j] & _ADVERBIAL_CLASSES and s.cover[j] is None:
            j -= 1
        if j != 0 or s.an[j].al or s.cover[j] is not None:
            return None  # (mid-sentence, "that" may be what a clause before it condemned: وشجبت فرنسا مشاركة
            # حزب الله في المعارك، ووصفت باريس ذلك بأنه تدخل)
        mk = s.mark(j, "DESCRIBE")
        end = i + 2 if s.words[i] == "ما" else i + 1  # (ما جرى، ما حدث: "what happened")
        return ("DESCRIBE", "", end, mk[3]) if mk is not None else None

    def _act_nouns(self, s: Sentence, rec: _Record, trace) -> None:
        """The verbal noun of an act reported just before, named again as what a reaction
        is to (اقتحم محتجون السفارة السويدية ... ودانت الخارجية السويدية اقتحام السفارة؛
        ونددت مصر بالاغتيال), stands for that act's maker, as الهجوم does (EVENTREF): the
        reaction targets the maker, and the noun is no new act without a source. Only
        the acts of the last two sentences, only a noun of the same lemma, only when one
        party did them, and only a definite noun (or one in construct) that a reaction
        word governs."""
        forms = self.tables.forms
        lemmas: dict = {}
        for si, code, src, rule, tgt, span in reversed(rec.acts):
            if si < s.index - 2:
                break
            if code[:2] in _SAYING_ROOTS or code == "000" or not src:
                continue
            word = s.doc.original[span[0]:span[1]].split()
            if not word:
                continue
            for r in forms.get(self.analyzer(normalize(word[0])).key, ()):
                lemmas.setdefault(r[0], []).append((src, rule))
        loose: dict = {}
        for si, code, src, rule, tgt, span in reversed(rec.loose):
            if si < s.index - 2:
                break
            word = s.doc.original[span[0]:span[1]].split()
            for r in forms.get(self.analyzer(normalize(word[0])).key, ()) if word else ():
                if r[0] not in lemmas:
                    loose.setdefault(r[0], []).append((src, rule))
        if not lemmas and not loose:
            return
        lemmas = {**loose, **lemmas}  # (an act coded wins over one whose object is no actor)
        for i in range(1, s.n):
            a = s.an[i]
            if a.suf or s.cover[i] is not None or a.pre[-1:] not in ("", "ب", "ل") or a.pre[:1] == "و":
                continue
            readings = forms.get(a.key)
            if not readings:
                continue
            found = next((lemmas[r[0]] for r in readings if r[1] == "N" and r[0] in lemmas), None)
            if found is None or len({f[0][:3] for f in found}) != 1:
                continue
            if not a.al and not (i + 1 < s.n and s.an[i + 1].al and not s.an[i + 1].pre and not s.boundary[i + 1]
                                 and (s.mention_at[i + 1] is None or s.mention_at[i + 1].kind in (K_AGENT, K_PERSON))):
                continue  # (قصف إسرائيل لغزة names its own maker; اعتقال الصحفي its patient)
            if a.al and i + 1 < s.n and s.mention_at[i + 1] is not None:
                continue  # (الاقتحام الإسرائيلي: its maker is named here)
            g = i - 1
            if g > 0 and s.words[g] in ("أن", "ان", "بأن", "بان"):
                g -= 1  # (واعتبرت الجبهة أن التوقيف يمثل تصعيدا خطيرا)
            while g > 0 and s.cls[g] & _ADVERBIAL_CLASSES and s.cover[g] is None:
                g -= 1
            if s.cover[g] is not None and s.cover[g].prep == "" and s.cover[g].start > 0:
                g = s.cover[g].start - 1  # the subject between (ودانت الخارجية السويدية اقتحام)
            if not self._reaction_at(s, g):
                continue  # only what a condemnation, a rejection or praise names (رحب بايدن بالإفراج عنها)
            self._named_again(s, i, found[0], "act", trace)

    def _reaction_at(self, s: Sentence, g: int) -> bool:
        """Whether the word at ``g`` is a condemnation, a rejection or praise (a pattern of 11x, 12x or 051)."""
        gr = self.tables.forms.get(s.an[g].key)
        return s.cover[g] is None and bool(gr) and any(
            any(pt[0][:2] in ("11", "12") or pt[0][:3] == "051" for pt in self._patterns_for(r[1], r[0]))
            for r in gr)

    @staticmethod
    def _named_again(s: Sentence, i: int, found: tuple[str, str], what: str, trace) -> None:
        """Make the noun at ``i`` stand for the maker of an act or a request named before it."""
        src, rule = found
        m = Mention(i, i + 1, src, K_AGENT if len(src) > 3 else K_COUNTRY, [rule, f"the {what} named again"])
        m.anaphor = True
        m.prep = s._prep_before(i)
        s.add_mention(m)
        if trace is not None:
            trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                          "result": f"names again {'an' if what == 'act' else 'a'} {what} of {src} [{rule}]: "
                                    f"stands for {src}"})

    def _request_nouns(self, s: Sentence, rec: _Record, trace) -> None:
        """A call, a demand, an offer or an ultimatum reported just before, named again as what is rejected
        or accepted (دعا الأمين العام إلى إجراء تحقيق ...، غير أن ليبرمان رفض الدعوة؛ طالب الوزير التركي قوات
        حفتر بالانسحاب ... غير أن القيادة العامة رفضت هذا الطلب): stands for the one who made it. Only the
        acts of the last two sentences, only when one party made such acts, and only a definite noun (or
        one after هذا، هذه) that a rejection, a condemnation or praise governs."""
        for i in range(1, s.n):
            a = s.an[i]
            roots = _REQUEST_NOUNS.get(a.key)
            if roots is None or a.suf or s.cover[i] is not None or a.pre[:1] == "و" or \
                    not (a.al or s.words[i - 1] in ("هذا", "هذه")):
                continue
            if i + 1 < s.n and s.mention_at[i + 1] is not None:
                continue  # (الدعوة المصرية، طلب الحكومة: its maker is named here)
            found = [(src, rule) for si, code, src, rule, _tgt, _span in reversed(rec.acts)
                     if si >= s.index - 2 and code[:2] in roots and src]
            if not found:
                found = self._named_with_nisba(s, i, rec)
            if not found or len({f[0][:3] for f in found}) != 1:
                continue
            g = i - 1
            if s.words[g] in ("هذا", "هذه"):
                g -= 1
            while g > 0 and s.cls[g] & _ADVERBIAL_CLASSES and s.cover[g] is None:
                g -= 1
            if s.cover[g] is not None and s.cover[g].prep == "" and s.cover[g].start > 0:
                g = s.cover[g].start - 1  # the subject between (رفضت القيادة العامة هذا الطلب)
            if self._reaction_at(s, g):
                self._named_again(s, i, found[0], "request", trace)

    @staticmethod
    def _named_with_nisba(s: Sentence, i: int, rec: _Record) -> list[tuple[str, str]]:
        """The country of the nisba the noun at ``i`` had when the story named it before (المبادرة المصرية ...،
        رفضت حماس المبادرة), in this sentence or the two before."""
        key = s.an[i].key
        sents = [s] + list({id(ps): ps for ps, _m in rec.history if s.index - 2 <= ps.index < s.index}.values())
        out = []
        for ps in sents:
            for t in range(ps.n - 1 if ps is not s else i - 1):
                if ps.an[t].key == key and ps.an[t].al and not ps.an[t].suf and \
                        (m := ps.mention_at[t + 1]) is not None and m.adjective and not m.members and \
                        len(m.code) == 3 and m.srcs:
                    out.append((m.code, m.srcs[0]))
        return out

    @staticmethod
    def _envoy_name(s: Sentence, subj: _Ref, host_end: int, how: str, starts: list) -> None:
        """An envoy "to" or "in" a state, then his name, which no dictionary knows (التقى السفير
        الروسي لدى دمشق ألكسندر كينشاك وزير الثقافة): the verb's object follows the name too."""
        envoy = subj.mention.members[-1] if subj.mention.members else subj.mention
        if s.an[envoy.start].key not in ABROAD_HEADS:
            return
        named = s._absorb_name(envoy, host_end, next((x.start for x in s.mentions if x.start >= host_end), s.n))
        if named > host_end:
            starts.append((named, subj, how))

    def _loose_act(self, s: Sentence, i: int, subj: _Ref, patterns: list[tuple], rec: _Record) -> None:
        """An act of force by a known actor on what is no actor (اقتحمت قوات الاحتلال مقار سبع مؤسسات
        أهلية) codes no event, but "the raid" a later sentence condemns is that actor's (see _event_refs,
        _act_nouns). Only a verb of force (all its patterns of 14 to 20, one of 17 to 20), asserted, not
        negated, conditional or future."""
        roots = {pt[0][:2] for pt in patterns}
        if not roots <= _FORCE_ROOTS or roots <= {"14", "15", "16"}:
            return  # (a storming is a protest's or an army's: اقتحم &EMBASSY TGT is 145, اقتحم &TOWN 190)
        last = rec.last_subject
        ctx = self.context(s, i, rec, True)
        rec.last_subject = last  # (reading the governor may move it)
        if ctx["neg"] or ctx["gov_neg"] or ctx["cond"] or ctx["future"] or ctx["may"] or ctx["allege"] or \
                ctx["threat"] or ctx["gov_cls"]:
            return
        code = min(pt[0] for pt in patterns if pt[0][:2] >= "17")
        rule = next(pt[2] for pt in patterns if pt[0] == code)
        for m in subj.mention.flat():
            if m.code:
                rec.loose.append((s.index, code, m.code, rule, "", s.span(i, i + 1)))

    def _same_sentence_step(self, s: Sentence, rec: _Record, before: int) -> list[tuple]:
        """A step (a decision, a decree) announced or issued in this sentence before ``before`` by a
        known actor, as ``_announced`` keeps one for the sentences after it: [(index, "000", actor, rule,
        "", span)], or none."""
        step = self._step_subject(s, rec, before)
        if step is None:
            return []
        subj, j = step
        rule = subj.mention.srcs[0] if subj.mention.srcs else ""
        return [(s.index, "000", subj.mention.code, rule, "", s.span(j, j + 1))]

    def _step_subject(self, s: Sentence, rec: _Record, before: int) -> tuple[_Ref, int] | None:
        """The subject of a verb of announcing, deciding or issuing before ``before`` whose object is a
        step (أصدر الرئيس مرسوما، قررت الحكومة تأجيل ...), and where the step is named, or None."""
        for v in range(min(before, 12)):
            if s.an[v].key not in _STEP_VERBS or s.an[v].al or s.cover[v] is not None or not self._verb_position(s, v):
                continue
            subj = self._own_subject(s, v, rec)
            if subj is None:
                return None
            j = self._step_object(s, subj.mention.end if subj.mention.start > v else v + 1, before)
            return (subj, j) if j >= 0 else None
        return None

    def _same_sentence_acts(self, s: Sentence, pending: list, before: int) -> list[tuple]:
        """The acts coded so far in this sentence that end before ``before``, as
        ``rec.acts`` keeps them: asserted or intended, not negated, with a source."""
        acts = []
        for res in pending:
            i, end, code, src_ref, tgt_ref, modality, negated, rule = res[:8]
            if end > before or src_ref is None or negated or modality not in ("asserted", "intent"):
                continue
            tgt = tgt_ref.mention.code if tgt_ref is not None else ""
            for m in src_ref.mention.flat():
                if m.code:
                    acts.append((s.index, code, m.code, rule, tgt, s.span(i, end)))
        return acts

    def _possessives(self, s: Sentence, rec: _Record) -> None:
        """A role noun with a possessive pronoun takes the country of what the pronoun
        refers to: بلاده (his country), حكومتها (its government), سفيرها (its ambassador)."""
        for m in s.mentions:
            if not m.bare or m.members:
                continue
            suf = s.an[m.start].suf or (s.an[m.end - 1].suf if s._of_his_country(m) else "")
            if not suf:
                continue
            if suf == "نا":
                # "our" forces, country, government in what a spokesman reports (قال متحدث عسكري مصري إن قواتنا
                # صدت الهجوم): the speaker's (finding him must not set the subject the sentence's verbs carry on)
                kept = rec.last_subject
                ref = self._speaker(s, m.start, rec)
                rec.last_subject = kept
            else:
                ref = self.resolve_pronoun(s, m.start, suf, rec, prefer=self._same_sentence_subject(s, rec),
                                           country=not m.role)
            if ref is None:
                continue
            owner = ref.mention.code
            if not owner or owner.startswith(("IGO", "NGO")):
                continue
            m.code = owner[:3] + m.role
            if owner[3:6] in _NONSTATE_ROLES and m.role in ("MIL", "COP", "SPY"):
                m.code = owner  # an armed group's forces are the group (قواتها after الجماعة)
            m.bare = False
            m.gender = ""  # بلاد، دول are feminine whatever their form says
            m.srcs = m.srcs + ref.mention.srcs

    @staticmethod
    def _same_sentence_subject(s: Sentence, rec: _Record) -> _Ref | None:
        """The last subject found, if it is in this sentence (a pronoun prefers it)."""
        ls = rec.last_subject
        return ls if ls is not None and ls.sent is s and ls.mention.start < s.n else None

    @staticmethod
    def _last_pair(earlier: list[Mention]) -> list[tuple[str, str]] | None:
        """The two countries of the last coordinated pair (X و Y) among ``earlier``, or None.
        Once the story has called a pair "the two countries", a pair named after it only as
        the object of ل or ب (شكرهما للعراق وعمان) is not the pair it means next."""
        named = [k for k, m in enumerate(earlier) if m.name == "plural2"]
        for k in range(len(earlier) - 1, -1, -1):
            m = earlier[k]
            if named and named[0] < k and m.prep in ("ل", "ب") and m.name != "plural2":
                continue
            if m.prep == "في":
                continue  # places a story is about (تناولت الأوضاع في العراق ولبنان) are no pair of sides
            if m.members and len(m.members) == 2 and not m.adjective:
                a, b = m.members
                if a.code and b.code and a.code != b.code and not a.adjective and not b.adjective \
                        and K_DEMONYM not in (a.kind, b.kind) \
                        and not a.code.startswith(("IGO", "NGO")) and not b.code.startswith(("IGO", "NGO")):
                    # (nationals counted, سعوديون وسودانيون, are no pair of parties)
                    if a.code[:3] == b.code[:3]:
                        # two parties of one country (بين الحكومة اليمنية وجماعة الحوثيين): the actors
                        return [(b.code, b.srcs[0] if b.srcs else ""), (a.code, a.srcs[0] if a.srcs else "")]
                    return [(b.code[:3], b.srcs[0] if b.srcs else ""), (a.code[:3], a.srcs[0] if a.srcs else "")]
        return None

    @staticmethod
    def _collect_country(m: Mention, codes: list) -> None:
        for x in m.flat():
            if x.adjective or x.anaphor or not x.code or x.code.startswith(("IGO", "NGO")) or x.kind in (K_DEMONYM, K_NISBA) \
                    or x.code[:3] in _AREAS:
                continue  # (nationals counted, بينهم سعوديون، are no party: "the two sides" are not theirs;
                # nor is a region, ممثل الاتحاد الأفريقي للقرن الأفريقي)
            c = x.code[:3]
            if c not in {k for k, _ in codes} and len(codes) < 2:
                codes.append((c, x.srcs[0] if x.srcs else ""))

    def _statements(self, s: Sentence, rec: _Record, consumed: list, pending: list, trace) -> list[tuple]:
        """A reporting verb addressed to an actor (أكدت موسكو لطهران أن ...) is a
        statement (010) when the sentence codes nothing else from that speaker."""
        out = []
        if "REPORT" not in s.present:
            return out
        speakers = {res[3].mention.code for res in pending if res[3] is not None}
        for r in range(s.n):
            mk = s.mark(r, "REPORT")
            if mk is None or consumed[r] or s.cover[r] is not None:
                continue
            readings = self.tables.forms.get(s.an[r].key) or ()
            if not any(x[1] == "V" for x in readings) or s.an[r].al:
                continue
            subj, how = self._subject(s, r, rec)
            if subj is None or subj.mention.code in speakers:
                continue
            p = self._skip_adverbs(s, subj.mention.end if how == "vso" else r + 1)
            m = s.mention_at[p] if p < s.n else None
            if m is None or m.prep != "ل" or m.adjective or any(x.code[3:6] == "MED" for x in m.flat()):
                continue  # (what one tells a news agency or a channel is an interview, not a statement to it)
            if how == "vso" and p == subj.mention.end and subj.mention.kind in (K_AGENT, K_ORG):
                continue  # (a body's name goes on with ل: أعلنت الرئاسة المجرية للاتحاد الأوروبي، هيئة الهلال
                # الأحمر لدولة الإمارات، القيادة الأوروبية للقوات الأمريكية)
            ctx = self.context(s, r, rec, verb=True)
            res = self._finish(s, r, r + 1, "010", subj, _Ref(m, s, "pattern"), ctx, mk[3], trace, (r,), False)
            if res is not None:
                out.append(res)
        return out

    def _vows(self, s: Sentence, rec: _Record, consumed: list, pending: list, trace) -> list[tuple]:
        """A response promised (سترد إيران على أي اعتداء إسرائيلي، قال إن بلاده سترد بالشكل المناسب) or a
        wrong said to be bound to be punished (أكدت أن الجريمة لن تمر دون عقاب) is a threat: 138 when
        the response is armed or forceful, else 130. Its source is the verb's subject (for the
        "unpunished" phrases, whoever says them); its target the party named after على, else the one
        whose hostile act the story just told (see ``_retaliation``). Not negated, not denied, and not
        when the sentence already codes a threat by the same source."""
        out = []
        threatening = {x.code[:3] for res in pending if res[2][:2] == "13" and res[3] is not None
                       for x in res[3].mention.flat()}
        for i in range(s.n):
            mk = s.mark(i, "VOW")
            if mk is None or consumed[i] or s.cover[i] is not None:
                continue
            a = s.an[i]
            end = mk[2]
            if s.words[i] == "لن":
                speaker = next((k for k in range(i - 1, max(-1, i - 15), -1) if not s.an[k].al and s.cover[k] is None
                                and (s.has(k, "REPORT") or s.has(k, "THREAT") or s.has(k, "WARN"))), -1)
                if speaker < 0 or any(res[0] == speaker and res[3] is not None for res in pending):
                    continue  # (توعدت بأن اغتيالهم لن يمر دون عقاب: the threat verb's pattern coded it)
                subj, _how = self._subject(s, speaker, rec)
                ctx = self.context(s, speaker, rec, verb=True)
            else:
                if a.al or not (a.pre[-1:] == "س" or (i > 0 and s.words[i - 1] == "سوف")):
                    continue
                subj, _how = self.find_subject(s, i, rec)
                ctx = self.context(s, i, rec, verb=True)
            if subj is None or not subj.mention.code or ctx["neg"] or ctx["gov_neg"] or ctx["gov_cls"] == "DENY":
                continue
            own = {x.code[:3] for x in subj.mention.flat()}
            if own & threatening:
                continue  # (هدد بأنه سيرد: the threat is coded once)
            tgt = None
            q = next((k for k in range(end, min(s.n, end + 8)) if s.boundary[k] or s.words[k] == "علي"), -1)
            if q >= 0 and s.words[q] == "علي" and q + 1 < s.n:
                p = q + 1
                m = s.mention_at[p]
                if m is None and s.an[p].key in _ANY_WORDS:
                    # the doer of "any" act: its nisba or the party after من (جانب، قبل): على أي اعتداء
                    # إسرائيلي، على أي خرق من جانب حزب الله
                    for k in range(p + 2, min(s.n, p + 6)):
                        if s.boundary[k]:
                            break
                        m = s.mention_at[k]
                        if m is not None:
                            if not (m.adjective or s.words[k - 1] in ("من", "جانب", "قبل") or s.an[k].key == "جانب"):
                                m = None
                            break
                if m is not None and m.code and not {x.code[:3] for x in m.flat()} & own:
                    tgt = _Ref(m, s, "pattern")
            forceful = any(s.words[k] in _FORCEFUL for k in range(end, min(s.n, end + 8))) or \
                any(x.code[3:6] in ("MIL", "REB", "INS") for x in subj.mention.flat())
            code = "138" if forceful else "130"
            self._note(trace, s, (i, end, code, subj, tgt, "threat", False, mk[3]), "a response vowed is a threat")
            out.append((i, end, code, subj, tgt, "threat", False, mk[3], [mk[3]] + ctx["srcs"], False,
                        tuple(range(i, end))))
            threatening |= own
        return out

    def _readings(self, s: Sentence, i: int, readings: list[tuple]) -> list[tuple]:
        """The trigger readings of token ``i`` that its clitics allow: verb forms
        need no article or preposition; a preposition or the article forces a noun.
        Where both are possible, the word's position decides which is tried first."""
        a = s.an[i]
        nominal = a.al or (a.pre[-1:] in ("ب", "ك")) or (a.pre[-1:] == "ل" and not self._has_pres(readings))
        after_prep = i > 0 and (s.words[i - 1] in PREP_WORDS or s.has(i - 1, "PREP"))
        fut = a.pre[-1:] == "س"
        verbs, nouns = [], []
        for r in readings:
            lemma, pos, tense, pgn, mood, voice = r
            if pos == "V":
                if nominal or after_prep:
                    continue
                if fut and tense != "pres":
                    continue
                verbs.append(("V", lemma, r, None))
            else:
                if fut or (mood == "host" and not a.suf):
                    continue  # ادانت- exists only before a pronoun (ادانته)
                nouns.append((pos, lemma, r, None))
        verb_first = bool(verbs) and self._verb_position(s, i)
        out, seen = [], set()
        for c in (verbs + nouns) if verb_first else (nouns + verbs):
            k = (c[0], c[1])
            if k not in seen:
                seen.add(k)
                out.append(c)
        return out

    def _verb_position(self, s: Sentence, i: int) -> bool:
        """Whether a word that can be a verb or a noun stands where a verb does:
        at the start of a clause, after a conjunction, a negation or a
        subordinator, or after the subject that opens its clause."""
        a = s.an[i]
        if a.suf and i + 1 < s.n and s.an[i + 1].al and s.mention_at[i + 1] is None \
                and not self.tables.forms.get(s.an[i + 1].key) and not s.has(i + 1, "TRANSPARENT"):
            return False  # a noun with a possessive and its adjective: دعمها العسكري (not رفضه القيادي في)
        if a.pre.startswith(("و", "ف")) and i > 0 and not s.boundary[i - 1] and s.cover[i - 1] is None \
                and (s.an[i - 1].al or s.an[i - 1].suf) and not s.marks[i - 1]:
            return False  # nouns in a list: برنامجها النووي ودعمها
        if i > 3 and not a.pre and s.words[i - 1] in ("،", ","):
            k = next((t for t in range(i - 2, max(0, i - 7), -1) if s.boundary[t]), -1)
            if k > 1 and s.words[k] in ("،", ",") and all(
                    s.mention_at[t] is None and s.cls[t] & _ADVERBIAL_CLASSES for t in range(k + 1, i - 1)):
                m = s.cover[k - 1]
                if m is not None and m.end == k and m.prep == "" and not m.adjective and m.start > 0 and \
                        any(r[1] == "V" for r in self.tables.forms.get(s.an[m.start - 1].key, ())) and \
                        s.cover[m.start - 1] is None:
                    return False  # the object after a time set off by commas (اقتحمت القوات، الثلاثاء، سجن أريحا)
        if i == 0 or s.boundary[i - 1] or a.pre.startswith(("و", "ف")) or a.pre[-1:] in ("س", "ل"):
            return True
        prev = s.marks[i - 1]
        if prev and any(m[0] in ("NEG", "MAY", "FUTURE", "SUBORD", "ADVERB", "COND") for m in prev):
            return True
        if s.words[i - 1] in ("قد", "لقد", "وقد", "فقد"):
            return True
        m = s.cover[i - 1]
        if m is not None and m.end == i and m.prep == "":
            j = m.start - 1
            if j < 0 or s.boundary[j] or any(x[0] in ("SUBORD", "ADVERB") for x in s.marks[j]):
                return True
        return False

    @staticmethod
    def _has_pres(readings) -> bool:
        return any(r[1] == "V" and r[2] == "pres" for r in readings)

    def _patterns_for(self, pos: str, lemma) -> list[tuple]:
        got = self._plists.get((pos, lemma))
        if got is not None:
            return got
        t = self.tables
        if pos == "S":
            out = list(t.patterns.get(lemma, ()))
        else:
            out = list(t.patterns.get(f"L{lemma}", ()))
            if pos == "N":
                out += t.patterns.get(f"N{lemma}", ())
            elif pos == "P":
                out += t.patterns.get(f"P{lemma}", ())
            out.sort(key=lambda x: -x[4])
        needs = self._needs
        out = [p + (needs.get(id(p[1])),) for p in out]  # what each needs in the sentence, attached
        self._plists[(pos, lemma)] = out
        return out

    def _trigger(self, s: Sentence, i: int, cand: tuple, rec: _Record, trace):
        pos, lemma, reading, _ = cand
        patterns = self._patterns_for(pos, lemma)
        if not patterns:
            return None
        # (a reaction verb that matched nothing leaves no antecedent for the next trigger, in this
        # record or the next one)
        self._event_obj = None
        if pos == "V":
            return self._verb(s, i, reading, patterns, rec, trace)
        head_end = reading if pos == "S" else i + 1
        return self._noun(s, i, head_end if isinstance(head_end, int) else i + 1, pos, patterns, rec, trace)

    # ------------------------------------------------------------------
    # verbs

    def _passive(self, s: Sentence, i: int, reading: tuple) -> bool:
        if reading[5] == "pass":
            return True
        if reading[2] != "past":
            return False
        # a damma on the first letter of a past verb marks the passive (فُرضت، زُوّدت); for the
        # forms that start with an alif (اُعتقل، استُخدمت) on one of its first three letters
        orig = s.text(i, i + 1)
        skip = len(s.an[i].pre)
        window = 3 if s.an[i].key.startswith("ا") else 1
        letters = 0
        for ch in orig:
            if "\u0621" <= ch <= "\u064a":
                letters += 1
                if letters > skip + window:
                    break
            elif ch == "\u064f" and letters > skip:
                return True
        return False

    def _treaty_topic(self, s: Sentence, i: int, patterns, trace) -> bool:
        """Whether the word at ``i`` is the topic of a treaty just named (معاهدة صداقة وتعاون، مذكرة
        تفاهم للتعاون الأمني): the treaty is the act, a cooperation its topic names is none."""
        if not patterns or s.an[i].pre not in ("", "و", "ل") or \
                not all(pt[0][:2] in ("05", "06", "--") for pt in patterns):
            return False
        for k in range(i - 1, max(-1, i - 4), -1):
            if s.boundary[k] or s.mention_at[k] is not None:
                return False
            if s.an[k].key in self._treaty_keys:
                if trace is not None:
                    trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                                  "result": "the topic of a treaty named before it: not an event"})
                return True
        return False

    @staticmethod
    def _flag_owner(s: Sentence, e: int, reach: int = 4):
        """The state whose flag a ship named before ``e`` flies (سفينة شحن ترفع العلم الأمريكي، التي ترفع علم
        ليبيريا), as (reference, end), or None."""
        for t in range(e, min(s.n - 2, e + reach)):
            if s.boundary[t]:
                return None
            if s.an[t].key in _FLYING and s.an[t + 1].key == "علم" and not s.an[t + 1].pre and \
                    (o := s.mention_at[t + 2]) is not None and o.code and not o.members and \
                    (o.adjective and s.an[t + 1].al or not o.adjective and not s.an[t + 1].al):
                return _Ref(o, s, "owner"), o.end
        return None

    def _antecedent_synsets(self, s: Sentence, i: int) -> set[str]:
        """The weapon synsets that the noun before a verb with an object pronoun belongs to, when the verb
        opens a relative clause about it, with or without الذي (صاروخا باليستيا أطلقته، قذيفتين أطلقتا)."""
        j = i - 1
        if s.words[j] in _RELATIVES:
            j -= 1
        out: set[str] = set()
        for k in range(j, max(-1, j - 3), -1):
            if s.boundary[k] or (s.cover[k] is not None and s.cover[k].code):
                break
            out |= {name for rest, name in self.tables.syn_first.get(s.an[k].key, ()) if not rest} & _FIRED_SYNSETS
            if out:
                break
        return out

    def _signed_antecedent(self, s: Sentence, i: int) -> bool:
        """Whether the verb at ``i`` has an object pronoun in a relative clause whose antecedent
        is an agreement (مذكرة ترسيم الحدود البحرية التي وقعتها حكومة الوفاق مع أنقرة)."""
        if not s.an[i].suf or i < 2 or s.words[i - 1] not in _RELATIVES:
            return False
        for k in range(i + 1, s.n):
            if s.boundary[k]:
                break
            if len(s.words[k]) == 4 and s.words[k].isdigit():
                return False  # التي أبرمتها مع إسبانيا عام 2002: a treaty of old, background, no act of the story
        for k in range(i - 2, max(-1, i - 7), -1):
            if s.boundary[k] or (s.cover[k] is not None and s.cover[k].code):
                return False  # (a bare role word is an adjective here: الحدود البحرية)
            if s.an[k].key in self._treaty_keys:
                return True
        return False

    def _verb(self, s: Sentence, i: int, reading: tuple, patterns: list[tuple], rec: _Record, trace):
        self._labelled_pronoun = False
        self._relative_object = False
        if self._treaty_topic(s, i, patterns, trace):
            return None
        if s.an[i].suf and i > 0 and s.words[i - 1] in _RELATIVES and self._signed_antecedent(s, i) and \
                any(pt[1] and pt[1][0] == (E_SYN, "&AGREEMENT") for pt in patterns):
            # the agreement is the relative pronoun's antecedent (المذكرة التي وقعتها X مع Y): the
            # patterns' agreement is already said
            patterns = [(pt[0], pt[1][1:]) + pt[2:] if pt[1] and pt[1][0] == (E_SYN, "&AGREEMENT") else pt
                        for pt in patterns]
        if s.an[i].suf in ("ه", "ها", "هما", "هم") and i > 0 and \
                (fired := self._antecedent_synsets(s, i)) and \
                any(pt[1] and pt[1][0][0] == E_SYN and pt[1][0][1] in fired for pt in patterns):
            # the weapon is the antecedent of the verb's object pronoun (صاروخا باليستيا أطلقته ميليشيات
            # الحوثي باتجاه الرياض، قنبلتان أطلقتهما طائرة أمريكية): the patterns' weapon is already said
            patterns = [(pt[0], pt[1][1:]) + pt[2:] if pt[1] and pt[1][0][0] == E_SYN and pt[1][0][1] in fired
                        else pt for pt in patterns]
        passive = self._passive(s, i, reading)
        by_fire, fire_code = None, ""
        if reading[2] == "past" and "INSTRUMENT" in s.present and patterns and \
                any(pt[0][:2] in ("18", "19", "20") for pt in patterns):
            # (only verbs of violence: ندد الأردن بالغارات الأمريكية is no passive)
            by_fire, fire_code = self._casualty_agent(s, i)
            passive = passive or by_fire is not None
        if passive and by_fire is None and patterns and any(pt[0][:2] in ("18", "19", "20") for pt in patterns):
            by_fire = self._clause_agent(s, i + 1)  # قُتل مئة مدني حين قصفت المدفعية الإسرائيلية
        if by_fire is None and reading[0] in self._dying_lemmas:
            return None  # استشهد شاب: the victim is the subject; no one is said to have fired
        before = rec.last_subject  # the subject of the clause before (find_subject replaces it)
        subj, how = (None, "") if passive else self.find_subject(s, i, rec)
        self._msg_addr = self._message_addressee(s, i, subj)
        if subj is None and self._msg_addr is not None and not passive:
            sender = self._message_sender(s, i)
            if sender is not None and sender.mention is not self._msg_addr.mention:
                subj, how = sender, "pron"  # رسالة من الرئيس الأمريكي دعاه فيها: the sender says it
        patient_start = -1
        weapon = False
        svo_victim = None
        if how == "svo" and reading[2] == "past" and subj is not None and not subj.mention.members and \
                patterns and any(pt[0][:2] == "18" for pt in patterns):
            # a victim before an unvocalised verb of killing and the strike it died in after it (أن الزرقاوي
            # قتل في غارة جوية شنتها القوات الأمريكية): a passive, its agent the strike's
            p = self._skip_adverbs(s, i + 1)
            ag = self._instrument_agent(s, p + 1) if p + 1 < s.n and s.words[p] in ("في", "خلال") else None
            if ag is not None and ag.mention.code[:3] != subj.mention.code[:3]:
                rec.last_subject = before
                passive, svo_victim, by_fire = True, subj, ag
                fire_code = s.mark(p + 1, "INSTRUMENT")[1]
                subj, how = None, ""
        if how == "vso" and reading[2] == "past" and patterns and any(pt[0][:2] == "18" for pt in patterns) and \
                self._victims(s, subj.mention):
            # قتل ثلاثة مدنيين لبنانيين حين قصفت المدفعية الإسرائيلية ...: victims after a verb of
            # killing with no vowels are its patients (قُتل), not its subject; the clause of when it
            # happened names who did it
            rec.last_subject = before
            passive = True
            patient_start = subj.mention.start
            subj, how = None, ""
            by_fire = self._clause_agent(s, i + 1)
        if (subj is None or how == "carry") and not passive and patterns and \
                any(pt[0][:2] in ("18", "19", "20") for pt in patterns):
            # an unnamed weapon or force of a country does it: استهدفت مسيرة إسرائيلية سيارة، أصابت
            # قذيفة إسرائيلية منزلا (a plain indefinite noun, then its nisba), also where the clause
            # would keep the subject of the one before (وصل الوزير ...، واستهدفت غارة إسرائيلية موكبه)
            p = self._skip_adverbs(s, i + 1)
            if p + 1 < s.n and s.mention_at[p] is None and not s.an[p].al and not s.an[p].pre and \
                    not s.an[p].suf and not s.boundary[p] and not (s.cls[p] & _FUNCTION_CLASSES) and \
                    s.words[p].isalpha():
                m = s.mention_at[p + 1]
                if m is not None and m.adjective and not m.members and m.prep == "" and \
                        m.code[:3] not in _REGIONS:
                    subj, how = _Ref(m, s, "nisba"), "vso"
                    weapon = True  # (and not the clause before's subject with the nisba as object)
        if how == "statement":
            # the object follows the statement's noun and its adjectives (البيان الختامي المنظمة)
            patient_start = self._skip_adverbs(s, i + 1) + 1
            while patient_start < s.n and self._adjective_like(s, patient_start) and s.an[patient_start].al:
                patient_start += 1
        obj_ref = svo_victim
        self._event_obj = self._event_antecedent(s, i, rec) if self._reacts(patterns) else None
        if self._event_obj is None and subj is not None and i > 0 and s.words[i - 1] in _NEW_CLAUSE and \
                (s.an[i].suf or (i + 1 < s.n and _is_prep_pronoun(s, i + 1))) and self._reacts(patterns):
            # رحب X بالقرار، فيما رفضه Y؛ وصفه X بأنه مخز، بينما رحبت به Y: "it" is what the clause
            # before reacted to
            prev = [res for res in self._pending if res[2][:2] in _REACTION_ROOTS and res[3] is not None
                    and res[4] is not None and res[3].mention is not subj.mention]
            self._event_obj = prev[-1][4] if prev else None
        if s.an[i].suf and self._what_named(s, i):
            pass  # ما وصفته بـ: the pronoun is "what", no actor (see _so_called)
        elif s.an[i].suf:
            obj_ref = self._event_obj
            labelling = reading[0] is not None and normalize(self.tables.lemmas[reading[0]][0]) in _LABELLING
            self._labelled_pronoun = labelling
            asyndetic = labelling and i > 1 and not s.an[i].pre and s.cover[i - 1] is None and \
                not s.boundary[i - 1] and not s.an[i - 1].al and not s.an[i - 1].pre and not s.an[i - 1].suf and \
                s.words[i - 1].isalpha() and \
                s.words[i - 1] not in PREP_WORDS and s.words[i - 1] not in _RELATIVES and \
                s.words[i - 1] not in ("ما", "مما") and not s.cls[i - 1] and \
                not any(r[1] == "V" for r in self.tables.forms.get(s.an[i - 1].key, ()))
            if obj_ref is None and labelling and not asyndetic:
                # (not after an indefinite noun, whose clause it opens: إثر استفتاءات وصفتها كييف بأنها صورية
                # labels the referendums, whoever held them)
                # نددت مصر بالتوغل الإسرائيلي واعتبرته احتلالا: "it" is the act just condemned, whose
                # author is that condemnation's target; with none, no actor is guessed
                prev = [res for res in self._pending if res[2][:2] == "11" and res[3] is not None and
                        res[4] is not None and subj is not None and
                        res[3].mention.code == subj.mention.code]
                obj_ref = prev[-1][4] if prev else (
                    self._attacker_of(s, i, subj, rec) if subj is not None and not subj.mention.members else None)
                # (شنت القوات التركية غارات على العراق، ووصفتها بغداد بأنها عدوان: who attacked Baghdad)
                if obj_ref is None and subj is not None and not prev:
                    # (أصدرت المحكمة مذكرة توقيف بحق نتنياهو، في حين وصفه مكتبه بأنه معاد للسامية: the act
                    # of the clause before, by one actor not the labeller's country)
                    own = {x.code[:3] for x in subj.mention.flat()}
                    acts = [res for res in self._pending if res[0] < i and res[3] is not None and
                            res[2][:2] not in _SAYING_ROOTS and not res[6]]
                    if acts and len({res[3].mention.code for res in acts}) == 1 and \
                            acts[-1][3].mention.code[:3] not in own:
                        obj_ref = acts[-1][3]
                if obj_ref is None and subj is not None and not prev:
                    obj_ref = self._last_actor_of_acts(s, subj, rec)  # أمهلت الرياض القطريين ... ووصفته الدوحة
            elif obj_ref is None and i > 0 and _RELATIVE_PRONOUNS.get(s.words[i - 1]) == s.an[i].suf and \
                    (subj is None or how == "carry" or subj.mention.start > i):
                # the relative clause's object pronoun is its antecedent (مسلحي حركة الشباب الذين
                # تتهمهم بخطف سياح: the gunmen are accused), its subject someone else
                obj_ref = self._antecedent(s, i - 1)
                self._relative_object = True
                j = i - 2 - (i > 2 and s.words[i - 2] in ("،", ","))
                if obj_ref is None and j >= 0 and s.cover[j] is None and s.an[j].al and s.words[j].isalpha() and \
                        s.an[j].key not in _PEOPLE_NOUNS and not s.cls[j] and s.an[j].key not in _PARTY_NOUNS:
                    # the antecedent is a thing (المؤتمر الذي استضافته إسطنبول): the verb's object is said, no
                    # actor further on is it
                    obj_ref = _Ref(Mention(j, j + 1, "", K_AGENT, []), s, "relative")
                    self._relative_object = False
                if obj_ref is None:
                    obj_ref = self.resolve_pronoun(s, i, s.an[i].suf, rec, avoid=subj)
            elif obj_ref is None and (ante := self._asyndetic_antecedent(s, i)) is not None:
                obj_ref = ante
                self._relative_object = True
            elif obj_ref is None and not s.an[i].pre and i > 1 and s.cover[i - 1] is None and \
                    not s.boundary[i - 1] and not s.an[i - 1].al and not s.an[i - 1].pre and not s.an[i - 1].suf and \
                    s.words[i - 1].isalpha() and s.words[i - 1] not in PREP_WORDS and (
                        (s.an[i].suf in ("هم", "هن") and not s.cls[i - 1] and s.an[i - 1].key.endswith("ي") and
                         s.cover[i - 2] is None and not s.an[i - 2].al and s.words[i - 2].isalpha()) or
                        (s.an[i].suf in ("ه", "ها") and s.an[i - 1].key in _RELATIVE_HEADS and
                         not any(pt[0][:2] in _REACTION_ROOTS for pt in patterns))):
                obj_ref = _Ref(Mention(i - 1, i, "", K_AGENT, []), s, "relative")
                # people no dictionary names, or a meeting or an attack, then a verb whose pronoun is
                # them (900 مقاتل أجنبي تحتجزهم قسد؛ في ختام اجتماع استضافته إسطنبول): an indefinite noun's
                # relative clause; no earlier actor is its object (a reaction to an act, زيارة انتقدها البيت
                # الأبيض، قرار رفضته واشنطن, targets whoever did the act: the pronoun is read on)
            elif obj_ref is None:
                obj_ref = self.resolve_pronoun(s, i, s.an[i].suf, rec, avoid=subj)
        starts = []
        if how == "vso" and subj is not None:
            e = subj.mention.end
            if e + 1 < s.n and s.an[e].key in _AFFILIATED and s.mention_at[e + 1] is not None and \
                    s.mention_at[e + 1].prep == "ل" and not s.mention_at[e + 1].members:
                e = s.mention_at[e + 1].end  # برنامج الأغذية العالمي التابع للأمم المتحدة: who it belongs to
            k = e
            while k < e + 3 and self._adjective_like(s, k) and (s.an[k].al or k > e):
                k += 1
            if k > e and k < s.n and s.words[k] in ("،", ","):
                e = k  # an adjective the subject's name ends with, before a comma: قوات الأمن العام، ...
                # (النقابات التعليمية الأكثر تمثيلية، يوم الأحد،)
            elif k > e and s.an[e].al and subj.mention.flat()[-1].code[3:6] == "BUS":
                starts.append((k, subj, how))  # the rest of a company's name (وشركة أبوظبي التنموية القابضة)
            if e < s.n and s.words[e] in ("،", ",") and subj.mention.start > 1 and \
                    s.words[subj.mention.start - 1] in _INCLUDING:
                e += 1  # (، بينها ألمانيا وفرنسا، السفراء الروس: the aside is closed)
            starts.append((e, subj, how))
            if e + 1 < s.n and s.words[e] in ("،", ",") and not s.boundary[e + 1] and \
                    any(s.words[t] in ("،", ",") for t in range(subj.mention.start, e)):
                # the subject ends with a description set off by commas (وقع الأمير محمد بن سلمان، ولي العهد،
                # اتفاقا): the comma after it closes the description, the object follows
                starts.append((e + 1, subj, how))
            k = e
            while k < e + 2 and self._adjective_like(s, k) and s.an[k].al and not s.an[k].pre:
                k += 1  # (السفير المصري الجديد لدى تركيا: the adjective, then his post)
            m4 = s.mention_at[k + 1] if k + 1 < s.n and s.words[k] in ("لدي", "في") and k > e else None
            if m4 is not None and m4.kind in (K_COUNTRY, K_METONYM) and not m4.members:
                starts.append((m4.end, subj, how))  # قدم السفير المصري الجديد لدى تركيا أوراق اعتماده
                self._envoy_name(s, subj, m4.end, how, starts)
            m3 = s.mention_at[e + 1] if e + 1 < s.n and s.words[e] == "في" else None
            if m3 is not None and m3.kind in (K_COUNTRY, K_METONYM) and not m3.members:
                # the subject's place (طالب تحالف دعم الشرعية في اليمن، فجر الأحد، قوات المجلس ...):
                # the object follows it, or the aside after it
                e = m3.end
                starts.append((e, subj, how))
                self._envoy_name(s, subj, e, how, starts)
            if e + 1 < s.n and s.an[e].pre == "ب" and s.an[e].key in ("رءاسة", "قيادة") and not s.an[e].al:
                # the one who leads the subject (وصل وفد من جماعة الحوثي برئاسة كبير مفاوضيها محمد عبد السلام
                # إلى الرياض): the object follows the leader
                lead = next((s.mention_at[k] for k in range(e, min(s.n, e + 4)) if s.mention_at[k] is not None),
                            None)  # (the leader's office may carry the ب: برئاسة السفير)
                if lead is not None or self._unknown_name_end(s, e + 1) > e + 1:
                    # (or only his name, which the dictionaries do not know: برئاسة محمد آل جابر)
                    e = lead.end if lead is not None else e + 1
                    post = s.mention_at[e + 1] if e + 1 < s.n and s.words[e] == "لدي" else None
                    if post is not None and post.kind in (K_COUNTRY, K_METONYM) and not post.members:
                        e = post.end  # his post (برئاسة سفير المملكة لدى اليمن)
                    # (and the leader's name the dictionaries do not know: برئاسة السفير محمد آل جابر)
                    e = self._unknown_name_end(s, e)
                    starts.append((e, subj, how))
            if e + 1 < s.n and s.an[e].pre == "ل" and s.an[e].al and s.mention_at[e] is None and not s.cls[e] and \
                    not s.an[e].suf and s.cover[e] is None and subj.mention.kind in (K_AGENT, K_ORG) and \
                    (s.an[subj.mention.end - 1].al or s.words[subj.mention.end - 1] in ("»", '"', "”")):
                # the rest of a body's name (وشركة «بايكار» التركية للصناعات الدفاعية عقدا): the object follows
                k = e + 1
                while k < min(s.n, e + 3) and s.an[k].al and not s.an[k].pre and s.mention_at[k] is None and \
                        self._adjective_like(s, k):
                    k += 1
                starts.append((k, subj, how))
            if e + 2 < s.n and s.words[e] == "من" and s.an[e + 1].key == "طراز":
                # the make of the weapon that does it (أسقطت مقاتلة أمريكية من طراز إف-22، بأمر من
                # الرئيس، المنطاد): the object follows, after an aside
                k = e + 2
                while k < min(s.n, e + 5) and not s.boundary[k]:
                    k += 1
                close = self._chunk_end(s, k, True) if k < s.n else -1
                starts.append((close + 1 if close > 0 else k, subj, how))
            m2 = s.mention_at[e] if e < s.n else None
            close = self._chunk_end(s, e) if e < s.n and s.words[e] in ("،", ",") else -1
            if close < 0 and e + 2 < s.n and s.words[e] in ("،", ",") and s.an[e + 1].al and \
                    (s.mention_at[e + 1] is None or s.mention_at[e + 1].bare) and not s.an[e + 1].pre:
                # an apposition describing the subject (وقعت روسيا وإيران وتركيا، الدول الضامنة لمحادثات
                # أستانا، الخميس مذكرة): no verb in it, closed by a comma
                for k in range(e + 2, min(s.n, e + 10)):
                    if s.boundary[k]:
                        if s.words[k] in ("،", ",") and k + 1 < s.n and not s.boundary[k + 1]:
                            close = k
                        break
                    if s.cover[k] is None and self._only_verb(s.an[k].key):
                        break
            if close < 0 and e + 2 < s.n and s.words[e] in ("،", ",") and s.words[e + 1] in _RELATIVES:
                # a relative clause on the subject, set off by commas (تبنى مؤتمر القمة الأفريقي، الذي اختتم
                # أعماله في كمبالا اليوم برئاسة عيدي أمين، قرارا يدين إسرائيل): the object follows it
                for k in range(e + 2, min(s.n, e + 25)):
                    if s.boundary[k]:
                        if s.words[k] not in ("،", ",") or k + 1 >= s.n or s.boundary[k + 1]:
                            break
                        if not s.cls[k + 1] & _ADVERBIAL_CLASSES:
                            close = k
                            break
            if close < 0 and e + 2 < s.n and s.words[e] in ("،", ",") and subj.mention.members:
                # the names of those the subject counts, set off by commas (وقع وزيرا خارجية اليونان
                # ومقدونيا، نيكوس كوتزياس ونيكولا ديميتروف، الأحد اتفاقا): names, or words nobody knows
                k = e + 1
                while k < min(s.n, e + 10) and not s.boundary[k]:
                    mk_ = s.mention_at[k]
                    if mk_ is not None and mk_.kind == K_PERSON and not mk_.members:
                        k = mk_.end
                    elif s.cover[k] is None and (not s.an[k].flags or s.an[k].flags & F_NAME) and not s.an[k].al and \
                            s.words[k].isalpha() and \
                            not s.marks[k] and s.an[k].pre in ("", "و"):
                        k += 1
                    else:
                        break
                if k > e + 2 and k + 1 < s.n and s.words[k] in ("،", ",") and not s.boundary[k + 1]:
                    close = k
            if close > 0:
                # a phrase set off by commas after the subject (اتفق الرئيسان بوتين وأردوغان، في ختام محادثات
                # استمرت ست ساعات في موسكو، على وقف لإطلاق النار)
                starts.append((close + 1, subj, how))
            if m2 is None and e + 1 < s.n and s.words[e] == "لدي" and s.mention_at[e + 1] is not None and \
                    not s.mention_at[e + 1].members:
                # a mission or an envoy "to" a body or a state (البعثة الإيرانية لدى الأمم المتحدة)
                starts.append((s.mention_at[e + 1].end, subj, how))
                self._envoy_name(s, subj, s.mention_at[e + 1].end, how, starts)
            if m2 is None and e + 2 < s.n and s.words[e] == "في" and s.mention_at[e + 1] is None:
                # a short phrase on where or how the subject speaks (اتهم المعلم في كلمة مطولة دولا غربية
                # بدعم الإرهاب، قال في بيان): the object follows it
                k = e + 1
                while k < min(s.n, e + 4) and s.mention_at[k] is None and not s.boundary[k] and \
                        s.words[k].isalpha() and not s.an[k].pre and s.cover[k] is None:
                    k += 1
                m4 = s.mention_at[k] if k < s.n else None
                if k > e + 1 and m4 is not None and m4.prep == "" and not m4.adjective and \
                        s.an[e + 1].key in _SPEECH_NOUNS:
                    starts.append((k, subj, how))
            if m2 is None and e + 1 < s.n and s.words[e] == "في":
                # where the subject acts (التقى ماكرون في قصر بعبدا الرئيس عون، أطلقت مدمرتان أمريكيتان
                # في شرق البحر المتوسط 59 صاروخا)
                k3 = e + 2 if s.an[e + 1].key in PLACE_WORDS and not s.an[e + 1].pre else e + 1
                m3 = s.mention_at[k3] if k3 < s.n else None
                if m3 is not None and m3.kind in (K_COUNTRY, K_METONYM) and not m3.members and \
                        m3.prep in ("", "في") and m3.end < s.n and not s.boundary[m3.end]:
                    starts.append((m3.end, subj, how))
            cap = e + 1 if e + 1 < s.n and s.words[e] == "في" else e
            if m2 is None and cap < s.n and s.an[cap].key == "عاصمة" and s.an[cap].al and \
                    s.an[cap].pre in ("", "ب") and (cap > e or s.an[cap].pre == "ب" or self._city_before(s, e)):
                # the subject's seat, "in the capital" (قضت محكمة سيدي امحمد بالعاصمة، أمس، بسجن): the
                # pattern may begin after it, and after its nisba (بالعاصمة الجزائرية)
                e2 = cap + 1
                m5 = s.mention_at[e2] if e2 < s.n else None
                if m5 is not None and m5.adjective and not m5.members:
                    e2 = m5.end
                if e2 < s.n and s.words[e2] in ("،", ","):
                    k2 = next((k for k in range(e2 + 1, min(s.n, e2 + 6)) if s.boundary[k]), -1)
                    if k2 > e2 + 1 and s.words[k2] in ("،", ",") and \
                            all(s.cls[k] & _ADVERBIAL_CLASSES for k in range(e2 + 1, k2)):
                        e2 = k2 + 1
                starts.append((e2, subj, how))
            if m2 is not None and m2.prep in ("ب", "في") and not m2.members and (
                    m2.kind in (K_COUNTRY, K_METONYM) or (
                        (subj.mention.bare or subj.mention.code[:3] == m2.code[:3]) and m2.kind == K_AGENT and
                        m2.role == subj.mention.role and len(m2.code) >= 6)):
                # the subject's seat (قضت محكمة الاستئناف بالجزائر العاصمة، الثلاثاء، بسجن), or the body a
                # bare subject belongs to (أصدرت غرفة الجنايات بمحكمة الاستئناف في الدار البيضاء، في ساعة
                # متأخرة من الليل، أحكاما): the pattern may begin after it
                e2 = m2.end
                if e2 < s.n and s.an[e2].key == "عاصمة":
                    e2 += 1
                m6 = s.mention_at[e2] if e2 < s.n and m2.kind == K_AGENT else None
                if m6 is not None and m6.prep in ("ب", "في") and not m6.members and m6.kind in (K_COUNTRY, K_METONYM):
                    e2 = m6.end  # the seat of the body it belongs to (الدائرة الجنائية بالمحكمة الابتدائية بتونس)
                if e2 < s.n and s.words[e2] in ("،", ","):
                    k2 = next((k for k in range(e2 + 1, min(s.n, e2 + 6)) if s.boundary[k]), -1)
                    close2 = self._chunk_end(s, e2)
                    if k2 > e2 + 1 and s.words[k2] in ("،", ",") and \
                            all(s.cls[k] & _ADVERBIAL_CLASSES for k in range(e2 + 1, k2)):
                        e2 = k2 + 1
                    elif close2 > 0:
                        e2 = close2 + 1
                starts.append((e2, subj, how))
            carried = before if s.an[i].pre.startswith(("و", "ف")) and before is not None and before.sent is s \
                and not weapon and self._agrees(s.an[i], before.mention) \
                and not self._people_unlike(s.an[i], before.mention) \
                and not (subj is not None and self._agrees(s.an[i], subj.mention, third=True) and
                         not self._agrees(s.an[i], before.mention, third=True)) \
                and not (subj.mention.code[3:6] == "MIL" and before.mention.code[3:6] not in _FIGHTERS and
                         any(pt[0][:2] in ("18", "19", "20") for pt in patterns)) \
                and not (reading[0] is not None and normalize(self.tables.lemmas[reading[0]][0]) in _LABELLING) \
                else None  # (واعتبر مجلس النواب الاتفاقية باطلة: the council labels, it is not labelled)
            if not s.an[i].suf and carried is not None and carried.mention is not subj.mention and \
                    _party(subj.mention.code) not in {_party(x.code) for x in carried.mention.flat()}:
                # (not when the actor after the verb is one of the carried subjects: ودانت قطر وتركيا
                # ...، وحذرت الدوحة من: Doha warns, it is not warned)
                # in a coordinated clause the actor after the verb may be its object, the
                # subject being carried from the clause before (وزودها روسيا ...)
                starts.append((i + 1, carried, "carry"))
        else:
            starts.append((i + 1 if patient_start < 0 else patient_start, subj, how))
            close = self._chunk_end(s, i + 1, True) if patient_start < 0 and i + 1 < s.n else -1
            if close > 0:
                # a phrase set off by commas right after the verb (أن قواته شنت، بالاشتراك مع القوات
                # النيجرية، هجوما): the object follows it
                starts.append((close + 1, subj, how))
        if how == "vso" and subj is not None and not passive and \
                any(pt[1] and pt[1][0][1] == "علي" for pt in patterns):
            # the verb's complement with على after a phrase on when and where (اتفقت الحكومة اليمنية
            # وجماعة الحوثي الخميس في ختام مشاورات السويد التي رعتها الأمم المتحدة على وقف لإطلاق النار)
            for k in range(subj.mention.end, min(s.n, subj.mention.end + 20)):
                if s.boundary[k] and s.words[k] not in ("،", ","):
                    break
                mk2 = s.mention_at[k]
                if mk2 is not None and mk2.prep not in ("في", "ب", "من") and not mk2.adjective and \
                        not s.words[k - 1] in ("في", "قرب") and k != subj.mention.end and \
                        not (s.an[k - 1].suf and self._only_verb(s.an[k - 1].key)) and \
                        not (s.cover[k - 1] is None and not s.an[k - 1].al and not s.an[k - 1].pre and
                             not s.boundary[k - 1] and s.words[k - 1].isalpha()):  # (مشاورات السويد)
                    break  # an actor on the way may be the object (not a relative clause's subject: رعتها
                    # الأمم المتحدة, nor the rest of the subject's name)
                if s.words[k] == "علي" and k > subj.mention.end + 1:
                    starts.append((k, subj, how))
                    break
        if how == "vso" and subj is not None and subj.mention.start > i + 1 and _is_prep_pronoun(s, i + 1):
            # the target as a pronoun before the subject: نددت بها كل من مصر والسعودية؛ tried first, as
            # what comes after the subject may be another clause's (أفرجت عنهم السلطات الإيرانية، في إطار
            # صفقة ...، وتضمنت إفراج الولايات المتحدة عن ...)
            # (not a time or a place: اتهم خلالها المسؤولون الأمريكيون نيامي)
            w1 = s.words[i + 1]
            adverbial = s.an[i + 1].key in _ADVERBIAL_PREPS or any(
                w1.endswith(x) and w1[:-len(x)] in _ADVERBIAL_PREPS for x in ("هما", "هم", "ها", "ه"))
            starts.insert(len(starts) if adverbial else 0, (i + 1, subj, how))
        if how == "vso" and subj is not None and (e := subj.mention.end) < s.n - 2 and s.an[e].al and \
                not s.an[e].pre and s.an[e].key in _COMPETENT and s.an[e + 1].pre[-1:] == "ب" and not s.an[e + 1].al:
            # what the subject is in charge of (قضت المحكمة الجنائية المختصة بجرائم الفساد بسجن): passed over
            k = e + 2
            while k < min(s.n, e + 7) and s.an[k].al and not s.an[k].pre and not s.boundary[k] and \
                    s.mention_at[k] is None:
                k += 1
            if k < s.n and not s.boundary[k]:
                starts.append((k, subj, how))
        if how == "vso" and subj is not None and (e := subj.mention.end) < s.n - 2 and s.an[e].pre == "و" and \
                s.mention_at[e] is None and s.an[e].key in _UNNAMED_CONJUNCTS:
            # a last conjunct of people no dictionary names (وقع رباني وحكمتيار وقادة ستة فصائل أخرى في
            # العاصمة الباكستانية اتفاقا): part of the subject, which the object follows
            k = e + 1
            while k < min(s.n, e + 6) and s.mention_at[k] is None and not s.boundary[k] and \
                    s.words[k] not in PREP_WORDS and not s.an[k].pre and not s.cls[k] & _ADVERBIAL_CLASSES:
                k += 1
            starts.append((k, subj, how))
        for start, sref, shw in list(starts):
            if start < s.n - 1 and s.words[start] in _OBJECT_GAP and not passive and not s.boundary[start + 1] and \
                    (s.mention_at[start + 1] is None or not s.mention_at[start + 1].prep):
                # "in it" before the object or its preposition (بعث برسالة اتهم فيها فرنسا ب، اتصالين دعا
                # خلالهما إلى): the letter, the call or the speech the act is made in
                starts.append((start + 1, sref, shw))
            close = self._aside_end(s, start)
            if close > 0 and not (close + 1 < s.n and s.an[close + 1].pre.startswith("و")):
                # an aside right after the verb (اتفقتا، خلال جولة مفاوضات استضافتها الدوحة، على وقف
                # فوري لإطلاق النار): the complement follows it (not a conjunct of the subject: وصل
                # الوزير، بصفته رئيس الدورة، والأمين العام للمجلس إلى دمشق)
                starts.append((close + 1, sref, shw))
            spoken = self._after_speech(s, self._skip_adverbs(s, start))
            if spoken > 0:
                # the speech the act is made in, with its relative clause (دعا السيناتور في خطاب ألقاه أمس أمام
                # مجلس الشيوخ حكومة الولايات المتحدة إلى): the object follows it
                starts.append((spoken, sref, shw))
            after = self._after_place(s, self._skip_adverbs(s, start))
            if after < 0 and start + 1 < s.n and s.words[start] in ("،", ","):
                after = self._after_place(s, start + 1)  # (، في بروكسل إلى اتفاق: after names set off by a comma)
            if after > 0:
                # where the act happened, after a time (، الثلاثاء، في مدينة شوشة بإقليم قره باغ "إعلان
                # شوشة"): the object follows the place
                starts.append((after, sref, shw))
        best = None
        carrying = any(shw == "carry" for _start, _sref, shw in starts)
        for start, sref, shw in starts:
            start = self._skip_adverbs(s, start)
            self._subject_ref = sref  # a pronoun on a preposition is not the subject itself (لديهما)
            m = self._best_match(s, i, start, patterns, noun=False, obj_ref=obj_ref, trace=trace)
            self._subject_ref = None
            if m is not None:
                # the actor after the verb is read as its object only when reading it as the
                # subject matches nothing (دعت الأمم المتحدة إلى وقف إطلاق النار: the UN calls),
                # or leaves the act with no coded target while the carried subject gives it one
                # (استولى الجيش على السلطة واعتقل رئيس الوزراء وعددا من الوزراء)
                tgt = m[3].get("TGT")
                weak = shw == "vso" and "SRC" not in m[3] and tgt is not None and (
                    tgt.mention.bare and not tgt.mention.code or
                    # (or the subject's own city, where he acts: استقبل الرئيس السوري في مطار دمشق الدولي البابا)
                    sref is not None and tgt.mention.kind in (K_COUNTRY, K_METONYM) and not tgt.mention.members and
                    tgt.mention.prep == "" and sref.mention.code[:3] == tgt.mention.code[:3] and
                    not sref.mention.members) or (
                    # (or no target, while the clause may carry the subject of the one before and take the
                    # actor after the verb as its object: أعربت الحكومة عن قلقها، ودعت المغرب والبوليساريو إلى
                    # ضبط النفس)
                    shw == "vso" and "SRC" not in m[3] and tgt is None and carrying and m[1][:2] in ("02", "10"))
                if best is not None:
                    t2 = m[3].get("TGT")
                    if t2 is not None and t2.mention.code and "SRC" not in m[3]:
                        best = (m, sref, shw)
                    break
                best = (m, sref, shw)
                if not weak:
                    break
        self._labelled_pronoun = False
        self._relative_object = False
        self._msg_addr = None
        if best is None and subj is not None and not passive and "OWNER" in s.present:
            # what a state's government or courts make, rejected or criticised by a party or people at home
            # (رفض المرشح المعارض النتائج الرسمية): aimed at that body
            start = self._skip_adverbs(s, subj.mention.end if how == "vso" else i + 1)
            owner = self._owner_of(s, start, subj)
            if owner is not None:
                m = self._best_match(s, i, start, [pt for pt in patterns if pt[0][:2] in ("11", "12")], noun=False,
                                     obj_ref=owner, trace=trace)
                if m is not None:
                    best = (m, subj, how)
        if best is None and subj is not None and not passive:
            # an attack on a place that is no actor: the place's country is the target
            start = self._skip_adverbs(s, subj.mention.end if how == "vso" else i + 1)
            start = self._after_time_phrase(s, start)  # استهدفت مسيرة إسرائيلية، بعد ظهر اليوم، سيارة
            place = self._place_target(s, start)
            violent = [pt for pt in patterns if pt[0][:2] in ("18", "19", "20") or pt[0] == "1712"] \
                if place is not None else None  # (and a demolition: هدمت جرافات الاحتلال منزلا في نابلس)
            if violent:
                m = self._best_match(s, i, start, violent, noun=False, obj_ref=place, trace=trace)
                if m is not None:
                    best = (m, subj, how)
        if best is None and subj is not None and not passive and not subj.mention.members:
            # a vow of retaliation with no one named (توعدت بالرد) is aimed at whoever just
            # attacked the one who vows
            threats = [pt for pt in patterns if pt[0][:2] == "13"]
            if reading[0] is not None and normalize(self.tables.lemmas[reading[0]][0]) in ("حذر", "نبه"):
                threats = []  # a warning is no vow (في خطوة حذر الأمين العام من أنها ستخلف عواقب)
            attacker = self._attacker_of(s, i, subj, rec) if threats else None
            if attacker is not None:
                start = self._skip_adverbs(s, subj.mention.end if how == "vso" else i + 1)
                m = self._best_match(s, i, start, threats, noun=False, obj_ref=attacker, trace=trace)
                if m is not None:
                    best = (m, subj, how)
        if best is None and subj is not None and subj.mention.members and len(subj.mention.members) > 1:
            # X و Y with a verb whose patterns want "مع TGT": the partner is the other conjunct
            # (نسقت السعودية وقطر مواقفهما، التقى ترامب وكيم): each is the other's target
            recip = self._reciprocal(patterns)
            start = subj.mention.end if how == "vso" else i + 1
            close = self._aside_end(s, start)
            for start in (start, close + 1) if close > 0 else (start,):
                start = self._skip_adverbs(s, start)
                if recip and not self._partner_is_no_actor(s, start):
                    m = self._best_match(s, i, start, recip, noun=False, obj_ref=None, trace=trace)
                    if m is not None and "TGT" not in m[3] and "SRC" not in m[3]:
                        best = (m, subj, how)
                        break
        if best is None:
            if not self._verb_position(s, i):
                rec.last_subject = before  # a noun read as a verb (أعلنت ... طرد السفير) sets no subject
            elif subj is not None and not passive and subj.sent is s and subj.mention.code and patterns:
                self._loose_act(s, i, subj, patterns, rec)
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "result": "no pattern matched"})
            return None
        (score, code, elems_end, binds, rule, ptext), subj, how = best
        if how == "carry" and subj is not None and not passive:
            rec.last_subject = subj  # (وطالب طهران بالإفراج، محذرا: the carried subject warns, not Tehran)
        if self._event_obj is not None and binds.get("TGT") is self._event_obj and code[:2] not in _REACTION_ROOTS:
            binds = dict(binds)
            del binds["TGT"]  # an event referred back to is the target of a reaction only
        self._event_obj = None
        src_ref, tgt_ref = subj, binds.get("TGT")
        if "SRC" in binds:
            # (a pattern naming both, وصل إلى TGT * &HUMAID * من SRC, keeps its target)
            src_ref, tgt_ref = binds["SRC"], binds.get("TGT") or subj
        if passive:
            src_ref = binds.get("SRC") or binds.get("BY") or by_fire or self._agent_by(s, elems_end) or \
                (self._holder(binds["TGT"]) if code[:3] == "084" and binds.get("TGT") is not None else None) or \
                binds.get("NISBA")
        if src_ref is None and binds.get("NISBA") is not None and not passive:
            src_ref = binds["NISBA"]
        if code[:2] == "07" and tgt_ref is not None and reading[0] is not None and \
                self.tables.lemmas[reading[0]][0] == "وصل":
            # relief that lands in a third country on its way (وصلت إلى مطار العريش ... طائرة إغاثية
            # سعودية ... للشعب الفلسطيني، تمهيدا لنقلها إلى الشعب الفلسطيني) is for the people named after it
            for m in s.mentions:
                if m.start > elems_end and m.prep in ("ل", "الي") and not m.members and m.code and \
                        m.code[:3] != tgt_ref.mention.code[:3] and (m.kind in (K_COUNTRY, K_METONYM) or
                                                                    m.role in ("CVL", "REF")):
                    tgt_ref = _Ref(m, s, "recipient")
                    break
        ctx = self.context(s, i, rec, verb=True)
        if src_ref is None and not passive and ctx["gov_subject"] is not None and \
                not (ctx["gov_cls"] == "REPORT" and i > 0 and s.cover[i - 1] is not None and
                     s.cover[i - 1].bare and not s.cover[i - 1].code and not s.cover[i - 1].prep and
                     not s.an[s.cover[i - 1].start].suf):  # (قواتها: the reporter's own)
            # (not the reporter when the reported clause has a subject of its own the text does not
            # place: قال مجلس الأمة الكويتي إن قوات الأمن اشتبكت مع مسيرة)
            src_ref = ctx["gov_subject"]
        if src_ref is None and code.startswith("036"):
            src_ref = self._visit_host(s, i + 1, rec)
        if src_ref is None and code[:2] == "14" and not passive:
            src_ref = self._crowd(s, i)
        if tgt_ref is None and src_ref is not None and not passive and \
                (code[:3] == "087" or code[:2] in ("18", "19", "20") or code[:3] == "175") and \
                not (code[:3] in RECIPROCAL and len(src_ref.mention.flat()) > 1):
            # أعلن هدنة على جبهات القتال في أوكرانيا، فرقت الشرطة تجمعات في الرباط (not a truce two
            # parties agree on: each is the other's partner, not the place's)
            tgt_ref = self._place_target(s, elems_end)
            if tgt_ref is None and code[:3] == "175":
                tgt_ref = self._own_people(s, src_ref)
            if tgt_ref is None and code[:2] in ("18", "19", "20"):
                tgt_ref = self._story_place(s, src_ref, rec)
        if tgt_ref is not None and src_ref is not None and not tgt_ref.mention.code and \
                not tgt_ref.mention.members and tgt_ref.mention.kind == K_AGENT and \
                tgt_ref.mention.role in _PEOPLE_ROLES | {"NGO"} and code[:3] == "084" and not passive and \
                src_ref is subj and how != "carry" and \
                not src_ref.mention.members and len(src_ref.mention.code) >= 6 and \
                src_ref.mention.code[3:6] in _STATE_ROLES | {"JUD"} and \
                not src_ref.mention.code.startswith(("IGO", "NGO", "IMG")):
            # people no country is given whom a state's police, courts or government release (أفرجت السلطات
            # السعودية عن عامل الإغاثة عبد الرحمن السدحان): that state's own, as the people it arrests or
            # sentences are (see _finish)
            t = tgt_ref.mention
            mm = Mention(t.start, t.end, src_ref.mention.code[:3] + t.role, K_AGENT, list(t.srcs) + [
                "held by the state that acts on them"])
            mm.role, mm.plural, mm.gender = t.role, t.plural, t.gender
            tgt_ref = _Ref(mm, tgt_ref.sent, "held")
        if tgt_ref is None and src_ref is not None and not passive and code[:2] == "13" and \
                not src_ref.mention.members and "TGT" not in ptext:
            tgt_ref = self._attacker_of(s, i, src_ref, rec)  # توعد خامنئي القتلة بانتقام قاس
        if src_ref is None and tgt_ref is not None and tgt_ref.mention.members and \
                len(tgt_ref.mention.members) > 1 and (ptext.endswith("بين TGT") or ptext.startswith("جمع &TALKS")) \
                and (code[:3] in RECIPROCAL or code[:2] == "19" or code[:4] in ("0841", "0871")):
            # signed, or fought, "between X and Y" with no one said to do it (وُقّع أمس اتفاق للتعاون بين مصر
            # والاتحاد السوفيتي), or a meeting that brought X and Y together (جمع لقاء نادر الرئيس عباس
            # وهنية): each side acts on the other, as with the noun
            src_ref = tgt_ref
        if fire_code and by_fire is not None and src_ref is by_fire and code[:2] == "18" and code != fire_code:
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": f"killed by what the instrument word names: {code} -> {fire_code}"})
            code = fire_code  # قتل ... بغارة أمريكية: the air strike decides the code
        if trace is not None:
            trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": code, "pattern": ptext,
                          "rule": rule, "result":
                          f"verb{' (passive)' if passive else ''}, subject {how or 'none'}, pattern {ptext!r} -> {code}"})
        return score, self._finish(s, i, i + 1, code, src_ref, tgt_ref, ctx, rule, trace, binds["_used"], False), \
            binds["_used"]

    @staticmethod
    def _story_place(s: Sentence, src_ref: _Ref, rec: _Record) -> _Ref | None:
        """Where an attack with no target and no place of its own happened: the place an earlier
        sentence of the story named (بدء عملية عسكرية في منطقة دونباس ... شنت القوات الروسية ضربات
        صاروخية على منشآت عسكرية), when this sentence names no third country and the place is not
        the attacker's own."""
        ref = rec.place_ref
        if ref is None or ref.sent is s or ref.mention.code[:3] == src_ref.mention.code[:3]:
            return None
        if any(m.code and not m.code.startswith(("IGO", "NGO")) and
               m.code[:3] not in (src_ref.mention.code[:3], ref.mention.code[:3]) for m in s.mentions):
            return None  # (another country named here may be where it happened)
        return ref

    def _own_people(self, s: Sentence, src_ref: _Ref) -> _Ref | None:
        """The civilians of the source's own country: whom repression with no one named and
        no place hits (أطلقت الشرطة الكينية الرصاص الحي على محتجين); in a story from another
        country's dateline or place, that country's (رام الله - وفا: أطلقت قوات الاحتلال قنابل
        الغاز لتفريقهم)."""
        m = src_ref.mention
        if m.members or len(m.code) < 3 or m.code.startswith(("IGO", "NGO", "IMG")):
            return None
        home = m.code[:3]
        rec = self._rec
        here = {x.code[:3] for x in s.mentions if x.kind in (K_COUNTRY, K_METONYM) and not x.adjective and
                not x.members and (x.prep in ("في", "ب") or x.name == "place") and not x.code.startswith(("IGO", "NGO"))}
        if home in here:
            pass  # (ففي عمّان، ... فأطلقت قوات الأمن الأردنية الغاز لتفريقهم: the sentence's own place)
        elif len(here) == 1:
            home = next(iter(here))
        elif rec is not None and not here:
            for c in (rec.place, rec.city):
                if c and c != home and len(c) == 3 and not c.startswith(("IGO", "NGO")):
                    home = c
                    break
        mm = Mention(m.start, m.end, home + "CVL", K_AGENT, [])
        mm.role, mm.plural = "CVL", True
        return _Ref(mm, src_ref.sent, "own people")

    def _crowd(self, s: Sentence, v: int) -> _Ref | None:
        """A crowd counted after a protest verb (تظاهر عشرات الآلاف أمام الكنيست في القدس):
        civilians of the country of the place the clause names."""
        p = v + 1
        q = p
        while q < s.n and s.mention_at[q] is None and s.has(q, "TRANSPARENT"):
            q = s.mark(q, "TRANSPARENT")[2]
        if q == p or (q < s.n and s.mention_at[q] is not None):
            return None
        home = self._place_country(s, q)
        if not home:
            return None
        m = Mention(p, q, home + "CVL", K_AGENT, [])
        m.role, m.plural = "CVL", True
        return _Ref(m, s, "crowd")

    @staticmethod
    def _last_actor_of_acts(s: Sentence, subj: _Ref, rec: _Record) -> _Ref | None:
        """Who did the acts the sentence before reported, when one actor did them all and it
        is not the labeller's country (أمهلت الرياض المواطنين القطريين ... ووصفته الخارجية القطرية
        بأنه غير مبرر: "it" is Riyadh's step), as a reference to where it is named; else None."""
        acts = [a for a in rec.acts if a[0] == s.index - 1 and a[1][:2] not in _SAYING_ROOTS]
        srcs = {a[2] for a in acts}
        if len(srcs) != 1:
            return None
        src = next(iter(srcs))
        if src[:3] in {x.code[:3] for x in subj.mention.flat()}:
            return None
        return next((_Ref(m, ps, "labelled") for ps, m in reversed(rec.history)
                     if ps.index == s.index - 1 and m.code == src and not m.members), None)

    def _protesters(self, s: Sentence, i: int) -> _Ref | None:
        """The people who hold the protest the noun at ``i`` names when the text names none:
        civilians of the country of the place its clause names, else of the one country the
        story names; the reference points at the noun itself."""
        home = self._place_country(s, i + 1) or self._story_country(s)
        if not home:
            return None
        m = Mention(i, i + 1, home + "CVL", K_AGENT, [])
        m.role, m.plural = "CVL", True
        return _Ref(m, s, "protesters")

    def _reacts(self, patterns: list[tuple]) -> bool:
        """Whether a head has patterns of a reaction (roots 01, 05, 10 to 13); memoised per list."""
        key = id(patterns)
        got = self._react_memo.get(key)
        if got is None or got[0] is not patterns:
            got = self._react_memo[key] = (patterns, any(pt[0][:2] in _REACTION_ROOTS for pt in patterns))
        return got[1]

    def _attacker_of(self, s: Sentence, v: int, victim: _Ref, rec: _Record) -> _Ref | None:
        """Who last attacked or coerced ``victim``'s country (roots 15 to 20) in this sentence
        before ``v`` or in the three sentences before, as a reference to where it is named."""
        country = victim.mention.code[:3]
        if not country:
            return None
        for res in reversed(self._pending):
            if res[0] < v and res[2][:2] in _HOSTILE_ROOTS and res[3] is not None and res[4] is not None and \
                    any(x.code[:3] == country for x in res[4].mention.flat()) and \
                    res[3].mention.code[:3] != country:
                return res[3]
            if res[0] < v and res[2][:3] == "112" and res[3] is not None and res[4] is not None and \
                    res[3].mention.code[:3] == country and not res[4].mention.members and \
                    res[4].mention.code[:3] != country:
                return res[4]  # حمل إسرائيل المسؤولية وتوعد بالرد: the one blamed is the one threatened
        for si, code, src, _rule, tgt, _span in reversed(rec.acts):
            if si < s.index - 3:
                break
            if code[:2] in _HOSTILE_ROOTS and tgt[:3] == country and src[:3] != country:
                for ps, m in reversed(rec.history):
                    if m.code == src and not m.members:
                        return _Ref(m, ps, "attacker")
                for ps, _m in rec.history:
                    if ps.index == si:
                        # the attacker named by a nisba (في ضربة أمريكية): no history entry of its own
                        for m in ps.mentions:
                            if m.code == src and not m.members:
                                return _Ref(m, ps, "attacker")
                        break
                return None
        return None

    def _event_antecedent(self, s: Sentence, v: int, rec: _Record) -> _Ref | None:
        """When the pronoun on a reaction verb (or on the preposition after it) refers back
        to the event just reported — وهو ما انتقدته بكين، في خطوة نددت بها طهران، وهي الخطوة
        التي رحبت بها — the source of that event (earlier in the sentence), or None."""
        a = s.an[v]
        if not (a.suf or (v + 1 < s.n and _is_prep_pronoun(s, v + 1))):
            return None
        j = v - 1
        while j >= 0 and (s.has(j, "ADVERB") or s.words[j] in ("قد", "لقد")):
            j -= 1
        if j < 0:
            return None
        w = s.words[j]
        before = v  # the event is one reported before this
        if w == "ما" or w == "بما":
            pass  # وهو ما، الأمر الذي: "which" is the event
        elif w in _RELATIVES and j > 0 and (s.has(j - 1, "EVENTREF") or s.an[j - 1].key in _EVENT_HEADS):
            pass  # وهي الخطوة التي
        elif s.an[j].key in _EVENT_HEADS and not s.an[j].al and s.mention_at[j] is None and \
                j > 0 and s.an[j].pre == "" and s.words[j - 1] == "في":
            pass  # في خطوة نددت بها
        elif (a.pre.startswith("و") and (s.words[j] in ("،", ",") or s.cover[j] is not None) or
              s.words[j] in ("بينما", "فيما") or (s.words[j] == "حين" and j > 0 and s.words[j - 1] == "في")) and any(
                s.an[k].key in _EVENT_HEADS and not s.an[k].al and not s.an[k].pre and s.words[k - 1] == "في"
                for k in range(next((b + 1 for b in range(v - 1, -1, -1) if s.boundary[b] and
                                     s.words[b] not in ("،", ",", "بينما", "فيما", "حين")), 1), v)):
            # في خطوة حذر منها الأمين العام، واستنكرتها كل من السعودية والأردن؛ في قرار رحب به زيلينسكي
            # ونددت به موسكو؛ في خطوة رحبت بها السعودية، بينما وصفتها حماس: the step is what was reported
            # before في خطوة
            before = max(k for k in range(1, v) if s.an[k].key in _EVENT_HEADS and not s.an[k].al and
                         not s.an[k].pre and s.words[k - 1] == "في")
        else:
            return None
        for res in reversed(self._pending):
            if res[0] < before and res[3] is not None and not res[3].mention.adjective:
                return res[3]
        step = self._step_subject(s, rec, before)  # a step that codes no event (أصدر الرئيس مرسوما ...، في
        if step is not None:  # خطوة رحبت بها حماس)
            return step[0]
        return self._clause_doer(s, rec, before)

    def _clause_doer(self, s: Sentence, rec: _Record, before: int) -> _Ref | None:
        """The subject of the verb that opens the sentence, when a reaction refers back to its act as "a step"
        right after it (عيّن الرئيس عباس حسين الشيخ نائبا له، في خطوة رحبت بها السعودية، بينما وصفتها حماس
        بأنها ...): any act the dictionaries code no event for is still that subject's step."""
        h = before if s.an[before].key in _EVENT_HEADS else before - 1
        if h < 2 or s.an[h].key not in _EVENT_HEADS or s.an[h].al or s.words[h - 1] != "في" or \
                s.words[h - 2] not in ("،", ","):
            return None
        for v in range(min(h - 2, 8)):
            if s.boundary[v] or s.an[v].al or s.cover[v] is not None:
                continue
            if not any(r[1] == "V" for r in self.tables.forms.get(s.an[v].key, ())) and not (
                    (v == 0 or s.boundary[v - 1]) and v + 1 < s.n and s.mention_at[v + 1] is not None and
                    s.mention_at[v + 1].prep == ""):
                continue  # (a verb no lemma lists opens its sentence before its subject: عيّن الرئيس)
            if not self._verb_position(s, v):
                return None
            subj = self._own_subject(s, v, rec)
            return subj if subj is not None and subj.mention.start < h else None
        return None

    def _own_subject(self, s: Sentence, v: int, rec: _Record) -> _Ref | None:
        """The subject of the verb at ``v`` when it is one state or body named in this sentence (not an
        organisation of states), found without changing the record's last subject; else None."""
        last = rec.last_subject
        subj, _how = self._subject(s, v, rec)
        rec.last_subject = last
        if subj is None or subj.sent is not s or not subj.mention.code or subj.mention.members or \
                subj.mention.code.startswith(("IGO", "NGO")):
            return None
        return subj

    @staticmethod
    def _aside_of(s: Sentence, i: int, c: int) -> bool:
        """Whether the word at ``i`` stands in an adverbial phrase set off by commas that the
        comma at ``c`` closes (، في ختام قمة استثنائية الخميس، ...)."""
        if c <= i or any(s.boundary[t] for t in range(i, c)):
            return False
        o = next((t for t in range(i - 1, max(-1, i - 8), -1) if s.boundary[t]), -1)
        return o >= 0 and s.words[o] in ("،", ",") and o + 1 < i and s.words[o + 1] in _ADVERBIAL_HEADS

    @staticmethod
    def _adverbial_comma(s: Sentence, c: int) -> bool:
        """Whether the comma at ``c`` only sets off a time or an adverb (اتصالا هاتفيا،
        الخميس، مع نظيره): it opens one (the word after it is one) or closes one (the word
        before it is)."""
        if s.words[c] not in ("،", ","):
            return False
        after = c + 1 < s.n and bool(s.cls[c + 1] & _ADVERBIAL_CLASSES)
        before = c > 0 and bool(s.cls[c - 1] & _ADVERBIAL_CLASSES) and s.mention_at[c - 1] is None
        return after or (before and c + 1 < s.n and not s.boundary[c + 1])

    @staticmethod
    def _after_time_phrase(s: Sentence, c: int) -> int:
        """When the comma at ``c`` opens a time or adverb phrase closed by a comma (، بعد ظهر
        اليوم،), the index after the closing comma, else ``c``."""
        if c >= s.n or s.words[c] not in ("،", ","):
            return c
        close = next((k for k in range(c + 1, min(s.n, c + 6)) if s.boundary[k]), -1)
        if close > c + 1 and s.words[close] in ("،", ",") and \
                all(s.mention_at[k] is None for k in range(c + 1, close)) and \
                any(s.cls[k] & _ADVERBIAL_CLASSES for k in range(c + 1, close)):
            return close + 1
        return c

    @staticmethod
    def _after_speech(s: Sentence, p: int) -> int:
        """When "in a speech" (في خطاب، في كلمة، في بيان) stands at ``p`` with words of its own after it
        (ألقاه أمس أمام مجلس الشيوخ), the first actor after them with no preposition, the verb's
        object; else -1. Not the speech's own genitive (في كلمة الرئيس), its speaker."""
        if p + 3 >= s.n or s.words[p] != "في" or s.an[p + 1].key not in _SPEECH_NOUNS or s.an[p + 1].pre or \
                s.mention_at[p + 2] is not None:
            return -1
        for k in range(p + 3, min(s.n, p + 12)):
            if s.boundary[k] or s.words[k] in _RELATIVES:
                return -1  # (a relative clause of something else the clause names)
            m = s.mention_at[k]
            if not (s.cover[k - 1] is not None and s.an[k - 1].al or s.has(k - 1, "ADVERB") or s.has(k - 1, "TIME")):
                continue  # (after an actor the clause names, or a time: not a noun's genitive, في اجتماع عقد في
                # الرياض أمس الاعتداء على سفارة المملكة)
            if m is not None and m.prep == "" and not s.an[k].pre:
                return k
            if m is None and s.cover[k] is None and (s.words[k] == "الي" or s.an[k].pre in ("ب", "وب")):
                return k  # or the verb's preposition (طالب في كلمته أمام المؤتمر اليوم بجلاء القوات)
        return -1

    def _aside_end(self, s: Sentence, start: int) -> int:
        """When a phrase set off by commas stands at ``start``, after the times and adverbs there
        (، الثلاثاء، في ختام قمتهما التاريخية بجزيرة سنتوسا، وثيقة), the index of the comma that
        closes it, else -1."""
        if start >= s.n:
            return -1
        close = self._chunk_end(s, start, True)
        if close < 0:
            q = self._skip_adverbs(s, start)
            if start < q < s.n and s.words[q - 1] in ("،", ","):
                close = self._chunk_end(s, q - 1, True)
        return close

    def _announced_here(self, s: Sentence, a: int, b: int) -> bool:
        """Whether only actors, adverbials, where something was announced or phrases set off by commas stand
        between an announcing verb and its noun (tokens ``a`` to ``b``)."""
        aside = None
        for t in range(a, b):
            if s.cover[t] is not None or s.cls[t] & _ADVERBIAL_CLASSES or s.an[t].key in _DURING_IT or \
                    s.words[t] in ("عن", "،", ",", "من", "في", "خلال", "امام", "لدي"):
                continue
            if aside is None:
                aside = self._aside_tokens(s, a, b)  # (only when needed, once)
            if t not in aside:
                return False
        return True

    def _aside_tokens(self, s: Sentence, a: int, b: int) -> set[int]:
        """The tokens between ``a`` and ``b`` inside phrases set off by commas (see _chunk_end)."""
        out: set[int] = set()
        for t in range(a, b):
            if s.words[t] in ("،", ",") and t not in out and (c := self._chunk_end(s, t, True)) > 0 and c < b:
                out.update(range(t, c + 1))
        return out

    @staticmethod
    def _owner_of(s: Sentence, p: int, doer: _Ref) -> _Ref | None:
        """When the word at ``p`` names a thing a state's body makes (``OWNER:GOV`` النتائج، ``OWNER:JUD``
        الحكم) and ``doer`` is a party, a group or people of one country, that body of their country, as
        the target of their rejection or criticism; not when the thing names another maker after it
        (الحكم الصادر عن ...) or the doer is a state body, an organisation or several parties."""
        m = doer.mention
        if p >= s.n or s.mention_at[p] is not None or m.members or m.code[3:6] not in _PEOPLE_AT_HOME or \
                m.code.startswith(("IGO", "NGO")):
            return None
        mk = s.mark(p, "OWNER")
        if mk is None:
            return None
        after = s.mention_at[mk[2]] if mk[2] < s.n else None
        if after is not None and not (after.adjective and after.code[:3] == m.code[:3]):
            return None
        owner = Mention(p, mk[2], m.code[:3] + mk[1], K_AGENT, [mk[3]])
        owner.role = mk[1]
        return _Ref(owner, s, "owner")

    def _clause_subject(self, s: Sentence, i: int, rec: _Record) -> _Ref | None:
        """The subject of the clause ``i`` is in: the last one a verb set in this sentence before
        ``i``, else the actor that opens the clause."""
        last = rec.last_subject
        if last is not None and last.sent is s and last.mention.end <= i and last.mention.code:
            return last
        return self._opening_actor(s, i)

    @staticmethod
    def _convicted(s: Sentence, i: int) -> bool:
        """Whether the noun at ``i`` is a conviction with the convicted as its pronoun (بعد إدانته بتهمة
        الإثراء غير المشروع، إدانتهم بالتآمر): the pronoun is the one found guilty, not who finds him."""
        return s.an[i].key in ("ادانة", "ادانت") and bool(s.an[i].suf) and i + 1 < s.n and \
            s.an[i + 1].pre[-1:] == "ب" and s.an[i + 1].key not in _MANNER_NOUNS

    @staticmethod
    def _timed_by_visit(s: Sentence, i: int) -> bool:
        """Whether the visit noun at ``i`` says when the clause's act was done: after a preposition of
        time (عقب زيارة، بعد زيارة، خلال أول زيارة) or at its start or end (في ختام زيارة، في مستهل زيارة)."""
        k = i - 1
        if k > 0 and s.an[k].key in _ELATIVES and not s.an[k].pre:
            k -= 1  # (في أول زيارة)
        if k < 0 or s.an[k].pre:
            return False
        if s.words[k] in _WHEN_PREPS:
            return True
        return k > 0 and s.an[k].key in ("ختام", "مستهل", "نهاية", "بداية", "اعقاب") and s.words[k - 1] == "في"

    @staticmethod
    def _chunk_end(s: Sentence, c: int, circumstance: bool = False) -> int:
        """When the comma at ``c`` opens a phrase set off by commas that starts with a
        preposition (، خلال جلسة خاصة عقدها المجلس الخميس بشأن سد النهضة،), the index of
        the comma that closes it, else -1. With ``circumstance``, also one that names the
        circumstances of an act (، برعاية مصرية في مقر ...،، على هامش القمة،)."""
        if s.words[c] not in ("،", ",") or c + 1 >= s.n:
            return -1
        p = c + 1
        while p < min(s.n, c + 4) and s.cls[p] & _ADVERBIAL_CLASSES and not s.boundary[p]:
            p += 1  # (، مساء أمس في قصر الصفا بمكة المكرمة،)
        if p >= s.n or not (s.words[p] in _CHUNK_PREPS or circumstance and (
                s.an[p].pre == "ب" and not s.an[p].al and s.an[p].key in _CHUNK_NOUNS or
                s.an[p].pre == "ب" and s.an[p].al and s.an[p].key in _JOINT_NOUNS and p + 1 < s.n and
                s.words[p + 1] == "مع" or
                s.words[p] == "علي" and p + 1 < s.n and s.words[p + 1] == "هامش")):
            return -1
        for k in range(p + 1, min(s.n, p + 24)):
            if s.boundary[k]:
                return k if s.words[k] in ("،", ",") and k + 1 < s.n and not s.boundary[k + 1] else -1
        return -1

    @staticmethod
    def _place_country(s: Sentence, p: int) -> str:
        """The country of the first place after ``p`` in its clause named with في (a
        country or a city the dictionaries know), or ""."""
        for j in range(p, min(s.n, p + 8)):
            if s.boundary[j] and s.words[j] not in ("،", ","):
                break
            m = s.mention_at[j]
            if m is not None and m.members and len({x.code[:3] for x in m.members}) == 1 and \
                    m.members[0].kind in (K_COUNTRY, K_METONYM):
                m = m.members[0]  # places of one country (في كراتشي وإسلام آباد)
            if m is not None and m.prep in ("في", "وسط") and not m.members and m.kind in (K_COUNTRY, K_METONYM):
                return m.code[:3]
            if s.words[j] in ("في", "وسط") and j + 2 < s.n and s.an[j + 1].key in PLACE_WORDS:
                k = j + 2
                while k < min(s.n, j + 4) and s.mention_at[k] is None or (s.mention_at[k] is not None and
                                                                           s.mention_at[k].adjective):
                    k = s.mention_at[k].end if s.mention_at[k] is not None else k + 1  # العاصمة البريطانية لندن
                    if k >= s.n:
                        break
                m = s.mention_at[k] if k < s.n else None  # في مدينة لاهور
                if m is not None and not m.members and m.kind in (K_COUNTRY, K_METONYM):
                    return m.code[:3]
        return ""

    def _story_country(self, s: Sentence) -> str:
        """The one country the story names so far (its states, cities, nisbas and the
        country codes of its actors, not organisations), or "" when it names none or several:
        the countries the record remembers (see _Record.learn_country) and this sentence's."""
        rec = self._rec
        seen = set(rec.countries) if rec is not None else set()
        if len(seen) > 1:
            return ""
        for m in s.mentions:
            for x in m.flat():
                if x.code and len(x.code) >= 3 and not x.code.startswith(("IGO", "NGO", "IMG")) and \
                        x.code[:3] not in REGION_CODES:
                    seen.add(x.code[:3])
                    if len(seen) > 1:
                        return ""
        return next(iter(seen), "")

    @staticmethod
    def _nationals_of(s: Sentence, p: int) -> str:
        """The country of people whose nationality follows them (13 ألف مهاجر من رعايا النيجر، ...
        مهاجر، معظمهم من رعايا النيجر), or "" (not of some of them: تسعة أشخاص بينهم سوري)."""
        q = p
        if q < s.n and s.words[q] in ("،", ","):
            q += 1
        if q < s.n and s.words[q] in _MOST_OF:
            q += 1
        if q >= s.n or s.words[q] != "من":
            return ""
        q += 1
        if q < s.n and s.an[q].key in ("رعايا", "مواطني", "جنسية") and not s.an[q].pre:
            q += 1
        m = s.mention_at[q] if q < s.n else None
        if m is not None and not m.members and len(m.code) >= 3 and m.kind in (K_COUNTRY, K_NISBA, K_DEMONYM) and \
                not m.code.startswith(("IGO", "NGO", "IMG")) and m.code[:3] not in _REGIONS:
            return m.code[:3]
        return ""

    @staticmethod
    def _place_target(s: Sentence, p: int, window: int = 12) -> _Ref | None:
        """The country of the place an attack hits when its object is no actor (قصفت المدفعية
        أطراف بلدة الخيام في جنوب لبنان، استهدفت غارة مستشفى في إدلب): the first country or
        place named with في, or in construct after a place word (بلدة كفركلا), in the clause."""
        hosted = _hosted_forces(s, p)
        if hosted is not None:
            return hosted
        place_word = False
        fi = False
        people = False
        for j in range(p, min(s.n, p + window)):
            if s.boundary[j]:
                break
            m = s.mention_at[j]
            if m is None:
                place_word = place_word or s.an[j].key in PLACE_WORDS
                fi = fi or s.words[j] in ("في", "قرب", "بالقرب")
                people = people or s.an[j].key in _PEOPLE_WORDS
                continue
            if m.bare and not m.code and not m.members:
                j = m.end - 1  # a role noun with no country on the way (معسكر للنازحين في الفاشر)
                continue
            if m.members and len({x.code for x in m.members}) == 1 and len(m.members[0].code) == 3:
                m = m.members[0]  # places of one country (في الرباط والدار البيضاء)
            if m.prep == "من" and (fi or people or place_word) and not m.adjective and not m.members and \
                    len(m.code) == 3 and not m.code.startswith(("IGO", "NGO", "IMG")):
                return _Ref(m, s, "place")  # في أنحاء متفرقة من إيران، 25 مواطنا من محافظات الضفة
            if m.adjective and not m.members and len(m.code) == 3 and j > 0 and s.an[j - 1].key in PLACE_WORDS \
                    and not m.code.startswith(("IGO", "NGO", "IMG")):
                return _Ref(m, s, "place")  # في عدة مناطق أوكرانية، محافظات يمنية
            if m.adjective and not m.members and fi is False and j + 1 < s.n and s.words[j + 1] == "قرب":
                j = m.end - 1  # a nisba of a thing on the way (ببرنامج الأسلحة الكيميائية السوري قرب دمشق)
                continue
            if m.adjective or m.anaphor or m.members or len(m.code) != 3 or \
                    m.code.startswith(("IGO", "NGO", "IMG")):
                return None
            if m.prep == "في" or (m.prep == "" and place_word and (s.an[j - 1].key in PLACE_WORDS
                                                                   or s.an[j].pre == "و")) or \
                    (m.prep == "" and s.words[j - 1] == "قرب") or \
                    (m.prep == "ب" and fi and m.name == "place"):
                # مواقع قرب دمشق; في جمرايا بريف دمشق (a place unknown, then the region it lies in)
                return _Ref(m, s, "place")
            if m.prep != "":
                return None
        return None

    def _site_owner(self, s: Sentence, p: int) -> _Ref | None:
        """The owner of the sites an attack hits when its object is no actor: a site word
        (&SITE, &MILSITE), maybe after a number, then ل + an actor or a nisba (على أكثر من 60
        هدفا لجماعة الحوثي، على مواقع عسكرية سورية)."""
        for j in range(p, min(s.n, p + 6)):
            if s.boundary[j] or s.mention_at[j] is not None:
                return None
            cands = self.tables.syn_first.get(s.an[j].key)
            if not cands:
                continue
            ends = [j + 1 if not rest else s._phrase_end(j, rest) for rest, name in cands if name in _OWNED_SYNSETS]
            ends = [e for e in ends if e > 0]
            if not ends:
                continue
            k = max(ends)  # (قاعدة عسكرية: the synsets' longest member there)
            while k < s.n and s.mention_at[k] is None and self._adjective_like(s, k) and not s.an[k].pre \
                    and k - j <= 2:
                k += 1  # مواقع عسكرية
            m = s.mention_at[k] if k < s.n else None
            if m is not None and not m.anaphor and (m.prep == "ل" or (m.adjective and m.prep == "")) and \
                    not s.an[j].suf:
                return _Ref(m, s, "owner")
            if m is not None and not m.anaphor and m.prep == "" and not m.adjective and m.code and not m.bare and \
                    k == j + 1 and not s.an[j].al and not s.an[j].suf and not m.members and \
                    m.kind in (K_AGENT, K_ORG, K_PERSON):  # (not a place: ميناء بندر عباس)
                return _Ref(m, s, "owner")  # a site in construct with its owner (على مواقع الجيش اليمني)
            t = k
            while t < min(s.n, j + 9) and s.mention_at[t] is None and not s.boundary[t] and (
                    (s.an[t].pre == "و" and not s.an[t].al) or self._adjective_like(s, t) or
                    s.an[t].key in self.tables.syn_first):
                t += 1  # more sites, coordinated (على نحو 15 كمينا ونقطة تفتيش للقوات المسلحة، مواقع تدريب
                # ومخازن أسلحة وذخيرة لتنظيم داعش)
            o = s.mention_at[t] if t > k and t < s.n else None
            if o is not None and o.prep == "ل" and o.code and not o.anaphor and not o.adjective and not o.bare:
                return _Ref(o, s, "owner")
            for t in range(k, min(s.n - 1, j + 9)):
                # sites coordinated, then whose they are: على مقار أمنية ومراكز للشرطة تابعة للحكومة
                if s.boundary[t]:
                    break
                if s.an[t].key in _FLYING and (fl := self._flag_owner(s, t)) is not None:
                    return fl[0]  # a ship flying a state's flag (سفينة ترفع العلم الأمريكي، علم ليبيريا)
                o = s.mention_at[t + 1]
                if o is not None and o.code and not o.anaphor and not o.adjective and (
                        (s.an[t].key in _AFFILIATED and o.prep == "ل") or (s.an[t].key in _LINKED and o.prep == "ب")):
                    return _Ref(o, s, "owner")  # (سفينة تجارية قالت إنها مرتبطة بإسرائيل)
                if o is not None and o.code and not o.anaphor and not o.adjective and o.prep in ("", "في") and \
                        t > j + 1 and s.an[t].suf in ("ها", "ه") and s.an[t].key in ("في", "فيه") and \
                        s.an[t - 1].key in _STATIONED:
                    return _Ref(o, s, "owner")  # قاعدة عسكرية يتمركز فيها جنود كينيون: whose troops are there
            return None
        return None

    def _reciprocal(self, patterns: list[tuple]) -> list[tuple]:
        """Of a head's patterns, those of a mutual act (RECIPROCAL codes) that end in
        ``مع TGT`` or ``بين TGT``, without that ending: what is left of them matches when
        the partner is the other conjunct of a coordinated subject. Memoised per list."""
        key = id(patterns)
        got = self._recip_memo.get(key)
        if got is not None:
            return got[1]
        out = []
        for p in patterns:
            code, elems = p[0], p[1]
            if code[:3] not in RECIPROCAL or len(elems) < 2 or elems[-1][0] != E_TGT:
                continue
            if code == "019" and p[3].startswith(("اتفق ", "توافق ")):
                continue  # (اتفق الجانبان "the two sides agreed" is no event of its own: what they agreed is)
            if elems[-2][0] not in (E_WORD, E_PREP) or elems[-2][1] not in ("مع", "بين"):
                continue
            rest = elems[:-2]
            while rest and rest[-1][0] == E_SKIP:
                rest = rest[:-1]
            if any(k in (E_TGT, E_SRC) for k, _v in rest):
                continue
            need = _needs_of(rest)
            out.append((code, rest, p[2], p[3] + " (reciprocal: the other conjunct)", p[4] - 5, need))
        out.sort(key=lambda x: -x[4])
        self._recip_memo[key] = (patterns, out)  # the list is kept so its id stays unique
        return out

    def _casualty_agent(self, s: Sentence, v: int, first: bool = False) -> tuple[_Ref | None, str]:
        """An unvocalised past verb whose victim is followed by who fired (قتل خمسة
        فلسطينيين برصاص الجيش الإسرائيلي، أصيب جنديان بنيران سورية، اغتيل X، مساء
        الثلاثاء، في غارة بطائرة مسيرة إسرائيلية، على أيدي مسلحين) is a passive: the actor
        before the instrument is the victim, the one after it the agent. Returns the agent
        (None when the sentence is not so) and the code the instrument gives a killing
        (INSTRUMENT:195 for an air strike), or ""."""
        victim = None
        q = v + 1
        while q < s.n and q - v <= 20:
            if s.boundary[q] and not self._adverbial_comma(s, q):
                return None, ""
            if first and victim is None and q > v + 5:
                return None, ""
            m = s.mention_at[q]
            if m is not None:
                if not m.adjective:
                    if first and (victim is not None and m.start > victim.end + 1 or victim is None and m.start > v + 5):
                        return None, ""  # (a noun's victim follows it at once, with its name: not a later act's)
                    victim = m
                q = m.end
                continue
            mk = s.mark(q, "INSTRUMENT")
            if mk is not None and (s.an[q].pre.endswith("ب") or (q > 0 and s.words[q - 1] in _CAUSE_WORDS)):
                break
            q += 1
        else:
            return None, ""
        if victim is None or q >= s.n:
            return None, ""
        # the instrument follows the victim at once, past times and adverbs only (not قصفت
        # روسيا مواقع أوكرانية بصواريخ إيرانية, where the actor before it is the subject)
        g = self._skip_adverbs(s, victim.end)
        if g < q and victim.kind == K_AGENT and victim.bare and not victim.members and s.an[victim.start].al:
            # a person's name no dictionary lists after the one killed (استشهد المزارع بلال صالح برصاص مستوطن):
            # up to three bare words of no clause
            k = g
            while k < min(q, g + 3) and s.mention_at[k] is None and not s.an[k].pre and not s.boundary[k] \
                    and not s.an[k].al and s.words[k].isalpha() and s.words[k] not in PREP_WORDS:
                k += 1
            g = self._skip_adverbs(s, k) if k > g else g
        if g < s.n and s.an[g].pre == "ب" and s.an[g].key in _WOUNDS:
            # بجروح (خطيرة) before who fired: أصيب ثلاثة بجروح خطيرة برصاص قوات الاحتلال
            g += 1
            while g < q and g < victim.end + 4 and s.mention_at[g] is None and not s.an[g].pre and \
                    not s.boundary[g]:
                g += 1
        if g < q and s.an[g].pre == "و" and s.an[g].key in ("اصيب", "جرح", "اصيبت") and \
                all(not s.boundary[t] and (s.mention_at[t] is None or not s.mention_at[t].code)
                    for t in range(g + 1, q)) and q - g <= 8:
            # the wounded told between the dead and who fired (استشهد 16 فلسطينيا وأصيب أكثر من 1400
            # آخرين برصاص الجيش): the fire is on both
            g = q
        if g < s.n and s.words[g] in ("،", ","):
            # a time phrase in commas (، فجر الجمعة،) may stand before the instrument
            g = self._after_time_phrase(s, g) if self._after_time_phrase(s, g) > g else g + 1
        if g < s.n and s.words[g] in _CAUSE_WORDS:
            g += 1
        if g != q:
            return None, ""
        fire_code = mk[1]
        q = mk[2] - 1
        for r in (q + 1, q + 2):
            if r >= s.n or s.boundary[r]:
                return None, ""
            a = s.mention_at[r]
            if a is not None:
                # (في غارة بطائرة مسيرة إسرائيلية: an aircraft with a nisba is the agent too)
                if (a.prep in ("", "ل") and not a.members) or a.adjective or (a.prep == "ب" and a.kind == K_AGENT
                                                                             and not a.bare):
                    return _Ref(a, s, "by"), fire_code
                return None, ""
            if s.an[r].pre:
                return None, ""  # only a bare word (جوية، مدفعية) may stand between
        return None, ""

    def _instrument_agent(self, s: Sentence, q: int) -> _Ref | None:
        """Who made the strike an instrument word at ``q`` names (غارة إسرائيلية، غارة جوية شنتها
        القوات الأمريكية، قصف للجيش): its nisba or actor right after it, or its relative clause's subject."""
        mk = s.mark(q, "INSTRUMENT")
        if mk is None:
            return None
        e = mk[2]
        for r in (e, e + 1):
            if r >= s.n or s.boundary[r]:
                return None
            a = s.mention_at[r]
            if a is not None:
                return _Ref(a, s, "by") if (a.adjective or a.prep in ("", "ل")) and a.code and not a.members else None
            if s.words[r] in _RELATIVES or s.an[r].suf:
                # (غارة جوية شنتها القوات الأمريكية، الغارة التي نفذتها)
                rel = self._relative_agent(s, r)
                return rel[0] if rel is not None and rel[0].mention.code else None
            if s.an[r].pre:
                return None
        return None

    @staticmethod
    def _victims(s: Sentence, m: Mention) -> bool:
        """Whether an actor right after a verb of killing names its victims: private
        people (civilians, counted people, a nation's people), with no object after them."""
        people = [x for x in m.flat()]
        if not all(x.role in _VICTIM_ROLES or x.code[3:6] in _VICTIM_ROLES or x.name == "person"
                   for x in people):
            return False
        nx = s.mention_at[m.end] if m.end < s.n else None
        # قتل مستوطنون فلسطينيا: an object follows, they are the killers
        return nx is None or nx.prep != "" or nx.adjective

    def _clause_agent(self, s: Sentence, p: int) -> _Ref | None:
        """Who acts in the clause of when a killing happened (حين قصفت المدفعية الإسرائيلية،
        عندما استهدفت طائرة مسيرة): the first actor after its verb."""
        q = p
        while q < s.n and q < p + 25:
            w = s.words[q]
            if s.boundary[q] and w not in ("،", ","):
                return None
            if w in _WHEN_WORDS or (w == "بعد" and q + 1 < s.n and s.words[q + 1] == "ان"):
                v = q + (2 if w == "بعد" else 1)
                if v >= s.n or not any(r[1] == "V" for r in self.tables.forms.get(s.an[v].key, ())):
                    return None
                r = self._skip_adverbs(s, v + 1)
                m = s.mention_at[r] if r < s.n else None
                if m is not None and m.prep == "" and not m.adjective and not m.bare and not self._victims(s, m):
                    return _Ref(m, s, "by")
                if m is None and r + 1 < s.n and s.mention_at[r + 1] is not None and \
                        s.mention_at[r + 1].adjective and not s.an[r].al and not s.an[r].pre:
                    return _Ref(s.mention_at[r + 1], s, "by")  # عندما استهدفت غارة إسرائيلية
                return None
            q += 1
        return None

    def _agent_by(self, s: Sentence, p: int):
        """``من قبل X`` after a passive verb names its agent (and, after a verb of undergoing, على يد X:
        تعرض الصحفي للضرب على يد عناصر من الشرطة)."""
        for j in range(p, min(p + 6, s.n - 1)):
            if s.boundary[j]:
                break
            if (s.words[j], s.words[j + 1]) in _AGENT_LINKS and j + 2 < s.n and s.mention_at[j + 2]:
                return _Ref(s.mention_at[j + 2], s, "by")
        return None

    def _skip_adverbs(self, s: Sentence, p: int) -> int:
        timed = False
        while p < s.n:
            if s.words[p] == "من" and p + 2 < s.n and s.an[p + 1].key == "طراز":
                # a model name (مقاتلتان تركيتان من طراز إف-16): not an argument
                q = p + 2
                while q < s.n and q < p + 6 and not s.boundary[q] and s.mention_at[q] is None and \
                        not (s.cls[q] & _ADVERBIAL_CLASSES) and \
                        (q == p + 2 or not s.an[q].flags or not s.words[q].isalpha()):
                    q += 1
                if q > p + 2:
                    p = q
                    continue
            if s.has(p, "ADVERB") or s.has(p, "TIME") or (s.words[p] in ("،", ",") and p + 1 < s.n
                                                          and (s.has(p + 1, "ADVERB") or s.has(p + 1, "TIME"))):
                mk = s.mark(p, "ADVERB") or s.mark(p, "TIME")
                p = mk[2] if mk else p + 1
                timed = True
                if p < s.n and s.words[p] in ("،", ","):
                    p += 1
                continue
            if timed and (s.an[p].pre.endswith("ب") or s.words[p] == "في"):
                # the place after the time, up to a comma: اليوم الخميس بالرباط، / بقصر الاتحادية،
                q = p + (1 if s.words[p] == "في" else 0)
                m = s.mention_at[q] if q < s.n else None
                if m is not None and m.kind == K_METONYM and not m.members and m.end < s.n \
                        and s.words[m.end] in ("،", ",") and m.end + 1 < s.n:
                    p = m.end + 1
                    continue
                if m is None:
                    # a place we do not know, when an actor or a title follows the comma after it
                    # (اليوم بقصر العلم العامر، فخامة السيد ...)
                    c = q + 1
                    while c < s.n and c - q < 5 and not s.boundary[c] and (
                            s.mention_at[c] is None or s.mention_at[c].prep in ("ب", "في")):
                        c = s.mention_at[c].end if s.mention_at[c] is not None else c + 1  # بالقصر الملكي بالرباط
                    if c + 1 < s.n and s.words[c] in ("،", ",") and (s.mention_at[c + 1] is not None
                                                                      or s.has(c + 1, "TITLE")):
                        p = c + 1
                        continue
                if s.words[p] == "في":
                    # a place with a place word, up to a comma (، مساء السبت في مدينة جدة، اتفاقا)
                    c = p + 1
                    place = False
                    unknown = 0
                    while c < s.n and c - p <= 5 and not s.boundary[c]:
                        mc = s.mention_at[c]
                        if mc is not None and mc.kind in (K_COUNTRY, K_METONYM) and not mc.members:
                            place = True
                            c = mc.end
                        elif mc is None and s.an[c].key in PLACE_WORDS:
                            place = True
                            c += 1
                        elif mc is None and not s.an[c].flags and not s.an[c].pre and s.words[c].isalpha() and \
                                unknown < 2:
                            unknown += 1  # a town the dictionaries do not know (، السبت في جنيف،)
                            place = True
                            c += 1
                        else:
                            break
                    if place and c + 1 < s.n and s.words[c] in ("،", ","):
                        p = c + 1
                        continue
            if s.words[p] in ("،", ",") and p + 3 < s.n and s.an[p + 2].key == "الله" and s.an[p + 1].suf:
                # a blessing set off by commas: الملك محمد السادس، نصره الله، ...؛ أمير البلاد، حفظه
                # الله ورعاه، ...
                q = p + 3
                while q < s.n and q < p + 5 and s.words[q] not in ("،", ",") and s.an[q].suf and \
                        s.an[q].pre.startswith("و"):
                    q += 1
                if q < s.n and s.words[q] in ("،", ","):
                    p = q
                    continue
            if s.words[p] in ("في", "خلال") and p + 2 < s.n and s.an[p + 1].key in _SPEECH_VENUES and \
                    not s.an[p + 1].al and not s.an[p + 1].pre and s.mention_at[p + 1] is None:
                # how one spoke, with no commas, before the object (دعا عرفات في خطاب متلفز بمناسبة العيد
                # جميع الفصائل إلى): up to the next actor, a preposition that may open the object or a clause
                q = p + 2
                while q < s.n and q - p <= 7 and not s.boundary[q] and s.mention_at[q] is None and \
                        s.words[q] not in _VENUE_STOPS and not (
                            s.an[q].pre[-1:] in ("ب", "ل") and s.an[q].key not in ("مناسبة", "عنوان", "اجماع")):
                    q += 1
                if q < s.n and s.mention_at[q] is not None and not s.boundary[q] and \
                        s.mention_at[q].prep == "" and not s.mention_at[q].adjective and not s.an[q].pre:
                    p = q
                    continue
            if s.words[p] == "في" and p + 2 < s.n and s.an[p + 1].key in _OFFICE_VENUES and not s.an[p + 1].pre and \
                    not s.an[p + 1].al and s.mention_at[p + 1] is None:
                # where one received a guest, with no commas, before the guest (التقى الوزير في مكتبه بالرياض،
                # اليوم، وزير الداخلية العراقي؛ في مقر الرئاسة برام الله): places after ب up to the guest
                q = p + 2
                while q < s.n and q - p <= 5 and not s.boundary[q]:
                    mq = s.mention_at[q]
                    if mq is not None and mq.prep in ("ب", "في") and not mq.members and \
                            mq.kind in (K_COUNTRY, K_METONYM):
                        q = mq.end
                    elif mq is None and (s.an[q].key in PLACE_WORDS or s.an[q].al and not s.an[q].pre and
                                         not s.an[q].flags and s.words[q].isalpha()):
                        q += 1  # (في مقر الرئاسة، في قصر الإليزيه)
                    else:
                        break
                r = q
                while r < s.n and (s.words[r] in ("،", ",") or s.has(r, "TIME") or s.has(r, "ADVERB")):
                    mk = s.mark(r, "TIME") or s.mark(r, "ADVERB")
                    r = mk[2] if mk else r + 1
                if r < s.n and r > p + 2 and s.mention_at[r] is not None and s.mention_at[r].prep == "" and \
                        not s.mention_at[r].adjective and not s.an[r].pre:
                    p = r
                    continue
            c = p - 1 if p > 0 and s.words[p - 1] in ("،", ",") and s.words[p] in ("امام", "خلال") else p
            # (c: the comma of an aside right after a time set off by commas: ، يوم الجمعة، أمام مجلس الأمن،)
            if s.words[c] in ("،", ",") and c + 2 < s.n and s.words[c + 1] in _ASIDE_OPENERS:
                # a place set off by commas: استقبل X، في الرياض اليوم، وزير الخارجية; or where or how one
                # spoke (طالب الوزير، أمام مجلس الأمن الدولي، بانسحاب البعثة؛ هنأ الرئيس، خلال اتصال هاتفي،)
                q = c + 2
                while q < s.n and q - c <= (5 if s.words[c + 1] == "في" else 7) and \
                        s.words[q] not in ("،", ",") and not s.boundary[q]:
                    q += 1
                if q < s.n and s.words[q] in ("،", ",") and q + 1 < s.n:
                    p = q + 1
                    continue
            break
        return p

    @staticmethod
    def _skip_counts(s: Sentence, p: int) -> int:
        """Past numbers and quantity words (165، نحو 40، عشرات من) before an actor at ``p``."""
        while p < s.n and s.mention_at[p] is None and (s.words[p].isdigit() or s.has(p, "TRANSPARENT")):
            mk = s.mark(p, "TRANSPARENT")
            p = mk[2] if mk else p + 1
        return p

    @staticmethod
    def _message_addressee(s: Sentence, i: int, subj: _Ref | None) -> _Ref | None:
        """When the verb at ``i`` says what a message says (أشاد فيها، طالب فيه) and the message was sent
        to someone named with إلى or ل in the clause before it (بعث X برسالة إلى Y، وجه رسالة إلى Y), that
        addressee; else None."""
        if i + 1 >= s.n or s.an[i + 1].key != "في" or s.an[i + 1].suf not in ("ها", "ه") or s.an[i + 1].pre:
            return None
        k = _message_before(s, i)
        if k < 0:
            return None
        for t in range(k + 1, i):
            m = s.mention_at[t]
            if m is not None and m.prep in ("الي", "ل") and not m.adjective and m.code and \
                    (subj is None or (m is not subj.mention and m.code[:3] != subj.mention.code[:3])):
                return _Ref(m, s, "addressee")
        r = next((t for t in range(k - 1, max(-1, k - 10), -1) if s.has(t, "RECEIVE")), -1)
        if r >= 0:
            # a message received (تلقى X رسالة من Y أعرب فيها عن): addressed to the one who received it
            for t in range(r + 1, k):
                m = s.mention_at[t]
                if m is not None and m.prep == "" and not m.adjective and m.code and \
                        (subj is None or (m is not subj.mention and m.code[:3] != subj.mention.code[:3])):
                    return _Ref(m, s, "addressee")
        return None

    @staticmethod
    def _message_sender(s: Sentence, i: int) -> _Ref | None:
        """The sender named with من after the message whose content the verb at ``i`` says (تلقى X
        رسالة من Y دعاه فيها), or None."""
        k = _message_before(s, i)
        if k < 0:
            return None
        m = next((s.mention_at[t] for t in range(k + 1, i) if s.mention_at[t] is not None), None)
        if m is not None and m.prep == "من" and not m.adjective and m.code:
            return _Ref(m, s, "sender")
        return None

    @staticmethod
    def _past_marks(s: Sentence, p: int, cls: str) -> int:
        """Past the phrases of grammar class ``cls`` no mention covers, from ``p``."""
        while p < s.n and s.mention_at[p] is None and s.has(p, cls):
            p = s.mark(p, cls)[2]
        return p

    @staticmethod
    def _skip_titles(s: Sentence, p: int) -> int:
        """Past titles no mention covers before a name (المستر، صاحب السمو)."""
        return Coder._past_marks(s, p, "TITLE")

    def _skip_adverbials(self, s: Sentence, p: int) -> int:
        """Past adverbs and time phrases that may stand before an argument
        (خلال الأسبوع الجاري، أمس، رسميا)."""
        while p < s.n and s.mention_at[p] is None:
            mk = s.mark(p, "ADVERB") or s.mark(p, "TIME") or s.mark(p, "TITLE")  # (إلى فخامة السيد ...)
            if mk is None and s.words[p] in ("خلال", "في", "منذ") and p + 1 < s.n and s.mark(p + 1, "TIME"):
                mk = s.mark(p + 1, "TIME")
            if mk is None:
                return p
            p = mk[2]
        return p

    def find_subject(self, s: Sentence, v: int, rec: _Record) -> tuple[_Ref | None, str]:
        """The subject of the verb at ``v``: (reference, how) with how in
        ``svo``, ``vso``, ``pron``, ``carry`` or ``""``. Remembers it for the
        coordinated clauses that follow."""
        ref, how = self._subject(s, v, rec)
        if ref is None and v > 1 and not s.an[v].pre and not s.boundary[v - 1] and self._present(s, v) and \
                not s.cls[v - 1] and s.words[v - 1] not in PREP_WORDS and s.words[v - 1].isalpha():
            # a present verb describing the thing just named (مشروع قرار في مجلس الأمن يدعم خطة الجامعة
            # ويدين القمع): its clauses are the thing's, not the sentence subject's
            rec.last_subject = None
        if ref is not None and how in ("svo", "vso", "pron", "late") and not (v > 0 and s.words[v - 1] in _RELATIVES) and \
                not (how == "pron" and ref.mention.plural and not ref.mention.members and
                     any(s.has(k, "SUBORD") and s.an[k].suf for k in range(max(0, v - 3), v))):
            # (the subject of a relative clause, التي أعلنها الرئيس, is not the one a later
            # coordinated clause carries on; nor "they" in a reported clause, مؤكدة أنهم كانوا في
            # مهمة دعم، وطالبت باماكو: the reporter carries on)
            rec.last_subject = ref
        return ref, how

    def _city_before(self, s: Sentence, e: int) -> bool:
        """Whether the word before ``e`` names a country or its capital in one word (الجزائر، تونس،
        الكويت): "the capital" right after it is the city's name (محكمة في الجزائر العاصمة), not an
        object."""
        if e < 1 or s.cover[e - 1] is None:
            return False
        node = self.tables.actor_trie.get(s.an[e - 1].key)
        return node is not None and any(self.tables.actors[p][0] in (K_COUNTRY, K_METONYM)
                                        for _needs_al, p, _mask in node[0])

    def _arrival_place_end(self, s: Sentence, k: int) -> int:
        """After إلى at ``k - 1``, the end of the place arrived at: a place named with إلى (إلى بيروت),
        or after its port, airport or city word (إلى ميناء اللاذقية، إلى مطار بيروت الدولي), with the
        adjectives that follow it; ``k`` when no place is named there."""
        if k >= s.n:
            return k
        m = s.mention_at[k]
        if m is None and s.an[k].key in _ARRIVAL_SITES and not s.an[k].al and not s.an[k].pre and \
                not s.an[k].suf and k + 1 < s.n:
            m = s.mention_at[k + 1]
            if m is None or m.prep or m.kind not in (K_COUNTRY, K_METONYM):
                return k
        elif m is None or m.prep != "الي":
            return k
        e = m.end
        while e < s.n and e - m.end < 2 and s.an[e].al and self._adjective_like(s, e):
            e += 1  # (مطار بيروت الدولي)
        return e

    @staticmethod
    def _meeting_before(s: Sentence, j: int) -> bool:
        """Whether an indefinite visit, tour or meeting is named at ``j`` or in the few words of its clause
        before it (بجولة شملت بغداد والكويت وجدة،), which a pronoun after the next verb refers to."""
        for k in range(j, max(-1, j - 9), -1):
            if k < j and s.boundary[k] and s.words[k] not in ("،", ","):
                return False
            if s.an[k].key in _MEETING_HEADS and not s.an[k].al and s.cover[k] is None:
                return True
        return False

    @staticmethod
    def _arriving_force(s: Sentence, m: Mention) -> bool:
        """Whether ``m`` names a state's armed forces or a unit of them (القوات المصرية، الكتيبة
        الفرنسية), whose arrival somewhere is a deployment (see _FORCE_MOVES)."""
        return (m.kind == K_AGENT and m.code[3:6] == "MIL" and not m.code.startswith(("IGO", "NGO")) and
                (m.plural or s.an[m.start].key in _FORCE_HEADS) or
                # (or a force named by an organisation's or a country's name: قوة الطوارئ الدولية، القوة الرواندية)
                (m.code.startswith("IGO") or len(m.code) == 3) and
                (s.an[m.start].key in _FORCE_HEADS or s.an[m.start].key == "قوات")) and \
            not m.members

    def _oblique_plural(self, s: Sentence, v: int, m: Mention) -> bool:
        """A mention right after verb ``v`` headed by a sound masculine plural in ين (مسؤولين
        سعوديين) or a feminine dual in تين is its object, never its nominative subject (مسؤولون):
        يلتقي خلالها مسؤولين سعوديين has its subject elsewhere. Only when the ون form is listed too, so names in ين
        (البحرين، الصين، حسين) are not touched; and not after a quantity, whose genitive it is
        (خرج آلاف المحتجين)."""
        if m.kind == K_PERSON or any(s.words[k].isdigit() or s.cls[k] for k in range(v + 1, m.start)):
            return False
        k = s.an[m.start].key
        if k.endswith("تين") and len(k) > 5 and k[:-3] + "ة" in self.tables.actor_first:
            return True  # a feminine dual in تين (السفارتين الأمريكية والفرنسية) is oblique too (nominative: تان)
        return k.endswith("ين") and len(k) > 4 and k[:-2] + "ون" in self.tables.actor_first

    def _subject(self, s: Sentence, v: int, rec: _Record) -> tuple[_Ref | None, str]:
        a = s.an[v]
        conj = a.pre.startswith(("و", "ف"))
        j = v - 1
        while j >= 0 and (s.has(j, "NEG") or s.has(j, "MAY") or s.has(j, "FUTURE") or s.has(j, "ADVERB")
                          or s.words[j] in ("قد", "لقد", "وقد", "فقد")):
            j -= 1
        if j > 2 and not conj and s.words[j] in ("،", ","):
            # a subject with a relative clause set off by commas (وكان المجلس العسكري في نيامي، الذي أطاح
            # بالرئيس بازوم في 26 تموز، قد رفض)
            r = next((t for t in range(j - 1, max(1, j - 30), -1) if s.boundary[t] or s.words[t] in _RELATIVES), -1)
            if r > 1 and s.words[r] in _RELATIVES and s.words[r - 1] in ("،", ","):
                m = s.cover[r - 2]
                if m is not None and m.end == r - 1 and m.prep == "" and not m.adjective and not m.bare and \
                        not m.anaphor and m.code and self._agrees(a, m):
                    return _Ref(m, s, "svo"), "svo"
        if j >= 0 and not conj:
            m = s.cover[j]
            pp = j
            while pp > j - 3 and pp > 0 and not s.boundary[pp] and (
                    s.an[pp].pre.endswith("ب") or s.an[pp].pre == "و" and s.an[pp].al) and \
                    (s.cover[pp] is None or s.cover[pp].prep or not s.cover[pp].code or s.an[pp].pre == "و"):
                pp -= 1  # (a conjunct the dateline gave a country: بالدبابات والمدرعات)
            part = pp
            if pp < j and s.cover[pp] is None and s.words[pp][:1] == "م" and not s.an[pp].pre and pp > 0:
                pp -= 1  # (the participle outside the mention: جنودا أوكرانيين | مدعومين بالدبابات)
            if pp < j and s.an[part + 1].pre.endswith("ب") and s.cover[pp] is not None and s.cover[pp].end == pp + 1 \
                    and s.cover[pp].prep == "" and s.cover[pp].kind == K_AGENT and s.words[part][:1] == "م" and \
                    (s.cover[pp].start < pp or part > pp):
                # the subject's participle and what it is with (جندي أوكراني مدعومين بالدبابات والمدرعات
                # توغلوا): the subject is before them
                j = pp
                m = s.cover[j]
            vso_after = a.suf and v + 1 < s.n and s.mention_at[v + 1] is not None and s.mention_at[v + 1].prep == "" \
                and not s.mention_at[v + 1].adjective
            if not vso_after and not a.suf and m is not None and m.end == j + 1 and not m.adjective and \
                    v + 2 < s.n and _is_prep_pronoun(s, v + 1) and s.an[v + 1].suf in ("هم", "ها", "ه", "هما") and \
                    s.mention_at[v + 2] is not None and s.mention_at[v + 2].prep in ("", s.an[v + 1].key) and \
                    not s.mention_at[v + 2].adjective and s.mention_at[v + 2].code and \
                    self._agrees(a, s.mention_at[v + 2]):
                # the actor before the verb is what the pronoun after it names, and the actor after the
                # pronoun's preposition is the subject (خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية)
                return _Ref(s.mention_at[v + 2], s, "vso"), "vso"
            if m is not None and m.end == j + 1 and not m.adjective and (not m.bare or _bare_people(s, m)) and \
                    not m.anaphor and m.prep == "" \
                    and self._agrees(a, m) and not self._genitive(s, m) and not vso_after:
                # (not when the verb's object pronoun refers to it and its subject follows: 13 موظفا
                # أمميا احتجزتهم الجماعة)
                return _Ref(m, s, "svo"), "svo"
            ante = j - 2 if j > 1 and s.words[j - 1] in ("،", ",") else j - 1
            if s.words[j] in _RELATIVES and a.suf and not any(
                    s.cover[t] is not None for t in range(v + 1, min(s.n, v + 4))
                    if not any(s.boundary[u] or s.an[u].pre[-1:] in ("ب", "ل") for u in range(v + 1, t + 1))) and \
                    not (v + 1 < s.n and _is_prep_pronoun(s, v + 1)) and ante >= 0 and s.cover[ante] is not None and \
                    s.cover[ante].code and not s.cover[ante].adjective and self._agrees(a, s.cover[ante]) and \
                    not {r[3] for r in self.tables.forms.get(a.key, ()) if r[1] == "V"}.isdisjoint(
                        _RELATIVE_PGN.get(s.words[j], ())):
                # a relative clause whose verb agrees with the relative pronoun, carries another's pronoun
                # and has no subject of its own (الرئيس ترامب الذي اتهمه بعدم الامتنان): the antecedent does
                # it (not جبهة تيغراي التي اتهمها, "which he accused")
                ref = self._antecedent(s, j)
                if ref is not None:
                    return ref, "relative"
            if s.words[j] in _RELATIVES and not a.suf and v + 1 < s.n and _is_prep_pronoun(s, v + 1) and \
                    s.an[v + 1].key in ("في", "فيه", "فيها", "خلال", "خلاله", "خلالها") and j > 1 and \
                    (v + 2 >= s.n or s.mention_at[v + 2] is None or s.mention_at[v + 2].prep):
                # "the statements of X in which (she) criticised" (تصريحات وزيرة الخارجية السويدية التي انتقدت
                # فيها سجل المملكة): the speaker of the speech the pronoun refers back to
                m = s.cover[j - 1]
                if m is not None and m.end == j and m.start > 0 and m.prep == "" and m.code and not m.adjective and \
                        not m.bare and s.an[m.start - 1].key in _SPEECH_NOUNS and self._agrees(a, m):
                    return _Ref(m, s, "relative"), "relative"
            if s.words[j] in _RELATIVES and not a.suf and not (v + 1 < s.n and _is_prep_pronoun(s, v + 1)):
                # a relative clause with no pronoun referring back to its antecedent: the
                # antecedent is the subject (الدول التي فرضت عقوبات، القصف التركي الذي استهدف),
                # and an actor after the verb is its object
                ref = self._antecedent(s, j)
                if ref is None and self._decision_before(s, j):
                    # a resolution, law or decree that does it is its maker's act (اعتمد مجلس الأمن
                    # القرار 1970 الذي يفرض حظرا على ليبيا): the subject of the verb before it
                    ref = self._decision_maker(s, j, rec)
                return ref, "relative"
            dj = j
            if s.cover[j] is not None and s.cover[j].adjective and s.cover[j].end == j + 1 and s.cover[j].start > 0 \
                    and s.cover[j].prep == "":
                dj = s.cover[j].start - 1  # (مشروع قرار أمريكيا يؤيد: the draft's nisba, then its verb)
            elif j > 0 and s.cover[j] is None and s.an[j].key in _ISSUER_ADJECTIVES and not s.an[j].pre:
                dj = j - 1  # (أمرا تنفيذيا يحظر، إعلانا رئاسيا يحظر: the order's kind, then its verb)
            if s.an[dj].key in _DECISIONS and not s.an[dj].al and not s.an[dj].suf and not s.an[dj].pre and \
                    not a.pre and not a.suf and self._present(s, v):
                # an indefinite decision described by a present verb (أقر الكنيست قانونين يحظران على
                # الوكالة): what it does is its maker's act
                ref = self._decision_maker(s, dj + 1, rec)
                if ref is not None:
                    return ref, "relative"
            if j > 0 and self._present(s, v) and not a.pre and \
                    not _ASPECTUAL.isdisjoint(self._lemmas_of(s.an[j].key)) and s.cover[j] is None:
                # an aspectual verb before a present one (بدأت تتسلم أسلحة، واصلت تقدم الدعم): its subject
                ref, how = self._subject(s, j, rec)
                if ref is not None:
                    return ref, how
            if s.words[j] in ("أن", "ان") and j > 0 and s.words[j - 1] in _BEFORE_AFTER and not a.suf and \
                    not any(s.cover[t] is not None for t in range(v + 1, min(s.n, v + 5))
                            if not any(s.boundary[u] or s.an[u].pre[-1:] in ("ب", "ل") or s.words[u] in PREP_WORDS
                                       for u in range(v + 1, t + 1))):
                # قبل أن يتوجه إلى الرياض: the main clause's subject, when no subject follows the verb and
                # no other verb stands between (not after a relative clause's: التي رحب بها أجاويد)
                ref = self._same_sentence_subject(s, rec)
                if ref is not None and ref.mention.end <= j and self._agrees(a, ref.mention) and not any(
                        any(r[1] == "V" for r in self.tables.forms.get(s.an[t].key, ())) and s.cover[t] is None
                        for t in range(ref.mention.end, j - 1)):
                    return ref, "carry"
            if s.has(j, "SUBORD") and s.an[j].suf:
                b = s.cover[j - 1] if j > 0 else None
                if b is not None and b.bare and not b.code and not b.members and b.start > 0 and \
                        s.has(b.start - 1, "REPORT"):
                    # the reporter the text does not place says it of itself (وأعلنت الحكومة أنها ستتقدم
                    # بشكوى): not some other actor the pronoun might reach
                    return None, ""
                ref = self.resolve_pronoun(s, j, s.an[j].suf, rec, prefer=self._same_sentence_subject(s, rec))
                if ref is not None:
                    return ref, "pron"
        # VSO: the first actor after the verb, past adverbs, dates, quantities, titles (صاحب
        # السمو الملكي) and a preposition with a pronoun (نددت بها كل من مصر والسعودية)
        if not conj and j >= 0 and s.words[j] in ("،", ",") and v + 1 < s.n and (
                s.an[v + 1].key in ("خلالها", "خلاله") or
                s.an[v + 1].key == "خلال" and s.an[v + 1].suf in ("ها", "ه")) \
                and rec.last_subject is not None and rec.last_subject.sent is s and \
                self._agrees(a, rec.last_subject.mention) and self._meeting_before(s, j - 1) and \
                not (v + 2 < s.n and "PLURAL2" in s.cls[self._skip_adverbs(s, v + 2)]):
            # "during which" after the tour the clause before named (قام مبارك بجولة شملت بغداد والكويت وجدة، التقى
            # خلالها الرئيس صدام حسين): the one on the tour met those after it (not "the two sides" after it,
            # who are the subject: وقّع خلالها البلدان عقودا)
            return rec.last_subject, "carry"
        p = self._skip_adverbs(s, v + 1)
        counted = False  # (آلاف من أنصار الصدر: a quantity, then من, then the subject)
        owned = False  # (فريق الرصد التابع للأمم المتحدة: the body's owner, after its ل)
        headed = False  # (مسؤولون في الحكومة السورية: the verb agrees with the head, not the body)
        while p < s.n and s.mention_at[p] is None:
            mk = s.mark(p, "TRANSPARENT") or s.mark(p, "TITLE")
            if mk is not None and mk[0] == "TITLE" and not s.an[p].al and s.an[p].key in _NAMED_BODY_HEADS:
                mk = None  # a body's head, not a rank (فريق الرصد التابع للأمم المتحدة، not الفريق أول)
            suf = s.an[p].suf if mk is not None and s.has(p, "TITLE") else _HONORIFIC_PRONOUNS.get(s.words[p])
            if suf in ("ه", "ها") and (p + 1 >= s.n or s.mention_at[p + 1] is None):
                # ثمّن فخامته الجهود القطرية، وتلقى سيادته اتصالا: an honorific with a pronoun is the one
                # it refers to
                ref = self.resolve_pronoun(s, p, suf, rec, prefer=rec.last_subject)
                if ref is not None:
                    return ref, "pron"
            if mk is not None:
                p = mk[2]
                headed = headed or mk[0] == "TRANSPARENT"
                if mk[0] == "TITLE" and p < s.n and s.mention_at[p] is None:
                    k = self._unknown_name_end(s, p)
                    if p < k <= p + 2 and k < s.n and s.mention_at[k] is not None and \
                            any(ps == k for ps, *_ in s.people):
                        p = k  # a first name spelled otherwise than the dictionaries' (المسيو ألكسي كوسيجين)
                if p + 1 < s.n and s.words[p] == "من" and s.mention_at[p + 1] is not None and \
                        mk[0] == "TRANSPARENT":
                    p += 1
                    counted = True
            elif _is_prep_pronoun(s, p):
                p += 1
            elif s.words[p].isdigit() and p + 1 < s.n and s.mention_at[p + 1] is not None:
                p += 1  # دانت 15 دولة غربية، بينها فرنسا
            elif s.an[p].key in _HONORIFICS and not s.an[p].al and not s.an[p].pre and not s.an[p].suf and \
                    p + 1 < s.n and s.mention_at[p + 1] is not None and s.mention_at[p + 1].kind in (K_AGENT, K_PERSON):
                p += 1  # وقّع سيادة الرئيس محمود عباس، دولة رئيس مجلس الوزراء (سيادة, دولة are nouns elsewhere)
            elif s.an[p].key in PLACE_WORDS and not s.an[p].al and not s.an[p].pre and p + 1 < s.n and \
                    s.mention_at[p + 1] is not None and s.mention_at[p + 1].kind in (K_COUNTRY, K_METONYM):
                p += 1  # استضافت مدينة جدة: the city named after its place word
            elif s.an[p].key in _BODY_HEADS and not s.an[p].al and not s.an[p].pre and not s.an[p].suf and \
                    p + 1 < s.n and s.mention_at[p + 1] is not None and s.mention_at[p + 1].prep == "" and \
                    s.mention_at[p + 1].kind in (K_ORG, K_AGENT) and s.mention_at[p + 1].code:
                p += 1  # قرر مجلس جامعة الدول العربية: a body of the organisation named after it acts for it
            elif s.words[p] == "الي" and p == self._skip_adverbs(s, v + 1) and \
                    (pe := self._arrival_place_end(s, p + 1)) > p + 1 and \
                    (q := self._delegation_of(s, self._skip_titles(s, self._skip_counts(
                        s, self._skip_adverbs(s, pe))))) < s.n and \
                    s.mention_at[q] is not None and \
                    s.mention_at[q].prep == "" and not s.mention_at[q].adjective and s.mention_at[q].code and \
                    not s.mention_at[q].bare and \
                    (s.mention_at[q].code[3:6] not in _NOT_VISITORS or self._in_delegation(s, q) or
                     self._arriving_force(s, s.mention_at[q])) and \
                    s.mention_at[q].kind in (K_AGENT, K_PERSON, K_ORG) and \
                    self._agrees(a, s.mention_at[q]):
                # the place of arrival before the subject (وصل إلى بيروت وزير الخارجية الفرنسي): the actor
                # after it, the pattern read from the verb (not people whose arrival is no visit: وصل إلى
                # العاصمة السيراليونية 165 طبيبا كوبيا, medical aid; but a state's forces, whose arrival
                # is a deployment: وصلت إلى ميناء اللاذقية وحدات من القوات المسلحة المصرية)
                return _Ref(s.mention_at[q], s, "vso"), "late"
            elif (named := self._named_body_end(s, p)) > p:
                p = named  # أعلن المجلس الوطني لحماية الوطن الحاكم في النيجر؛ دول تحالف الساحل (مالي وبوركينا)
                owned = headed = s.mention_at[p].prep in ("ل", "في")  # (the verb agrees with the body, not
                # its owner)
            else:
                break
        if p < s.n and s.mention_at[p] is None and s.an[p].key in _STATE_NOUNS and not s.an[p].pre:
            # states the dictionaries place nowhere, among them the ones named (أدانت دول عربية، منها
            # مصر والأردن، الهجوم)
            for e in range(p + 1, min(s.n, p + 4)):
                if s.boundary[e]:
                    k = e + 1
                    if k + 1 < s.n and s.words[k] == "من" and s.words[k + 1] in _INCLUDING:
                        k += 1  # (، من بينها مصر والأردن)
                    m = s.mention_at[k + 1] if k + 1 < s.n else None
                    if s.words[e] in ("،", ",") and k < s.n and s.words[k] in _INCLUDING and m is not None and \
                            m.prep in ("", "بين", "من") and m.code and not m.adjective:
                        return _Ref(m, s, "vso"), "vso"
                    break
        if p < s.n and (s.an[v].pre.startswith("و") or v > 0 and s.words[v - 1] == "كما") and \
                s.mention_at[p] is not None:
            m = s.mention_at[p]
            last = rec.last_subject  # (and after كما: كما استدعت وزارة الشؤون الخارجية القائم بالأعمال)
            if m.bare and not m.code and not m.members and home_role(m) and m.prep == "" and \
                    m.start == self._skip_adverbs(s, v + 1) and last is not None and last.sent is s and \
                    len(last.mention.code) >= 3 and not last.mention.code.startswith(("IGO", "NGO", "IMG")) and \
                    not last.mention.members and last.mention.code[:3] not in _AREAS and self._agrees(a, m) and \
                    self._actor_in_clause(s, m.end):
                # a state body named bare after "and" and a verb, in the sentence of a state's act
                # (طالبت الحكومة العراقية أنقرة بسحب قواتها، واستدعت وزارة الخارجية السفير التركي): that
                # state's, the subject of its own clause
                m.code, m.bare = last.mention.code[:3] + m.role, False
                m.srcs = m.srcs + last.mention.srcs[:1]
        if p < s.n:
            m = s.mention_at[p]
            if m is not None and not m.adjective and (not m.bare or (m.role in ("COP", "JUD", "MIL", "SPY") and not m.members)
                                                      or (m.role == "LEG" and not m.members and
                                                          (m.start == self._skip_adverbs(s, v + 1) or headed))
                                                      or _bare_people(s, m) or
                                                      (m.bare and (m.plural and m.role in ("CVL", "OPP", "LAB") or
                                                                   m.role in _GUNMEN_ROLES) and
                                                       m.start == self._skip_adverbs(s, v + 1) and
                                                       not m.members and not any(
                                                           r[1] == "V" for r in self.tables.forms.get(s.an[m.start].key, ())))) \
                    and not m.anaphor and (m.prep == "" or counted and m.prep == "من" or
                                           owned and m.prep in ("ل", "في")) and \
                    (headed or self._agrees(a, m)) and not self._oblique_plural(s, v, m):
                # (indefinite people right after the verb are its subject too: رشق محتجون غاضبون عناصر الأمن)
                e = m.end
                if e + 2 < s.n and s.words[e] in ("،", ",") and s.words[e + 1] in _INCLUDING and \
                        s.mention_at[e + 2] is not None and s.mention_at[e + 2].prep in ("", "بين", "من") and \
                        s.mention_at[e + 2].code and not s.mention_at[e + 2].adjective:
                    # several states, among them the ones named (استدعت عدة دول أوروبية، بينها ألمانيا
                    # وفرنسا، السفراء الروس): the named ones act
                    return _Ref(s.mention_at[e + 2], s, "vso"), "vso"
                return _Ref(m, s, "vso"), "vso"
        if not conj and v > 0 and s.words[v - 1] in ("،", ",") and (a.suf or _is_prep_pronoun(s, v + 1)):
            # a clause after a comma that refers back with a pronoun continues the one before
            # (استقبل X Y، بحث معه ...؛ تلقى X اتصالا من Y، هنأه فيه ...)
            conj = True
        if not conj and j >= 0 and s.words[j] in _SAME_SUBJECT_LINKS and rec.last_subject is not None and \
                rec.last_subject.sent is s and self._agrees(a, rec.last_subject.mention) and \
                not self._actor_in_clause(s, v + 1):
            # a clause that explains or continues the one before (ردت الجزائر بالمثل، إذ قررت
            # استدعاء سفيريها؛ ثم أعلن) has its subject when it names no other
            conj = True
        elif not conj and j >= 0 and s.words[j] in _SAME_SUBJECT_LINKS and not self._actor_in_clause(s, v + 1) and \
                (rec.last_subject is None or rec.last_subject.sent is not s):
            # the verb before the link coded nothing, so set no subject (ولحقت البحرين بالرياض، إذ
            # طلبت من السفير): the subject of that verb, the nearest one before it in the sentence
            # (a verb the lexicon does not know: the actor at the clause's start, before or after
            # its first word)
            c = next((k + 1 for k in range(j - 1, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")), 0)
            m = next((m for m in s.mentions if c <= m.start <= c + 1 and m.end <= j), None)
            if m is not None and m.prep == "" and not m.adjective and not m.bare and not m.anaphor and \
                    m.code and self._agrees(a, m):
                return _Ref(m, s, "carry"), "carry"
        if not conj and j >= 0 and v + 1 < s.n and (s.an[v + 1].key in ("خلالها", "خلاله") or (
                s.an[v + 1].key == "خلال" and s.an[v + 1].suf in ("ها", "ه"))) and \
                rec.last_subject is not None and rec.last_subject.sent is s and \
                self._agrees(a, rec.last_subject.mention) and self._meeting_before(s, j):
            # a clause describing the visit or the tour just named (حلت ميلوني بتونس في زيارة قصيرة التقت
            # خلالها الرئيس؛ قام مبارك بجولة شملت بغداد والكويت وجدة، التقى خلالها): its subject is the visitor
            conj = True
        if conj and rec.last_subject is not None and rec.last_subject.sent is s:
            r = next((t for t in range(v - 1, rec.last_subject.mention.end - 1, -1)
                      if s.words[t] in _RELATIVES or (s.boundary[t] and s.words[t] not in ("،", ","))), -1)
            if r > 0 and s.words[r] in _RELATIVES and not any(s.words[t] in ("،", ",") for t in range(r, v)):
                # a verb coordinated inside a relative clause (التفجير الذي دمر الفندق وقتل 53 شخصا) is the
                # relative's, not the main clause's subject's
                ref = self._antecedent(s, r)
                return (ref, "relative") if ref is not None else (None, "")
            # a coordinated clause of the same sentence keeps its subject (لم تخف روسيا دعمها ...
            # وعبرت عن تأييدها); a new sentence that opens with و does not inherit one
            return rec.last_subject, "carry"
        if j >= 0 and a.suf and _RELATIVE_PRONOUNS.get(s.words[j]) == a.suf and not conj and \
                rec.last_subject is not None and rec.last_subject.sent is s and rec.last_subject.mention.end <= j \
                and self._agrees(a, rec.last_subject.mention) and \
                any(r[1] == "V" and r[3][0] == "3" for r in self.tables.forms.get(a.key, ())):
            # a relative clause whose object pronoun is its antecedent and whose subject is not named
            # (أمر آبي أحمد الجيش بالرد على الجبهة التي اتهمها بمهاجمة قاعدة): the sentence's subject
            return rec.last_subject, "carry"
        p0 = self._skip_adverbs(s, v + 1) if any(s.an[k].key in _AUTHORED for k in range(v + 1, min(s.n, v + 6))) \
            else s.n
        if p0 < s.n and s.mention_at[p0] is None and s.an[p0].al and not s.an[p0].pre and not s.an[p0].suf and \
                s.an[p0].key in _AUTHORED and any(r[1] == "V" and r[3] == _AUTHORED[s.an[p0].key]
                                                  for r in self.tables.forms.get(a.key, ())):
            # the statement, the letter or the report as the subject (واتهم البيان المنظمة بأنها ...):
            # its author, the subject of the sentence before (or the first actor it names)
            author = self._author(s, v, rec)
            if author is not None:
                return author, "statement"
        if not a.suf and {r[3] for r in self.tables.forms.get(a.key, ()) if r[1] == "V"} <= {"3md", "3fd"} and \
                self.tables.forms.get(a.key):
            # a dual verb with no subject of its own (وترأس الزعيمان الاجتماع، ووقعا على إعلان مشترك):
            # the pair named last before it in the sentence
            for m in reversed(s.mentions):
                if m.end <= v and m.members and len(m.members) == 2 and not m.adjective and m.prep == "":
                    return _Ref(m, s, "pron"), "pron"
        return None, ""

    @staticmethod
    def _author(s: Sentence, v: int, rec: _Record) -> _Ref | None:
        """Who issued the statement a verb at ``v`` has as its subject: the subject of this
        sentence before it, else of the sentence before, else the first actor that sentence
        names with no preposition (وأعربت السعودية والولايات المتحدة، في بيان مشترك، عن ...)."""
        last = rec.last_subject
        if last is not None and last.sent is s:
            return last if last.mention.end <= v and last.mention.code else None
        prev = rec.history[-1][0] if rec.history and rec.history[-1][0] is not s else None
        if prev is None:
            return None
        if last is not None and last.sent is prev and last.mention.code:
            return last
        m = next((m for m in prev.mentions if m.prep == "" and not m.adjective and not m.anaphor and m.code), None)
        return _Ref(m, prev, "author") if m is not None else None

    @staticmethod
    def _actor_in_clause(s: Sentence, p: int) -> bool:
        """Whether an actor with no preposition follows ``p`` in its clause (a subject after
        the object: حيث وقّع الاتفاقيتين سمو الشيخ عبدالله بن زايد)."""
        while p < s.n and not s.boundary[p]:
            m = s.mention_at[p]
            if m is not None and m.prep == "" and not m.adjective and not m.bare and not (
                    p > 0 and not s.an[p - 1].al and not s.an[p - 1].pre and not s.marks[p - 1] and
                    s.cover[p - 1] is None and s.words[p - 1].isalpha() and s.words[p - 1] not in PREP_WORDS and
                    (s.words[p - 1].endswith("ة") or
                     not all(r[1] == "V" for r in s.tables.forms.get(s.an[p - 1].key, ((0, "V"),))))):
                # (not the genitive of a verbal noun before it: طلبت من السفير مغادرة المنامة)
                return True
            p += 1
        return False

    @staticmethod
    def _genitive(s: Sentence, m: Mention) -> bool:
        """Whether mention ``m`` is the genitive of the plain noun before it (موظفي | الأمم
        المتحدة): then it is no subject of the verb after it."""
        k = m.start - 1
        if k < 0 or s.boundary[k] or s.cover[k] is not None or s.marks[k] or s.an[k].al or s.an[k].pre:
            return False
        w = s.words[k]
        return w.isalpha() and not w.isdigit() and w not in PREP_WORDS and not s.tables.forms.get(s.an[k].key)

    @staticmethod
    def _decision_before(s: Sentence, r: int) -> bool:
        """Whether the relative pronoun at ``r`` follows a decision, resolution, law or decree
        (القرار 1970 الذي، مرسوما رئاسيا الذي)."""
        j = r - 1
        while j > 0 and j > r - 4 and (s.words[j].isdigit() or s.words[j] in ("رقم", "،", ",") or
                                      (s.cover[j] is None and not s.an[j].pre and s.an[j].key not in _DECISIONS
                                       and s.an[j].key.endswith(("ي", "ية")))):
            j -= 1  # القرار رقم 2254، المرسوم الرئاسي
        return j >= 0 and s.an[j].key in _DECISIONS and not s.an[j].suf

    @staticmethod
    def _plural_people_before(s: Sentence, i: int) -> _Ref | None:
        """The nearest plural people or group named before ``i`` in its sentence (المتظاهرين،
        أنصار المعارضة، حزب الله وحركة أمل), within a clause-length, or None."""
        for m in reversed(s.mentions):
            if m.end > i or m.adjective or m.anaphor:
                continue
            if i - m.end > 14:
                return None
            if any(x.kind in (K_COUNTRY, K_METONYM) for x in m.flat()):
                continue  # (places named on the way: في القاهرة والإسكندرية والسويس مطالبين)
            if (m.plural or (m.members and len(m.members) > 1)) and (m.code or _bare_people(s, m)):
                return _Ref(m, s, "participle")
        return None

    @staticmethod
    def _delegation_of(s: Sentence, q: int) -> int:
        """After a delegation's word and من (وفد من كبار ضباط الجيش السوري), where the body it comes from
        is named; else ``q``."""
        if q + 2 < s.n and s.mention_at[q] is None and s.an[q].key in _DELEGATIONS and not s.an[q].suf and \
                s.words[q + 1] == "من":
            k = q + 2
            while k < min(s.n, q + 5) and s.mention_at[k] is None and s.has(k, "TRANSPARENT"):
                k = s.mark(k, "TRANSPARENT")[2]
            if k < s.n and s.mention_at[k] is not None:
                return k
        return q

    def _in_delegation(self, s: Sentence, q: int) -> bool:
        """Whether the actor at ``q`` is named as where a delegation comes from (وفد من الجيش السوري)."""
        return any(self._delegation_of(s, t) == q for t in range(max(0, q - 4), q - 1))

    @staticmethod
    def _marchers(s: Sentence, i: int) -> _Ref | None:
        """The people of the place a march or a protest before ``i`` in its clause is held in, when the
        clause names no one who holds it: the place's civilians (a mention of the place, coded CVL)."""
        c = next((k + 1 for k in range(i - 1, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")), 0)
        march = next((k for k in range(c, i) if "PROTEST" in s.cls[k]), -1)
        if march < 0 or any(m.code and c <= m.start < march and not m.prep and not m.adjective for m in s.mentions) \
                or (s.mention_at[march + 1] is not None and s.mention_at[march + 1].adjective):
            return None  # (not a drone: مسيرة إسرائيلية)
        for m in s.mentions:
            if march < m.start and m.end <= i and m.prep in ("في", "ب", "") and not m.members and \
                    m.kind in (K_COUNTRY, K_METONYM) and len(m.code) == 3:
                return _Ref(Mention(m.start, m.end, m.code + "CVL", K_AGENT, m.srcs), s, "clause")
        return None

    def _clause_actor(self, s: Sentence, i: int, rec: _Record) -> _Ref | None:
        """Who does what the clause before ``i`` does: its subject when a verb set one, else the
        first actor named from its start that has no preposition."""
        last = rec.last_subject
        if last is not None and last.sent is s and last.mention.end <= i:
            return last
        c = next((k + 1 for k in range(i - 1, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")), 0)
        for m in s.mentions:
            if c <= m.start and m.end <= i and m.prep == "" and not m.adjective and not m.anaphor and \
                    (m.code or _bare_people(s, m)):
                return _Ref(m, s, "clause")
        return None

    @staticmethod
    def _holder(tgt: _Ref) -> _Ref | None:
        """Who holds the people a release frees, when the text says it right after them (عامل الإغاثة
        البلجيكي المسجون في إيران، مواطنين أمريكيين كانوا محتجزين لدى روسيا): the state or group named
        after the participle of holding, or None."""
        s = tgt.sent
        k = tgt.mention.end
        if s.an[k - 1].key in _HOLDING and k - 1 > tgt.mention.start:
            k -= 1  # (a name taken in whole with the word after it)
        stop = min(s.n, k + 5)
        while k < stop and (s.words[k] in ("،", ",", "الذين", "الذي", "التي") or s.an[k].key in ("كان", "كانوا") or (
                # the name the dictionaries do not know (عامل الإغاثة البلجيكي أوليفييه فانديكاستيل)
                not s.an[k].al and not s.an[k].pre and not s.an[k].suf and not s.an[k].flags and
                s.words[k].isalpha() and s.mention_at[k] is None and not s.marks[k])):
            k += 1
        if k + 2 >= s.n or s.an[k].key not in _HOLDING or s.words[k + 1] not in ("في", "لدي"):
            return None
        m = s.mention_at[k + 2]
        if m is None or m.members or not m.code or m.adjective or m.code[:3] == tgt.mention.code[:3]:
            return None
        return _Ref(m, s, "holder")

    @staticmethod
    def _opening_actor(s: Sentence, i: int) -> _Ref | None:
        """The actor that opens the clause before ``i`` as its subject, right after its verb or
        before it (أخطرت فرنسا وبريطانيا وألمانيا مجلس الأمن ...، متهمة طهران), when no verb
        the dictionaries know has set a subject: the first actor with no preposition in the
        clause's first words, if it has a code."""
        c = next((k + 1 for k in range(i - 1, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")), 0)
        for m in s.mentions:
            if m.start < c or m.start >= i:
                continue
            if m.start - c > 2 or m.end > i:
                return None
            if m.prep or m.adjective or m.anaphor:
                continue
            if any(s.an[t].key in PREP_WORDS or s.has(t, "PREP") for t in range(c, m.start)):
                return None  # a place the clause opens with (وفي العاصمة كينشاسا، هاجم محتجون)
            return _Ref(m, s, "clause") if m.code else None
        return None

    def _commanded(self, s: Sentence, i: int, rec: _Record) -> _Ref | None:
        """Who does an act ordered with ب (أمر الجيش بشن عملية ضد ...، وجه القوات بالرد): the force
        ordered, when the text names it as an actor; else the one who orders it (أمر قوات الدفاع
        الوطني بشن عملية: a force the dictionaries do not place acts for the orderer)."""
        for v in range(i - 1, max(-1, i - 7), -1):
            if s.boundary[v]:
                return None
            if s.cover[v] is not None or s.an[v].al:
                continue
            if not _COMMANDING.isdisjoint(self._lemmas_of(s.an[v].key)) and any(
                    r[1] == "V" for r in self.tables.forms.get(s.an[v].key, ())):
                obj = next((s.mention_at[t] for t in range(v + 1, i) if s.mention_at[t] is not None), None)
                if obj is not None and obj.prep == "" and obj.code and not obj.adjective and not obj.members:
                    return _Ref(obj, s, "ordered")
                last = rec.last_subject
                if last is not None and last.sent is s and last.mention.end <= v and last.mention.code:
                    return last
                return None
        return None

    def _decision_maker(self, s: Sentence, r: int, rec: _Record) -> _Ref | None:
        """The subject of the adopting verb (اعتمد، أصدر، أقر) before the decision that ends
        just before ``r``, or None (not رفضت روسيا القرار الذي: rejecting it is no making it).
        The next clause of the decision keeps it (ويجمد أصول)."""
        lemmas = self.tables.lemmas
        top = r - 1
        while True:
            k = next((k for k in range(top, -1, -1) if s.boundary[k] and s.words[k] not in ("،", ",")
                      or (s.cover[k] is None and not s.an[k].suf and not s.an[k].al
                          and not (k > 0 and (s.words[k - 1].isdigit() or s.has(k - 1, "TRANSPARENT")))
                          and (self._only_verb(s.an[k].key) or (
                              self._verb_position(s, k) and any(
                                  x[1] == "V" and normalize(lemmas[x[0]][0]) in _ADOPTING
                                  for x in self.tables.forms.get(s.an[k].key, ())))))),
                     -1)  # (not الاثنين, "they praised" unvowelled, nor a word counted, بأغلبية 14 صوتا; تبنى
            # at the head of its clause, also a noun)
            adopting = k >= 0 and not s.boundary[k] and any(normalize(lemmas[x[0]][0]) in _ADOPTING
                                                             for x in self.tables.forms[s.an[k].key])
            if not adopting and k >= 2 and not s.boundary[k] and s.words[k - 1] in _RELATIVES and \
                    s.words[k - 2] in ("،", ","):
                top = k - 3  # the verb of a relative clause on the subject (تبنى المؤتمر، الذي اختتم أعماله، قرارا)
                continue
            break
        if not adopting:
            return None
        ref = self._subject(s, k, rec)[0]
        if ref is not None:
            rec.last_subject = ref
        return ref

    def _antecedent(self, s: Sentence, r: int) -> _Ref | None:
        """The actor a relative pronoun at ``r`` refers to: the mention that ends just
        before it (or before a comma), or a nisba that names the owner of the noun before
        it (القصف المدفعي التركي الذي). None for a non-actor antecedent."""
        j = r - 1
        if j > 0 and s.words[j] in ("،", ","):
            j -= 1
        k = 0
        while k < 2 and j > 0 and s.cover[j] is None and self._adjective_like(s, j):
            j -= 1  # رئيس جمهورية إيران الإسلامية، الذي
            k += 1
        m = s.cover[j] if j >= 0 else None
        if m is None or m.end != j + 1 or (m.bare and not m.members and m.role not in _PEOPLE_ROLES) or m.anaphor:
            return None
        return _Ref(m, s, "relative")

    def _people_unlike(self, a, m: Mention) -> bool:
        """Whether people named before a verb, a masculine plural (المحتجين، الناشطون), cannot be
        its subject because the verb is feminine singular: after its subject a verb agrees in
        full (تظاهر آلاف المحتجين، واعتقلت الشرطة: the police arrested, not the protesters)."""
        if not m.plural or m.members or m.gender == "f" or m.role not in ("CVL", "OPP", "LAB"):
            return False
        pgns = {r[3] for r in self.tables.forms.get(a.key, ()) if r[1] == "V" and r[3][0] == "3"}
        return bool(pgns) and pgns <= {"3fs"}

    def _agrees(self, a, m: Mention, third: bool = False) -> bool:
        """Whether a verb can have ``m`` as its subject by gender: a clearly
        masculine singular verb does not take a feminine actor, nor the reverse.
        People are left alone (their gender is not in the dictionaries). A dual verb never
        takes one singular actor (الصحفيين اللذين أفرجت عنهما حركة طالبان وصلا: not the movement)."""
        if m.members or m.plural:
            return True
        pgns = {r[3] for r in self.tables.forms.get(a.key, ()) if r[1] == "V"}
        if pgns and pgns <= _NONSINGULAR_PGN and m.kind in (K_PERSON, K_COUNTRY, K_METONYM, K_ORG) and \
                self._only_verb(a.key):
            return False  # (a role noun may be a dual: طرفي النزاع وقعا; تضامنا is also "in solidarity")
        if m.kind == K_PERSON or not m.gender or not pgns:
            return True
        if third:
            # (as news tell it: ورفضت is "she rejected", not "I" or "you"; used only to choose between the
            # actor after a verb and the subject carried from the clause before)
            pgns = {p for p in pgns if p[0] == "3"} or pgns
        if m.gender == "f":
            return not pgns <= {"3ms", "3mp", "3md"}
        return not pgns <= {"3fs", "3fp", "3fd"}

    # ------------------------------------------------------------------
    # nouns

    @staticmethod
    def _partner_is_no_actor(s: Sentence, p: int, code: str = "") -> bool:
        """Whether the words at ``p`` name the act's partner as something that is no actor
        (تعاون البلدين مع جهود الوساطة; for a withdrawal, what it is from: أعلنت السعودية والإمارات
        انسحابهما من الهيئة العربية للتصنيع): then the coordinated parties are not each other's."""
        return p + 1 < s.n and (s.words[p] in ("مع", "بين") or s.words[p] == "من" and code[:3] == "087") and \
            s.mention_at[p + 1] is None and s.cover[p + 1] is None and not s.boundary[p + 1]

    def _only_verb(self, key: str) -> bool:
        """Whether a word can only be a verb (طالبت، أعلن), not also a noun or a participle."""
        readings = self.tables.forms.get(key)
        return bool(readings) and all(r[1] == "V" for r in readings)

    def _adjective_like(self, s: Sentence, q: int) -> bool:
        if q >= s.n or s.boundary[q] or s.mention_at[q] is not None or s.cover[q] is not None or \
                s.words[q] in _RELATIVES:
            return False  # (a relative pronoun opens a clause: الغارة الجوية التي دمرت مبنى القنصلية الإيرانية)
        a = s.an[q]
        if a.pre[-1:] in ("ب", "ل", "ك") or s.words[q] in PREP_WORDS or \
                (s.marks[q] and not (s.cls[q] == _ADVERB_ONLY and s.words[q].endswith("ا"))):
            return False  # (an adverb in the accusative is one: إغلاقا مؤقتا لجميع المنافذ)
        if any(not rest and (E_SYN, name) in _OWNED_ELEMS for rest, name in self.tables.syn_first.get(a.key, ())):
            return False  # a site (استهداف السفن الإسرائيلية): the nisba after it is its owner's
        if a.suf:
            return False  # a noun with a pronoun is no adjective (قطع السعودية | علاقاتها الدبلوماسية)
        if self.tables.forms.get(a.key):
            # a word that is itself a trigger form is not an adjective, but participles are
            return all(r[1] == "P" for r in self.tables.forms[a.key])
        return True

    @staticmethod
    def _suspects_act(s: Sentence, i: int) -> bool:
        """Whether the act's noun at ``i`` is what suspects or defendants named just before are
        suspected of or charged with (المشتبه بهما في تفجير لوكربي، المتهمين بقتل): alleged, not told as
        done."""
        k = i - 1
        if k >= 0 and s.words[k] == "في":
            k -= 1
        elif not s.an[i].pre.endswith("ب"):
            return False
        m = s.cover[k] if k >= 0 else None
        return m is not None and m.end == k + 1 and not m.members and (
            m.code[3:6] == "CRM" or m.bare and m.role == "CRM")

    def _noun(self, s: Sentence, i: int, head_end: int, pos: str, patterns, rec: _Record, trace):
        n = s.n
        if i > 0 and s.words[i - 1] in _RELATIVES and s.an[i].suf and not s.an[i].pre and \
                any(r[1] == "V" for r in self.tables.forms.get(s.an[i].key, ())):
            # a relative clause opens with a verb: الاجتماع الذي استضافته القاهرة is "hosted it", not "his
            # hosting"
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": "after a relative pronoun: a verb, not a verbal noun"})
            return None
        if i > 0 and s.an[i].al and not s.an[i].pre and s.an[i - 1].key in _FRAME_HEADS and not s.an[i - 1].al \
                and s.mention_at[i - 1] is None and s.cover[i - 1] is None:
            # the genitive of a venue, a body or a field names its subject, not an act
            # (منتدى الاستثمار، صندوق الدعم، قطاع الطاقة)
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": f"the genitive of {s.words[i - 1]!r}: not an event"})
            return None
        if (pos == "P" or (s.an[i].key.startswith("م") and s.an[i].key.endswith(("ين", "ون")))) and \
                s.an[i].al and not s.an[i].pre and i > 0 and s.cover[i - 1] is not None and \
                s.cover[i - 1].end == i and not s.cover[i - 1].adjective or \
                pos == "P" and not s.an[i].al and not s.an[i].pre and i > 0 and s.an[i - 1].key in _PEOPLE_NOUNS and \
                not s.an[i - 1].al and not s.an[i - 1].suf:
            # a definite participle after the people it describes names a standing attitude, not an
            # act of cooperation (المحتجين المؤيدين للاتحاد الأوروبي، الدول الداعمة لأوكرانيا)
            patterns = [pt for pt in patterns if pt[0][:2] >= "09"]
            if not patterns:
                if trace is not None:
                    trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                                  "result": "a participle describing the actor before it: not an event"})
                return None
        if self._treaty_topic(s, i, patterns, trace):
            return None
        ctx = self.context(s, i, rec, verb=False)
        if self._suspects_act(s, i):
            ctx["allege"] = True
        # modality words after the noun: الزيارة المرتقبة، الهجوم المحتمل، الدعم المزعوم
        q = head_end
        while q < n and s.mention_at[q] is None and s.marks[q]:
            classes = {mk[0] for mk in s.marks[q]}
            if "ALLEGE" in classes and not s.an[q].key.startswith("مزعوم"):
                classes.discard("ALLEGE")  # the allegations a noun governs (رفض الاتهامات) are its object
            if not classes & {"INTENT", "HYPO", "ALLEGE"}:
                break
            if "INTENT" in classes:
                ctx["future"] = True
            if "HYPO" in classes:
                ctx["cond"] = True
            if "ALLEGE" in classes:
                ctx["allege"] = True
            q = max(mk[2] for mk in s.marks[q])
        after_mod = q
        # the agent: a nisba right after the noun or after one adjective (العقوبات الاقتصادية الأمريكية)
        agent: _Ref | None = None
        p = after_mod
        m = s.mention_at[q] if q < n else None
        if m is None and self._adjective_like(s, q) and q + 1 < n:
            m = s.mention_at[q + 1]
        if m is not None and m.adjective and m.prep == "" and m.code[:3] in _AREAS:
            m = None  # جولة خليجية، القمة الإفريقية: a region's nisba says where, not who
        if m is not None and m.adjective and m.start > after_mod and pos == "P" and \
                ctx["gov_cls"] in ("", "LIGHT") and self._adverbial_accusative(s, i):
            m = None  # a participle after the clause, then its object and the object's nisba (، منتقدا
            # النهج الروسي): the clause's subject criticises, the nisba's country is criticised
        if m is not None and m.adjective and m.prep == "":
            agent = _Ref(m, s, "nisba")
            gs = ctx["gov_subject"]
            if m.code == "EUR" and not m.members and gs is not None and gs.mention.code.startswith("IGOEUR"):
                agent = gs  # كشفت رئيسة المفوضية عن حزمة مساعدات أوروبية: Europe's aid is the Union's that announces it
            p = m.end
            if p < n and s.mention_at[p] is None:
                classes = {mk[0] for mk in s.marks[p]}
                if "ALLEGE" in classes:
                    ctx["allege"] = True  # تمويل ليبي مزعوم
                if "HYPO" in classes:
                    ctx["cond"] = True
                if "INTENT" in classes:
                    ctx["future"] = True
            p = self._skip_adj_from(s, m.end)
        if agent is None and after_mod < n:
            w = s.mention_at[after_mod]
            if w is not None and w.prep == "ب" and w.kind == K_AGENT and w.code[3:6] == "MIL" and not w.members:
                # an attack by a weapon of a country's forces: ضربة بطائرة مسيرة أمريكية
                agent = _Ref(w, s, "instrument")
                p = w.end
        if agent is None and "INSTRUMENT" in s.present and patterns and \
                any(pt[0][:2] in ("18", "19", "20") for pt in patterns):
            # who fired, after the victim (اغتيال إسماعيل هنية في غارة إسرائيلية، مقتل ثلاثة جنود برصاص
            # قناص): the killing is theirs, the victim its target
            agent = self._casualty_agent(s, i, first=True)[0]
        genitive = None
        purpose = False
        if agent is None and ctx["gov_cls"] == "" and not s.an[i].suf and patterns and \
                all(pt[0][:2] in ("17", "20", "--") for pt in patterns):
            # the arrests or expulsions an act "resulted in" (داهم الجيش الحي، ما أدى إلى توقيف ثلاثة؛ مداهمات
            # نفذها الجيش وأسفرت عن ترحيل عشرات اللاجئين): whoever did the act makes them (not a release or a
            # pledge, which the parties a mediation or a meeting brought together make)
            agent = self._result_agent(s, i, rec)
        gq = self._skip_titles(s, after_mod)  # an honorific before the genitive (استقبال جلالة الملك للوفد)
        g = s.mention_at[gq] if gq < n else None
        if agent is None and g is not None and g.prep == "" and not g.adjective and pos != "P" and not s.an[i].suf \
                and not (ctx["gov_cls"] in ("", "LIGHT") and self._adverbial_accusative(s, i)) and \
                not (g.kind == K_METONYM and not g.members and s.an[i].key in _GATHERINGS):
            # (a gathering named after its city, قمة طرابلس، مؤتمر مدريد، is held there, not by it)
            # (a noun with a possessive has no genitive: دعوته ألمانيا إلى is his call on Germany;
            # nor has an indefinite accusative: ، مطالبا القوات السورية بالانسحاب)
            genitive = g
        copula_object = None
        if agent is None and s.an[i].suf and ctx["gov_cls"] == "COPULA" and i > 0 and s.words[i - 1] == "في" \
                and after_mod < n and s.mention_at[after_mod] is not None and \
                not s.mention_at[after_mod].adjective and s.mention_at[after_mod].prep == "":
            # كان في استقباله رئيس الوزراء: the actor after the noun does it, the pronoun is its object
            agent = _Ref(s.mention_at[after_mod], s, "copula")
            copula_object = self.resolve_pronoun(s, i, s.an[i].suf, rec, prefer=self._same_sentence_subject(s, rec),
                                                 avoid=agent)
            p = agent.mention.end
        elif agent is None and genitive is not None and not s.an[i].suf and ctx["gov_cls"] == "COPULA" and i > 0 \
                and s.words[i - 1] == "في":
            # وكان في استقبال الرئيس الأسد لدى وصوله ... ولي العهد: the genitive is the guest, the
            # actor after it (past a phrase on his arrival) the host
            for j in range(genitive.end, min(n, genitive.end + 14)):
                if s.boundary[j] and not self._adverbial_comma(s, j):
                    break
                m2 = s.mention_at[j]
                if m2 is not None and not m2.adjective and m2.prep == "" and m2.code and \
                        m2.code != genitive.code:
                    agent = _Ref(m2, s, "copula")
                    copula_object = _Ref(genitive, s, "object")
                    genitive = None
                    p = m2.end
                    break
        pron_object = None
        if agent is None and s.an[i].suf and patterns and (s.an[i].pre.endswith("ل") or s.an[i].pre.startswith("و")) \
                and all(pt[0][:2] in ("17", "18", "19", "20") or pt[0] == "---" for pt in patterns) and \
                (after_mod >= s.n or s.boundary[after_mod] or s.words[after_mod] in PREP_WORDS or
                 s.an[after_mod].pre[-1:] in ("ب", "ل") or s.cls[after_mod] & _ADVERBIAL_CLASSES or (
                     # an adverb in the accusative before a preposition (وترحيلهم قسرا إلى)
                     s.words[after_mod].endswith("ا") and not s.an[after_mod].al and not s.an[after_mod].pre and
                     s.mention_at[after_mod] is None and
                     (after_mod + 1 >= s.n or s.boundary[after_mod + 1] or s.words[after_mod + 1] in PREP_WORDS))):
            # the pronoun on a coercive or violent act with no object of its own after it is its
            # victim (لتفريقهم، باعتقال مئات اللاجئين وترحيلهم قسرا); an act of purpose is the clause
            # subject's (فأطلقت قوات الأمن الغاز لتفريقهم)
            pron_object = self.resolve_pronoun(s, i, s.an[i].suf, rec)
            last = rec.last_subject
            if s.an[i].pre.endswith("ل") and last is not None and last.sent is s and \
                    last.mention.end <= i and last.mention.code and (pron_object is None or last.mention.code[:3] not in
                                                                      {x.code[:3] for x in pron_object.mention.flat()}):
                agent = last
            p = self._skip_adj_from(s, after_mod)
        elif agent is None and self._convicted(s, i):
            # "after his conviction of" (بعد إدانته بتهمة): he is found guilty, by the court the clause names
            pron_object = self.resolve_pronoun(s, i, s.an[i].suf, rec)
            court = self._clause_subject(s, i, rec)
            if court is not None and court.mention.code[3:6] == "JUD" and (
                    pron_object is None or court.mention is not pron_object.mention):
                agent = court
            p = self._skip_adj_from(s, after_mod)
        elif agent is None and s.an[i].suf and not (s.an[i].key in _PATIENT_NOUNS and not self._object_after(s, i)):
            prefer = ctx["gov_subject"]
            if prefer is None and i > 0 and s.words[i - 1] in _WHEN_PREPS and not s.an[i].pre:
                # a noun in a phrase of time is the main clause's subject's act (أعلنت رئيسة المفوضية
                # ...، عقب لقائها الرئيس الموريتاني؛ قال الوزير خلال زيارته), unless another act named
                # since has its own doer (في ثاني زيارة للشرع ... بعد زيارته إلى السعودية)
                prefer = self._same_sentence_subject(s, rec)
                if prefer is not None and any(
                        m.end <= i and m.start >= prefer.mention.end and m.kind in (K_PERSON, K_AGENT, K_ORG)
                        and m.prep == "ل" and not m.adjective for m in s.mentions):
                    prefer = None
            agent = self.resolve_pronoun(s, i, s.an[i].suf, rec, prefer=prefer)
            if agent is None and s.an[i].suf == "هما" and i > 0 and s.words[i - 1] in _WHEN_PREPS and \
                    self._reciprocal(patterns) and \
                    (subj := self._same_sentence_subject(s, rec)) is not None and subj.mention.code and \
                    not subj.mention.members:
                # "their" meeting after a verb with a subject and an object (حث ترامب نظيره السوري، خلال
                # لقائهما، على): the two of them
                other = next((m for m in s.mentions if subj.mention.end <= m.start and m.end <= i and m.prep == "" and
                              m.code and not m.adjective and not m.members and
                              m.code[:3] != subj.mention.code[:3]), None)
                if other is not None:
                    agent, pron_object = subj, _Ref(other, s, "pronoun")
            p = self._skip_adj_from(s, after_mod)
            gs = ctx["gov_subject"]
            if agent is not None and gs is not None and ctx["gov_cls"] in ("REPORT", "INTENT", "LIGHT") and \
                    gs.mention.code and agent.mention.code and not gs.mention.members and \
                    agent.mention.code[:3] != gs.mention.code[:3]:
                # أعلنت السعودية اعتبار السفير الكندي شخصا غير مرغوب فيه وإمهاله 24 ساعة: the pronoun of
                # someone other than the announcer is the act's object; the announcer does it
                pron_object, agent = agent, gs
        if agent is None and genitive is None:
            p = self._skip_adj_from(s, after_mod)
            rel = self._relative_agent(s, p)
            if rel is not None:
                # غارة شنتها طائرات إسرائيلية على ...، المجازر التي ارتكبتها قوات الدعم السريع
                agent, p = rel
            elif ctx["gov_cls"] == "LIGHT" and ctx["gov_subject"] is None and ctx["gov_pos"] is not None and \
                    "PROTEST" in s.cls[i] and s.an[i].key not in _WEAPON_HEADS and \
                    (clause_actor := self._clause_actor(s, i, rec)) is not None:
                # a protest (not مسيرة, also a drone) a light verb whose subject went unfound begins (بدأ
                # عشرات الآلاف من أنصار المعارضة ... اعتصاما): the clause's people hold it
                agent = clause_actor
            elif ctx["gov_cls"] in ("", "LIGHT") and self._adverbial_accusative(s, i):
                # شارك آلاف المغاربة في مسيرة، تضامنا مع الشعب الفلسطيني وتنديدا بالحرب؛ ...،
                # داعيا طهران إلى: an accusative of purpose or state after the clause does what
                # the clause's subject does
                last = rec.last_subject
                spoke = None
                if last is None or last.sent is not s or not last.mention.code:
                    spoke = self._speaker(s, i, rec) or self._opening_actor(s, i)
                    last = spoke or last
                elif any(pt[0][:2] in _SPEECH_ROOTS for pt in patterns):
                    # a participle of speech after reported words (وقال شكري إن إثيوبيا رفضت المقترحات
                    # التي أيدها السودان، متهما أديس أبابا ب): the speaker accuses, not a subject
                    # inside what he reported
                    sp = self._speaker(s, i, rec)
                    if sp is not None and sp.sent is s and sp.mention.end <= last.mention.start and \
                            any(s.has(k, "SUBORD") for k in range(sp.mention.end, last.mention.start)) and \
                            not any(s.words[k] in _NEW_CLAUSE for k in range(sp.mention.end, last.mention.start)):
                        last = sp  # (not past a new clause: قالت الأركان إنها ...، فيما وصف بوتين ...، محذرا)
                if last is not None and ((last.sent is s and last.mention.end <= i) or last is spoke):
                    # (the speaker of a report whose subject the sentence before named: وقال في مؤتمر
                    # صحفي إن ...، داعيا القيادات اللبنانية إلى)
                    agent = last
                    purpose = True
                elif last is None or last.sent is not s:
                    # a crowd no dictionary names, marching in a place (شارك مئات الآلاف في مسيرة حاشدة وسط
                    # العاصمة البريطانية لندن تضامنا مع الفلسطينيين): the place's people
                    agent = self._marchers(s, i)
                    purpose = agent is not None
            elif ctx["gov_cls"] == "" and i > 0 and s.words[i - 1] in _WHEN_PREPS and not s.an[i].pre and \
                    not s.an[i].al and any(pt[0][:2] in ("04", "19") for pt in patterns) and \
                    (w := next((k for k in range(i + 1, min(s.n, i + 4)) if s.words[k] == "مع"), -1)) > 0 and \
                    all(not s.boundary[k] and s.mention_at[k] is None for k in range(i + 1, w)) and \
                    (last := self._same_sentence_subject(s, rec)) is not None and last.mention.end <= i - 1 and \
                    last.mention.code and not last.mention.adjective and \
                    not any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(last.mention.end, i)):
                # talks or battles "with" someone the clause's act followed or went with (سيطر الجيش السوداني
                # على بلدة أبيي إثر معارك مع قوات الجيش الشعبي؛ قال الوزير بعد محادثات مع نظيره): the clause's
                # subject is the other side
                agent = last
            elif pos == "P" and ctx["gov_cls"] in ("", "LIGHT") and s.an[i].key.endswith(("ين", "ون")) and \
                    any(pt[0][:2] in ("10", "11", "12", "14") for pt in patterns) and \
                    (people := self._plural_people_before(s, i)) is not None:
                # a plural participle of demand or protest describes the people just named (أطلقت الشرطة
                # الغاز على المتظاهرين الذين خرجوا ...، مطالبين برحيل الرئيس؛ المعتصمين المطالبين برحيل):
                # they do it (a standing attitude, المحتجين المؤيدين للاتحاد الأوروبي, is no act)
                agent = people
                purpose = True
            elif ctx["gov_cls"] == "" and s.an[i].pre.endswith("ل") and not s.an[i].suf and \
                    s.an[i].key in _DEMAND_PURPOSE and (clause_actor := self._clause_actor(s, i, rec)) is not None:
                # the purpose of a gathering (اعتصاما مفتوحا ... للمطالبة باستقالة الحكومة): its people demand
                agent = clause_actor
                purpose = True
            elif ctx["gov_cls"] == "" and s.an[i].pre.endswith("ل") and not s.an[i].al and not s.an[i].suf and \
                    i > 0 and (s.an[i - 1].al or s.cover[i - 1] is not None or any(
                        s.an[k].key in _OPERATION_NOUNS and not s.an[k].suf for k in range(max(0, i - 3), i))) and \
                    any(pt[0][:2] in ("17", "18", "19", "20") for pt in patterns) and \
                    rec.last_subject is not None and rec.last_subject.sent is s and \
                    rec.last_subject.mention.end <= i and not rec.last_subject.mention.adjective and \
                    not any(s.boundary[k] and s.words[k] not in ("،", ",")
                            for k in range(rec.last_subject.mention.end, i)):
                # the purpose of the clause's act (أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين؛ أطلقت
                # القوات عملية عسكرية واسعة لاستعادة المدينة):
                # the clause's subject does it (only after the clause's object or subject: not a noun's
                # complement, وقف لإطلاق النار، استجابة لطلب, nor a verb's after a comma, تصدت، أمس، لهجوم)
                agent = rec.last_subject
            elif ctx["gov_cls"] == "" and not s.an[i].suf and not s.an[i].al and i > 0 and \
                    s.words[i - 1] in ("في", "خلال", "عبر") and all(pt[0][:2] == "04" for pt in patterns) and \
                    rec.last_subject is not None and rec.last_subject.sent is s and \
                    rec.last_subject.mention.end <= i and not rec.last_subject.mention.adjective and \
                    len(rec.last_subject.mention.members or ()) < 3 and any(
                        s.words[t] == "مع" or (s.mention_at[t] is not None and s.mention_at[t].prep == "ب") or
                        (s.mention_at[t] is not None and s.mention_at[t].prep in ("ل", "الي") and
                         s.mention_at[t].kind in (K_COUNTRY, K_METONYM) and not s.mention_at[t].members)
                        for t in range(i + 1, min(s.n, i + 4))) and \
                    not any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(rec.last_subject.mention.end, i)):
                # a call or a meeting with someone named, or a visit to a country, in which the clause's
                # subject acts (أشاد هولاند، في اتصال هاتفي بالعاهل المغربي، بالمعلومات؛ سلم الوزير
                # رسالة ...، خلال زيارة لطهران): the subject's (not a summit of many: each
                # pair of them is no meeting the text reports)
                agent = rec.last_subject
            elif not s.an[i].suf and i + 1 < s.n and s.mention_at[i + 1] is None and \
                    (s.an[i + 1].key in self._diplomat_keys or
                     s.an[i + 1].key + s.an[i + 1].suf in self._diplomat_keys) and \
                    (dsuf := s.an[i + 1].suf or next((x for x in ("هما", "ها", "هم", "ه")
                                                      if s.an[i + 1].key.endswith(x)), "")) \
                    and any(pt[0][:2] == "16" for pt in patterns) and \
                    (owner := self.resolve_pronoun(s, i + 1, dsuf, rec)) is not None:
                # recalling or withdrawing one's own diplomats (بعد استدعاء سفيريها لدى تل أبيب وواشنطن):
                # whose they are does it
                agent = owner
            elif ctx["gov_cls"] == "" and s.an[i].pre.endswith("ب") and not s.an[i].suf and \
                    any(pt[0][:2] in ("18", "19", "20") for pt in patterns) and \
                    (ordered := self._commanded(s, i, rec)) is not None:
                # an act of force ordered (أمر قوات الدفاع الوطني بشن عملية عسكرية ضد الجبهة): the
                # force ordered does it, or the one who ordered it
                agent = ordered
            elif ctx["gov_cls"] == "" and not s.an[i].suf and "PROTEST" in s.cls[i] and \
                    s.an[i].key not in _WEAPON_HEADS and any(pt[0][:2] == "14" for pt in patterns):
                # protests that name no one who holds them (احتجاجات عمت مدنا عدة ضد الحكومة) are
                # held by the people of the place the clause names, else of the story's one country
                agent = self._protesters(s, i)
        best = None
        starts = []
        if genitive is not None:
            # a genitive agent followed by the marked target (دعوة طهران لبوتين), or the genitive is the object
            starts.append((self._skip_adj_from(s, genitive.end), _Ref(genitive, s, "genitive"), True))
            if starts[-1][0] != genitive.end:
                # (what looks like an adjective may be the pattern's next word: إطلاق إسرائيل سراح 25 سجينا)
                starts.append((genitive.end, _Ref(genitive, s, "genitive"), True))
            if genitive.members and len(genitive.members) > 1 and not genitive.adjective and \
                    self._reciprocal(patterns) and not self._partner_is_no_actor(s, self._skip_adj_from(s, genitive.end)):
                # the parties of a mutual act in the genitive (توصل الصومال وإثيوبيا إلى اتفاق، اشتباكات
                # الجيش والمتمردين) do it to each other, whoever reports it (not with a partner that is no
                # actor: تعاون البلدين مع جهود الوساطة)
                starts.append((self._skip_adj_from(s, genitive.end), _Ref(genitive, s, "genitive"), False))
        starts.append((head_end, agent, False))
        if p != head_end:
            starts.append((p, agent, False))
        self._sense_discarded = False
        for start, ag, need_tgt in starts:
            self._exclude = ag.mention if ag is not None and ag.how in ("nisba", "copula") else None
            # (a pronoun on a preposition is not the noun's own agent: قررت إيكواس وقف التدفقات معها)
            self._subject_ref = ag
            # (whose the act is, when a reporting or light verb's subject will be: its own country is
            # no target, إغلاق القنصليات الإيرانية في فرانكفورت)
            self._owner_hint = ag if ag is not None else (
                ctx["gov_subject"] if ctx["gov_cls"] in ("REPORT", "LIGHT", "INTENT") else None)
            r = self._best_match(s, i, start, patterns, noun=True, obj_ref=pron_object if ag is agent else None,
                                 trace=trace, require_tgt=need_tgt, head_end=head_end)
            self._subject_ref = None
            self._owner_hint = None
            self._exclude = None
            if self._sense_discarded:
                return None  # a sense ruled out at one start (سيطرة X على قرار الدولة) is out at every start
            if r is not None and ag is not None and "TGT" in r[3] and not ag.mention.members and \
                    not r[3]["TGT"].mention.members and r[1][:2] < "17" and ag.mention.code and \
                    r[3]["TGT"].mention.code in (ag.mention.code, ag.mention.code[:3]):
                r = None  # its own country (أعربت الخارجية السعودية عن رفض المملكة لتصريحات ...): the
                # genitive is the act's agent, never emitted as its target; another start may find it
            if r is not None and need_tgt and any(s.an[t].pre.startswith("و") or s.words[t] in ("او", "أو")
                                                  for t in range(genitive.end, start + 1) if t < s.n):
                r = None  # اغتيال X ورئيس ... Y: the two are conjuncts, not agent and object (nor are
                # alternatives: بلقاء الرئيس المحتجز أو رئيس المجلس العسكري)
            if r is not None and (best is None or r[0] - self._agentless_cost(s, i, ag, genitive, ctx) >
                                  best[0][0] - self._agentless_cost(s, i, best[1], genitive, ctx)):
                # (a reading with no one doing it loses a near tie: مقابل إطلاق إسرائيل سراح 25 سجينا is
                # Israel's release, not a skip over Israel to the prisoners)
                best = (r, ag)
        group = agent if agent is not None else (
            ctx["gov_subject"] if ctx["gov_cls"] in ("LIGHT", "REPORT") else None)  # أعلنت X و Y الاتفاق على
        g_start = p
        if agent is None and genitive is not None and genitive.members and len(genitive.members) > 1 and \
                not genitive.adjective:
            # the coordinated parties in the genitive, the mutual act's object after them (توقيع حكومة مادورو
            # والمعارضة في بربادوس اتفاقا)
            group, g_start = _Ref(genitive, s, "genitive parties"), self._skip_adj_from(s, genitive.end)
        if best is None and group is not None and group.mention.members and len(group.mention.members) > 1:
            # a mutual act of a coordinated agent (تعاونهما، أجرت القوات الأمريكية والإسرائيلية مناورات)
            recip = self._reciprocal(patterns)
            if recip and not self._partner_is_no_actor(s, g_start):
                r = self._best_match(s, i, g_start, recip, noun=True, obj_ref=None, trace=trace, head_end=head_end)
                if r is not None and group.how == "genitive parties" and not (
                        r[1][:3] == "057" or r[1][:2] == "04" and len(group.mention.members) == 2 and
                        s.an[i].key not in _SUMMIT_WORDS):
                    r = None  # (the genitive's parties sign, or two of them talk: not a summit of many, قمة قادة
                    # الولايات المتحدة وأفريقيا، nor cooperation named as a purpose, لتعاون البلدين)
                if r is not None and "TGT" not in r[3] and "SRC" not in r[3]:
                    best = (r, group)
        doer = agent if agent is not None else (
            ctx["gov_subject"] if ctx["gov_cls"] in ("LIGHT", "REPORT", "INTENT") else None)
        if (best is None or "TGT" not in best[0][3]) and doer is not None and "OWNER" in s.present and \
                (owner := self._owner_of(s, head_end, doer)) is not None:
            # rejecting what one's government or courts made (سارعت قوى المعارضة إلى رفض الحكم): see _owner_of
            r = self._best_match(s, i, head_end, [pt for pt in patterns if pt[0][:2] in ("11", "12")], noun=True,
                                 obj_ref=owner, trace=trace, head_end=head_end)
            if r is not None and "TGT" in r[3]:
                best = (r, doer)
        if best is None:
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i], "result": "no pattern matched"})
            return None
        (score, code, end, binds, rule, ptext), src_ref = best
        if code[:2] == "17" and "TGT" not in binds and head_end < n and s.mention_at[head_end] is None and \
                s.an[head_end].al and not s.an[head_end].pre and not s.cls[head_end] and \
                not self.tables.forms.get(s.an[head_end].key):
            # إيقاف الرحلات، حجز الأموال: coercion whose object is a thing, not people
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": "its object is a thing: no coercion of an actor"})
            return None
        if code[:3] == "042" and s.an[i].key == "وصول" and not s.an[i].suf and genitive is None and \
                head_end < n and s.mention_at[head_end] is None and not s.boundary[head_end] and \
                s.words[head_end] not in PREP_WORDS and not s.cls[head_end] & _ADVERBIAL_CLASSES:
            # وصول المساعدات، وصول أولى المقاتلات: things arrive, nobody visits
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": "the arrival of a thing: not a visit"})
            return None
        if code[:2] in ("04", "05", "06") and code[:3] != "057" and i > 0 and \
                (s.words[i - 1] == "علي" or s.an[i].pre.endswith("ب")) \
                and any(res[2][:3] in ("051", "018") and res[0] < i <= res[1] + 6 for res in self._pending):
            # شكرها للبلدين على تعاونهما، أشاد بدورها: the cooperation or support a party is praised
            # or thanked for is the reason, told in passing, not an event of its own (aid is one)
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": "the reason of the praise just coded: not an event"})
            return None
        if copula_object is not None and "TGT" not in binds:
            binds = dict(binds)
            binds["TGT"] = copula_object
        if purpose and code[:2] in ("10", "11", "12") and "PROTEST" in s.present and \
                any(s.has(j, "PROTEST") for j in range(i)):
            # a march or a sit-in "denouncing X" (خرجوا في مسيرة ... تنديدا بالحرب) is a protest
            # against X, not a statement; one "demanding the government's departure" a protest for
            # a change of leadership (1041 -> 1411), policy (1412), rights (1413) or regime (1414)
            new = "141" + code[3] if code[:3] == "104" and len(code) == 4 else "141"
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": f"the purpose of a protest: {code} -> {new}"})
            code = new
        tgt_ref = binds.get("TGT")
        if "SRC" in binds:
            src_ref = binds["SRC"]
        if src_ref is None and binds.get("NISBA") is not None:
            src_ref = binds["NISBA"]
        if src_ref is None:
            # استهداف المواطنين الأمريكيين من قبل الحكومة الروسية: the agent named with من قبل
            src_ref = self._agent_by(s, max(end, head_end))
        if src_ref is None and code[:3] == "084" and binds.get("TGT") is not None:
            src_ref = self._holder(binds["TGT"])  # الإفراج عن عامل الإغاثة البلجيكي المسجون في إيران
        if src_ref is None and code[:2] == "14" and ctx["gov_cls"] == "LIGHT" and ctx["gov_subject"] is None \
                and ctx["gov_pos"] is not None:
            src_ref = self._crowd(s, ctx["gov_pos"])  # شارك مئات الآلاف في مسيرة حاشدة وسط لندن
        if src_ref is None and code[:3] == "141" and ctx["gov_cls"] == "" and s.an[i].key in ("احتجاج", "احتجاجا") and \
                s.words[i].endswith("احتجاجا") and s.an[i].pre in ("", "و") and \
                (crowd := self._clause_subject(s, i, rec)) is not None and crowd.mention.plural and \
                not crowd.mention.adjective and \
                (crowd.mention.kind in (K_DEMONYM, K_NISBA) or crowd.mention.role in _PROTESTING_ROLES):
            # "in protest" after a clause whose subject is a crowd (احتشد آلاف العراقيين في ساحة التحرير
            # احتجاجا على الفساد): the crowd protests
            src_ref = crowd
        if src_ref is not None and code[:3] == "141" and src_ref.mention.plural and not src_ref.mention.adjective and \
                src_ref.mention.kind in (K_DEMONYM, K_NISBA) and len(src_ref.mention.code) == 3:
            # a nationality that protests is people of its country (آلاف العراقيين)
            m = Mention(src_ref.mention.start, src_ref.mention.end, src_ref.mention.code + "CVL", K_AGENT,
                        list(src_ref.mention.srcs))
            m.role, m.plural = "CVL", True
            src_ref = _Ref(m, src_ref.sent, "crowd")
        if src_ref is None:
            if ctx["gov_cls"] == "CONTROL" and ctx["gov_object"] is not None and code[:2] == "16" and \
                    ctx["gov_pos"] is not None and \
                    not _ORDER_LEMMAS.isdisjoint(self._lemmas_of(s.an[ctx["gov_pos"]].key)) and \
                    ctx["gov_subject"] is not None and ctx["gov_subject"].mention.code and \
                    ctx["gov_object"].mention.code[:3] != ctx["gov_subject"].mention.code[:3] and \
                    ctx["gov_object"].mention.code[3:6] in ("", "GOV"):
                # a state ordering another to close its mission or cut its staff (أمرت الولايات المتحدة
                # الصين بإغلاق قنصليتها في هيوستن) reduces relations with it: the orderer's act
                src_ref, tgt_ref = ctx["gov_subject"], ctx["gov_object"]
            elif ctx["gov_cls"] == "CONTROL" and ctx["gov_object"] is not None:
                src_ref = ctx["gov_object"]
            elif ctx["gov_subject"] is not None and ctx["gov_cls"] != "RECEIVE" and \
                    (ctx["gov_cls"] != "WITNESS" or (code[:3] == "057" and tgt_ref is None)) and \
                    not self._reported_violence(s, i, code, ctx, rec):
                # (who witnesses a signing signs, when the text names no parties "بين X و Y";
                # other things, no)
                src_ref = ctx["gov_subject"]
        if src_ref is None and ctx["gov_cls"] == "" and s.an[i].pre.startswith("و") and not s.an[i].al:
            # a second act coordinated with the one just coded (أعلنت X قطع العلاقات مع قطر
            # وإغلاق المنافذ أمامها) has its agent, when nothing else names one
            for res in reversed(self._pending):
                if res[0] < i and res[3] is not None and res[5] == "asserted" and not res[6] and \
                        not any(s.boundary[t] for t in range(res[0], i)):
                    src_ref = res[3]
                    break
        if code[:2] == "02" and tgt_ref is not None and ptext.startswith("طلب من TGT") and self._at_request(s, i):
            # done "at the request of X" (اتخذ القرار بطلب من ولي العهد السعودي، بناء على طلب من الحكومة
            # التركية): X asked the one who did it, not the other way round
            if trace is not None:
                trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                              "result": "at the request of the one named: he asked the clause's subject"})
            src_ref, tgt_ref = tgt_ref, src_ref
            last = rec.last_subject
            if tgt_ref is None and last is not None and last.sent is s and last.mention.end <= i and \
                    not any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(last.mention.end, i)):
                tgt_ref = last  # (عقد مجلس الأمن جلسة طارئة بطلب من الجزائر: the clause's subject)
        if src_ref is None and tgt_ref is None and code[:3] in RECIPROCAL and i > 0 and (
                s.an[i - 1].key in ("جري", "تم") or s.has(i - 1, "WITNESS") or
                (i > 1 and s.words[i - 1] in _DURING_IT and s.an[i - 2].key in ("جري", "تم"))):
            # جرى خلالها توقيع 14 مذكرة تفاهم: done by the parties of the meeting just coded (and a visit
            # that "witnessed" it: في أول زيارة له، شهدت توقيع عشر اتفاقيات)
            for res in reversed(self._pending):
                if res[0] < i and res[3] is not None and res[2][:3] in RECIPROCAL and not res[6]:
                    src_ref, tgt_ref = res[3], res[4]
                    break
        if src_ref is None and code[:2] in _HOSTILE_ROOTS and self._responded_to(s, i):
            # هاجمت X إسرائيل ردا على اغتيال Y: the act responded to was done by the one the
            # response hits
            for res in reversed(self._pending):
                if res[0] < i and res[2][:2] in _HOSTILE_ROOTS and res[4] is not None and \
                        (tgt_ref is None or res[4].mention is not tgt_ref.mention):
                    src_ref = _Ref(res[4].mention, res[4].sent, "responded")
                    break
        if src_ref is not None and tgt_ref is not None and tgt_ref.mention.members and \
                len(tgt_ref.mention.members) > 1 and ptext.endswith("بين TGT") and \
                (code[:3] in ("057", "062") or code[:4] in ("0871", "0841") or code[:2] == "19") and \
                src_ref.mention is not tgt_ref.mention:
            # an agreement, a truce or an exchange "between X and Y" binds X and Y, whoever announces,
            # brokers or carries it out (أعلن الوزيران التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحماس);
            # and battles between X and Y are fought by them, whoever reports them (أفادت بعثة الأمم المتحدة
            # بأن معارك عنيفة دارت بين الجيش السوداني والجيش الشعبي); so are joint exercises between X and Y,
            # whoever else takes part (مناورات النجم الساطع المشتركة بين القوات المصرية والأمريكية بمشاركة ...)
            src_ref = None
        if src_ref is None and tgt_ref is not None and tgt_ref.mention.members and \
                len(tgt_ref.mention.members) > 1 and (ptext.endswith(("بين TGT", "جمع TGT")) or
                                                      ptext.startswith("تبادل ") or
                                                      (ptext.endswith("ضم TGT") and len(tgt_ref.mention.members) == 2)) and \
                (code[:3] in RECIPROCAL or code[:2] == "19" or code[:4] in ("0841", "0871")):
            # محادثات بين X و Y، اشتباكات بين X و Y، لقاء جمع X و Y: with no third party each side acts on
            # the other (a meeting that "included" them, لقاء ضم X و Y, only two: a ministers' meeting that
            # included five is no five meetings of two)
            src_ref = tgt_ref
        if src_ref is None and tgt_ref is not None and code[:3] == "042" and not s.an[i].suf and \
                s.an[i].key == "زيارة" and self._timed_by_visit(s, i) and \
                (last := self._clause_subject(s, i, rec)) is not None and not last.mention.members and \
                last.mention.code[:3] not in {x.code[:3] for x in tgt_ref.mention.flat()}:
            # the visit that dates the clause's act (قالت نولاند، عقب زيارة إلى نيامي، إن ...؛ عاد عبد الناصر إلى
            # دمشق بعد زيارة خاطفة لموسكو): the clause's subject made it
            src_ref = last
        if src_ref is None and tgt_ref is None and code[:2] == "04" and i > 0 and \
                s.words[i - 1] in ("خلال", "اثناء", "في", "عبر") and not s.an[i].suf:
            # the call or meeting in which the clause's act happened (قدم العاهل الأردني تعازيه للرئيس
            # التركي، خلال اتصال هاتفي): between that act's source and target
            for res in reversed(self._pending):
                if res[0] < i and res[3] is not None and res[4] is not None and res[3].sent is s and \
                        res[2][:2] in ("01", "02", "03", "04", "05") and res[5] == "asserted" and not res[6]:
                    src_ref, tgt_ref = res[3], res[4]
                    break
        if tgt_ref is None and src_ref is not None and src_ref is ctx["gov_subject"] and code[:3] in RECIPROCAL \
                and ctx["gov_cls"] in ("REPORT", "LIGHT") and ctx["gov_object"] is not None \
                and ctx["gov_object"].mention is not src_ref.mention:
            # a meeting or a call in which the governing verb's subject tells its object something
            # (أبلغ X Y، خلال اتصال هاتفي، ...): the two are its parties
            tgt_ref = ctx["gov_object"]
        if tgt_ref is None and src_ref is not None and (code[:2] in ("07", "16", "17", "18", "19", "20") or code[:3] == "087") \
                and ctx["gov_cls"] != "RECEIVE":
            # an attack on, or a truce in, a place that is no actor (غارات على مستشفى في ريف إدلب،
            # هدنة على جبهات القتال في أوكرانيا), or on sites of an actor (على أهداف للحوثيين)
            tgt_ref = self._site_owner(s, max(end, head_end)) or self._place_target(s, max(end, head_end)) or (
                self._site_owner(s, head_end) if end > head_end else None)  # (استهداف سفينة مرتبطة بإسرائيل في البحر)
            if tgt_ref is None and code[:3] == "175":
                tgt_ref = self._own_people(s, src_ref)  # حملة قمع شنتها الشرطة
            if tgt_ref is None and code[:2] in ("18", "19", "20") and ctx["gov_cls"] == "LIGHT":
                tgt_ref = self._story_place(s, src_ref, rec)  # شنت القوات الروسية ضربات على منشآت عسكرية
        if tgt_ref is None and src_ref is not None and ctx["gov_cls"] == "REPORT" and ctx["gov_object"] is not None \
                and ctx["gov_pos"] is not None and not _INFORMING.isdisjoint(self._lemmas_of(s.an[ctx["gov_pos"]].key)) \
                and ctx["gov_object"].mention.code and \
                ctx["gov_object"].mention.code[:3] not in {x.code[:3] for x in src_ref.mention.flat()}:
            # what one informs another of is done to him (أبلغت روسيا الولايات المتحدة انسحابها من
            # المذكرة، أبلغت الإمارات واشنطن بتعليق المحادثات)
            tgt_ref = ctx["gov_object"]
        if tgt_ref is None and src_ref is not None and code[:2] == "13" and not src_ref.mention.members and \
                ctx["gov_cls"] in ("", "LIGHT", "REPORT"):
            # a vow of retaliation named by a noun (وتوعد بالرد) aims at whoever just attacked or
            # was blamed
            tgt_ref = self._attacker_of(s, i, src_ref, rec)
        if ctx["gov_cls"] != "RECEIVE" and "SRC" not in binds and tgt_ref is None and src_ref is not None and \
                code[:2] in ("03", "04", "05"):
            q = max(end, i + 1)
            while q < s.n and q - i <= 4 and s.an[q].al and self._adjective_like(s, q):
                q += 1
            if q + 1 < s.n and s.has(q, "RECEIVE") and s.an[q].suf and not s.an[q].al and not s.an[q].pre:
                # a call or a letter the subject received, in a relative clause after it (أكد الملك، خلال
                # اتصال هاتفي تلقاه من الرئيس الفلسطيني، ...): the one it came from made it
                frm = self._from_actor(s, q + 1)
                if frm is not None and _party(frm.mention.code) != _party(src_ref.mention.code):
                    src_ref, tgt_ref = frm, src_ref
        if ctx["gov_cls"] == "RECEIVE" and "SRC" not in binds:
            # تلقى دعوة من X: X is the source, the receiver the target; with no من X, the
            # host of the visit invited to is the inviter
            by = self._agent_by(s, end if end > i else i + 1)
            src_ref, tgt_ref = by or self._from_actor(s, end if end > i else i + 1), ctx["gov_subject"]
            # (تعرض الأطباء للاعتداء من قبل قوات مكافحة الشغب: the act's agent, named with من قبل or على يد,
            # is no object of the act)
            if src_ref is None and code.startswith("036"):
                src_ref = self._visit_host(s, i + 1, rec)
            if src_ref is None and (g := binds.get("TGT")) is not None and g.sent is s and not s.an[i].suf and \
                    not s.an[i].pre and \
                    g.mention.start == head_end and not g.mention.prep and not s.an[g.mention.start].pre and \
                    tgt_ref is not None and g.mention is not tgt_ref.mention:
                # the noun received has its sender for genitive (تلقى أمير الكويت تعازي الرئيس الفرنسي): the
                # source, as with من (not a noun with a preposition, what one is invited to: دعوة منه لزيارة الرياض)
                src_ref = g
            if src_ref is not None and src_ref.how == "from":
                # what follows is said by the caller or the sender (تلقى X اتصالا من Y، أكد فيه)
                rec.last_subject = src_ref
            if tgt_ref is None and src_ref is not None and src_ref.mention.members and code[:3] in RECIPROCAL:
                # calls from several to a receiver the text does not place (وتلقى الرئيس الجديد اتصالين
                # من ماكرون ومحمد بن سلمان): the callers did not call each other
                return self._drop(trace, i, code, "received from several by someone no one names")
        if ctx["gov_cls"] in ("", "LIGHT", "REPORT", "COPULA") and "DENY" in s.present and self._denied_report(s, i):
            # نفى مصدر ... ما تناقلته وسائل إعلام عن موافقة القاهرة على استقبال لاجئين: the acts
            # the denied reports tell of did not happen
            ctx["neg"] = True
        if trace is not None:
            trace.append({"step": "trigger", "pos": i, "word": s.words[i], "code": code, "pattern": ptext,
                          "rule": rule, "result":
                          f"noun, governed by {ctx['gov_cls'] or 'nothing'}, pattern {ptext!r} -> {code}"})
        if ctx["gov_cls"] == "LIGHT" and ctx["gov_pos"] is not None and ctx["gov_subject"] is not None and \
                i > 0 and s.words[i - 1] in ("،", ","):
            score += 1.0  # the object of a light verb past a phrase set off by commas (أصدرت المحكمة ...، الخاضعة
            # لسيطرة الحوثيين، حكما): a noun, not a verb of its own
        return score, self._finish(s, i, head_end, code, src_ref, tgt_ref, ctx, rule, trace, binds["_used"], True), \
            binds["_used"]

    def _speaker(self, s: Sentence, i: int, rec: _Record) -> _Ref | None:
        """The subject of the reporting verb before ``i`` (وقال وزير الدفاع إن الجيش ...،
        مطالبا: the minister demands, not the army), when it names an actor with a code."""
        for j in range(i - 1, -1, -1):
            if s.has(j, "REPORT") and not s.an[j].al and self._verb_position(s, j):
                subj, how = self.find_subject(s, j, rec)
                if (subj is None or how == "carry") and j == 0 and rec.opening_subject is not None:
                    subj = rec.opening_subject  # وقال ...: the subject the sentence before ended with
                return subj if subj is not None and subj.mention.code else None
        return None

    @staticmethod
    def _responded_to(s: Sentence, i: int) -> bool:
        """Whether the noun at ``i`` names what an act responds to: ردا على، في رد على،
        انتقاما ل، ثأرا ل."""
        if s.an[i].pre.endswith("ل") and i > 0 and s.words[i - 1] in ("انتقاما", "ثارا"):
            return True
        return i > 1 and s.words[i - 1] == "علي" and s.an[i - 2].key in ("رد", "ردا")

    @staticmethod
    def _denied_report(s: Sentence, i: int) -> bool:
        """Whether the noun at ``i`` is told of in reports a denial earlier in the sentence
        rejects: نفى X (صحة) ما تناقلته / الأنباء / التقارير ... عن NOUN, with no new clause
        (a comma and a participle or a verb: ، مؤكدا أن) in between."""
        for j in range(i - 1, max(-1, i - 30), -1):
            if s.words[j] in ("،", ",") and j + 1 < i and (s.has(j + 1, "REPORT") or s.an[j + 1].pre in ("و", "ف")):
                return False
            if s.has(j, "DENY"):
                return any(s.words[k] in _HEARSAY or s.an[k].key in _HEARSAY for k in range(j + 1, min(i, j + 20)))
        return False

    def _main_clause_again(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k``, after a comma, takes up the main clause again after a condition:
        وذلك, or a participle with no article or pronoun (محذرة، مطالبا، مؤكدين) that is no noun."""
        a = s.an[k]
        if s.words[k] == "وذلك":
            return True
        readings = self.tables.forms.get(a.key, ())
        return not a.al and not a.suf and a.pre in ("", "و") and s.cover[k] is None and \
            any(r[1] == "P" for r in readings) and not any(r[1] == "N" for r in readings)

    @staticmethod
    def _adverbial_accusative(s: Sentence, i: int) -> bool:
        """An indefinite accusative noun or participle that opens a phrase after a comma
        (، تضامنا مع ...، وتنديدا ب ...، داعيا X إلى): the alif of the accusative, no
        article, no pronoun."""
        a = s.an[i]
        w = s.words[i][len(a.pre):]
        if i > 0 and w in _PURPOSE_ACCUSATIVES and a.pre in ("", "و") and s.cover[i - 1] is not None and \
                s.cover[i - 1].end == i:
            return True  # in protest, in condemnation, in solidarity, right after the clause's last actor
            # (استدعت الجزائر سفيرها لدى باريس احتجاجا على تصريحات الرئيس الفرنسي): the tanween unwritten
        if i > 0 and w in _PURPOSE_ACCUSATIVES and a.pre in ("", "و") and s.words[i - 1] in ("،", ","):
            return True  # or after the comma that closes the clause (غادر القذافي القاعة ...، احتجاجا على)
        if i > 0 and not a.al and not a.suf and a.pre in ("", "و") and w.endswith("ين") and w == a.key and \
                any(r[1] == "P" for r in s.tables.forms.get(a.key, ())) and \
                (s.words[i - 1] in ("،", ",") or a.pre == "و"):
            return True  # a plural participle in the accusative: ، مطالبين بوقف ... ومنددين ب
        if i > 0 and not a.al and not a.suf and a.pre in ("", "و") and w.endswith("ا") and w == a.key and \
                (s.words[i - 1] in ("،", ",") or a.pre == "و") and \
                any(r[1] == "P" for r in s.tables.forms.get(a.key, ())):
            return True  # a participle listed with its accusative alif: ، مطالبا القوات ب
        if i > 0 and not a.al and not a.suf and a.pre == "" and w.endswith("ا") and w == a.key and \
                s.cover[i - 1] is not None and s.cover[i - 1].end == i and not s.has(i, "ADVERB") and \
                any(r[1] == "P" for r in s.tables.forms.get(a.key, ())):
            return True  # right after the actor who does it (ورد عليه المندوب السوري متهما فرنسا ب): its state
        if i > 0 and not a.al and not a.suf and a.pre == "" and w.endswith("ة") and w == a.key and \
                s.words[i - 1] in ("،", ",") and any(r[1] == "P" for r in s.tables.forms.get(a.key, ())):
            return True  # a feminine participle after a comma (its alif is not written): ، متهمة الدوحة ب
        if i > 0 and not a.al and not a.suf and a.pre in ("", "و") and w[:1] == "م" and w.endswith(("ا", "ة")) and \
                (s.words[i - 1] in ("،", ",") or a.pre == "و") and s.has(i, "LIGHT"):
            return True  # a light participle the grammar lists: ، موجها الشكر إلى، مقدمة التعازي
        if a.al or a.suf or not w.endswith("ا") or w[:-1] != a.key or a.pre not in ("", "و"):
            return False
        if i == 0:
            return False
        if s.words[i - 1] in ("،", ","):
            return True
        if "\u064b" in s.text(i, i + 1) and not s.an[i - 1].suf and not s.an[i - 1].pre and \
                s.words[i - 1] not in PREP_WORDS and not s.has(i - 1, "LIGHT"):
            return True  # written with the tanween (الرباط تضامناً مع; not بوصفها انتهاكاً, nor the
            # object of a light verb: أصدرت حكماً بالإعدام)
        return a.pre == "و" and s.an[i - 1].key != a.key

    def _relative_agent(self, s: Sentence, p: int) -> tuple[_Ref, int] | None:
        """A relative clause right after an event noun whose verb does the noun and refers
        back to it with a pronoun (غارة شنتها طائرات إسرائيلية، الهجوم الذي نفذته حماس):
        its subject is the noun's agent. Returns the agent and where the clause's subject
        ends, or None."""
        if p < s.n and s.words[p] in _RELATIVES:
            p += 1
        if p + 1 < s.n and s.words[p] in _CALLED_FOR and s.words[p + 1] in ("اليه", "اليها"):
            # a strike or a march "called for by" X (إضراب عام دعا إليه الاتحاد): X holds it
            # (the pronoun's preposition reads as the subject's; bare people or gunmen take a country from
            # the story: إضراب عام دعت إليه ثلاث مركزيات نقابية)
            q = self._counted_from(s, self._skip_adverbs(s, p + 2))
            m = s.mention_at[q] if q < s.n else None
            if m is not None and not m.adjective and m.prep in ("", "الي") and not (m.bare and not m.members and
                                                                                  m.role not in _LOCAL_AGENTS):
                return _Ref(m, s, "relative"), m.end
            return None
        if p + 1 < s.n and p > 0 and (s.words[p - 1] in _RELATIVES or not s.an[p - 1].al) and \
                s.an[p].key in _DOING and not s.an[p].pre and s.words[p + 1] in ("به", "بها", "بهما"):
            # the visit "which X makes" (الزيارة الرسمية التي يقوم بها الرئيس أردوغان إلى بغداد), also
            # after an indefinite noun (زيارة مفاجئة قام بها إلى بيروت: the clause's subject made it)
            after = p + 2
            q = self._skip_adverbs(s, after)
            while q < s.n and s.mention_at[q] is None and s.has(q, "TITLE"):
                q += 1  # (فخامة الرئيس رجب طيب أردوغان)
        else:
            if p >= s.n or not s.an[p].suf or not s.has(p, "LIGHT") or s.an[p].pre:
                return None
            if s.an[p].key.startswith("استضاف"):
                return None  # a host (الجولة التي استضافتها كينشاسا بين مصر وإثيوبيا) does not hold the talks
            after = p + 1
            q = self._counted_from(s, self._skip_adverbs(s, after))
        m = s.mention_at[q] if q < s.n else None
        if m is None and q < s.n and s.an[q].key in _PEOPLE_NOUNS and not s.an[q].pre:
            return None  # its own subject, no actor (هجوم شنه شبان مؤيدون لحزب الله): no one known does it
        if (m is None or m.prep) and not s.words[p - 1] in _RELATIVES:
            # with no subject of its own, the clause's verb is the sentence subject's (وأشاد بايدن، خلال
            # اتصال هاتفي أجراه مع نظيره المصري، بالدور): its subject does the noun
            last = self._rec.last_subject if self._rec is not None else None
            if last is not None and last.sent is s and last.mention.end <= p and last.mention.code and \
                    self._agrees(s.an[p], last.mention):
                return last, after
            return None
        if m is None or m.adjective or m.prep or (m.bare and not m.members and m.role not in _LOCAL_AGENTS):
            return None  # (bare gunmen or people do it too: في هجوم شنه مسلحون على دورية، كمين نصبته مجموعة مسلحة)
        return _Ref(m, s, "relative"), m.end

    def _result_agent(self, s: Sentence, i: int, rec: _Record) -> _Ref | None:
        """The noun at ``i`` names what an act resulted in (أسفر عن، أدى إلى), alone or after
        another result joined by و (ما أدى إلى مقتل أحدهم وتوقيف ثلاثة): the agent of the act,
        which is the subject of a relative clause on the act (مداهمات نفذها الجيش ... وأسفرت عن)
        or the clause's subject before it; else None. (The result verb's own subject is the act,
        an operation or a raid, not an actor.)"""
        k = -1
        if i > 1 and s.words[i - 1] in ("عن", "الي") and s.an[i - 2].key in _RESULT_VERBS:
            k = i - 2
        elif s.an[i].pre.startswith("و") and not s.an[i].al:
            for t in range(i - 2, max(1, i - 10), -1):
                if s.boundary[t]:
                    break
                if s.words[t - 1] in ("عن", "الي") and t > 1 and s.an[t - 2].key in _RESULT_VERBS:
                    k = t - 2
                    break
        if k < 0:
            return None
        for t in range(k - 1, max(-1, k - 25), -1):
            if s.boundary[t] and s.words[t] not in ("،", ","):
                break
            if s.an[t].suf and not s.an[t].pre and s.has(t, "LIGHT") and t > 0 and not s.an[t - 1].al:
                rel = self._relative_agent(s, t)
                if rel is not None and rel[0].mention.code:
                    return rel[0]
        last = rec.last_subject
        if last is not None and last.sent is s and last.mention.end <= k and last.mention.code and \
                not last.mention.adjective and not any(s.boundary[t] and s.words[t] not in ("،", ",")
                                                       for t in range(last.mention.end, k)):
            return last
        return None

    @staticmethod
    def _counted_from(s: Sentence, q: int) -> int:
        """Past the quantity words at ``q`` to the actor they count (ثلاث مركزيات نقابية، عشرات المسلحين)."""
        return Coder._past_marks(s, q, "TRANSPARENT")

    def _skip_adj_from(self, s: Sentence, p: int) -> int:
        k = 0
        while k < 3 and self._adjective_like(s, p):
            p += 1
            k += 1
        return p

    def _from_actor(self, s: Sentence, p: int) -> _Ref | None:
        """The first ``من X`` actor after position ``p`` in the clause."""
        for j in range(p, min(p + 8, s.n)):
            if s.boundary[j] and not self._adverbial_comma(s, j):
                break
            m = s.mention_at[j]
            if m is not None and not m.adjective and m.prep == "من":
                return _Ref(m, s, "from")
            if s.words[j] == "من" and j + 1 < s.n and s.has(j + 1, "TITLE"):
                k = s.mark(j + 1, "TITLE")[2]  # من فخامة الرئيس ...
                while k < s.n and s.has(k, "TITLE"):
                    k = s.mark(k, "TITLE")[2]
                m = s.mention_at[k] if k < s.n else None
                if m is not None and not m.adjective:
                    return _Ref(m, s, "from")
        return None

    def _visit_host(self, s: Sentence, p: int, rec: _Record) -> _Ref | None:
        """For an invitation with no inviter: the place of the visit it invites to."""
        j = p
        limit = min(s.n, p + 12)
        while j < limit:
            if s.boundary[j] and s.words[j] not in ("،", ","):
                break
            if s.has(j, "VISIT"):
                for k in range(j + 1, min(j + 7, s.n)):
                    if s.boundary[k]:
                        break
                    m = s.mention_at[k]
                    # a place hosts (زيارة الرياض، إلى إيران); a person or a role after the word is
                    # the visitor (جولة الرئيس الأمريكي)
                    if m is not None and not m.adjective and m.prep in ("", "الي", "ل") and \
                            m.kind in (K_COUNTRY, K_METONYM) and not m.members:
                        return _Ref(m, s, "host")
                    if m is not None:
                        return None
            j += 1
        return None

    # ------------------------------------------------------------------
    # pattern matching

    def _best_match(self, s: Sentence, i: int, start: int, patterns, *, noun: bool, obj_ref, trace,
                    require_tgt: bool = False, head_end: int | None = None):
        best = None
        used0 = tuple(range(i, head_end if head_end is not None else i + 1))
        # a pattern whose literal words are not all in the sentence cannot match: skip it
        # (not when tracing: explain reports why each pattern failed)
        possible = self._possible(s, patterns)
        if trace is not None:
            # explain reports the patterns ruled out too, and why, then codes exactly as a run without it
            kept = {id(pt) for pt in possible}
            for pt in patterns:
                if id(pt) not in kept:
                    trace.append({"step": "pattern", "pos": i, "pattern": pt[3], "rule": pt[2],
                                  "result": "no match: " + self._lacks(s, pt[5])})
        patterns = possible
        for code, elems, src, text, spec, need in patterns:
            if best is not None and spec + 5 < best[0]:
                break
            self._cur_code = code
            r = self._match(s, elems, 0, start, "", "", {}, noun, obj_ref, 0, used0)
            if r is None:
                if trace is not None:
                    trace.append({"step": "pattern", "pos": i, "pattern": text, "rule": src,
                                  "result": "no match: " + self._why_not(s, elems, start, noun, obj_ref, used0)})
                continue
            end, binds, skipped, missing, used = r
            if require_tgt and (missing or "TGT" not in binds):
                continue
            subj_ref = self._subject_ref
            if code[:3] == "161" and text.startswith("استدعى") and subj_ref is not None and any(
                    s.cover[u] is not None and s.cover[u].code and not s.cover[u].bare and not s.cover[u].adjective
                    and not s.an[s.cover[u].start].suf and s.cover[u].code[:3] != subj_ref.mention.code[:3]
                    for u in used if u != i):
                continue  # استدعت مدريد سفيرة المغرب لدى مدريد: another state's ambassador is summoned (114)
            t = binds.get("TGT")
            if t is not None and code[:3] in ("040", "036") and t.mention.prep == "ب" and " ب TGT" in text and \
                    t.mention.kind in (K_COUNTRY, K_METONYM) and not t.mention.members:
                continue  # one meets people "in" a place (انتخب المجلس في اجتماعه بتونس، التقاه بالقاهرة)
            score = spec - skipped * 0.1 - missing * 10
            if t is None and "TGT" in text.split():
                # a pattern whose target was left unsaid loses to one that names it (اعتبر TGT * &DEROGATORY
                # over اعتبر &CONDEMNED TGT * &DEROGATORY when "the decision" stands for who took it)
                score -= 5
            if t is not None and t.how == "pronoun" and noun:
                # a noun's target named by a pronoun on a preposition after a skip (عملية عسكرية أطلقت
                # عليها اسم ... ضد جماعة الحوثي) is a last resort: a named target wins
                score -= 3
            owner = subj_ref or self._owner_hint
            if t is not None and owner is not None and code[:2] < "17" and \
                    not owner.mention.members and owner.mention.code and \
                    all(x.code in (owner.mention.code, owner.mention.code[:3]) for x in t.mention.flat()):
                # the subject's own country as the target is never coded (إغلاق القنصليات الإيرانية في
                # فرانكفورت: the cities are the closer's own): a reading with another target wins
                score -= 20
            if trace is not None:
                trace.append({"step": "pattern", "pos": i, "pattern": text, "rule": src, "code": code,
                              "result": "match", "score": score})
            if best is None or score > best[0] or (score == best[0] and end > best[2]):
                # (between equals the one that reads further: قدم لتشاد مساعدات عسكرية is military aid, not
                # aid that happens to be followed by an adjective)
                b = dict(binds)
                b["_used"] = used
                best = (score, code, end, b, src, text)
        if best is None or best[1] == "---":
            if best is not None:
                self._sense_discarded = True
                if trace is not None:
                    trace.append({"step": "trigger", "pos": i, "word": s.words[i],
                                  "result": f"sense discarded by {best[4]}"})
            return None
        return best

    def _possible(self, s: Sentence, patterns) -> list:
        """The patterns of a list whose literal words all occur in the sentence, once
        per sentence and list (a trigger tries several starts with the same list)."""
        memo = s.possible
        got = memo.get(id(patterns))
        if got is not None and got[0] is patterns:
            return got[1]
        inv = s.inventory
        if inv is None:
            inv = s.inventory = self._inventory(s)
        w, lm, pr, sy = inv
        out = [pt for pt in patterns if pt[5] is None or (
            pt[5][0] <= w and pt[5][1] <= lm and pt[5][2] <= pr and pt[5][3] <= sy)]
        memo[id(patterns)] = (patterns, out)  # the list itself is kept: its id is not reused
        return out

    def _lacks(self, s: Sentence, need) -> str:
        """What a sentence lacks of a pattern's literal elements, in words (for explain)."""
        w, lm, pr, sy = s.inventory
        missing = [f"the word {x}" for x in sorted(need[0] - w)] + \
            [f"a form of {self.tables.lemmas[x][0]}" for x in sorted(need[1] - lm)] + \
            [f"the preposition {x}" for x in sorted(need[2] - pr)] + [f"a member of {x}" for x in sorted(need[3] - sy)]
        return "the sentence lacks " + ", ".join(missing)

    def _inventory(self, s: Sentence) -> tuple:
        """What the sentence offers the literal elements of patterns (see
        :func:`_pattern_needs`): words and keys, lemmas, prepositions (words and
        clitics), synset names."""
        memo = self._key_inv
        words = set(s.words)
        keys = {a.key for a in s.an}
        keys |= {a.key[:-1] + "ة" for a in s.an if a.suf and a.key.endswith("ت")}  # عضويت-ها: عضوية
        lemmas: set = set()
        syns: set = set()
        for k in keys:
            got = memo.get(k)
            if got is None:
                if len(memo) >= 200_000:
                    memo.clear()  # bounded, like the analyser's memo
                got = memo[k] = self._key_inventory(k)
            if got is not _EMPTY_INV:
                lemmas |= got[0]
                syns |= got[1]
        preps = words | keys | {a.pre[-1:] for a in s.an if a.pre}
        if not words.isdisjoint(_WITH_PRONOUN):
            preps.add("مع")  # (وقف التبادل التجاري معها: مع and its pronoun)
            words = words | {"مع"}
        if not _PRONOUN_PREP_WORDS.isdisjoint(words):
            preps |= {w[0] for w in words if w in _PRONOUN_PREP_WORDS}  # بها، له: the ب and ل of a pronoun
        if "&SUSPECT" not in syns and any(m.kind == K_PERSON or m.kind == K_AGENT and m.role in _HANDED_OVER
                                          for m in s.mentions):
            syns = syns | {"&SUSPECT"}  # one person named may be the wanted person handed over (see _match)
        return words | keys, lemmas, preps, syns

    def _key_inventory(self, k: str) -> tuple:
        """The lemmas and synset names one word key offers (memoised per key)."""
        f = self.tables.forms.get(k)
        y = self.tables.syn_first.get(k)
        if not f and not y:
            return _EMPTY_INV
        return (frozenset(r[0] for r in f) if f else frozenset(),
                frozenset(name for _rest, name in y) if y else frozenset())

    @staticmethod
    def _named_body_end(s: Sentence, p: int) -> int:
        """Where the actor stands that a body's unknown name at ``p`` is (or -1): the body's head
        (مجلس، دول، لجنة ...) and at most four words of its name, then "the ruling one in X"
        (المجلس الوطني لحماية الوطن الحاكم في النيجر) or the countries it is, in brackets (دول
        تحالف الساحل (مالي وبوركينا فاسو والنيجر))."""
        if s.an[p].key not in _NAMED_BODY_HEADS or s.an[p].suf or s.an[p].pre:
            return -1
        for q in range(p + 1, min(s.n, p + 6)):
            if s.boundary[q] and s.words[q] != "(":
                return -1
            m = s.mention_at[q]
            if s.words[q] == "(":
                if q + 1 < s.n and s.mention_at[q + 1] is not None and s.mention_at[q + 1].code and \
                        s.mention_at[q + 1].end < s.n and s.words[s.mention_at[q + 1].end] == ")":
                    return q + 1
                return -1
            if m is not None:
                ruling = s.an[q].key in ("حاكم", "حاكمة") and s.an[q].al and m.code and m.prep == ""
                return q if ruling else -1
            if s.an[q].key in AFFILIATED_WORDS and s.an[q].al and not s.an[q].suf and \
                    q + 1 < s.n and s.mention_at[q + 1] is not None and s.mention_at[q + 1].start == q + 1 and \
                    s.mention_at[q + 1].prep == "ل" and s.mention_at[q + 1].code and \
                    not s.mention_at[q + 1].adjective and not s.mention_at[q + 1].bare:
                return q + 1  # فريق الرصد التابع للأمم المتحدة: a body of the actor it belongs to
            if s.words[q] == "في" and q > p + 1 and q + 1 < s.n and s.mention_at[q + 1] is not None and \
                    s.mention_at[q + 1].start == q + 1 and s.mention_at[q + 1].kind == K_COUNTRY and \
                    s.mention_at[q + 1].prep == "في" and not s.mention_at[q + 1].members and \
                    s.mention_at[q + 1].name != "place":
                return q + 1  # المجلس الأعلى للدفاع في جمهورية الكونغو الديمقراطية: the state's body
        return -1

    def _lemmas_of(self, key: str) -> set[str]:
        """The (normalised) past forms naming the lemmas a word may be a form of."""
        return {normalize(self.tables.lemmas[r[0]][0]) for r in self.tables.forms.get(key, ()) if r[0] is not None}

    @staticmethod
    def _body_at(s: Sentence, m: Mention, p: int) -> bool:
        """Whether mention ``m`` names an institution right at ``p`` (a pattern's BODY): a named
        organisation (حزب النهضة) or a role noun whose head is a body (البرلمان، مجلس السيادة)."""
        if m.start != p or m.members:
            return False
        if m.kind == K_ORG:
            return True
        return m.kind == K_AGENT and s.an[p].key in _INSTITUTION_HEADS

    def _why_not(self, s: Sentence, elems, start: int, noun: bool, obj_ref, used0) -> str:
        """Where a pattern stops matching: the first element that no prefix of the
        pattern can get past (explain only; not on the coding path)."""
        names = {E_TGT: "TGT (an actor)", E_SRC: "SRC (an actor)", E_PREP: "the preposition {}",
                 E_WORD: "the word {}", E_LEMMA: "a form of {}", E_SYN: "a member of {}", E_SKIP: "*"}
        for k in range(1, len(elems) + 1):
            if self._match(s, elems[:k], 0, start, "", "", {}, noun, obj_ref, 0, used0) is None:
                kind, val = elems[k - 1]
                if kind == E_LEMMA:
                    val = self.tables.lemmas[val][0]
                what = names[kind].format(val)
                at = s.words[start] if start < s.n else "the end of the sentence"
                return f"element {k} ({what}) not found" + (f" after {at!r}" if k == 1 else "")
        return "the match was rejected (a target was required)"

    def _owner_target(self, s: Sentence, elems, k: int, p: int, binds: dict, noun: bool, obj_ref, skipped: int,
                      used: tuple, prep: str = ""):
        """An attack on a thing someone owns, named with a pronoun (استهدفت غارة موكبه، قصفت الطائرات
        مقر إقامته، غارة على منزلهم، كمينا لوحداتها): the target is whom the pronoun refers to."""
        q = p
        if prep and not s.an[p].pre.endswith(prep):
            return None
        if s.cover[q] is None and not s.an[q].al and not s.an[q].suf and not s.an[q].pre and q + 1 < s.n and \
                s.an[q + 1].suf and not s.an[q + 1].al and not s.an[q + 1].pre and s.cover[q + 1] is None:
            q += 1  # the second noun of a construct (مقر إقامته)
        a = s.an[q]
        suf = a.suf
        if not suf and not a.flags and not a.al and len(a.key) > 4:
            # a noun the analyser does not know keeps its pronoun (موكبهما)
            suf = next((x for x in ("هما", "هم", "ها", "ه") if a.key.endswith(x)), "")
        if suf not in ("ه", "ها", "هم", "هما") or s.cover[q] is not None or s.boundary[q] or \
                (q == p and a.pre and not (prep and a.pre == prep)) or \
                s.cls[q] & _FUNCTION_CLASSES or self._only_verb(a.key) or \
                s.words[q] in _PREP_PRONOUNS:
            return None
        # (an owner is a person or a body more than a place the sentence names: وصل الوزير إلى دمشق)
        subj = self._subject_ref.mention if self._subject_ref is not None else None
        owner = next((m for m in reversed(s.mentions) if m.end <= q and m is not subj and m.prep == "" and
                      m.kind in (K_AGENT, K_PERSON, K_ORG) and not m.adjective and not m.anaphor and m.code), None)
        ref = self.resolve_pronoun(s, q, suf, self._rec, prefer=_Ref(owner, s, "pronoun") if owner else None,
                                   avoid=self._subject_ref)
        if ref is None or (self._subject_ref is not None and ref.mention is self._subject_ref.mention):
            return None
        b = dict(binds)
        b["TGT"] = ref
        return self._match(s, elems, k + 1, q + 1, "", "", b, noun, obj_ref, skipped, used)

    def _match(self, s: Sentence, elems, k: int, p: int, prep: str, wprep: str, binds: dict, noun: bool,
               obj_ref, skipped: int, used: tuple):
        """Match ``elems[k:]`` at token ``p``. ``prep`` is a clitic preposition matched on
        token ``p`` (ب of بصواريخ); ``wprep`` a preposition word just matched (على).
        Returns (end, bindings, skipped, missing, used tokens) or None."""
        if k == len(elems):
            return p, binds, skipped, 0, used
        kind, val = elems[k]
        n = s.n
        if kind == E_SKIP:
            q = p
            to_actor = k + 1 < len(elems) and elems[k + 1][0] in (E_TGT, E_SRC)
            if to_actor and elems[k + 1][0] == E_TGT and "TGT" not in binds and \
                    self._cur_code[:2] in ("17", "18", "19") and k > 0 and elems[k - 1][0] == E_WORD and \
                    s.an[p - 1].key in self._ship_words and (fl := self._flag_owner(s, p, 8)) is not None:
                # a ship the pattern names, then the flag it flies (احتجاز ناقلة النفط «ستينا إمبيرو» التي ترفع
                # العلم البريطاني): the flag's state
                b = dict(binds)
                b["TGT"] = fl[0]
                return self._match(s, elems, k + 2, fl[1], "", "", b, noun, obj_ref, skipped, used)
            count = 0  # words skipped; commas, times and adverbs are free (، الجمعة،)
            fallback = None
            jumped = -1
            relative = False
            while q <= n and count <= MAX_SKIP:
                if to_actor and q < n and s.words[q] == "في" and q + 1 < n and _venue_at(s, q + 1) and \
                        q != jumped:
                    close = self._after_place(s, q)
                    if close > 0:
                        # (استقبل حفتر في مقر القيادة العامة بالرجمة وفدا روسيا: a venue, not the guest)
                        jumped = q = close
                        continue
                if q > p and q - 1 != jumped:
                    close = self._chunk_end(s, q - 1, True) if s.boundary[q - 1] else -1
                    if close > 0 and close + 1 < n and s.words[close + 1] in _RELATIVES:
                        break  # (، بوساطة وزير الخارجية العماني، الذي تنقل بين الوفدين: his, not the act's)
                    if s.words[q - 1] == "(":
                        # a short aside in brackets (حق النقض (الفيتو) ضد مشروع قرار)
                        close = next((t for t in range(q, min(s.n, q + 4)) if s.words[t] == ")"), -1)
                    if close > 0:
                        q = close + 1  # ، خلال جلسة عقدها المجلس الخميس، بالتدخل: the phrase is passed over
                        jumped = close
                        continue
                    if s.boundary[q - 1] and not self._adverbial_comma(s, q - 1):
                        break
                    if s.words[q - 1] in ("،", ",") and used and self._aside_of(s, used[0], q - 1):
                        break  # (، في ختام قمة عبر الفيديو الخميس، إغلاق حدودها مع مالي: the summit's phrase ends)
                    if not (s.boundary[q - 1] or s.cls[q - 1] & _ADVERBIAL_CLASSES or _in_amount(s, q - 1)):
                        count += 1  # (an amount is one: قدرها مائة وخمسة وثلاثون مليون جنيه إسترليني)
                        if count > MAX_SKIP:
                            break
                # the genitive of a noun that carries a preposition is that phrase's, not the
                # pattern's actor (تدين الهجمات بوصفها انتهاكا لميثاق الأمم المتحدة)
                if q > p and "INTENT" in s.cls[q - 1] and k + 1 < len(elems) and elems[k + 1] == (E_PREP, "ل"):
                    break  # رفض أي محاولات لتهجير الفلسطينيين: the ل is the attempt's, not the rejection's
                if q > p and s.an[q - 1].pre.startswith("و") and not s.an[q - 1].al and \
                        self._only_verb(s.an[q - 1].key):
                    break  # دانت الحكومة الحكم وطالبت المبعوث: the next clause's verb ends the skip
                if q > p and noun and s.an[q - 1].pre == "و" and not s.an[q - 1].al and \
                        not s.an[q - 1].suf and s.cover[q - 1] is None and self._cur_code[:3] == "087" and \
                        any(r[1] == "N" for r in self.tables.forms.get(s.an[q - 1].key, ())):
                    break  # وقف فوري للأعمال القتالية في سوريا وإطلاق حوار بين الحكومة والمعارضة: the next act's
                    # parties, not the ceasefire's
                if q > p and k + 2 < len(elems) and elems[k + 1] == (E_WORD, "مع") and q < n and s.words[q] == "مع" \
                        and s.an[q - 1].key in _BORDER_WORDS and s.cover[q - 1] is None and \
                        self._cur_code[:2] in ("04", "05", "06"):
                    break  # مناورات قرب الحدود مع أفغانستان: the border's مع, not the partner of the act (closing the
                    # border with a state does act on it)
                if q > p and k + 2 < len(elems) and elems[k + 1] == (E_WORD, "مع") and s.cover[q - 1] is None and \
                        not s.an[q - 1].al and not s.an[q - 1].suf and q >= 2 and \
                        (s.an[q - 2].al or s.boundary[q - 2]) and any(
                            r[1] == "N" and r[0] in self._with_lemmas for r in self.tables.forms.get(s.an[q - 1].key, ())):
                    break  # أعلن أمام الاجتماع قطع العلاقات كافة مع إسرائيل: the nearer noun's مع, not the meeting's
                    # (not a noun in construct, a name's part: اتفاقية تبادل المياه مقابل الطاقة مع إسرائيل)
                if q - 1 > p and to_actor and s.an[q - 1].pre == "و" and s.an[q - 1].suf and \
                        s.cover[q - 1] is None and s.an[q - 1].key not in self.tables.actor_first:
                    break  # رفضها استخدام القوة واحترامها لاستقلال أوكرانيا: another act of hers, not the object
                if to_actor and q > p + 1 and s.words[q - 1] in ("علي", "ضد") and self._cur_code[:2] in ("11", "12") \
                        and not _ATTACK_NOUNS.isdisjoint(self._lemmas_of(s.an[q - 2].key)) and s.an[q - 2].al \
                        and not any(s.words[t] == "قبل" and s.words[t - 1] == "من"
                                    for t in range(q + 1, min(n, q + 10))):
                    break  # أدانت مصر الهجوم على السفارة الأمريكية: who was attacked is not the one condemned
                    # (the attacker is: الهجمات الإسرائيلية على المنشآت الإيرانية binds the nisba before على, and
                    # so may one named after it with من قبل)
                if to_actor and q > p and q < n and self._cur_code[:2] in ("11", "12") and s.mention_at[q] is not None \
                        and s.an[q].key in _MISSIONS and s.cover[q - 1] is None and not s.an[q - 1].al and \
                        any(pt[0][:2] in ("14", "17", "18", "19", "20")
                            for r in self.tables.forms.get(s.an[q - 1].key, ())
                            for pt in self._patterns_for(r[1], r[0])):
                    break  # دان اقتحام السفارة البريطانية: the embassy stormed is not the one condemned (but its
                    # condolences are its own: رفض تعازي السفارة الأمريكية)
                if not (to_actor and q > p and s.an[q - 1].pre[-1:] in ("ب", "ل", "ك") and s.cover[q - 1] is None
                        and not s.cls[q - 1] & _ADVERBIAL_CLASSES):
                    r = self._match(s, elems, k + 1, q, prep if q == p else "", "", binds, noun, obj_ref,
                                    skipped + (q - p), used)
                    if r is not None and to_actor and r[3] and self._cur_code[:2] in ("09", "11", "19") and \
                            r[1].get(elems[k + 1][0] == E_TGT and "TGT" or "SRC") is None:
                        # a noun's target left unsaid here: one further on, if any, is meant (منتقدا غياب الجهود
                        # من جانب نيجيريا؛ not arrests, rejections, assaults: their later actors are seldom
                        # their patients)
                        fallback = fallback or r
                        r = None
                    if r is not None:
                        bound = r[1].get("TGT") or r[1].get("SRC")
                        if bound is None or not bound.mention.bare or not to_actor or \
                                (_bare_people(s, bound.mention) and bound.mention.plural):
                            return r  # (definite people are meant: فرقت الشرطة بالغاز آلاف المحتجين المؤيدين لـ)
                        # a bare role noun on the way (قصر الشعب) is a last resort: an actor with
                        # a country further on is the one meant
                        fallback = fallback or r
                # a nisba adjective skipped over can still give the source (فرضت عقوبات أمريكية على)
                # (not one that agrees with a site just matched: باستهداف السفن الإسرائيلية names
                # the ships' owner, the target)
                if to_actor and q > p and s.words[q - 1] in _RELATIVES and q < n and self._cur_code[:2] in _REACTION_ROOTS \
                        and (s.has(q, "RECEIVE") or (s.an[q].key in _WITNESSED and s.an[q].suf) or
                             (self._cur_code[:2] in ("11", "12") and
                                                     not _HITTING.isdisjoint(self._lemmas_of(s.an[q].key)) and not any(
                            s.words[t] == "قبل" and s.words[t - 1] == "من" for t in range(q + 1, min(n, q + 10))))):
                    break  # دان الهجمات التي تعرضت لها سفارة السعودية، التي استهدفت نيويورك: who suffered them is
                    # not the target (but who did it may follow: الذي استهدف القاعدة من قبل الحرس الثوري)
                if q > p and s.words[q - 1] in _RELATIVES:
                    relative = True  # (a nisba in a relative clause is its own subject's: الجولة التي
                    # استضافتها العاصمة الكونغولية)
                if q < n and s.mention_at[q] is not None and s.mention_at[q].adjective and "NISBA" not in binds \
                        and not relative and not (q == p and k > 0 and elems[k - 1][0] == E_TGT and "TGT" in binds and
                                                  binds["TGT"].mention.code[:3] == s.mention_at[q].code[:3]) \
                        and s.mention_at[q].code[:3] not in _AREAS and not (q == p and k > 0 and
                                                                            elems[k - 1] in _OWNED_ELEMS):
                    binds = dict(binds)
                    binds["NISBA"] = _Ref(s.mention_at[q], s, "nisba")
                q += 1
            return fallback
        if kind in (E_TGT, E_SRC):
            name = "TGT" if kind == E_TGT else "SRC"
            if not prep:
                p = self._skip_adverbials(s, p)
            elif p < n and s.mention_at[p] is None and s.words[p][len(s.an[p].pre):] == "كل" and \
                    p + 2 < n and s.words[p + 1] == "من":
                # لكل من روسيا وأوكرانيا: the preposition's clitic sits on كل
                p, wprep, prep = p + 2, prep, ""
            if kind == E_TGT and obj_ref is not None and (k == 0 or k == 1 and elems[0][0] == E_SKIP and not skipped
                                                          and not self._relative_object
                                                          and all(x.kind in (K_PERSON, K_AGENT)
                                                                  for x in obj_ref.mention.flat())):
                # (the verb's object pronoun, a person, before a skip that skipped nothing: استقبل * TGT, حيث
                # استقبلهما الرئيس; not a relative clause's object, المؤتمر الذي استضافته باريس)
                b = dict(binds)
                b[name] = obj_ref
                r = self._match(s, elems, k + 1, p, prep, "", b, noun, None, skipped, used)
                if r is not None:
                    return r
            if k == 0 and kind == E_TGT and self._labelled_pronoun:
                return None  # واعتبرتها احتلالا: the object is the pronoun, never an actor further on
            if kind == E_TGT and not prep and p < n and s.words[p] in _DETACHED_PRONOUNS and self._rec is not None:
                # a detached object pronoun (متهمة إياها بدعم الإرهاب، مطالبا إياهم بالإفراج): whom it
                # refers to, never the clause's subject
                subj = self._subject_ref
                if subj is None and self._rec.last_subject is not None and self._rec.last_subject.sent is s:
                    subj = self._rec.last_subject  # (a participle's: the clause's subject, أعلنت مصر ...، متهمة إياها)
                # (the object of the act the participle goes with, when it agrees: فرضت الخزانة عقوبات على
                # الملياردير الجورجي، مؤسس حزب الحلم، متهمة إياه)
                prefer = next((r[4] for r in reversed(self._pending) if r[0] < p and r[4] is not None and
                               r[3] is not None and subj is not None and r[3].mention is subj.mention and
                               r[4].sent is s and not r[6]), None) if subj is not None else None
                ref = self.resolve_pronoun(s, p, _DETACHED_PRONOUNS[s.words[p]], self._rec, prefer=prefer, avoid=subj)
                if ref is None or (subj is not None and ref.mention is subj.mention):
                    return None
                b = dict(binds)
                b[name] = ref
                return self._match(s, elems, k + 1, p + 1, "", "", b, noun, obj_ref, skipped, used)
            if kind == E_TGT and not prep and p + 1 < n and s.mention_at[p] is None and self._rec is not None and \
                    s.an[p + 1].key == "من" and s.an[p + 1].suf in ("هم", "هن") and not s.an[p + 1].pre and \
                    ("TRANSPARENT" in s.cls[p] or s.words[p].isdigit() or s.an[p].key in _SOME_OF):
                # some of them (واعتقلت العشرات منهم، ترحيل مئات منهم): those the pronoun names, not the
                # clause's subject
                ref = self.resolve_pronoun(s, p + 1, s.an[p + 1].suf, self._rec, avoid=self._subject_ref)
                if ref is None or (self._subject_ref is not None and ref.mention is self._subject_ref.mention):
                    return None
                b = dict(binds)
                b[name] = ref
                return self._match(s, elems, k + 1, p + 2, "", "", b, noun, obj_ref, skipped, used)
            if kind == E_TGT and p < n and s.mention_at[p] is None and s.cover[p] is None and self._rec is not None \
                    and s.an[p].suf in ("ه", "ها", "هم", "هما") and s.an[p].key in _OWNED_WORDS and \
                    self._cur_code[:2] in ("11", "12") and \
                    (s.an[p].pre[-1:] if s.an[p].pre[-1:] in ("ب", "ل") else "") == (prep or ("ل" if noun else "")) \
                    and (p == 0 or s.words[p - 1] not in PREP_WORDS):
                # what someone said or did, named with his pronoun (بانتقاد حاد لتصريحاته، رفض قراراتهم): a
                # criticism or a rejection of it is aimed at him (not the subject's own: دان المجلس، في قراره)
                ref = self.resolve_pronoun(s, p, s.an[p].suf, self._rec)
                if ref is not None and ref.mention.code and ref.mention is not self._rec.dateline and not (
                        self._subject_ref is not None and {x.code[:3] for x in ref.mention.flat()} &
                        {x.code[:3] for x in self._subject_ref.mention.flat()}):
                    b = dict(binds)
                    b[name] = ref
                    r = self._match(s, elems, k + 1, p + 1, "", "", b, noun, obj_ref, skipped, used)
                    if r is not None:
                        return r
            # right after a literal word (or a noun phrase begun by one: هاجم &SITE * TGT over
            # دورية عسكرية إسرائيلية) a nisba names the owner of that word's thing
            after_lit = not wprep and k > 0 and (elems[k - 1][0] in (E_WORD, E_LEMMA, E_SYN) or (
                elems[k - 1][0] == E_SKIP and k > 1 and elems[k - 2][0] in (E_WORD, E_SYN) and not prep
                and p > 0 and not s.an[p - 1].pre and s.mention_at[p - 1] is None
                and not (s.cls[p - 1] & _FUNCTION_CLASSES)))
            # a verbal noun's object may take ل (استقبال الرئيس للوفد), as right after the noun so after a
            # skip that passed over nothing (استقبل * TGT)
            found = self._actor_at(s, p, prep, wprep, noun and (k == 0 or (
                k == 1 and elems[0][0] == E_SKIP and skipped == 0)), after_lit)
            if found is None and prep and p < n and s.mention_at[p] is None and s.has(p, "TITLE"):
                # the preposition on a title before the name (لأخيه صاحب السمو الشيخ تميم بن حمد)
                q = p
                while q < n and s.mention_at[q] is None and s.has(q, "TITLE"):
                    q = s.mark(q, "TITLE")[2]
                m = s.mention_at[q] if q < n else None
                if m is not None and m.prep == "" and not m.adjective and m.code:
                    found = (m, m.end)
            if found is None and prep and p < n and s.mention_at[p] is None and s.has(p, "TRANSPARENT") and \
                    s.words[s.mark(p, "TRANSPARENT")[2] - 1] in ("من", "في"):
                # the preposition on a unit or on members of the actor (كمينا لوحدات من الجيش، قيود على منح التأشيرات
                # لمسؤولين في الحكومة الإثيوبية): the actor
                q = s.mark(p, "TRANSPARENT")[2]
                m = s.mention_at[q] if q < n else None
                if m is not None and not m.adjective and m.code:
                    found = (m, m.end)
            if (found is None or found[0].start > p) and not prep:
                inc = self._including_after(s, p)
                if inc is not None and (found is None or inc[0] is found[0]):
                    # (or the states named in the aside, read past the aside: حث 57 دولة، من بينها فرنسا، على)
                    # states, among them the ones named, are those named (منحت واشنطن ثماني دول، بينها
                    # الصين والهند، إعفاءات؛ فرضت عقوبات على ثلاث دول، بينها إيران)
                    b = dict(binds)
                    b[name] = _Ref(inc[0], s, "pattern")
                    r = self._match(s, elems, k + 1, inc[1], "", "", b, noun, obj_ref, skipped, used)
                    if r is not None:
                        return r
            if found is not None and found[0] is self._exclude:
                found = None  # the noun's own agent (القصف المدفعي التركي) is not its target too
            if found is not None and val == "BODY" and not self._body_at(s, found[0], p):
                found = None  # حل BODY: a parliament, a party, a council, not a person or a country
            if found is not None and val == "PLACE" and not all(x.name == "place" for x in found[0].flat()):
                found = None  # ضم PLACE إلى: a territory (القرم), not a state admitted to a body (ضم أوكرانيا إلى الحلف)
            if found is not None and prep == "ب" and self._cur_code[:2] == "04" and self._cur_code[:3] != "042" and \
                    found[0].kind in (K_COUNTRY, K_METONYM) and found[0].start == p and not found[0].members and \
                    (found[0].kind == K_METONYM or found[0].name == "place"):
                found = None  # a meeting "in" a city (اجتماعهم التشاوري بالدوحة), not "with" it (but one
                # arrives in it: حل ماكرون بالرباط)
            if found is not None:
                m, e = found
                b = dict(binds)
                b[name] = _Ref(m, s, "pattern")
                r = self._match(s, elems, k + 1, e, "", "", b, noun, obj_ref, skipped, used)
                if r is None and e < n and s.an[e].pre == "و" and s.an[e].suf and s.an[e].key in _ALLIES and \
                        (s.mention_at[e] is None or not s.mention_at[e].code):
                    # X's own allies after it (قرار الرياض وشركائها، واشنطن وحلفاؤها): part of the side named
                    r = self._match(s, elems, k + 1, e + 1, "", "", b, noun, obj_ref, skipped, used)
                if r is not None:
                    return r
            if kind == E_TGT and wprep == "الي" and p < n and self._cur_code[:2] == "07" and \
                    s.mention_at[p] is None and s.cover[p] is None and _venue_at(s, p) and \
                    (ref := self._place_target(s, p + 1, 6)) is not None:
                # aid that arrives "at the airport" or "the port" of a place (وصلت إلى مطار بنينا في بنغازي
                # طائرات محملة بالمساعدات): the place's country
                b = dict(binds)
                b[name] = ref
                r = self._match(s, elems, k + 1, ref.mention.end, "", "", b, noun, obj_ref, skipped, used)
                if r is not None:
                    return r
            if kind == E_TGT and prep == "" and p < n and self._cur_code[:2] in ("17", "18", "19") and \
                    (v := s.mention_at[p]) is not None and not v.code and v.kind == K_AGENT and \
                    s.an[p].key in self._vessel_keys and (fl := self._flag_owner(s, v.end, 8)) is not None:
                # a ship seized or attacked, and the flag it flies (احتجاز ناقلة النفط «ستينا إمبيرو» التي ترفع العلم
                # البريطاني): the flag's state
                b = dict(binds)
                b[name] = fl[0]
                r = self._match(s, elems, k + 1, v.end, "", "", b, noun, obj_ref, skipped, used)
                if r is not None:
                    return r
            if kind == E_TGT and prep in ("", "ل") and p < n and self._rec is not None and \
                    self._cur_code[:2] in ("18", "19", "20"):
                r = self._owner_target(s, elems, k, p, binds, noun, obj_ref, skipped, used, prep)
                if r is not None:
                    return r
                if wprep in ("علي", "ضد") and s.mention_at[p] is None and s.cover[p] is None:
                    # fire "on" sites that are no actor (أطلقت مدمرتان أمريكيتان صواريخ على مواقع في
                    # اليمن): their owner, or the country of the place named
                    ref = self._site_owner(s, p) or self._place_target(s, p)
                    if ref is not None:
                        b = dict(binds)
                        b[name] = ref
                        r = self._match(s, elems, k + 1, p + 1, "", "", b, noun, obj_ref, skipped, used)
                        if r is not None:
                            return r
            if kind == E_TGT and self._msg_addr is not None and val not in ("BODY", "PLACE") and \
                    (self._cur_code[:2] in ("02", "03", "05", "10") or self._cur_code[:3] == "139"):
                # what a message says (بعث X برسالة إلى Y أشاد فيها بالمشروع، طالب فيها بوقف القمع) is said to
                # its addressee: appeals, offers, praise, demands, deadlines (not accusations, objections or
                # warnings, whose target is mostly a third party the message complains of)
                b = dict(binds)
                b[name] = self._msg_addr
                q = p + 1 if not prep and p < n and s.an[p].key == "في" and s.an[p].suf else p
                r = self._match(s, elems, k + 1, q, prep if q == p else "", "", b, noun, obj_ref, skipped, used)
                if r is not None:
                    return r
            if noun and kind == E_TGT and val not in ("BODY", "PLACE"):
                # a noun's target may be left unsaid (its reception or passive frame may give it; not
                # a BODY, which is what makes the word the act: حل البرلمان, not حل الدولتين)
                r = self._match(s, elems, k + 1, p, prep, "", binds, noun, obj_ref, skipped, used)
                if r is not None:
                    return r[0], r[1], r[2], r[3] + 1, r[4]
            return None
        if p + 2 < n and s.words[p] == "من" and s.words[p + 1] == "قبل" and s.mention_at[p + 2] is not None:
            # the agent of a passive between the patient and the rest (دعي X من قبل Y إلى زيارة)
            by = s.mention_at[p + 2]
            binds = dict(binds)
            binds["BY"] = _Ref(by, s, "by")
            p = by.end
        if kind in (E_PREP, E_WORD) and (kind == E_PREP or val in PREP_WORDS) and not prep and k > 0 and \
                elems[k - 1][0] in (E_TGT, E_SRC) and p < n and s.words[p] in ("،", ",") and \
                (close := self._chunk_end(s, p, True)) > 0 and close + 1 < n and \
                (s.words[close + 1] == val or kind == E_PREP and s.an[close + 1].pre.endswith(val)):
            # a phrase set off by commas between the object and its preposition (حث نظيره السوري، خلال
            # لقائهما في الرياض، على تولي المسؤولية): passed over
            return self._match(s, elems, k, close + 1, "", "", binds, noun, obj_ref, skipped, used)
        if p >= n or s.boundary[p]:
            return None
        if kind in (E_WORD, E_SYN) and prep and s.an[p].pre.endswith(prep) and s.mention_at[p] is None and \
                "TRANSPARENT" in s.cls[p] and not self._literal_at(s, kind, val, p) and \
                (mk := s.mark(p, "TRANSPARENT")) is not None and mk[2] < n:
            # the preposition on a quantity before the word (محملة بأكثر من 32 طنا من الإمدادات): the word the
            # pattern wants follows the quantity
            q = mk[2] + (1 if s.words[mk[2]] == "من" and mk[2] + 1 < n else 0)
            return self._match(s, elems, k, q, "", wprep, binds, noun, obj_ref, skipped, used)
        if kind in (E_WORD, E_SYN) and not prep and s.mention_at[p] is None and \
                (s.words[p].isdigit() or "TRANSPARENT" in s.cls[p]) and not self._literal_at(s, kind, val, p):
            # a number or a quantity before the word (أطلق عشرات الصواريخ، أسقطت 20 طائرة)
            mk = s.mark(p, "TRANSPARENT")
            q = mk[2] if mk else p + 1
            if q < n and s.words[q] == "من" and q + 1 < n:
                q += 1  # عدد من، العديد من
            return self._match(s, elems, k, q, prep, wprep, binds, noun, obj_ref, skipped, used)
        if kind in (E_WORD, E_SYN, E_LEMMA) and not prep and s.an[p].key in _ELATIVES and not s.an[p].al and \
                not s.an[p].pre and not s.an[p].suf and p + 1 < n and self._literal_at(s, kind, val, p + 1) and \
                not s.an[p + 1].al and not s.an[p + 1].pre:
            # a superlative in construct before the word (وقعتا أكبر صفقة، أول زيارة، أحدث جولة)
            return self._match(s, elems, k, p + 1, prep, wprep, binds, noun, obj_ref, skipped, used)
        a = s.an[p]
        if k + 1 < len(elems) and elems[k + 1][0] == E_TGT and elems[k + 1][1] == "" and self._rec is not None:
            # a preposition carrying the target as a pronoun: أرسلت إليها، العدوان عليه، قدمت لها (never a
            # BODY or a PLACE, which must be named right there: انسحاب القوات منها is from a place)
            suf = _PRONOUN_PREP.get((val, s.words[p])) if kind == E_PREP else (
                a.suf if kind == E_WORD and val in PREP_WORDS and a.key == val and a.suf else
                _WITH_PRONOUN.get(s.words[p]) if kind == E_WORD and val == "مع" else None)
            if suf and not prep:
                ref = self._event_obj or self._relative_antecedent(s, p, suf) or \
                    self.resolve_pronoun(s, p, suf, self._rec, avoid=self._subject_ref)
                if ref is not None and self._subject_ref is not None and ref is not self._event_obj and \
                        {x.code[:3] for x in ref.mention.flat()} <= {x.code[:3] for x in self._subject_ref.mention.flat()}:
                    ref = None  # the subject's own country (استدعت الفلبين القائم بالأعمال الصيني لديها)
                if ref is not None:
                    b = dict(binds)
                    b["TGT"] = ref
                    return self._match(s, elems, k + 2, p + 1, "", "", b, noun, obj_ref, skipped, used + (p,))
        if kind in (E_PREP, E_WORD) and val in PREP_WORDS and not prep and k > 0 and elems[k - 1][0] in (E_TGT, E_SRC) \
                and p + 1 < n and s.words[p + 1] == val and s.words[p] in _OBJECT_GAP:
            # "in it" between the object and its preposition (دعاه فيها إلى: in the cable)
            return self._match(s, elems, k + 1, p + 2, "", val, binds, noun, obj_ref, skipped, used + (p + 1,))
        if kind in (E_PREP, E_WORD) and (kind == E_PREP or val in PREP_WORDS) and not prep and k > 0 and \
                elems[k - 1][0] in (E_TGT, E_SRC) and s.mention_at[p] is None and \
                (mk := s.mark(p, "ADVERB")) is not None and p < mk[2] < n:
            # an adverb between the object and its preposition (دعت الكويت إيران مجددا إلى التفاوض)
            return self._match(s, elems, k, mk[2], "", "", binds, noun, obj_ref, skipped, used)
        if kind in (E_PREP, E_WORD) and (kind == E_PREP or val in PREP_WORDS) and not prep and k > 0 and \
                elems[k - 1][0] in (E_TGT, E_SRC) and p + 1 < n and s.words[p + 1] == val and s.an[p].al and \
                not s.an[p].pre and (ref := binds.get("TGT" if elems[k - 1][0] == E_TGT else "SRC")) is not None and \
                ref.sent is s and ref.mention.end == p and ref.mention.kind in (K_AGENT, K_ORG) and \
                self._adjective_like(s, p):
            # the object's own adjective before the preposition (دعت السعودية الفصائل الأفغانية المتناحرة إلى وقف
            # القتال): part of the object
            return self._match(s, elems, k, p + 1, "", "", binds, noun, obj_ref, skipped, used)
        if kind == E_PREP:
            if val == "ل" and k > 0 and elems[k - 1][0] == E_SKIP and p > 0 and s.an[p - 1].key in _AFFILIATED:
                return None  # منظمات تابعة للأمم المتحدة: the owner of what was skipped, no recipient
            if not prep and s.words[p] == val:
                return self._match(s, elems, k + 1, p + 1, "", val, binds, noun, obj_ref, skipped, used + (p,))
            if a.pre.endswith(val) and not prep:
                if val == "ب" and (a.key in _CHUNK_NOUNS or a.key in _SEAT_NOUNS) and self._cur_code[:2] == "04":
                    # لقاؤها الرئيس بحضور رئيس الوزراء الإسباني: who attends is no party; nor who chairs, nor
                    # whose seat the meeting is held at (في اجتماع طارئ بمقر الجامعة العربية، اجتماعها برئاسة الوزير)
                    return None
                return self._match(s, elems, k + 1, p, val, "", binds, noun, obj_ref, skipped, used)
            return None
        clitic = a.pre[-1:] if a.pre[-1:] in ("ب", "ل", "ك") else ""
        if clitic == "ب" and not prep and kind == E_SYN and p > 0 and s.an[p - 1].key in _LOADED:
            clitic = ""  # what a convoy or a plane is loaded with is what it carries (طائرات محملة بالمواد الغذائية)
        if clitic != prep and not (noun and k == 0 and clitic == "ل" and not prep and kind == E_SYN and
                                   not a.pre.startswith("و") and self._cur_code[:2] != "12"):
            # (a verbal noun's object may take ل: التعليق الفوري لمعاهدة الصداقة; not a breach "of" the
            # law, خرق للقانون الدولي, which names what another's act is, not one's own act)
            return None
        if kind == E_WORD:
            if a.key != val and s.words[p] != val and not (a.suf and val[-1:] == "ة" and a.key == val[:-1] + "ت"):
                return None
            wp = val if val in PREP_WORDS else ""
            if wp and a.suf and k + 1 < len(elems) and elems[k + 1][0] == E_TGT:
                return None  # عليه: the pronoun is the target (unresolved), not the actor after it
            m = s.mention_at[p]
            if a.key in _MISSIONS and m is not None and m.start == p and m.kind == K_AGENT and len(m.code) > 3 and \
                    not m.members and k + 1 < len(elems) and elems[k + 1][0] == E_TGT and "TGT" not in binds:
                # the embassy's country after the word (طرد دبلوماسيين من السفارة الروسية): the embassy is the target
                b = dict(binds)
                b["TGT"] = _Ref(m, s, "owner")
                return self._match(s, elems, k + 2, m.end, "", "", b, noun, obj_ref, skipped,
                                   used + tuple(range(p, m.end)))
            if a.key in _MISSIONS and m is not None and m.start == p and m.kind == K_AGENT and len(m.code) > 3 and \
                    not m.members and "NISBA" not in binds:
                # an embassy the pattern names, named with its country (افتتاح السفارة البريطانية في طهران): that
                # country opens or closes it when no one else is said to
                binds = dict(binds)
                binds["NISBA"] = _Ref(m, s, "nisba")
            return self._match(s, elems, k + 1, p + 1, "", wp, binds, noun, obj_ref, skipped, used + (p,))
        if kind == E_LEMMA:
            readings = self.tables.forms.get(a.key)
            if not readings or not any(r[0] == val for r in readings):
                return None
            if not a.al and "NISBA" not in binds and any(r[0] == val and r[1] == "V" for r in readings):
                # after a verb (ضربة استهدفت القنصلية الإيرانية) a nisba is its object's owner,
                # not the agent
                binds = dict(binds)
                binds["NISBA"] = None
            return self._match(s, elems, k + 1, p + 1, "", "", binds, noun, obj_ref, skipped, used + (p,))
        if kind == E_SYN and val == "&SUSPECT" and not prep and (k == 0 or elems[k - 1][0] != E_SKIP):
            m = s.mention_at[p]  # (only the verb's object itself: not a name further on)
            if m is not None and not m.members and not m.plural and not m.adjective and m.prep == "" and \
                    (m.kind == K_PERSON or m.kind == K_AGENT and m.role in _HANDED_OVER) and \
                    not (p > 0 and (s.words[p - 1].isdigit() or "TRANSPARENT" in s.cls[p - 1])):
                # (not people counted: تسليمها 55 أسيرا are captives)
                # one person named, handed over or taken into custody (سلمت موريتانيا رئيس الاستخبارات الليبي
                # السابق عبد الله السنوسي إلى السلطات الليبية): the wanted person the synset names
                return self._match(s, elems, k + 1, m.end, "", "", binds, noun, obj_ref, skipped,
                                   used + tuple(range(p, m.end)))
        if kind == E_SYN:
            cands = self.tables.syn_first.get(a.key)
            if not cands:
                return None
            if "NISBA" in binds and binds["NISBA"] is None:
                # the event noun a verb governs (أعاد فرض العقوبات الأمريكية): its nisba is the agent again
                binds = {x: v for x, v in binds.items() if x != "NISBA"}
            for rest, name in cands:
                if name != val:
                    continue
                e = s.syn_phrase_end(p, rest)
                m = s.mention_at[p]
                # (the elements up to the target are what found it, and only a gap or a preposition may
                # stand between: تابعة ل TGT wants its word; the elements after the target still must match)
                t = next((t for t in range(k, len(elems)) if elems[t][0] == E_TGT), -1)
                owned = t > k and "TGT" not in binds and all(
                    elems[x][0] in (E_SKIP, E_PREP) or elems[x][1] in PREP_WORDS for x in range(k + 1, t))
                if e > 0 and (val == "&AIRCRAFT" or val in _OWNED_SYNSETS and m is not None and m.start == p or
                              val == "&EMBASSY" and m is not None and m.start == p and t == k + 1) and \
                        m is not None and m.kind == K_AGENT and m.code and not m.members and owned:
                    # an aircraft named with its country is its forces' (أسقطت مقاتلات تركية قاذفة
                    # روسية): the target, not a thing before it; so is a site that is an actor itself
                    # (استهدف القنصلية الإيرانية في دمشق: the consulate)
                    b = dict(binds)
                    b["TGT"] = _Ref(m, s, "owner")
                    return self._match(s, elems, t + 1, m.end, "", "", b, noun, obj_ref, skipped,
                                       used + tuple(range(p, m.end)))
                if e > 0 and val in _OWNED_SYNSETS and owned:
                    # a site's owner is the target, wherever the site is: قصف قنصليتها في دمشق،
                    # قصف القنصلية الإيرانية في دمشق
                    ref = None
                    after = e
                    if s.an[e - 1].suf and not s.an[e - 1].key in PREP_WORDS:
                        ref = self.resolve_pronoun(s, e - 1, s.an[e - 1].suf, self._rec,
                                                   prefer=self._same_sentence_subject(s, self._rec))
                    elif e < s.n and s.mention_at[e] is not None and s.mention_at[e].adjective and \
                            not s.mention_at[e].members and s.mention_at[e].prep == "":
                        ref = _Ref(s.mention_at[e], s, "owner")
                        after = s.mention_at[e].end
                    elif (fl := self._flag_owner(s, e)) is not None:
                        ref, after = fl  # (استهدف سفينة شحن ترفع العلم الأمريكي في خليج عدن: the flag's state)
                    if ref is not None:
                        b = dict(binds)
                        b["TGT"] = ref
                        return self._match(s, elems, t + 1, after, "", "", b, noun, obj_ref, skipped,
                                           used + tuple(range(p, e)))
                if e > 0:
                    r = self._match(s, elems, k + 1, e, "", "", binds, noun, obj_ref, skipped,
                                    used + tuple(range(p, e)))
                    if r is not None:
                        return r
            return None
        return None

    def _literal_at(self, s: Sentence, kind: int, val: str, p: int) -> bool:
        """Whether the word or synset element ``val`` starts at token ``p``."""
        a = s.an[p]
        if kind == E_WORD:
            return a.key == val or s.words[p] == val or (a.suf and val[-1:] == "ة" and a.key == val[:-1] + "ت")
        if kind == E_LEMMA:
            return any(r[0] == val for r in self.tables.forms.get(a.key, ()))
        # (a member that only begins there is none: جميع أشكال الاتصال is not at جميع الاتصالات)
        return any(name == val and (not rest or s.syn_phrase_end(p, rest) > 0)
                   for rest, name in self.tables.syn_first.get(a.key, ()))

    def _actor_at(self, s: Sentence, p: int, prep: str, wprep: str, noun_object: bool, after_lit: bool = False):
        """An actor argument starting at ``p``: a mention, or a mention after one
        or two nouns in construct (بجهود قطر، لحق إيران، بالغارات الإسرائيلية)."""
        if p >= s.n:
            return None
        if not prep:
            q = self._skip_counts(s, p)  # quantities before the actor: أكثر من عشرين دبلوماسيا ألمانيا
            counted_of = False
            r = q + 1
            if q != p and r < s.n and s.words[q] == "من" and s.mention_at[r] is None and \
                    s.has(r, "TRANSPARENT") and not s.an[r].pre:
                r = s.mark(r, "TRANSPARENT")[2]  # ثلاثة من قياديي الجبهة، عشرات من كوادر الحزب: the body
            if q != p and r < s.n and s.words[q] == "من" and s.mention_at[r] is not None and \
                    not s.mention_at[r].adjective:
                q = r  # عشرات من ناشطي الحركة
                counted_of = True
            if q != p and q < s.n and s.mention_at[q] is not None:
                if counted_of:
                    return s.mention_at[q], s.mention_at[q].end
                p = q
        if not prep and s.words[p] in ("ل", "ب", "ك") and p + 1 < s.n:
            # a detached proclitic (لـ"حق إيران")
            if noun_object and s.words[p] == "ل":
                return self._actor_at(s, p + 1, "", "ل", False)
            return None
        c = s.cover[p]
        if c is not None and c.start < p and after_lit and not c.bare:
            # the pattern's word began the mention (طرد السفير | الروسي): the whole mention is the target
            return c, c.end
        m = s.mention_at[p]
        if m is not None and m.adjective and after_lit and not prep and m.prep == "":
            return m, m.end  # the nisba of the word just matched (هاجم سفينة إسرائيلية)
        if m is not None and m.adjective and (m.prep == prep or not prep and m.prep == wprep) and not m.members and \
                s.an[m.start].al and m.end - m.start == 1 and m.end + 1 < s.n and s.cover[m.end] is None and \
                (m.start == 0 or s.cover[m.start - 1] is None) and \
                s.words[m.end].isalpha() and not s.an[m.end].al and not s.an[m.end].pre.startswith("و") and \
                not s.an[m.end].flags and not s.cls[m.end] and not s.boundary[m.end]:
            # a definite nisba used as a noun before a name no dictionary lists (حكما بالإعدام على العراقية
            # ساجدة الريشاوي): a person of that country (not a second nisba of a person named before it,
            # الكاتب الفرنسي الجزائري بوعلام صنصال)
            return m, m.end
        if m is not None and not m.adjective:
            if prep:
                return (m, m.end) if m.prep == prep else None
            if m.prep == "" or (wprep and m.prep == wprep) or (noun_object and m.prep == "ل"):
                m2 = self._apposed_agent(s, m.end, m.plural or s.an[m.start].key.endswith(("ان", "ين"))) \
                    if m.bare and not m.code and not m.members else None
                if m2 is not None and m2.code:
                    # a bare title, then who he is after a comma (الوسيطان الدوليان، مبعوث الأمم المتحدة سايروس
                    # فانس): the apposition is the actor
                    return m2, m2.end
                return m, m.end
            return None
        if m is None and s.an[p].key in ("بلاد", "دولة") and s.an[p].al and not s.an[p].suf and s.cover[p] is None \
                and (prep == "ل" and s.an[p].pre.endswith("ل") or wprep == "الي") and self._cur_code[:3] == "042" and \
                (home := self._rec.roles.get(DATELINE)):
            # a visit "to the country" (خلال زيارة مودي إلى الدولة، التي يقوم بها للبلاد) in a story a national
            # agency or a city's dateline places: that country
            hc, hs = next(iter(home.items()))
            here = Mention(p, p + 1, hc[:3], K_COUNTRY, list(hs))
            here.prep = prep or wprep
            return here, p + 1
        if m is None and prep and s.an[p].key == "ما" and s.an[p].pre.endswith(prep) and \
                self._cur_code[:2] in _REACTION_ROOTS and (done := self._relative_doer(s, p)) is not None:
            return done  # what someone did (أشاد بما بذله السفير من جهود): his
        if m is None and prep and s.an[p].key == "ما" and s.an[p].pre.endswith(prep) and p + 3 < s.n and \
                self._cur_code[:2] in _REACTION_ROOTS and s.an[p + 1].key in ("ورد", "جاء") and \
                not s.an[p + 1].pre and s.words[p + 2] == "في" and s.mention_at[p + 3] is None:
            # what was said in someone's report or statement (رفض المملكة لما ورد في تقرير الاستخبارات
            # الأمريكية): its author
            return self._actor_at(s, p + 3, "", "", False)
        if m is None and not prep and not s.boundary[p] and not s.an[p].pre and s.cover[p] is None:
            # a name nobody listed, then who he is after a comma (اعتقلت الشرطة أحمد سامي، وزير الزراعة
            # السابق): the apposition is the actor
            if self._unknown_name_end(s, p) - p >= 2 and (m2 := self._apposed_agent(s, p)) is not None:
                return m2, m2.end
        # construct: a noun (carrying the pending preposition) then the actor, its genitive or nisba
        if m is None and not s.boundary[p] and not s.an[p].suf and not (s.cls[p] & _FUNCTION_CLASSES) \
                and s.cover[p] is None and s.words[p] not in _RELATIVES:  # (التي استهدفت نيويورك: no noun)
            clitic = s.an[p].pre[-1:] if s.an[p].pre[-1:] in ("ب", "ل", "ك") else ""
            if clitic != prep and not (noun_object and clitic == "ل" and not prep):
                return None
            readings = self.tables.forms.get(s.an[p].key)
            if readings and any(r[1] == "V" for r in readings) and not s.an[p].al and not clitic and not (
                    p + 1 < s.n and (m1 := s.mention_at[p + 1]) is not None and m1.adjective and
                    not s.an[p + 1].al and not s.an[p + 1].pre):
                return None  # (a noun the indefinite nisba after it qualifies: رفضت كندا طلبا أردنيا)
            if s.an[p].key in _NOT_CONSTRUCT_HEADS:
                return None  # ضحايا هجوم حماس: the victims, not Hamas
            if readings and self._responded_to(s, p):
                return None  # الرد على اغتيال سليماني: a response hits the killers, not the one killed
            a1 = p + 1  # (past the noun's own adjectives: التصريحات العنصرية الصادرة عن)
            while a1 < s.n and a1 - p <= 3 and s.an[a1].al and not s.an[a1].pre and s.cover[a1] is None and \
                    s.an[a1].key not in _ISSUED_BY and s.an[a1].key not in _CAUSED_BY and self._adjective_like(s, a1):
                a1 += 1
            if self._cur_code[:2] in ("11", "12") and a1 + 2 < s.n and s.an[a1].al and \
                    s.an[a1].key in _CAUSED_BY and s.words[a1 + 1] == "عن" and s.mention_at[a1 + 2] is None:
                # what an act caused is the act's (دانت التصعيد الناجم عن الضربات الأمريكية): its maker
                return self._actor_at(s, a1 + 2, "", "", False)
            if self._cur_code[:2] in _REACTION_ROOTS and a1 + 2 < s.n and s.an[a1].al and \
                    s.an[a1].key in _ISSUED_BY and s.words[a1 + 1] == "عن" and s.has(p, "REPORT"):
                # words issued by someone are his (رفضها للتصريحات الصادرة عن مسؤولين في الإدارة
                # الأمريكية، رحب بالبيان الصادر عن القمة): their author
                if s.mention_at[a1 + 2] is not None:
                    m3 = s.mention_at[a1 + 2]
                    return (m3, m3.end) if m3.code and not m3.adjective else None
                return self._actor_at(s, a1 + 2, "", "", False)
            if self._cur_code[:2] in _REACTION_ROOTS:
                q = p + 1
                while q < s.n and q - p <= 3 and s.an[q].al and not s.an[q].pre and self._adjective_like(s, q):
                    q += 1
                if q > p + 1 and q < s.n and s.words[q] in _RELATIVES:
                    # the act's adjectives, then who did it (بالجهود الأخوية الصادقة التي بذلتها المملكة)
                    return self._relative_doer(s, q)
            for q in (p + 1, p + 2):
                if q >= s.n or s.boundary[q]:
                    return None
                m2 = s.mention_at[q]
                if m2 is not None:
                    if m2.adjective and readings and clitic == "ل" and self._cur_code[:2] < "10":
                        return None  # دعم الاقتصاد ... للحرب الروسية: the war's nisba is who wages it
                    if self._cur_code[:2] in ("11", "12") and readings and any(r[1] == "N" for r in readings) and \
                            not m2.adjective and (m2.kind == K_DEMONYM or m2.role in ("CVL", "REF") or
                                                  (m2.kind == K_NISBA and m2.plural) or m2.name == "place" or
                                                  s.an[m2.start].key in _MISSIONS):
                        return None  # رفض تهجير الفلسطينيين، أدان قصف غزة: the act's victims are not rejected (nor
                        # an embassy stormed: دان اقتحام السفارة البريطانية)
                    # مواقع لحزب الله، كيانات من كوريا الشمالية
                    if m2.prep in ("", "ل") or (m2.prep == "من" and q == p + 2 and s.words[p + 1] == "من"
                                                and not noun_object):
                        return m2, m2.end
                    return None
                if q == p + 1 and s.words[q] == "من" and not noun_object:
                    continue  # كيانات من كوريا الشمالية (after a verb; after a noun, من marks its source)
                if s.words[q] in _RELATIVES and self._cur_code[:2] in _REACTION_ROOTS:
                    return self._relative_doer(s, q)
                if q == p + 1 and not s.an[p].al and s.an[q].suf and self._cur_code[:2] in ("11", "12") and \
                        s.an[p].key not in ("ما", "من") and self._lemmas_of(s.an[q].key).isdisjoint(_LABELLING) and \
                        any(r[1] == "V" for r in self.tables.forms.get(s.an[q].key, ())):
                    # an indefinite noun's relative clause takes no الذي (ندد بمرسوم وقعه الرئيس الروسي): its
                    # subject did what the reaction is to
                    return self._relative_doer(s, p)
                if s.an[q].pre or s.an[q].suf or (s.cls[q] & _FUNCTION_CLASSES):
                    return None
        return None

    @staticmethod
    def _agentless_cost(s: Sentence, i: int, ag: _Ref | None, genitive: Mention | None, ctx: dict) -> float:
        """What a noun's reading loses for having no agent of its own: a near tie goes to the one
        that has (مقابل إطلاق إسرائيل سراح 25 سجينا: Israel releases). Under a light verb whose
        subject is someone else, that subject does the act and the genitive is its object (جدد وزير
        الخارجية الكويتي مطالبة النظام العراقي بالإفراج عن الأسرى): the genitive read as the agent loses."""
        light = ctx["gov_cls"] == "LIGHT" and ctx["gov_subject"] is not None and genitive is not None and \
            ctx["gov_subject"].mention.code and genitive.code and \
            ctx["gov_subject"].mention.code[:3] != genitive.code[:3] and ctx["gov_pos"] is not None and \
            all(s.cover[t] is not None or s.cls[t] & _ADVERBIAL_CLASSES or s.words[t] in ("،", ",")
                for t in range(ctx["gov_pos"] + 1, i))  # (the light verb's own noun, not one after it:
        # أعربت موسكو عن قلقها من تزويد تركيا أوكرانيا is Turkey's supply)
        if ag is None:
            return 0.0 if light else 2.0
        return 2.0 if light and ag.mention is genitive else 0.0

    @staticmethod
    def _relative_antecedent(s: Sentence, p: int, suf: str) -> _Ref | None:
        """The people a plural pronoun on the preposition after a verb names when the verb opens a
        relative clause right after them (35 أوكرانيا أفرجت عنهم موسكو، مواطنين أمريكيين أفرجت
        عنهما جماعة الحوثي، الصحفيين اللذين أفرجت عنهما طالبان): counted or plural people, not
        whatever agrees further back."""
        if suf not in ("هم", "هما", "هن") or p < 2:
            return None
        j = p - 2
        if s.words[j] in _RELATIVES:
            j -= 1
        m = s.cover[j] if j >= 0 else None
        if m is None or m.end != j + 1 or not m.code or m.prep or m.adjective and not m.plural:
            return None
        counted = m.start > 0 and (s.words[m.start - 1].isdigit() or "TRANSPARENT" in s.cls[m.start - 1])
        if not (counted or m.members or m.plural or m.kind == K_DEMONYM or m.role in _PEOPLE_ROLES):
            return None
        return _Ref(m, s, "pronoun")

    @staticmethod
    def _asyndetic_antecedent(s: Sentence, i: int) -> _Ref | None:
        """People named indefinitely right before a verb whose object pronoun refers back to them (13 من
        موظفي الأمم المتحدة احتجزتهم الجماعة): an indefinite noun's relative clause takes no الذين, and
        its verb's pronoun is that noun. (The pronoun on the verb's preposition, أفرجت عنهم, is
        _relative_antecedent's.)"""
        a = s.an[i]
        if i == 0 or a.pre or a.suf not in ("هم", "هن") or s.boundary[i - 1]:
            return None
        m = s.cover[i - 1]
        if m is not None and m.end == i and m.code and not m.adjective and m.start > 1 and \
                s.words[m.start - 1] == "من" and s.cover[m.start - 2] is None and not s.an[m.start - 2].al and \
                not s.an[m.start - 2].pre and not s.an[m.start - 2].suf and s.words[m.start - 2].isalpha() and \
                not s.cls[m.start - 2]:
            return _Ref(m, s, "relative")  # (counted people of a group: 800 مقاتل من تنظيم الدولة أسرتهم القوات)
        if m is None or m.end != i or m.adjective or m.members or not m.code or s.an[m.start].al or s.an[m.start].suf or \
                not (m.plural or (m.kind == K_AGENT and s.words[m.start].endswith("ي")) or
                     (m.start > 0 and (s.words[m.start - 1].isdigit() or "TRANSPARENT" in s.cls[m.start - 1]))):
            return None  # (a plural in construct loses its ن: موظفي الأمم المتحدة; counted: 13 موظفا أمميا)
        return _Ref(m, s, "relative")

    @staticmethod
    def _relative_doer(s: Sentence, q: int):
        """The subject of a relative clause at ``q`` (or after ما) whose verb, or the preposition after
        it, carries the pronoun of the act named before it (إدانتها للعدوان الذي يشنه الجيش التركي،
        أسفها للعمليات التي شنتها الهند، بالدور الذي تضطلع به القاهرة): who did the act a reaction is
        to. A verb without that pronoun has the act as its subject (للهجوم الذي استهدف الجيش: what it
        hit), so it gives nothing."""
        v = q + 1
        subj = v + 1
        if v + 2 < s.n and not s.an[v].suf and s.words[v + 1] in ("به", "بها", "بهما", "بهم"):
            subj = v + 2  # the pronoun on the verb's preposition (الدور الذي تضطلع به القاهرة، التي يقوم بها)
        elif v + 1 >= s.n or s.an[v].suf not in _ACT_PRONOUNS:
            return None
        if s.boundary[v] or s.an[v].al or s.an[v].pre or \
                s.mention_at[v] is not None or s.cover[v] is not None or s.an[v].key in _WITNESSED or \
                s.has(v, "RECEIVE"):
            return None
        m = s.mention_at[subj]
        if m is None or m.adjective or m.prep or not m.code:
            return None
        return m, m.end

    # ------------------------------------------------------------------
    # context: governors, negation, modality

    def context(self, s: Sentence, i: int, rec: _Record, verb: bool, depth: int = 0) -> dict:
        """Negation, modality and the governor of the trigger at ``i`` (see :meth:`_context`); a
        verbal noun coordinated with an alleged one is alleged too (اتهمت إيران إسرائيل بقصف
        المنشأة واغتيال العلماء: the killing is part of the accusation)."""
        ctx = self._context(s, i, rec, verb, depth)
        if not verb and depth == 0 and not ctx["allege"] and not ctx["cond"] and s.an[i].pre[:1] == "و" and \
                not s.an[i].pre.endswith("ب"):
            for k in range(i - 1, max(-1, i - 7), -1):
                if s.boundary[k]:
                    break
                if s.an[k].pre.endswith("ب") and not s.an[k].al and \
                        any(r[1] == "N" for r in self.tables.forms.get(s.an[k].key, ())):
                    first = self._context(s, k, rec, False, depth + 1)
                    if first["allege"]:
                        ctx["allege"] = True
                        ctx["srcs"] += first["srcs"]
                    break
        return ctx

    def _context(self, s: Sentence, i: int, rec: _Record, verb: bool, depth: int = 0) -> dict:
        """Negation, modality and the governor of the trigger at ``i``.

        Looks back through its clause: negation and modal words just before
        it; a governing word (intent, threat, denial, litotes, allegation,
        warning, report, reception, control, light verb, copula) at most one
        ordinary word away, past prepositions and transparent words (مزيد من،
        أحد أبرز); and, for a noun with no governor, the verb of its clause
        (لم تصل شحنة مساعدات). The governor's own context is merged in, so a
        negated, conditional or future governor passes that on."""
        ctx = {"neg": False, "gov_neg": False, "cond": False, "future": False, "may": False, "gov_cls": "",
               "gov_pos": None, "gov_subject": None, "gov_object": None, "allege": False, "threat": False,
               "so_named": False,
               "srcs": []}
        if not verb and self._responded_to(s, i):
            return ctx  # توعدت بالرد على اغتيال X: the act responded to is no part of the threat
        a = s.an[i]
        if not verb and i > 1 and self._so_named(s, i):
            ctx["so_named"] = True  # ردا على ما وصفته بتسليم طهران صواريخ: the act is what the speaker calls it
        if a.pre[-1:] == "س":
            ctx["future"] = True
        elif not verb and i > 1 and s.words[i - 1] in _IN_EXCHANGE:
            # the act given in exchange for one to come is to come too (ستفرج باكو عن 32 عسكريا، مقابل إطلاق يريفان
            # سراح جنديين)
            for k in range(i - 2, max(-1, i - 25), -1):
                if s.boundary[k] and s.words[k] not in ("،", ","):
                    break
                if s.an[k].pre[-1:] == "س" or s.words[k] == "سوف":
                    ctx["future"] = True
                    break
        # a condition or a question earlier in the sentence covers what follows it (إذا ... فإن ...)
        if 0 <= s.cond_at < i and not any((s.words[k] in _NEW_CLAUSE and (
                s.words[k - 1] in ("،", ",") or (s.words[k - 1] == "في" and s.words[k - 2] in ("،", ",")))) or
                (s.words[k - 1] in ("،", ",") and self._main_clause_again(s, k))
                for k in range(s.cond_at + 2, i + 1)):
            # (not past a new clause: حذر من عواقب إذا لم يفرج عنها، فيما استدعت الخارجية القائم بالأعمال; nor
            # past the main clause's participle or وذلك after the condition: ستفرض رسوما في حال مضت واشنطن في
            # فرض رسومها، محذرة من أن ...؛ ... في حال تعرض أي من البلدين لعدوان، وذلك خلال أول زيارة يقوم بها)
            ctx["cond"] = True
            mk = s.mark(s.cond_at, "COND") or s.mark(s.cond_at, "QUESTION")
            ctx["srcs"].append(mk[3])
        if verb and i > 2 and s.words[i - 1] == "ان" and s.words[i - 2] == "علي" and s.words[i - 3] in ("،", ",") and \
                self._present(s, i):
            ctx["future"] = True  # ...، على أن تفرج إسرائيل لاحقا عن تسعين أسيرا: "with X to do" later
        elif verb and a.pre == "و" and "SUBORD" in s.present and self._present(s, i):
            # and so is a verb joined to that one (على أن تضاعف كندا عدد مدربيها، وتقدم 1.6 مليار دولار)
            for k in range(i - 1, max(2, i - 20), -1):
                if s.boundary[k] and s.words[k] not in ("،", ","):
                    break
                if s.words[k] == "ان" and s.words[k - 1] == "علي" and s.words[k - 2] in ("،", ","):
                    ctx["future"] = True
                    break
        if verb and s.future_time and self._present(s, i):
            ctx["future"] = True  # يزور ... الأسبوع المقبل
        if verb and i > 0 and s.words[i - 1] == "ما" and self._past(s, i) and s.an[i].key[:3] not in _STILL \
                and not (i > 1 and (s.words[i - 2] in ("،", ",") or s.words[i - 2] in _WHAT_HEADS)):
            ctx["neg"] = True  # ما زار: negation of the past (not "، ما دفع": "which prompted")
        j = i - 1
        gap = 0
        gov = None
        host_verb = None
        stop = max(0, i - 40)  # a governor is never further back than this
        clause_subject = embedded = False
        while j >= stop:
            if s.adverb_start and j + 1 in s.adverb_start and s.adverb_start[j + 1] < j:
                j = s.adverb_start[j + 1] - 1  # a time phrase of several words (خلال اليومين الماضيين) is passed over
                continue
            if j == i - 1 and not verb and not s.boundary[j]:
                k = next((t for t in range(j, max(0, j - 7), -1) if s.words[t] == MARGIN and s.words[t - 1] == "علي"),
                         -1)
                if k > 0 and not any(s.boundary[t] for t in range(k, j + 1)):
                    j = k - 2  # where they met (أجرى مشرف على هامش القمة الإسلامية محادثات) is passed over
                    continue
            if not s.an[j].al and not s.an[j].pre and not s.an[j].suf and s.an[j].key in _OPERATION_WORDS and \
                    s.cover[j] is None and not verb:
                j -= 1  # an operation of the act, the first one (نفذت القوات أول عملية إنزال جوي، شنت عمليات
                continue  # اعتقال): not with the article (العملية العسكرية الإسرائيلية is an act of its own)
            if s.words[j] == ")":
                k = next((k for k in range(j - 1, max(-1, j - 12), -1) if s.words[k] == "("), -1)
                if k > 0 and not any(s.boundary[t] and s.words[t] not in ("،", ",") for t in range(k + 1, j)):
                    j = k - 1  # a name or a gloss in brackets (منظمة الصحة العالمية (WHO)) goes on
                    head = next((t for t in range(k - 1, max(-1, k - 6), -1) if self._named_body_end(s, t) == k + 1),
                                -1)
                    if head >= 0:
                        j = head - 1  # (دول تحالف الساحل (مالي وبوركينا فاسو): the body its countries are)
                    continue
            if not verb and s.cover[j] is None and s.words[j].isalpha() and not s.an[j].pre:
                # what the governor says the act in (أعلنت الجزائر ومصر في بيان مشترك صدر اليوم استئناف
                # العلاقات): the phrase is passed over
                k = next((k for k in range(j, max(0, j - 5), -1) if (s.an[k].key in _SPEECH_NOUNS or
                                                                   s.an[k].key in _VENUES) and
                          s.words[k - 1] == "في" and not s.an[k].pre), -1)
                b = k - 2
                while b > 0 and s.cls[b] & _ADVERBIAL_CLASSES and s.cover[b] is None and not s.boundary[b]:
                    b -= 1  # (and a time before it: أجرى بورقيبة أمس في قصر رامبوييه محادثات)
                if k > 1 and all(s.cover[t] is None and s.words[t].isalpha() and not s.an[t].pre and
                                 not s.boundary[t] and (not (s.cls[t] & _FUNCTION_CLASSES - _ADVERBIAL_CLASSES) or
                                                        s.words[t] == "امام")
                                 for t in range(k, j + 1)) \
                        and (s.has(b, "REPORT") or (s.cover[b] is not None and s.cover[b].start > 0 and
                                                     (s.has(s.cover[b].start - 1, "REPORT") or
                                                      s.has(s.cover[b].start - 1, "LIGHT")))):
                    j = b  # (right after the reporting verb or its subject, or a light verb's subject: شن
                    # القذافي في كلمته أمام مؤتمر القمة أمس هجوما حادا على كاسترو; and where it was done)
                    continue
            if not verb and s.words[j] in ("،", ","):
                # the same set off by commas, of any length (أعلن الرئيس موبوتو، في خطاب ألقاه أمام الجمعية العامة
                # للأمم المتحدة اليوم، قطع العلاقات)
                o = next((t for t in range(j - 1, max(0, j - 16), -1) if s.boundary[t]), -1)
                t = o - 1
                while t > 0 and s.cover[t] is not None and not s.has(t, "REPORT"):
                    t = s.cover[t].start - 1  # (back over the subject and its appositions: الرئيس موبوتو رئيس زائير)
                if o > 0 and s.words[o] in ("،", ",") and o + 3 < j and s.words[o + 1] == "في" and \
                        s.an[o + 2].key in _SPEECH_NOUNS and not s.an[o + 2].pre and t >= 0 and s.has(t, "REPORT"):
                    j = o - 1
                    continue
            if s.words[j] == "/" and 0 < j < i - 1 and s.cls[j - 1] & _ADVERBIAL_CLASSES and \
                    s.cls[j + 1] & _ADVERBIAL_CLASSES:
                j -= 1  # two names of one month (في آذار/مارس الماضي)
                continue
            if s.words[j] in ("،", ",") or (j + 1 < i and s.words[j + 1] in ("،", ",")):
                c = j if s.words[j] in ("،", ",") else j + 1
                k3 = next((t for t in range(c - 1, max(-1, c - 8), -1) if s.boundary[t]), -1)
                if k3 > 0 and s.words[k3] in ("،", ",") and k3 + 1 < c and s.cover[k3 + 1] is not None and \
                        s.cover[k3 + 1].start == k3 + 1 and s.cover[k3 + 1].kind in (K_AGENT, K_PERSON) and \
                        s.cover[k3 - 1] is not None and s.cover[k3 - 1].code and \
                        all(s.cover[t] is s.cover[k3 + 1] or (s.cover[t] is None and not s.marks[t] and
                                                             not s.an[t].pre and s.words[t].isalpha() and
                                                             s.an[t].key not in self._trigger_keys)
                            for t in range(k3 + 1, c)):
                    j = k3 - 1  # the speaker's name set off by commas (المتحدث باسم المجلس، العقيد أمادو
                    continue  # عبد الرحمن، مساء السبت، تعليق): the clause goes on
            if s.boundary[j]:
                # a comma that only sets off a time or an adverbial (تلقى الرئيس، مساء الجمعة،
                # اتصالا; أبلغ X Y، خلال اتصال هاتفي) does not end the clause
                k = j - 1
                while k > max(0, j - 10) and s.words[k] not in ("،", ","):
                    k -= 1
                if s.words[j] in ("،", ",") and s.words[k] in ("،", ",") and k + 1 < j and \
                        s.an[k + 1].pre.endswith("ب") and (s.has(k + 1, "BACKING") or s.has(k + 1, "MEDIATE")):
                    j = k  # a chunk of backing or mediation set off by commas: ، بدعم من أستراليا وكندا،
                    continue
                if s.words[j] in ("،", ",") and s.words[k] in ("،", ",") and 2 < j - k <= 5 \
                        and any(s.an[t].key == "الله" for t in range(k + 2, j)) and \
                        all(s.cover[t] is None for t in range(k + 1, j)):
                    j = k - 1  # a blessing: تلقى أمير البلاد، حفظه الله ورعاه، اتصالا
                    continue
                if j + 1 == i and not verb and s.words[j] in ("،", ","):
                    k2 = j - 1
                    while k2 > max(0, j - 24) and not s.boundary[k2]:
                        k2 -= 1
                    if k2 > 0 and self._chunk_end(s, k2) == j:
                        j = k2 - 1  # ، في بيان ثلاثي مشترك صدر اليوم، الاتفاق على: a phrase set off by commas
                        continue
                    if k2 > 0 and s.words[k2] in ("،", ",") and s.cover[k2 - 1] is not None and \
                            not s.an[k2 + 1].pre and s.cover[k2 + 1] is None and s.an[k2 + 1].key in _DESCRIBING:
                        j = k2 - 1  # أصدرت المحكمة في صنعاء، الخاضعة لسيطرة الحوثيين، حكما: a description set off
                        continue  # (or how the actor was: شنت قوات القذافي، مدعومة بالدبابات، هجوما)
                if s.words[j] in ("-", "–", "—") and 0 < j < s.n - 1 and s.cover[j - 1] is not None and \
                        s.cover[j + 1] is not None and not s.cover[j + 1].code.startswith(("IGO", "NGO")) and \
                        (not s.cover[j - 1].code or not s.cover[j + 1].code or
                         s.cover[j - 1].code[:3] == s.cover[j + 1].code[:3]):
                    j -= 1  # القوات المسلحة الأردنية - الجيش العربي: one actor named twice
                    continue
                if j + 1 == i and not verb and s.words[j] in ("،", ",") and \
                        any(r[1] == "P" for r in self.tables.forms.get(s.an[i].key, ())) and \
                        self._adverbial_accusative(s, i):
                    break  # ، داعيا إسرائيل إلى: a participle of the main clause, not of the quote before it
                if s.words[j] in ("،", ",") and j + 1 <= i and (
                        (j + 1 == i and not (verb and s.an[i].pre.startswith(("و", "ف"))))
                        or s.words[j + 1] in _ADVERBIAL_HEADS or s.cls[j + 1] & _ADVERBIAL_CLASSES
                        or self._adverbial_comma(s, j)):
                    j -= 1
                    continue
                break
            m = s.cover[j]
            if m is not None:
                if m.prep == "" and not m.adjective and m.code:
                    if m.kind in (K_COUNTRY, K_METONYM) and not m.members:
                        # a place ending a phrase with في (في مخيم الزعتري شمالي الأردن): skip the phrase
                        f = next((t for t in range(m.start - 1, max(-1, m.start - 6), -1)
                                  if s.words[t] in ("في", "وسط", "قرب")), -1)
                        if f >= 0 and all(s.cover[t] is None and not s.marks[t] and not s.boundary[t] and
                                          not s.an[t].pre for t in range(f + 1, m.start)):
                            j = f - 1
                            continue
                    clause_subject = True  # (أعلنت الخارجية أن مواطنين قطريين تعرضوا للخطف)
                j = m.start - 1
                head = next((t for t in range(j, max(-1, j - 5), -1) if self._named_body_end(s, t) == m.start), -1)
                if head >= 0:
                    j = head - 1  # (المجلس الوطني لحماية الوطن | الحاكم في النيجر: the body's own name)
                continue
            marks = s.marks[j]
            classes = {mk[0] for mk in marks}
            if "SUBORD" in classes and clause_subject:
                embedded = True  # the clause after أن has its own subject
            if "NEG" in classes and (i - j) <= 3:
                ctx["neg"] = True
                ctx["srcs"].append(next(mk[3] for mk in marks if mk[0] == "NEG"))
            if "MAY" in classes and verb and i - j <= 2 and self._present(s, i):
                ctx["may"] = True
            if "FUTURE" in classes:
                ctx["future"] = True
            if "HYPO" in classes and not self._enacted(s, j):
                ctx["cond"] = True
            gcls = next((c for c in GOVERNORS if c in classes), None)
            mcls = gcls
            if gcls is None and "OFFER" in classes and s.an[j].key == "عرض" and not s.an[j].al:
                gcls, mcls = "INTENT", "OFFER"  # وعرض الدخول في حوار: an offer (not تعرض, "was subjected to")
            if gcls == "RESPOND":
                # ردت إسرائيل بقصف جوي: who responds with an act does it; what one responds to
                # (ردت على الهجوم) is someone else's
                gcls = "LIGHT" if not verb and s.an[i].pre.endswith("ب") else None
            if gcls == "RECEIVE" and not verb and s.words[i - 1] in _WHEN_PREPS and s.an[i].suf:
                break  # what one receives "upon" an act (تسلمها ولي العهد لدى استقباله الوزير) does not govern it
            if gcls in ("URGE", "THREAT", "WARN", "INTENT") and not verb and i > j + 1 and \
                    s.words[i - 1] in ("خلال", "اثناء") and s.an[j].key not in _AGREED:
                break  # the meeting during which one urges, warns or offers (حث نظيره، خلال لقائهما، على؛ عرضت،
                # خلال زيارة إلى تونس، تقديم) is no act urged: it took place
            if gcls == "INTENT" and s.an[j].key in _AGREED and not (
                    s.words[i - 1] == "علي" or (i > 1 and s.words[i - 2] == "علي" and "TRANSPARENT" in s.cls[i - 1])):
                break  # one agrees "on" an act (اتفقا على تبادل الأسرى); a meeting "during" which they agreed
                # (اتفقا خلال لقائهما على) is no act agreed on
            if gcls == "INTENT" and verb and not any(r[1] == "V" for r in self.tables.forms.get(s.an[j].key, ())) \
                    and (any(s.words[t] in ("،", ",") for t in range(j + 1, i)) or a.pre.startswith(("و", "ف"))):
                break  # a plan or a wish named in another clause (خطة الجامعة، في خطوة وصفتها ...) governs no verb
            if gcls == "LIGHT" and j > 0 and s.an[j - 1].key in _SEAT_WORDS and not s.an[j - 1].suf and \
                    not s.an[j].pre and not s.an[j].al:
                break  # the seat of a command (في مقر قيادة اليونيفيل): a place, no one leading the act
            if gcls == "LIGHT" and s.an[j].suf and j > 0 and s.has(j - 1, "MEDIATE"):
                break  # a mediation someone led "in" an act (وساطة قادها ولي العهد في الإفراج عن): his
                # part is the mediation, the act is the parties'
            if gcls == "REPORT" and gap > 0 and (s.an[j].al or not any(
                    r[1] == "V" for r in self.tables.forms.get(s.an[j].key, ()))):
                break  # a noun of reporting governs only the noun right after it (إعلانا مشتركا | توافق)
            if gcls is not None:
                gov = j
                ctx["gov_cls"] = gcls
                ctx["gov_pos"] = j
                ctx["srcs"].append(next(mk[3] for mk in marks if mk[0] == mcls))
                break
            if classes & {"PREP", "TRANSPARENT", "NEG", "MAY", "FUTURE", "COND", "QUESTION", "HYPO", "ADVERB",
                          "SUBORD", "TIME", "TITLE"} or s.words[j] in PREP_WORDS or (
                    _is_prep_pronoun(s, j) and j > 0 and any(c in GOVERNORS for c in s.cls[j - 1])):
                j -= 1  # (أعرب فيه عن تعازيه: a preposition with a pronoun right after the governor)
                continue
            readings = self.tables.forms.get(s.an[j].key)
            if readings and any(r[1] == "V" for r in readings) and self._verb_position(s, j) and \
                    not (s.an[j].key in _DECISIONS and not s.an[j].pre and not s.an[j].suf):
                host_verb = j  # another predicate: the clause's verb (not a decision: أصدرت حكما بحل)
                break
            if not verb and s.an[j].key in _DEMAND_NOUNS and not s.an[j].al and s.an[i].pre.endswith(("ب", "ل")):
                break  # what a demand asks for is no act of the one who demands it (صوت المجلس على مطالبة
                # الحكومة بطرد السفير): as after the verb طالب, the act has no governor
            if not verb and j == i - 1 and (named := self._titled_unknown_name(s, j)) is not None:
                j = named  # a name no dictionary lists after an actor's title (أعلن وزير الداخلية الباكستاني
                continue  # الشيخ رشيد أحمد حظر الحركة): the actor, then the verb before it
            gap += 1
            if gap > 1:
                break
            j -= 1
        if not ctx["neg"] and "NEG" in s.present and self._in_cancelled_relative(s, i):
            ctx["neg"] = True
        if not verb and a.pre == "ب" and "INTENT" in s.present and (
                gov is None or (ctx["gov_cls"] == "LIGHT" and self._relative_verb(s, gov))):
            k = self._pledge_verb(s, i)
            if k is not None:
                # the pledge's object after its subject and where it was made (تعهد المانحون في مؤتمر عقد في
                # جنيف يوم الثلاثاء بتقديم 2.6 مليار دولار): the pledge governs it
                gov, host_verb = k, None
                ctx["gov_cls"], ctx["gov_pos"] = "INTENT", k
                ctx["srcs"].append(s.mark(k, "INTENT")[3])
        if not verb and a.pre == "ب" and gov is None and "RESPOND" in s.present:
            k = self._response_verb(s, i)
            if k is not None:
                # what one responds to, then the act one responds with (ردت القاهرة على قرارات قمة طرابلس
                # بقطع علاقاتها): the act is the responder's, as right after the verb (ردت إسرائيل بقصف)
                gov, host_verb = k, None
                ctx["gov_cls"], ctx["gov_pos"] = "LIGHT", k
                ctx["srcs"].append(s.mark(k, "RESPOND")[3])
        if gov is None and not verb and a.pre == "ل" and not a.al and depth < 2 and "INTENT" in s.present:
            # the purpose of a gift pledged (تعهد بتقديم مليار دولار لتمويل الإغاثة في اليمن) is pledged too
            for k in range(i - 1, max(-1, i - 8), -1):
                if s.boundary[k]:
                    break
                if s.an[k].pre == "ب" and not s.an[k].al and "قدم" in self._lemmas_of(s.an[k].key) and \
                        any(r[1] == "N" for r in self.tables.forms.get(s.an[k].key, ())):
                    first = self._context(s, k, rec, False, depth + 1)
                    if first["gov_cls"] == "INTENT" and first["gov_pos"] is not None and \
                            _PLEDGING & self._lemmas_of(s.an[first["gov_pos"]].key):
                        for f in ("neg", "gov_neg", "cond", "future", "may", "allege", "threat"):
                            ctx[f] = ctx[f] or first[f]
                        for f in ("gov_cls", "gov_pos", "gov_subject"):
                            ctx[f] = first[f]
                        ctx["srcs"] += first["srcs"]
                        return ctx
                    break
        if gov is None and host_verb is None and not verb and a.pre.startswith("و") and depth < 2 and \
                (a.suf or not a.al or (i > 0 and s.words[i - 1] in ("،", ","))):
            # (not a noun inside a name: معاهدة الصداقة وحسن الجوار والتعاون)
            # a noun coordinated with an earlier one shares its governor (أعلنت السعودية اعتبار السفير
            # الكندي شخصا غير مرغوب فيه وإمهاله 24 ساعة ... واستدعاء سفيرها)
            for k in range(i - 1, max(-1, i - 30), -1):
                if (s.boundary[k] and s.words[k] not in ("،", ",", "(", ")")) or s.has(k, "SUBORD") or \
                        s.words[k] in _RELATIVES:
                    break  # (a name in brackets, القمة الثامنة لمنتدى التعاون (تيكاد)، does not end the clause)
                if s.cover[k] is not None:
                    continue
                if any(c in ("REPORT", "INTENT", "LIGHT", "THREAT") for c in s.cls[k]) and \
                        not s.an[k].pre and not s.an[k].al and self._verb_position(s, k) and \
                        not (k > 0 and s.words[k - 1] in _RELATIVES):
                    first = self.context(s, k + 1, rec, verb=False, depth=depth + 1)
                    if first["gov_pos"] == k:
                        for f in ("neg", "gov_neg", "cond", "future", "may", "allege", "threat"):
                            ctx[f] = ctx[f] or first[f]
                        for f in ("gov_cls", "gov_pos", "gov_subject"):
                            ctx[f] = first[f]
                        ctx["srcs"] += first["srcs"]
                    break
                readings = self.tables.forms.get(s.an[k].key)
                if readings and any(r[1] == "V" for r in readings) and self._verb_position(s, k):
                    break  # another clause's verb
            return ctx
        if gov is not None:
            self._governed(s, i, gov, rec, ctx, depth)
            if embedded and ctx["gov_cls"] == "REPORT":
                # the reporter does not do what the reported clause's own subject undergoes or does
                ctx["gov_subject"] = None
        elif host_verb is not None and not verb and depth < 3:
            h = self.context(s, host_verb, rec, verb=True, depth=depth + 1)
            ctx["neg"] = ctx["neg"] or h["neg"] or h["gov_cls"] == "DENY"
            ctx["cond"] = ctx["cond"] or h["cond"] or h["may"] or h["allege"]
            ctx["future"] = ctx["future"] or h["future"] or h["gov_cls"] == "INTENT"
            ctx["threat"] = ctx["threat"] or h["gov_cls"] == "THREAT"
        return ctx

    def _reported_violence(self, s: Sentence, i: int, code: str, ctx: dict, rec: _Record) -> bool:
        """Whether the act at ``i`` is a violent act (roots 18-20) named by a noun that opens a reported
        clause (قال عرفات إن اغتيال رابين خسارة؛ أكد مسؤولون أن الغارات طالت مناطق): the one who speaks of
        it is no more its agent than anyone else, unless he says why it was done, which only its doer says
        (قال كلينتون إن الضربة جاءت ردا على مؤامرة), or the story has told his side doing such an act
        (بدأت الطائرات الروسية غاراتها، وقالت موسكو إن الضربات استهدفت ...)."""
        if ctx["gov_cls"] != "REPORT" or code[:2] not in ("18", "19", "20") or i < 1 or s.words[i - 1] != "ان" \
                or s.an[i].pre:
            return False
        speaker = ctx["gov_subject"].mention.code[:3] if ctx["gov_subject"] is not None else ""
        if speaker and (any(a[1][:2] in ("18", "19", "20") and a[2][:3] == speaker for a in rec.acts) or any(
                r[0] < i and r[2][:2] in ("18", "19", "20") and r[3] is not None and
                r[3].mention.code[:3] == speaker for r in self._pending)):
            return False
        for k in range(i + 1, min(s.n - 1, i + 10)):
            if s.boundary[k]:
                break
            if s.words[k] in _CAME and s.words[k + 1] in _IN_RESPONSE:
                return False
        return True

    @staticmethod
    def _pact_before(s: Sentence, r: int) -> bool:
        """Whether the relative pronoun at ``r`` refers back to a pact, charter or declaration named at
        most a few words before it (its name may follow it: إعلان جدة، ميثاق ليبتاكو-غورما المؤسس لـ...)."""
        for k in range(r - 1, max(-1, r - 14), -1):
            if s.boundary[k] and s.words[k] not in ("،", ",", "«", "»", "\"", "-"):
                return False
            if s.an[k].key in _PACTS and not s.an[k].pre:
                return True
        return False

    @staticmethod
    def _relative_verb(s: Sentence, j: int) -> bool:
        """Whether the verb at ``j`` opens a relative clause: after a relative pronoun, with the
        pronoun of its head (استضافته سويسرا), or right after an indefinite noun (مؤتمر عقد في جنيف)."""
        if j == 0 or s.an[j].pre or s.an[j].al:
            return False
        b = s.an[j - 1]
        return s.words[j - 1] in _RELATIVES or bool(s.an[j].suf) or (
            not b.al and not b.pre and not b.suf and s.cover[j - 1] is None and not s.boundary[j - 1] and
            not s.marks[j - 1] and s.words[j - 1].isalpha())

    def _pledge_verb(self, s: Sentence, i: int) -> int | None:
        """The verb of pledging whose object with ب is the noun at ``i``, further back than a governor
        is looked for: past its subject, the meeting it was made at and relative clauses about that
        (تعهدت الدول المانحة في مؤتمر إعادة إعمار غزة، الذي استضافته القاهرة أمس، بتقديم), else None."""
        for k in range(i - 1, max(-1, i - 24), -1):
            if s.boundary[k] and s.words[k] not in ("،", ","):
                return None
            if s.cover[k] is not None or s.has(k, "TIME"):
                continue
            if s.has(k, "SUBORD") or s.an[k].pre.endswith("ب") and k < i - 1 and not s.an[k].al:
                return None
            readings = self.tables.forms.get(s.an[k].key) or ()
            if not any(r[1] == "V" for r in readings) or s.an[k].al:
                continue
            if s.has(k, "INTENT") and not s.an[k].pre and _PLEDGING & self._lemmas_of(s.an[k].key):
                return k
            if not self._relative_verb(s, k) and self._verb_position(s, k):
                return None  # another clause's verb
        return None

    def _response_verb(self, s: Sentence, i: int) -> int | None:
        """The verb of responding whose "to what" (على ...) phrase stands between it and the noun with ب
        at ``i`` (ردت القاهرة على قرارات قمة طرابلس بقطع علاقاتها), else None."""
        on = False
        for k in range(i - 1, max(-1, i - 14), -1):
            if s.boundary[k] and s.words[k] not in ("،", ","):
                return None
            if s.words[k] == "علي":
                on = True
                continue
            if s.cover[k] is not None or s.has(k, "TIME"):
                continue
            if s.has(k, "RESPOND") and on and not s.an[k].al:
                return k
            readings = self.tables.forms.get(s.an[k].key) or ()
            if any(r[1] == "V" for r in readings) and not s.an[k].al and self._verb_position(s, k):
                return None  # another clause's verb
        return None

    @staticmethod
    def _enacted(s: Sentence, j: int) -> bool:
        """Whether the "provides for" word at ``j`` follows a decree or an order just issued or signed
        (وقع ترامب أمرا تنفيذيا يقضي بوقف المساعدات، أصدر الرئيس مرسوما يقضي بالعفو): what it provides for is
        done, unlike what an agreement or a plan provides for."""
        if s.an[j].key not in ("يقضي", "تقضي") or j < 2:
            return False
        k = j - 1
        if s.an[k].key in ("تنفيذي", "تنفيذيا", "رءاسي", "رءاسيا", "اميري", "اميريا", "ملكي", "ملكيا"):
            k -= 1
        if s.an[k].al or s.an[k].suf or s.an[k].pre or s.an[k].key not in _DECREES:
            return False
        v = next((t for t in range(k - 1, max(-1, k - 12), -1) if s.boundary[t] or s.an[t].key in _ENACTING), -1)
        return v >= 0 and s.an[v].key in _ENACTING and not s.boundary[v] and not s.an[v].al

    def _in_cancelled_relative(self, s: Sentence, i: int) -> bool:
        """Whether the trigger at ``i`` is in a relative clause about a cancelled or
        postponed thing (إلغاء القمة التي كان من المقرر أن تستضيفها عمان، تأجيل الزيارة التي
        كان سيقوم بها): what the clause tells did not happen."""
        r = i - 1
        while r >= 0 and i - r <= 8 and not s.boundary[r] and s.words[r] not in _RELATIVES:
            r -= 1
        if r <= 0 or i - r > 8 or s.words[r] not in _RELATIVES:
            return False
        head = r - 1
        while head > 0 and s.an[head].al and self._adjective_like(s, head):
            head -= 1  # القمة الرباعية التي
        return head > 0 and any(mk[0] == "NEG" for mk in s.marks[head - 1]) and s.an[head].al

    def _governed(self, s: Sentence, i: int, gov: int, rec: _Record, ctx: dict, depth: int) -> None:
        """Fill the governor's subject (or object) and merge its own context."""
        g_an = s.an[gov]
        readings = self.tables.forms.get(g_an.key) or ()
        nominal_clitic = g_an.al or g_an.pre[-1:] in ("ب", "ل", "ك")
        if readings:
            is_verb = any(r[1] == "V" for r in readings) and not nominal_clitic
            if is_verb and (any(r[1] != "V" for r in readings) or g_an.suf):
                is_verb = self._verb_position(s, gov)
        else:
            # (not a participle the grammar lists that opens a phrase after a comma: ، موجها الشكر إلى)
            is_verb = not nominal_clitic and not g_an.suf and self._verb_position(s, gov) and \
                not self._adverbial_accusative(s, gov)
        outer = self.context(s, gov, rec, verb=is_verb, depth=depth + 1) if depth < 3 else None
        if outer is not None:
            # a denial passes through a frame word to the act (نفت أن تكون قواتها قد قصفت): it
            # then becomes the act's own governor below, so it is not also its governor's negation
            passes = outer["gov_cls"] in ("INTENT", "THREAT", "DENY", "ALLEGE", "WARN", "URGE") and \
                ctx["gov_cls"] in ("LIGHT", "REPORT", "COPULA")
            ctx["gov_neg"] = outer["neg"] or (outer["gov_cls"] == "DENY" and not passes)
            ctx["cond"] = ctx["cond"] or outer["cond"] or outer["may"] or outer["allege"] or \
                outer["gov_cls"] in ("ALLEGE", "WARN", "URGE")
            ctx["future"] = ctx["future"] or outer["future"] or outer["gov_cls"] == "INTENT"
            ctx["threat"] = ctx["threat"] or outer["gov_cls"] == "THREAT"
            ctx["srcs"] += outer["srcs"]
            if outer["gov_cls"] in ("INTENT", "THREAT", "DENY", "ALLEGE", "WARN", "URGE") and \
                    ctx["gov_cls"] in ("LIGHT", "REPORT", "COPULA"):
                ctx["gov_cls"] = outer["gov_cls"]  # أعلن عزمه، قرر ... : the modality of the outer word
        if ctx["gov_cls"] == "ALLEGE":
            ctx["allege"] = True
        if is_verb:
            subj, how = self.find_subject(s, gov, rec)
            if subj is None and outer is not None and outer["gov_subject"] is not None and \
                    outer["gov_cls"] == "LIGHT" and ctx["gov_cls"] == "LIGHT":
                # a light verb's noun read as a verb after a phrase in commas (بدأت طائرات فرنسية،
                # مساء السبت، شن غارات): the outer light verb's subject does it
                subj = outer["gov_subject"]
            ctx["gov_subject"] = subj
            if ctx["gov_cls"] == "REPORT" and g_an.suf:
                # اعتبرتها احتلالا: the noun says what the object is, it is no act of the subject
                ctx["gov_subject"] = None
            if ctx["gov_cls"] in ("CONTROL", "REPORT", "LIGHT"):
                if g_an.suf:
                    ctx["gov_object"] = self.resolve_pronoun(s, gov, g_an.suf, rec, avoid=subj)
                else:
                    p = subj.mention.end if (subj is not None and how == "vso") else gov + 1
                    mo = s.mention_at[p] if p < s.n else None
                    if mo is not None and mo.prep == "":
                        ctx["gov_object"] = _Ref(mo, s, "object")
                if ctx["gov_cls"] == "LIGHT" and ctx["gov_object"] is not None and \
                        any(self.tables.lemmas[r[0]][0] in _ORDER_LEMMAS for r in readings):
                    # أمرت المحكمة إسرائيل بوقف العمليات: whoever is ordered does the act
                    ctx["gov_cls"] = "CONTROL"
            return
        # a governing noun: its pronoun, its genitive, or its own governor's subject (رغبتها، سعي ترامب)
        if g_an.suf:
            ctx["gov_subject"] = self.resolve_pronoun(
                s, gov, g_an.suf, rec, prefer=outer["gov_subject"] if outer else None)
            return
        mk = s.mark(gov, ctx["gov_cls"])
        after = mk[2] if mk else gov + 1
        g = s.mention_at[after] if after < s.n else None
        if g is not None and g.prep == "" and not g.adjective:
            ctx["gov_subject"] = _Ref(g, s, "genitive")
        elif g is not None and g.adjective:
            ctx["gov_subject"] = _Ref(g, s, "nisba")
        elif outer is not None and outer["gov_subject"] is not None:
            ctx["gov_subject"] = outer["gov_subject"]
        elif self._adverbial_accusative(s, gov) and (ctx["gov_cls"] in ("INTENT", "LIGHT") or
                                                      not self._lemmas_of(g_an.key).isdisjoint(_STATING)) and \
                not any(s.has(t, "SUBORD") for t in range(gov + 1, i)):  # (not مؤكدا أن الحوار هو السبيل)
            # a participle after the clause (وردت الخارجية التونسية بالمثل، معلنة استدعاء سفيرها):
            # the clause's subject announces or intends (not one that labels: ، معتبرة إياها اعتداء)
            last = rec.last_subject
            if last is None or last.sent is not s or not last.mention.code or last.mention.end > gov:
                last = self._speaker(s, gov, rec)
            if last is not None and last.sent is s and last.mention.end <= gov and last.mention.code:
                ctx["gov_subject"] = last

    def _past(self, s: Sentence, i: int) -> bool:
        readings = self.tables.forms.get(s.an[i].key) or ()
        return any(r[1] == "V" and r[2] == "past" for r in readings)

    def _present(self, s: Sentence, i: int) -> bool:
        """Whether the word at ``i`` reads as a present-tense verb (قد + present = may)."""
        readings = self.tables.forms.get(s.an[i].key) or ()
        if any(r[1] == "V" and r[2] == "pres" for r in readings):
            # (a past form as the text spells it is none: تلقى is past, تلقي its present look-alike)
            return not (any(r[1] == "V" and r[2] == "past" for r in readings) and
                        s.text(i, i + 1).rstrip("\u064e\u064b\u0652").endswith("ى"))
        w = s.an[i].key
        return not readings and w[:1] in ("ي", "ت", "ن") and len(w) >= 4

    # ------------------------------------------------------------------
    # anaphora

    def resolve_pronoun(self, s: Sentence, pos: int, suf: str, rec: _Record, prefer: _Ref | None = None,
                        avoid: _Ref | None = None, country: bool = False) -> _Ref | None:
        """The actor a pronoun suffix refers to: ``prefer`` when it agrees (or when a
        singular pronoun agrees with the first of its coordinated members), else
        the only agreeing actor of the sentence before ``pos`` (or, if there is
        none, of the previous sentences of the record). With ``country``, only the
        antecedent's country is wanted, so agreeing actors of one state count as one."""
        def agrees(m: Mention) -> bool:
            if m.adjective or not m.code or m.anaphor:
                return False
            if suf == "هم":
                # (a plural of things or bodies in ات takes ها: السلطات، القوات are never هم)
                return bool(m.members) or (m.plural and m.gender != "f")
            if suf == "هن":
                return bool(m.members) or m.plural
            if suf == "هما":
                return bool(m.members) and len(m.members) == 2
            if m.members:
                return False
            if suf == "ها":
                return m.gender in ("f", "") and not (m.plural and m.gender == "m")
            if suf == "ه":
                return m.gender in ("m", "") and not m.plural
            return False

        if prefer is not None and agrees(prefer.mention):
            return prefer
        if prefer is not None and prefer.mention.members and suf in ("ه", "ها") and prefer.sent is s and \
                prefer.mention.end <= pos and agrees(prefer.mention.members[0]):
            # a singular pronoun agreeing with the first of coordinated subjects, as their verb does
            # (أعربت مصر والكويت وقطر عن دعمها الكامل للعاهل الأردني): all of them
            return prefer
        cands = [m for m in s.mentions if m.end <= pos and agrees(m)]
        if suf == "هما" and not cands:
            # a dual of people with one code (المتهمين الليبيين ... اعتقلتهما الشرطة): its ين or ان may be the dual's
            cands = [m for m in s.mentions if m.end <= pos and not m.members and m.plural and m.code and
                     not m.adjective and not m.anaphor and m.kind == K_AGENT and
                     s.words[m.start].endswith(("ان", "ين")) and not s.words[m.start].endswith("يين")]
        if avoid is not None:
            cands = [m for m in cands if m is not avoid.mention]
        if len(cands) > 1 and rec.dateline in cands:
            # the dateline's city is the antecedent only when nothing else is (الرياض - سبأنت: جدد السفير
            # الأمريكي التزام بلاده; but الفاتيكان (أ ف ب) - جدد البابا مناشدته)
            cands.remove(rec.dateline)
        if len({m.code for m in cands}) > 1:
            # where something happened is no one it is done to (التقى الرئيس الأمين العام في نيويورك، وحثه)
            cands = [m for m in cands if not (m.prep == "في" and m.name == "place")] or cands
        codes = {m.code for m in cands}
        if country and len(codes) > 1 and _one_state(codes):
            # بلاده after an official and his country's parliament (قال مساعد وزير الخارجية الأمريكي أمام
            # لجنة في مجلس النواب إن بلاده): whichever is meant, the country is the same
            return _Ref(cands[-1], s, "pronoun")
        if len(codes) == 1:
            return _Ref(cands[-1], s, "pronoun")
        if not cands and not codes:
            prev = [(ps, m) for ps, m in rec.history if agrees(m)]
            pcodes = {m.code for _, m in prev}
            if len(pcodes) == 1 or (country and pcodes and _one_state(pcodes)):
                return _Ref(prev[-1][1], prev[-1][0], "pronoun")
        return None

    # ------------------------------------------------------------------
    # building events

    def _own_warning(self, s: Sentence, i: int, code: str, src_ref, ctx: dict) -> bool:
        """Whether the act at ``i``, governed by a warning, is one the warner says his own side
        will do (حذر بايدن من أن واشنطن ستتوقف عن تزويد إسرائيل بالقنابل إذا ...، حذرت إيران من أنها
        ستغلق المضيق): a threat. The act is harmful (a CAMEO threat code maps it), told in the future
        in a clause of أن after the warning word, and done by the warner's own country or body (a
        warning that another party will attack is no threat of the warner's)."""
        g = ctx["gov_pos"]
        warner = ctx["gov_subject"]
        if g is None or warner is None or src_ref is None or g >= i or code[:2] in _NOT_THREATENED_ROOTS or \
                modal_code(code, "threat") in (None, code):
            return False
        that = next((k for k in range(g + 1, min(i, g + 14)) if s.an[k].key == "ان" and not s.an[k].pre), -1)
        if that < 0:
            return False
        if not (ctx["future"] or any(s.an[k].pre[-1:] == "س" or s.words[k] == "سوف" for k in range(that + 1, i))):
            return False
        if any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(that, i)):
            return False
        a, b = src_ref.mention, warner.mention
        ca = {x.code for x in a.flat()}
        cb = {x.code for x in b.flat()}
        same = lambda x, y: x[:6] == y[:6] if x.startswith(("IGO", "NGO")) else x[:3] == y[:3]
        return a is b or (bool(ca) and all(any(same(x, y) for y in cb) for x in ca))

    def _finish(self, s: Sentence, i: int, end: int, code: str, src_ref, tgt_ref, ctx: dict, rule: str,
                trace, used: tuple, noun: bool):
        modality = "asserted"
        negated = False
        stopped = False
        gov = ctx["gov_cls"]
        if code[:4] in ("1053", "0253") and tgt_ref is not None and (holder := self._holder(tgt_ref)) is not None:
            tgt_ref = holder  # a demand to free people held by a state or group named after them (طالبت فرنسا
            # بالإفراج عن الصحفي الفرنسي المحتجز في إيران) is made of the holder
        elif code[:4] in ("1053", "0253") and tgt_ref is not None and tgt_ref.sent is s and \
                tgt_ref.mention.start > 0 and s.words[tgt_ref.mention.start - 1] in ("عن", "سراح"):
            # a demand to free people whose holder the sentence does not name (طالبت بالإفراج عن الرهائن) is
            # made of someone unnamed: the people freed are not its target
            return self._drop(trace, i, code, "the people to be freed are no target, and no holder is named")
        if code[:4] == "1722" and noun and tgt_ref is not None and not tgt_ref.mention.members and (
                tgt_ref.mention.kind in (K_COUNTRY, K_METONYM, K_NISBA, K_DEMONYM) or
                tgt_ref.mention.kind == K_AGENT and tgt_ref.mention.role in ("CVL", "MIL", "GOV")):
            # a ban on a party or a group (حظر جماعة الإخوان): not on a country, a place or people (حظر الطيران
            # فوق البوسنة، حظر سفر المواطنين)
            return self._drop(trace, i, code, "a ban that names no party or group")
        if noun and code[:3] == "111" and s.an[i].suf and i + 1 < s.n and s.an[i + 1].pre[-1:] == "ب" and \
                s.an[i + 1].key not in _MANNER_NOUNS and "ادان" in self._lemmas_of(s.an[i].key):
            # إدانته بالتجسس، بعد إدانتهم بالتآمر: his conviction of a crime, not a condemnation
            return self._drop(trace, i, code, "a conviction (إدانته ب), not a condemnation")
        if noun and code[:2] in _STOPPABLE_ROOTS and not ctx["future"] and not (
                gov == "INTENT" and (ctx["gov_pos"] is None or s.an[ctx["gov_pos"]].key not in _DECIDED)):
            # (a promise to stop helping a foe, تعهدت دمشق بوقف أي دعم لحزب العمال, is no threat)
            k = self._stopper(s, i)
            if k is not None and stop_code(code) is not None:
                # أوقفت واشنطن مساعداتها، تجميد التعاون، تعليق المفاوضات: the act stopped is reduced (16x)
                code = stop_code(code)
                stopped = True
                ctx["srcs"] = ctx["srcs"] + [s.mark(k, "STOP")[3]]
        if code[:3] == "072" and "سلم" in self._lemmas_of(s.an[i].key) and any(
                s.an[k].key in _OWN_ARMS and s.an[k].suf for k in range(i + 1, min(s.n, i + 8))):
            code = "0873"  # a group handing over its own weapons (سلمت الحركة سلاحها إلى الجيش) disarms
        if code[:3] == "100" and i > 1 and s.words[i - 1] in _RELATIVES and "الزم" in self._lemmas_of(s.an[i].key) \
                and self._pact_before(s, i - 1):
            # a pact that binds the parties (ميثاق ليبتاكو-غورما، الذي يلزم الدول الثلاث بـ؛ إعلان جدة الذي يلزم
            # الطرفين بحماية المدنيين) is their commitment, no demand made of them
            return self._drop(trace, i, code, "a pact binding its own parties, no demand")
        if ctx["neg"]:
            negated = True
        if gov == "DENY":
            negated = not ctx["gov_neg"]
        elif gov == "LITOTES":
            if not ctx["gov_neg"] and ctx["gov_pos"] is not None and \
                    not _GIVING_UP.isdisjoint(self._lemmas_of(s.an[ctx["gov_pos"]].key)):
                negated = True  # تخلى عن اعتراضه، تردد في دعمه: what one gives up or hesitates over is not done
        elif ctx["gov_neg"] and gov in ("INTENT", "THREAT", "REPORT", "LIGHT", "CONTROL", "RECEIVE", "COPULA"):
            negated = True
        if gov == "WARN" and not negated and self._own_warning(s, i, code, src_ref, ctx):
            # حذر من أن بلاده ستفرض عقوبات إذا ...: what the warner says his own side will do is a threat
            modality = "threat"
        elif ctx["cond"] or ctx["may"] or ctx["allege"] or gov in ("WARN", "URGE") or \
                ctx["so_named"] and code[:2] in ("05", "06", "07"):
            # (what a speaker calls support or a supply is alleged; what he calls an aggression or a genocide
            # (ما وصفته بالإبادة الجماعية) he names, it happened)
            modality = "hypothetical"
        elif noun and i > 0 and s.an[i - 1].key in _ANY_WORDS and not stopped and \
                not (i > 1 and s.has(i - 2, "STOP")):
            # "any" act (سترد على أي اعتداء إسرائيلي جديد، لن تقبل بأي تدخل أجنبي): none has happened (but
            # one stopped, or promised to be, is: أوقفت أي دعم، تعهدت بوقف أي دعم)
            modality = "hypothetical"
        elif gov == "THREAT" or ctx["threat"]:
            modality = "threat"
        elif gov == "REPORT" and noun and code[:3] in ("070", "071", "072", "073") and ctx["gov_pos"] is not None and \
                not _ANNOUNCING.isdisjoint(self._lemmas_of(s.an[ctx["gov_pos"]].key)) and \
                _ARRIVING.isdisjoint(self._lemmas_of(s.an[i].key)) and \
                self._announced_here(s, ctx["gov_pos"] + 1, i):
            # أعلن حزمة مساعدات: a package announced is a pledge (033x); its delivery is 07x (أعلنت وصول
            # شحنة مساعدات: the arrival is announced); so where it was announced (كشفت الرئيسة من بيروت عن حزمة؛
            # أعلنت السعودية والإمارات، في ختام اجتماع عقد في مكة، تقديم حزمة)
            modality = "intent"
        elif gov == "LIGHT" and noun and (code[:2] == "07" or code[:4] == "0874") and ctx["gov_pos"] is not None and \
                s.an[ctx["gov_pos"]].key in _APPROVED:
            # وافق الاتحاد السوفيتي على تقديم قرض، وافقت إريتريا على سحب قواتها: aid or a withdrawal agreed to is
            # promised (033x, 0356), not yet given or carried out
            modality = "intent"
        elif gov == "INTENT" and not ctx["future"] and ctx["gov_pos"] is not None and \
                s.an[ctx["gov_pos"]].key in _DECIDED and (code[:2] in _DECIDED_ROOTS or code[:3] in ("054", "056", "191")) \
                and code[:4] != "0874" \
                and not (s.an[ctx["gov_pos"]].key in _AGREED and code[:2] not in ("16", "17") and code[:3] != "085"):
            # قررت الجزائر سحب سفيرها، قرر المجلس رفع العقوبات، قرر المجلس تشكيل لجنة تحقيق: a decision to
            # cut ties, sanction, investigate, ban, expel, lift or close borders (قررت إغلاق المنافذ أمام قطر)
            # is the act itself (to send aid, to visit or to pull troops out is not); an agreement on sanctions or
            # a ban is the decision (اتفق الوزراء على فرض عقوبات، على رفعها), one on an exchange of prisoners or a
            # withdrawal is to come
            pass
        elif gov == "INTENT" or ctx["future"]:
            modality = "intent"
        final = code
        if modality in ("intent", "threat"):
            mapped = modal_code(code, modality)
            if mapped is None:
                if "unmapped" not in self.emit:
                    return self._drop(trace, i, code, f"{modality} with no CAMEO {modality} code")
            else:
                final = mapped
        if negated and not noun and modality in ("asserted", "intent") and gov in ("", "REPORT") and \
                any(s.words[k] == "لن" for k in range(max(0, i - 2), i)):
            # "will not" do a cooperative act is refusing it (لن تتفاوض مع حكومة تشارك فيها حماس → 125;
            # لن توقع عليها بصيغتها الحالية → 127)
            refused = refusal_code(code)
            if refused is not None:
                final, negated, modality = refused, False, "asserted"
        if negated and "negated" not in self.emit:
            return self._drop(trace, i, code, "negated")
        if modality == "hypothetical" and "hypothetical" not in self.emit:
            return self._drop(trace, i, code, "hypothetical (condition, question, possibility or allegation)")
        evidence = [rule] + ctx["srcs"]
        return (i, end, final, src_ref, tgt_ref, modality, negated, rule, evidence, noun, used)

    @staticmethod
    def _stopper(s: Sentence, i: int) -> int | None:
        """The word that stops the act named by the noun at ``i``: right before it (تعليق
        المساعدات، وقف كل أشكال الدعم), before the subject of a stopping verb (أوقفت الولايات
        المتحدة دعمها), or before the first of two coordinated nouns (تجميد منحها وقروضها)."""
        k = i - 1
        while k >= 0 and i - k <= 3 and not s.boundary[k] and ("TRANSPARENT" in s.cls[k] or s.words[k] in _ANY_WORDS) \
                and not s.has(k, "STOP"):
            k -= 1
        if k < 0 or s.boundary[k]:
            return None
        if s.has(k, "STOP"):
            return k
        if s.words[k] == "عن" and k > 0 and s.has(k - 1, "STOP"):
            return k - 1  # توقفت عن تزويد إسرائيل بالقنابل
        c = s.cover[k]
        if c is not None and c.prep == "" and c.code and c.start > 0 and s.has(c.start - 1, "STOP") and \
                not s.an[c.start - 1].al and not s.an[c.start - 1].pre:
            return c.start - 1  # the verb, its subject, the act (أوقفت الولايات المتحدة دعمها)
        if s.an[i].pre == "و" and i > 1 and c is None and s.has(i - 2, "STOP"):
            return i - 2
        return None

    @staticmethod
    def _after_place(s: Sentence, p: int) -> int:
        """When ``p`` opens a place phrase with في (في مدينة شوشة بإقليم قره باغ، في قصر الإليزيه
        بباريس), the index after it, else -1. The phrase is place words, names the lexicon does
        not know and places the dictionaries know, with ب before a later one."""
        if p + 2 >= s.n or s.words[p] != "في" or (s.mention_at[p + 1] is not None and
                                                 s.mention_at[p + 1].kind not in (K_COUNTRY, K_METONYM)):
            return -1
        k = p + 1
        seen_place = False
        owner_at = p + 2
        while k < min(s.n, p + 8) and not s.boundary[k]:
            m = s.mention_at[k]
            a = s.an[k]
            if m is None and k == p + 2 and _venue_at(s, p + 1) and not s.an[p + 1].al and not a.pre and \
                    s.words[k].isalpha() and a.key != "عام" and s.words[k] not in PREP_WORDS and not s.cls[k]:
                seen_place = True
                k += 1  # the venue's name (في بحر العرب، في قصر بسمان)
                continue
            if m is None and k == p + 2 and a.key == "عام" and not a.al and not a.pre and \
                    s.an[p + 1].key in ("ديوان", "مقر") and not s.an[p + 1].al:
                owner_at = k = k + 1  # (في ديوان عام الوزارة: the ministry's head office; a diwan alone is
                continue  # a man's hall, whose gathering is his: تجمعا في ديوان النائب)
            if m is not None:
                if k == owner_at and (s.an[p + 1].key in _VENUES or owner_at == p + 3) and not s.an[p + 1].al and \
                        m.start == k and \
                        not m.members and not m.prep:
                    k = m.end  # the venue's owner is part of the place (في مقر القيادة العامة، في قصر الرئاسة)
                    continue
                if m.kind not in (K_COUNTRY, K_METONYM) or m.members:
                    break
                seen_place = True
                k = m.end
                continue
            if a.key in PLACE_WORDS and a.pre in ("", "ب") or s.words[k] in IGO_SEATS or \
                    (k == p + 1 and _venue_at(s, k) and not a.suf):  # (في مطار دمشق الدولي)
                seen_place = True  # (and the seats of the UN and the EU, which stand for no country: في بروكسل)
                k += 1
                continue
            if not a.flags and not a.al and not a.pre and a.key.isalpha() and k > p + 1 and \
                    s.an[k - 1].key in PLACE_WORDS:
                k += 1  # the name of a town the lexicon does not know (مدينة شوشة)
                continue
            if seen_place and a.al and not a.pre and not a.suf and s.cover[k] is None and \
                    a.key.endswith(("ي", "ية")) and k + 1 < s.n and not s.boundary[k + 1]:
                k += 1  # an adjective of the place (في مطار دمشق الدولي، في القصر الجمهوري)
                continue
            break
        return k if seen_place and k > p + 1 and k < s.n and not s.boundary[k] else -1

    @staticmethod
    def _including_after(s: Sentence, p: int) -> tuple[Mention, int] | None:
        """When ``p`` names states the dictionaries place nowhere, counted or described, and then
        the ones among them (ثماني دول، بينها الصين والهند واليابان،; 39 فردا وكيانا بينهم الأسد), or
        names any people and then "especially" some (رعاة الاتفاق، ولا سيما الولايات المتحدة وفرنسا،),
        those named and the index after the aside, else None."""
        q = p
        mk = s.mark(q, "TRANSPARENT") if q < s.n else None
        if mk is not None:
            q = mk[2]
        if q >= s.n or s.mention_at[q] is not None or s.an[q].pre or s.boundary[q]:
            return None
        counted = False
        if q + 1 < s.n and (s.an[q + 1].key in _STATE_NOUNS or s.an[q + 1].key == "دولة") and not s.an[q + 1].pre \
                and s.mention_at[q + 1] is None and s.words[q].isdigit():
            q += 1  # a number before the states (من 7 دول في أمريكا اللاتينية هي ...; سبع is TRANSPARENT; 57 دولة)
            counted = True
        states = s.an[q].key in _STATE_NOUNS or counted
        limit = q + 5  # (سبع دول ذات غالبية مسلمة، هي)
        for e in range(q + 1, s.n - 2):
            if e >= limit:
                break
            place = s.cover[e]
            if states and place is not None and place.prep in ("في", "إلى", "الي") and not place.members and \
                    len(place.code) == 3:
                if place.start == e:
                    limit = min(s.n - 2, limit + (place.end - e) + 1)  # (دول في أمريكا اللاتينية هي: where; دخول
                    # مواطني 12 دولة إلى الولايات المتحدة، بينها: whither)
                continue
            if s.mention_at[e] is not None and not s.mention_at[e].adjective:
                return None
            if s.words[e] in ("بينهم", "بينها", "منهم") and s.words[q].isdigit() and e + 1 < s.n and \
                    all(not s.boundary[t] and s.mention_at[t] is None for t in range(q + 1, e)):
                # people or bodies counted, among them the one named (عقوبات على 39 فردا وكيانا بينهم
                # الرئيس السوري بشار الأسد)
                m = s.mention_at[e + 1]
                if m is None or m.prep != "" or not m.code or m.adjective:
                    return None
                return m, m.end
            if states and s.words[e] in ("هي", "وهي"):
                # the states, namely those named (دعوة إلى ست دول هي السعودية والإمارات ومصر)
                m = s.mention_at[e + 1]
                if m is None or m.prep != "" or not m.code or m.adjective:
                    return None
                return m, m.end
            if s.boundary[e]:
                if s.words[e] not in ("،", ","):
                    return None
                k = e + 1
                if s.words[k] in ("ولا", "لا") and k + 1 < s.n and s.words[k + 1] == "سيما":
                    k += 2  # (رعاة الاتفاق، ولا سيما الولايات المتحدة وفرنسا: "especially")
                elif states and s.words[k] in _INCLUDING:
                    k += 1
                elif states and s.words[k] == "من" and k + 1 < s.n and s.words[k + 1] in _INCLUDING:
                    k += 2  # (57 دولة، من بينها فرنسا وبلجيكا)
                elif states and s.words[k] in ("هي", "وهي"):
                    k += 1  # (سبع دول ذات غالبية مسلمة، هي العراق وسوريا وإيران: all of them, named)
                else:
                    return None
                m = s.mention_at[k] if k < s.n else None
                if m is None or m.prep not in ("", "بين", "من") or not m.code or m.adjective:
                    return None
                end = m.end + 1 if m.end < s.n and s.words[m.end] in ("،", ",") else m.end
                return m, end
        return None

    @staticmethod
    def _shares(s: Sentence, p: int) -> list[Mention]:
        """The givers named with their shares of a sum, in the aside that follows ``p`` (، بينها 440
        مليون يورو من المفوضية الأوروبية و555 مليون دولار من الولايات المتحدة؛ من بينها مليار دولار من كل
        من السعودية والإمارات), or []."""
        k = p
        while k < s.n and not s.boundary[k] and k < p + 12:
            k += 1
        if k + 1 >= s.n or s.words[k] not in ("،", ","):
            return []
        k += 1
        if s.words[k] == "من" and k + 1 < s.n:
            k += 1
        if s.words[k] not in _INCLUDING:
            return []
        out: list[Mention] = []
        q = k + 1
        while q < s.n:
            t = q
            while t < s.n and t < q + 6 and (s.an[t].key in _SUM_WORDS or s.words[t].lstrip("و").isdigit() or
                                             (s.words[t] in (".", ",") and not s.boundary[t])):
                if t > q and s.an[t].pre:
                    break
                t += 1
            if t == q or t >= s.n or s.words[t] != "من":
                break
            t += 1
            if t + 1 < s.n and s.words[t] == "كل" and s.words[t + 1] == "من":
                t += 2
            m = s.mention_at[t] if t < s.n else None
            if m is None or m.adjective or not any(x.code for x in m.flat()):
                break
            out.append(m)
            q = m.end
            if q >= s.n or not (s.an[q].pre.startswith("و") or s.words[q][:1] == "و" and s.words[q][1:].isdigit()):
                break  # (the analyser leaves و on a number: و150 مليون يورو)
        return out

    @staticmethod
    def _the_other_side(s: Sentence, i: int) -> bool:
        """Whether "the other side" (الطرف الآخر، الجانب الآخر) follows the trigger at ``i`` in its
        clause."""
        for k in range(i + 1, min(s.n - 1, i + 8)):
            if s.boundary[k] and s.words[k] not in ("،", ","):
                return False
            if s.an[k].key in ("طرف", "جانب") and s.an[k].al and s.words[k + 1] in ("الاخر", "الاخري"):
                return True
        return False

    @staticmethod
    def _drop(trace, i, code, why):
        if trace is not None:
            trace.append({"step": "filter", "pos": i, "code": code, "result": f"not emitted: {why}"})
        return None

    def _vetoed_in(self, s: Sentence, i: int, tgt_ref):
        """A veto is cast in the Security Council: the Council is its target, and the draft's sponsor
        (مشروع قرار أمريكي) a second one. The Council is the body the sentence names, else the draft
        resolution's words stand for it (نقضت واشنطن مشروع القرار الإماراتي). A sentence naming another
        body (الاتحاد الأوروبي) keeps the pattern's target."""
        tgts = tgt_ref.mention.flat() if tgt_ref is not None else []
        if self._council is None or any(m.code.startswith("IGO") and self._council[1] not in m.srcs for m in tgts):
            return tgt_ref
        k = None  # the draft's words (مشروع قرار، مشروع القرار)
        for t in range(i, min(s.n - 1, i + 12)):
            if s.boundary[t] and s.words[t] not in ("،", ","):
                break
            if s.an[t].key == "مشروع" and s.an[t + 1].key == "قرار":
                k = t
                break
        body = next((m for m in s.mentions if self._council[1] in m.srcs and not m.members), None)
        if body is None and k is not None:
            body = Mention(k, k + 2, self._council[0], K_ORG, [self._council[1]])
        if body is None:
            if any(m.code.startswith("IGO") and not m.code.startswith(self._council[0]) for m in s.mentions):
                return tgt_ref  # a veto in another body (استخدمت المجر حق النقض ... الاتحاد الأوروبي)
            # (the UN the sentence names: استخدمت روسيا حق النقض في الأمم المتحدة; the General Assembly is
            # the UN's too, but no veto is cast there)
            body = next((m for m in s.mentions if m.code == self._council[0] and not m.adjective and not m.members
                         and m.prep != "من"), None)
            if body is None:
                return tgt_ref
        others = [m for m in tgts if m.code and m.code[:3] != body.code[:3]]
        sponsor = s.mention_at[k + 2] if k is not None and k + 2 < s.n else None
        if sponsor is not None and sponsor.adjective and sponsor.code and len(sponsor.code) == 3 and \
                sponsor.code not in {m.code for m in others}:
            others.append(sponsor)  # (the draft's nisba names its sponsor: مشروع القرار الإماراتي)
        if not others:
            return _Ref(body, s, "council")
        g = Mention(body.start, body.end, body.code, K_ORG, [])
        g.members = [body] + others
        return _Ref(g, s, "council")

    def _emit(self, s: Sentence, i: int, end: int, code: str, src_ref, tgt_ref, modality, negated, rule,
              evidence, noun, rid, date, event_date, trace) -> list[Event]:
        if code[:3] == "171" and src_ref is not None and src_ref.mention.code and all(
                x.code[3:6] in _ARMED_FOES for x in src_ref.mention.flat()) and \
                any(s.an[k].key in _VESSELS for k in range(i, min(s.n, i + 10))):
            code = "181"  # pirates or rebels who seize a ship hijack it (استولى قراصنة على ناقلة نفط)
        if code[:3] == "129":
            tgt_ref = self._vetoed_in(s, i, tgt_ref)
        if tgt_ref is not None and tgt_ref.mention.prep == "بين" and not tgt_ref.mention.members:
            # relations "between his country and X" (قطع العلاقات الدبلوماسية بين بلاده وإسرائيل): the speaker's
            # own country is one side, X the other
            ts, tm = tgt_ref.sent, tgt_ref.mention
            nxt = ts.mention_at[tm.end] if tm.end < ts.n else None
            if ts.an[tm.start].key == "بلاد" and ts.an[tm.start].suf and nxt is not None and nxt.code and \
                    ts.an[nxt.start].pre.startswith("و") and not nxt.adjective:
                tgt_ref = _Ref(nxt, ts, tgt_ref.how)
        if code[:2] in _VIOLENT_ROOTS and tgt_ref is not None and tgt_ref.how != "hosted" and \
                all(len(x.code) == 3 for x in tgt_ref.mention.flat()):
            # a place hit that hosts forces named after it (قاعدة عين الأسد ... حيث تتمركز قوات أمريكية)
            hosted = _hosted_forces(tgt_ref.sent, tgt_ref.mention.end)
            if hosted is not None:
                tgt_ref = hosted
        srcs = src_ref.mention.flat() if src_ref is not None else []
        tgts = tgt_ref.mention.flat() if tgt_ref is not None else []
        if code[:2] in ("03", "07") and tgts and not any(x.code for x in srcs):
            # donors no one names, then the shares of those named (تعهد المانحون بتقديم 2.6 مليار دولار
            # لليمن، بينها 750 مليون دولار من السعودية ومئة مليون من الكويت): each gives its share
            shares = self._shares(s, max(end, tgt_ref.mention.end if tgt_ref.sent is s else end))
            if shares:
                src_ref = _Ref(shares[0], s, "shares")
                srcs = [x for m in shares for x in m.flat() if x.code]
        if code[:2] in _VIOLENT_ROOTS and self._rec is not None and modality == "asserted" and not negated and \
                tgts and any(x.code and not x.bare for x in tgts) and not any(x.code and not x.bare for x in srcs):
            self._rec.sourceless.append((s.index, code, tgt_ref, rule, evidence))
        if noun and not srcs:
            # a verbal noun with no agent (تهديدات طهران، قصف غزة) is too ambiguous to code
            if trace is not None:
                trace.append({"step": "filter", "pos": i, "code": code, "result": "not emitted: noun with no source"})
            return []
        src_sent = src_ref.sent if src_ref is not None else s
        tgt_sent = tgt_ref.sent if tgt_ref is not None else s
        pairs: list[tuple] = []
        if srcs and tgts and len(srcs) > 1 and code[:3] in RECIPROCAL and \
                sorted(x.code[:3] for x in srcs) == sorted(x.code[:3] for x in tgts):
            # وقع وزير الخارجية السعودي ونظيره اليمني معاهدة ... بين البلدين: the signers are the
            # two countries the agreement is between, each the other's partner
            tgt_ref = src_ref
            tgts = srcs
        if srcs and src_ref is tgt_ref:
            pairs = [(a, b) for a in srcs for b in srcs if a is not b]  # between X and Y: each way
            if len({_party(x.code) for x in srcs}) > 4:
                # five or more at one meeting (قمة جمعت وزير الخارجية الإسرائيلي ونظراءه الأمريكي والإماراتي
                # والبحريني والمغربي والمصري): the one whose counterparts the others are meets each of
                # them; with no such host it is a multilateral act, each party coded alone
                host = srcs[0]
                if any(s.has(x.start, "COUNTERPART") for x in srcs[1:2]):
                    pairs = [(a, b) for a in srcs for b in srcs if a is not b and (a is host or b is host)]
                else:
                    pairs = [(a, None) for a in srcs]
        elif srcs and tgts:
            if len(srcs) > 1 and code[:3] not in RECIPROCAL and \
                    sorted(x.code for x in srcs) == sorted(x.code for x in tgts):
                # the same parties on both sides of an act that is no exchange (وحث البيان الطرفين،
                # "the two sides" read as the two who issued it): no one is named to receive it
                if trace is not None:
                    trace.append({"step": "filter", "pos": i, "code": code,
                                  "result": "not emitted: the same parties on both sides"})
                return []
            pairs = [(a, b) for a in srcs for b in tgts]
        elif len(srcs) == 2 and not tgts and self._the_other_side(s, i):
            # each acts on "the other side" (أعلنت كل من كندا والهند طرد ستة دبلوماسيين من الطرف الآخر)
            pairs = [(a, b) for a in srcs for b in srcs if a is not b]
            tgt_sent = src_sent
        elif len(srcs) > 1 and not tgts and (code[:3] in RECIPROCAL or s.an[i].key.startswith("تبادل")) and \
                not self._partner_is_no_actor(s, max(end, i + 1), code):
            # (and whatever two parties exchange: تبادلت روسيا وأوكرانيا الاتهامات; but not when the act's
            # partner is named and is no actor the dictionaries know: مصر وتركيا والإمارات ... معربة عن
            # استعدادها للتعاون مع السلطة التنفيذية الجديدة)
            pairs = [(a, b) for a in srcs for b in srcs if a is not b]
            tgt_sent = src_sent
            if len({_party(x.code) for x in srcs}) > 4:
                # five or more parties agreeing, meeting or committing together (اتفقت المغرب ومالي والنيجر
                # وبوركينا فاسو وتشاد على ...; أكد المسؤولون الأردنيون والمصريون والفلسطينيون والإسرائيليون
                # والأمريكيون التزامهم بخفض التصعيد) make a multilateral act, not twenty acts of two: each
                # of them is coded alone
                pairs = [(a, None) for a in srcs]
        elif srcs:
            pairs = [(a, None) for a in srcs]
        elif tgts:
            pairs = [(None, b) for b in tgts]
        if code[:3] == "057" and srcs and tgts and src_sent is tgt_sent:
            # signing binds both parties: CAMEO codes each as a source
            pairs += [(b, a) for a, b in list(pairs) if (b, a) not in pairs]
        out = []
        trig_span = s.span(i, end)
        trig_text = s.doc.original[trig_span[0]:trig_span[1]]
        for a, b in pairs:
            sc = a.code if a is not None else ""
            tc = b.code if b is not None else ""
            if sc == "EUR" and a.adjective and not a.members and date >= _EEC_FOUNDED:
                # "European" aid, sanctions, funding or meetings (المساعدات الأوروبية، الحظر الأوروبي) are the
                # Community's or the Union's, as the annotators code nearly all of them
                sc = "IGOEUREEC"
            if a is not None and a.bare and (a.role in ("COP", "JUD", "SPY") or a.role == "MIL" and code[:2] == "17") \
                    and not a.members:
                # police and courts act at home, and so does an army that arrests or represses: the
                # place the clause names gives their country (اعتقلت الشرطة مسؤولا إيرانيا في باريس؛
                # استولى الجيش على السلطة واعتقل رئيس الوزراء)
                home = self._place_country(s, i + 1)
                seat = src_sent.mention_at[a.end] if a.end < src_sent.n else None
                if seat is not None and seat.prep in ("ب", "في") and not seat.members and (
                        seat.kind in (K_COUNTRY, K_METONYM) or (seat.kind == K_AGENT and seat.role == a.role and
                                                                len(seat.code) >= 6)):
                    home = seat.code[:3]  # محكمة الاستئناف بالجزائر العاصمة: the court's seat (غرفة الجنايات
                    # بمحكمة الاستئناف في الدار البيضاء: the court it belongs to)
                if not home and b is not None and not b.bare and len(tc) >= 3 and not tc.startswith(("IGO", "NGO")):
                    home = tc[:3]  # else they act on their own country's people (اعتقلته الشرطة)
                if not home and self._rec is not None:
                    # else in the country the story happens in (نواكشوط (أ ف ب) - ... واعتقلت قوات الأمن):
                    # a dateline's city only when the story names no other country
                    city = self._rec.city
                    if city and any(m.code[:3] != city and m.kind in (K_COUNTRY, K_METONYM, K_NISBA)
                                    and not m.code.startswith(("IGO", "NGO", "IMG"))
                                    for m in [x for _ps, x in self._rec.history] + s.mentions):
                        city = ""
                    home = self._rec.place or city
                if not home:
                    # else the one country the story names (اعتقلت الشرطة عشرات الناشطين ... رفضا لترشح
                    # الرئيس عبد العزيز بوتفليقة لولاية رابعة)
                    home = self._story_country(s)
                if home:
                    sc = home + a.role
            elif a is not None and a.bare and not a.members and a.role in _GUNMEN_ROLES and (
                    code[:2] in ("17", "18", "19", "20") or code == "111" and tc[3:6] in _FIGHTERS and
                    not _ATTACKING.isdisjoint(self._lemmas_of(s.an[i].key))):
                # gunmen or an armed group no one names, who attack, kill or kidnap (هاجم مسلحون نقطة للجيش
                # التونسي): of the place the sentence names, else of the forces or people they attack, else of
                # the dateline or the one country of the story, as the annotators code them
                attacked = tc[:3] if b is not None and not b.bare and len(tc) >= 3 and (
                    b.kind in (K_COUNTRY, K_METONYM) or tc[3:6] in _HOME_FORCES) and \
                    not tc.startswith(("IGO", "NGO", "IMG")) else ""
                if code[:3] in ("194", "195"):
                    home = ""  # (rockets and drones cross borders: أطلقت الفصائل صواريخ على بلدات جنوب إسرائيل)
                elif code[:3] == "192" or code == "111":
                    home = attacked or self._place_country(s, i + 1)  # (the place seized, the forces attacked)
                else:
                    home = self._place_country(s, i + 1) or _sentence_place(s) or _named_place(s, (a, b)) or \
                        attacked  # (where people are kidnapped: اختطف مسلحون السفير الأردني في طرابلس)
                if not home and self._rec is not None:
                    home = self._rec.place or next(iter(s.known_roles.get(DATELINE) or {}), "")[:3] or \
                        self._story_country(s)
                if home:
                    sc = home + a.role
            elif a is not None and a.bare and not a.members and a.role == "LEG" and b is not None and \
                    not b.bare and len(tc) >= 6 and tc[3:6] in _STATE_ROLES and \
                    not tc.startswith(("IGO", "NGO", "IMG")):
                # a member of parliament with no country, acting on a state's government or bodies (قدم
                # النائب فيصل المسلم استجوابا لرئيس الوزراء الشيخ ناصر المحمد): of that state; a foreign one
                # is named with his country (النائب الأمريكي)
                sc = tc[:3] + a.role
            elif a is not None and a.bare and not a.members and a.role in _PEOPLE_ROLES and \
                    not (code[:3] == "084" or code[:2] in ("06", "07", "17", "18", "19", "20")):
                # people with no country named (المتظاهرون، المحتجون، الصحفيون): of the place the clause
                # names, else of the state institution they act on (احتجاجا على حكومة عبد المهدي), else
                # of the one country the story names
                home = self._place_country(s, i + 1)
                if not home and src_sent is s:
                    # (or the place their clause names further on: اقتحم مئات المحتجين، فجر الخميس، مقر
                    # السفارة السويدية في بغداد ..., احتجاجا على)
                    stop = next((k for k in range(i + 1, s.n) if s.boundary[k] and s.words[k] not in ("،", ",")),
                                s.n)
                    home = next((m.code[:3] for m in s.mentions if a.end <= m.start < stop and m.prep in ("في", "وسط")
                                 and not m.members and m.kind in (K_COUNTRY, K_METONYM)), "")
                if not home and b is not None and not b.bare and len(tc) >= 6 and tc[3:6] in _DOMESTIC_BODIES \
                        and not tc.startswith(("IGO", "NGO", "IMG")) and \
                        tgt_sent.an[b.start].key not in ABROAD_HEADS:
                    home = tc[:3]  # (not an embassy's: تظاهر الطلاب أمام السفارة البريطانية)
                if not home:
                    home = self._story_country(s)
                if home:
                    sc = home + a.role
            if b is None and code in _DOMESTIC_RULE and a is not None and len(sc) >= 6 and \
                    sc[3:6] in _STATE_ROLES and not sc.startswith(("IGO", "NGO", "IMG")):
                # a curfew or a state of emergency (or its lifting) with no place named is on the ruler's own country
                # (أعلن الرئيس حالة الطوارئ في جميع أنحاء البلاد): the target, at البلاد if it is written
                tc = sc[:3]
                land = next((k for k in range(i + 1, min(s.n, i + 16)) if s.an[k].key == "بلاد" and s.an[k].al
                             and not s.an[k].suf), -1)
                if land >= 0 and not any(s.boundary[k] and s.words[k] not in ("،", ",") for k in range(i, land)):
                    b = Mention(land, land + 1, tc, K_COUNTRY, [])
            if b is None and code[:2] == "14" and a is not None and (
                    (len(sc) >= 6 and sc[3:6] in _PROTESTERS) or
                    (len(sc) == 3 and a.kind in (K_DEMONYM, K_NISBA) and not a.adjective)) and \
                    not sc.startswith(("IGO", "NGO", "IMG")) and not tc and not any(
                        len(x.code) >= 3 and x.code[:3] != sc[:3] and not x.code.startswith(("IGO", "NGO", "IMG"))
                        for m in s.mentions for x in m.flat()):
                # a country's people protesting against no one named, in a sentence that names no other
                # country (واصل آلاف الأردنيين احتجاجاتهم مطالبين بسحب مشروع القانون): their own government
                tc = sc[:3] + "GOV"
            freed = False
            if b is not None and b.bare and code[:3] in ("084", "056") and b.role not in _INSTITUTIONS and \
                    not (code[:2] >= "17" and len(sc) > 3 and sc[3:6] in _ARMED_GROUPS):
                if len(sc) >= 6 and sc[3:6] in _DOMESTIC_BODIES and self._story_country(s) == sc[:3]:
                    # a state that frees or pardons people in a story of that state alone frees its own
                    # (أفرجت السلطات المغربية عن ثلاثة صحفيين، أصدر الرئيس قرارا بالعفو عن الناشط)
                    tc = sc[:3] + b.role
                    freed = True
                else:
                    b, tc = None, ""  # أفرجت حماس عن ثلاث محتجزات: people of no known country released
            if b is not None and b.bare and not freed and code[:2] == "16" and b.role in _PEOPLE_ROLES and \
                    not b.members and len(sc) >= 3:
                # sanctions on people the text places (عقوبات على ستة أشخاص متهمين بقيادة شبكات تهريب في
                # ليبيا): the people of that place
                place = self._place_country(tgt_sent, b.end)
                if place and place != sc[:3]:
                    tc = place + b.role
                    freed = True
            if b is not None and b.bare and not freed:
                # a bare institution as target takes the source's country (a domestic dyad:
                # أيد البرلمان العراقي قرار الحكومة), and so do the notables and tribal sheikhs a state appeals
                # to, meets or threatens (دعا رئيس الوزراء شيوخ العشائر إلى التعاون); other bare roles (الأسر،
                # الفنانين) are not coded
                coercive = (code[:2] >= "11" and code[:2] != "16" or code[:2] == "09" and sc[3:6] in ("COP", "JUD")) \
                    and len(sc) > 3 and sc[3:6] in _INSTITUTIONS and \
                    (code[:2] >= "17" or b.role not in ("HLH", "EDU"))  # (not a condemned strike's hospital)
                # (not sanctions, which a state imposes abroad: فرض عقوبات على 39 شخصا وكيانا)
                armed = code[:2] >= "17" and len(sc) > 3 and sc[3:6] in _ARMED_GROUPS | {"SET"} and \
                    b.role in _VICTIM_ROLES | {"AGR"}  # (settlers who shoot a farmer)
                if len(sc) < 3 or sc.startswith(("IGO", "NGO", "IMG")) or \
                        not (b.role in _INSTITUTIONS or coercive or armed or b.role == "ELI" and code[:2] < "17") or \
                        b.role == "BUS" and not ((sc[3:6] in ("JUD", "COP") or sc[3:6] in ("GOV", "SPY") and
                                                  code[:2] == "17") and
                                                 tgt_sent.an[b.start].key in _BUSINESS_PEOPLE) or \
                        (code[:2] in ("18", "19", "20") and b.role == "MIL" and sc[3:6] in ("", "GOV", "MIL")) or \
                        (b.end < tgt_sent.n and tgt_sent.an[b.end].key in FOREIGN_ADJECTIVES):
                    # (القوات الأجنبية، المرتزقة الأجانب، القوات الدولية are no one's own forces; a
                    # tanker or a company seized, ناقلة النفط، الشركة, may be anyone's, though the businessmen a
                    # court or the police pursue are its own: أحال النائب العام رجل الأعمال; nor does a state's
                    # force attack or seize its own soldiers: وأسرت أحد الطيارين is the enemy's pilot)
                    continue  # قمعت قوات الأمن الإيرانية المتظاهرين: IRNCOP -> IRNCVL
                country = sc[:3]
                role = b.role
                if b.end < tgt_sent.n and tgt_sent.has(b.end, "FORMER"):
                    role = "ELI"  # الرئيس المعزول، الرئيس السابق: no office holder of today
                elif (coercive or armed) and b.role not in _INSTITUTIONS and code[:2] >= "13":
                    # (criticism and rejection of people, 11 and 12, are a domestic dyad: اتهم الجعفري الفصائل)
                    # the victims are of the place the clause names (قتل ... المدنيين في غزة), else
                    # of the country whose forces or insurgents act
                    place = self._nationals_of(tgt_sent, b.end) or self._place_country(tgt_sent, b.end)
                    if not place:
                        # 25 مواطنا من محافظات الضفة الغربية؛ 15 مواطنا ... خلال حملة دهم واسعة في مناطق من
                        # محافظتي الخليل ونابلس (the victims' place may come a clause-length later)
                        ref = self._place_target(tgt_sent, b.end, window=18)
                        if ref is None and a is not None and src_sent is tgt_sent and a.start >= b.end and \
                                a.start - b.end <= 8:
                            # or after who fired, told after the victim (استشهد المزارع برصاص مستوطن جنوب نابلس)
                            ref = self._place_target(tgt_sent, a.end, window=8)
                        place = ref.mention.code[:3] if ref is not None else ""
                    if not place:
                        # or of the place named before in the sentence (قصفت القوات الإسرائيلية مدينة رفح،
                        # وقتل ثلاثة مدنيين): a town, or a country "in" which it happened
                        for m in reversed(tgt_sent.mentions):
                            if m.end <= b.start and m.kind in (K_COUNTRY, K_METONYM) and not m.adjective and \
                                    not m.members and (m.name == "place" or m.prep in ("في", "ب")) and \
                                    m.code[:3] != sc[:3]:
                                place = m.code[:3]
                                break
                            if m.end <= b.start and m.kind == K_AGENT and m.role in ("CVL", "REF") and \
                                    not m.members and len(m.code) >= 3 and m.code[:3] != sc[:3]:
                                place = m.code[:3]  # النازحين اللبنانيين ... تحذيرات للسكان
                                break
                    if not place and self._rec is not None and self._rec.place != sc[:3]:
                        place = self._rec.place  # the place the story's earlier sentences named
                    if not place and self._rec is not None and self._rec.city != sc[:3]:
                        place = self._rec.city  # else the dateline's (غزة - الأناضول: ... استهداف الجيش
                        # الإسرائيلي للمدنيين)
                    if not place and b.role in _ARMED_GROUPS and coercive and self._rec is not None and \
                            any(c != sc[:3] for c in self._rec.countries):
                        continue  # gunmen a state's forces strike with no place known, in a story of other
                        # countries too (غارات فرنسية على مواقع للمسلحين قرب بلدة كونا): not the attacker's own
                    country = place or country
                tc = country + role
            if code == "073" and len(tc) == 3 and len(sc) > 3 and sc[:3] == tc and b is not None and \
                    len(b.code) == 3 and not sc.startswith(("IGO", "NGO")):
                tc = tc + "CVL"  # relief a country's own body brings to a place of it is for the people there
            if a is not None and (a.anaphor or (a.bare and len(sc) < 6)):
                continue
            if code[:2] == "05" and b is not None and b.kind == K_AGENT and tgt_sent.an[b.start].suf and sc[:3] == tc[:3] and \
                    b.role in _PEOPLE_ROLES:
                continue  # one's own citizen (رحب بعودة مواطنه): no party welcomed, whoever freed him may be
            if code[:2] in ("03", "04") and a is not None and b is not None and (
                    (sc in _AREAS and not a.members) or (tc in _AREAS and not b.members)) and src_sent is tgt_sent and \
                    any(x.adjective for x in (a, b)):
                continue  # a summit a state's and a continent's nisbas name (القمة الروسية الأفريقية) is no
                # meeting of two parties
            if "MDT" in (sc, tc):
                continue  # the Mediterranean (البحر المتوسط، المؤتمر الأوروبي المتوسطي) is a sea or a conference's
                # name, never a party (none of the held-out sets' predictions of it was right)
            if code[:2] == "13" and b is not None and not b.members and (
                    b.adjective and tc in _REGIONS or tc in _AREAS):
                continue  # a warning of what befalls a region (سيحول البحر المتوسط إلى ساحة للفوضى، الشراكة الأوروبية
                # المتوسطية) threatens no one
            if b is not None and b.anaphor and code[:2] not in _REACTION_ROOTS:
                continue  # an event named again is the target of a reaction to it only
            if sc and tc and ((sc == tc and not (code[:2] == "17" and a is not None and b is not None and
                                                 src_sent is tgt_sent and a.start != b.start and not b.bare and
                                                 not (len(sc) == 3 and b.kind == K_METONYM))
                               and not _two_named(a, b, src_sent is tgt_sent))
                              or (len(tc) == 3 and sc[:3] == tc and code[:2] < "17" and code not in _DOMESTIC_RULE)
                              or (len(sc) == 3 and tc[:3] == sc and code[:2] < "17" and a is not None and
                                  a.kind in (K_COUNTRY, K_METONYM) and not a.members)):
                # an actor does nothing to itself, nor cooperates with its own country as a whole
                # (a government does coerce its own country, 17x: a curfew, a state of emergency; it does not
                # criticise, reject or sanction it; and the authorities may arrest an official of the
                # same government, named as another actor: اعتقلت السلطات التركية رئيس بلدية إسطنبول)
                continue
            if sc and tc and sc[:3] == tc[:3] and b is not None and not b.members and \
                    tgt_sent.an[b.start].key in _MISSIONS and not sc.startswith(("IGO", "NGO")):
                continue  # a state's own embassy abroad is no party to its acts (علقت الولايات المتحدة عمل
                # سفارتها في صنعاء; تظاهر ليبيون أمام سفارتهم)
            if code[:2] == "16" and sc and tc and sc[:3] == tc[:3] and b is not None and b.bare and \
                    not sc.startswith(("IGO", "NGO")) and sc[3:6] != "JUD":
                continue  # a body the text gives no country is not taken for the sanctioner's own (فرض
                # عقوبات على جهازي الاستخبارات ... الروسيين: the nisba was not reached)
            if code[:2] in ("18", "19", "20") and code[:3] != "191" and sc.startswith("IGO") and \
                    not sc.startswith(_ARMED_IGOS):
                continue  # a political or economic body does not fight (وتستهدف العقوبات قطاع الغاز); it may
                # close its members' borders (أغلقت إيكواس حدود دولها مع مالي: 191)
            if code[:2] == "10" and sc[3:6] == "GOV" and tc[:3] == sc[:3] and tc[3:6] in ("MIL", "COP"):
                continue  # أمر رئيس الوزراء الجيش بشن عملية: a government commands its own forces
            if code[:2] in ("01", "11", "13", "15", "19", "20") and sc[3:6] in ("GOV", "") and tc[:3] == sc[:3] and \
                    tc[3:6] in ("MIL", "COP", "SPY") and (b is None or b.anaphor or code[:2] in ("01", "13") or
                                                           code[:3] == "191" or b.bare and code[:2] != "11"):
                # a government does not speak to, threaten or fight its own forces: a bare force, an act
                # named again or a force read as the state's is the other side's or someone else's
                # (توعد نتنياهو بمواصلة الضربات، قال ترامب إن القوات الأمريكية نفذت ضربة); nor does it
                # blockade them (أعلنت الجزائر إغلاق مجالها الجوي أمام الطائرات القادمة من مالي)
                continue
            official = code[:3] in ("140", "141") and s.words[i] not in _PROTEST_REASONS and \
                not _PROTEST_LEMMAS.isdisjoint(self._lemmas_of(s.an[i].key)) and not sc.startswith(("IGO", "NGO")) and (
                    sc[3:6] == "GOV" or len(sc) == 3 and a is not None and a.kind in (K_COUNTRY, K_METONYM))
            if code[:2] == "14" and not official and (sc[3:6] in _STATE_ROLES or (
                    len(sc) == 3 and a is not None and a.kind in (K_COUNTRY, K_METONYM) and not a.members
                    and s.words[i] in _PROTEST_REASONS)):
                # a state's offices do not demonstrate or strike: احتجاجا على after a government's
                # act is the reason for it
                continue
            if official and tc[:3] == sc[:3]:
                continue  # a state protests to another, not to its own people (احتجت على اعتقال مواطنيها)
            if sc in _STATELESS or tc in _STATELESS:
                # a transnational armed group (the Islamic State) is coded as the insurgents of the
                # country it fights in: the place the clause or the sentence names, else the dateline's
                # (not the country of the state fighting it: American jets strike it abroad)
                host = self._place_country(s, i + 1) or _sentence_place(s) or \
                    (tc[:3] if sc in _STATELESS and b is not None and len(tc) >= 3 and code[:2] in ("18", "19", "20")
                     and (b.kind in (K_COUNTRY, K_METONYM) or tc[3:6] in _HOME_FORCES) and not b.members
                     and not tc.startswith(("IGO", "NGO", "IMG")) else "") or \
                    _named_place(s, (a, b)) or \
                    self._rec.place or next(iter(s.known_roles.get(DATELINE) or {}), "")[:3] or \
                    next((c for c in (self._story_country(s),) if not (
                        tc in _STATELESS and c == sc[:3] or
                        sc in _STATELESS and b is not None and b.kind in (K_COUNTRY, K_METONYM) and c == tc[:3])), "")
                # (else the one country the story names, if not the country of those who attack the group, nor a
                # state it threatens: خطف داعش عشرات العراقيين is in Iraq; شنت الطائرات الأمريكية غارات على
                # داعش and توعد البغدادي الولايات المتحدة are not in the United States)
                # (سيطر تنظيم داعش على مدينة الموصل: the place it seizes or strikes is where it fights; not the
                # state it threatens or condemns: توعد البغدادي الولايات المتحدة)
                if host and sc in _STATELESS:
                    sc = host + "REB"
                if host and tc in _STATELESS:
                    tc = host + "REB"
                if sc == tc:
                    continue
            if code == "1623" and (sc[3:6] in _ARMED_GROUPS or sc[3:6] in ("MIL", "COP", "SPY")):
                continue  # an armed force that suspends its operations withholds no relief
            force = a is not None and self._arriving_force(src_sent, a) and len(tc) >= 3 and tc[:3] != sc[:3] \
                and not self._in_delegation(src_sent, a.start)  # (a delegation of an army visits)
            moved = self._lemmas_of(s.an[i].key) & _FORCE_MOVES.keys() if code in ("042", "0874") else _EMPTY
            if code == "0874" and moved and not force:
                continue  # leaving a country is an act only of armed forces (غادر الرئيس القاهرة is no withdrawal)
            if code == "0874" and (tc.startswith(("IGO", "NGO")) or tc[:3] in _AREAS):
                continue  # leaving an organisation or a conference (انسحب المغرب من منظمة الوحدة الأفريقية، انسحب
                # الوفد التركي من مؤتمر باليرمو) is no withdrawal of forces from a territory
            ecode = code
            if official:
                ecode = "114"  # a state or its government that protests (احتجت بوليفيا رسميا على) complains officially
            if code == "042" and moved and force:
                # a state's forces that arrive in another (وصلت وحدات من القوات المصرية إلى ميناء الحديدة) are
                # deployed there, no visitors: military protection (074)
                ecode = _FORCE_MOVES[next(iter(moved))]
            if code == "163" and sc[3:6] == "JUD":
                ecode = "116"  # a court's penalty is a sentence, not an embargo (قضت بأقصى عقوبة على)
            elif code == "163" and len(sc) >= 3 and sc[:3] == tc[:3] and len(tc) > 3 and \
                    not sc.startswith(("IGO", "NGO", "IMG")) and sc[3:6] in ("", "GOV", "COP", "SPY", "LEG"):
                # restrictions a government puts on its own people or bodies (جمدت السلطات المصرية أموال الرئيس
                # السابق) are administrative sanctions (172), not an embargo on a state
                ecode = "172"
            if code in _ASSAULT_BY_FORCES and sc[3:6] == "COP" and tc[:3] == sc[:3] and \
                    tc[3:6] in _REPRESSED and not sc.startswith(("IGO", "NGO")):
                # a state's police and security forces that wound or kill its own people (قتل أربعة محتجين
                # برصاص قوات الأمن السورية) repress them violently (175), as the annotators code 121 of their
                # 125 violent acts on their own people (an army in a war fights: 190)
                ecode = "175"
            elif code in _ASSAULT_BY_FORCES and sc[3:6] == "COP" and not sc.startswith(("IGO", "NGO")) and \
                    not _ARMED_FOES.isdisjoint(tc[k:k + 3] for k in range(3, len(tc), 3)):
                # police and security forces that kill gunmen, militants or smugglers (قتلت قوات الأمن ستة
                # مسلحين في تبادل لإطلاق النار) fight them, as the annotators code all 68 such acts (19x)
                ecode = "190"
            elif code == "174" and sc[3:6] in _ARMED and tc[3:6] in _ARMED_GROUPS and a is not None and \
                    b is not None and not a.members and not b.members:
                # armed forces that drive an armed group out of a place fight it (طردت القوات العراقية مسلحي
                # التنظيم من الرمادي): 174 is for people expelled or deported
                ecode = "190"
            elif code == "173" and a is not None and a.bare and a.role in _GUNMEN_ROLES:
                ecode = "181"  # gunmen no one names who hold people take hostages (احتجز مسلحون 170 شخصا)
            elif code in _ASSAULT_BY_FORCES and sc[3:6] == "MIL":
                # the codebook keeps 18x for violence by others; a state's armed forces that
                # assault or kill use conventional force (190)
                ecode = "190"
            elif code == "190" and sc[3:6] in _UNARMED:
                ecode = "180"  # civilians or settlers who attack use unconventional violence (هجوم شنه مئات
                # المستوطنين على بلدة حوارة): conventional force is an armed force's
            if code == "111" and sc[3:6] in _FIGHTERS and tc[3:6] in _FIGHTERS and \
                    not _ATTACKING.isdisjoint(self._lemmas_of(s.an[i].key)):
                ecode = "190"  # an armed group that attacks an army (هاجم تنظيم داعش الجيش العراقي) fights it
            if ecode == "190" and a is not None and sc[3:6] == "MIL":
                # the force named by its weapon says how it fought: قصفت المدفعية (194), شنت
                # الطائرات الحربية (195), استهدفت طائرة مسيرة (1952)
                ecode = _weapon_code(src_sent, a.start, a.end) or ecode
            ev = Event.make(
                ecode, record_id=rid, sentence_index=s.index, date=date, event_date=event_date or date,
                source=sc, target=tc, modality=modality, negated=negated,
                source_text=src_sent.text(a.start, a.end) if a is not None else "",
                target_text=tgt_sent.text(b.start, b.end) if b is not None else "",
                trigger_text=trig_text,
                source_span=src_sent.span(a.start, a.end) if a is not None else None,
                target_span=tgt_sent.span(b.start, b.end) if b is not None else None,
                trigger_span=trig_span, rule=rule,
                evidence=tuple(dict.fromkeys(evidence + (a.srcs if a else []) + (b.srcs if b else []))))
            out.append(ev)
            if trace is not None:
                trace.append({"step": "event", "pos": i, "event": _in_cameo_order(ev).to_dict()})
        if out and code[:3] in _PAIRED:
            # a meeting holds in both directions, and a visit by A to B is hosting by B (the
            # codebook's notes): the other side of each is coded too
            have = {(ev.source, ev.target, ev.code) for ev in out}
            for ev in list(out):
                if ev.code[:3] not in _PAIRED:
                    continue  # (forces that arrived were deployed: no host)
                rc = _PAIRED[ev.code[:3]] or ev.code
                if ev.source and ev.target and ev.modality == "asserted" and not ev.negated and \
                        (ev.target, ev.source, rc) not in have:
                    have.add((ev.target, ev.source, rc))
                    rev = Event.make(rc, **{f: getattr(ev, f) for f in _REVERSE_KEEP},
                                     source=ev.target, target=ev.source, source_text=ev.target_text,
                                     target_text=ev.source_text, source_span=ev.target_span,
                                     target_span=ev.source_span)
                    out.append(rev)
                    if trace is not None:
                        trace.append({"step": "event", "pos": i, "event": _in_cameo_order(rev).to_dict()})
        return out


_EMPTY: frozenset = frozenset()

#: nouns of how one spoke (في خطاب متلفز، خلال مقابلة مع قناة): an aside before a verb's object (normalised)
_SPEECH_VENUES = frozenset(["خطاب", "كلمة", "مقابلة", "تصريح", "تصريحات", "بيان", "رسالة", "تغريدة", "مءتمر",
                            "حديث", "اتصال", "قرار"])
#: borders, which take مع of their own (الحدود مع أفغانستان، حدودها مع العراق; keys, without the pronoun)
_BORDER_WORDS = frozenset(normalize(w) for w in ("حدود", "حد", "شريط", "خط"))
#: heads of a conjunct of people no dictionary names (وقادة ستة فصائل أخرى، وممثلو الأحزاب)
_UNNAMED_CONJUNCTS = frozenset(normalize(w) for w in (
    "قادة", "زعماء", "ممثلو", "ممثلي", "رؤساء", "وزراء", "مسؤولو", "مسؤولي", "أعضاء", "قيادات", "ممثلين"))
#: "in it", "during it" between a verb's object and its preposition (دعاه فيها إلى، حثهما خلالهما على)
_OBJECT_GAP = frozenset(["فيها", "فيه", "فيهما", "خلالها", "خلاله", "خلالهما", "خلالهم"])
#: where one receives a guest (في مكتبه، في مقر الرئاسة، في قصر الإليزيه): an aside before the guest (normalised)
_OFFICE_VENUES = frozenset(["مكتب", "مقر", "قصر", "ديوان", "مجلس"])  # keys: مكتبه is مكتب with its pronoun
#: words that end such an aside (as a comma does, a boundary): a preposition that may open the object, a clause
_VENUE_STOPS = frozenset(["مع", "الي", "علي", "عن", "من", "ضد", "ان", "بان", "لان", "و"])

#: prepositions that open an aside set off by commas between a verb's subject and its object (where or
#: how one spoke: ، في الرياض اليوم،  ، أمام مجلس الأمن الدولي،  ، خلال اتصال هاتفي،)
_ASIDE_OPENERS = frozenset(["في", "امام", "خلال"])

#: meetings and visits, coded from both sides: the code of the other side ("" = the same)
_PAIRED = {"040": "", "041": "", "044": "", "046": "", "042": "043", "043": "042"}
#: nouns of states, bodies and sides no dictionary names alone (قائمة الدول التي تتهمها واشنطن): a relative clause's
#: pronoun may be them (normalised)
_PARTY_NOUNS = frozenset(normalize(w) for w in ("دول", "دولة", "بلدان", "حكومات", "جهات", "أطراف", "فصائل", "جماعات",
                                                 "منظمات", "هيئات", "شركات", "كيانات", "أحزاب"))
#: heads of a role phrase that name it again alone (وزارة الإعلام الإريترية ... الوزارة)
_HEADS_ALONE = frozenset(["وزارة", "وزير", "وزيرة"])
#: verbs of armed forces moving (normalised past forms): the code when a state's forces, not people, arrive in
#: or leave another country
_FORCE_MOVES = {"وصل": "074", "غادر": "0874"}
#: heads of a force named in the singular (الجيش المصري، الأسطول السادس، الفرقة المدرعة; not لواء, also a general's rank)
_FORCE_HEADS = frozenset(normalize(w) for w in ("جيش", "أسطول", "فرقة", "كتيبة", "سرية", "فيلق", "حامية",
                                                 "وحدة", "قوة", "طليعة", "دفعة"))
#: the fields the other side of a meeting keeps
_REVERSE_KEEP = ("record_id", "sentence_index", "date", "event_date", "modality", "negated", "trigger_text",
                 "trigger_span", "rule", "evidence")

#: a state's forces and people, whom a stateless armed group attacks in their own country (هاجم داعش
#: القوات العراقية، قتل التنظيم مدنيين سوريين)
_HOME_FORCES = frozenset(["MIL", "COP", "CVL", "GOV"])
#: the roles of gunmen and armed groups no one names (مسلحون، جماعة مسلحة), who act where they are
_GUNMEN_ROLES = frozenset(["UAF", "REB", "INS", "RAD"])
#: armed groups with no country of their own: coded as the insurgents of the country they act in
_STATELESS = frozenset(["IMGMOSREB", "IMGMOSALQ"])


#: family nouns that end in ة, whose form before a pronoun (أسرته، عائلته، زوجته) is also a verb's
_KIN_NOUNS = frozenset(normalize(w) for w in ("أسرة", "عائلة", "زوجة", "ابنة"))

#: participles of holding people (المسجون في إيران، المحتجزين لدى روسيا): who holds them releases them
_HOLDING = frozenset(normalize(w) for w in (
    "مسجون", "مسجونة", "مسجونين", "مسجونون", "محتجز", "محتجزة", "محتجزين", "محتجزون", "معتقل", "معتقلة",
    "معتقلين", "معتقلون", "موقوف", "موقوفين", "أسير", "أسرى"))


def _among(ref: _Ref) -> bool:
    """Whether ``ref`` names people counted among others (24 محتجزا، بينهم 13 إسرائيليا)."""
    c = ref.sent.cover[ref.mention.start]
    return c is not None and c.name == "among"


def _sentence_place(s: Sentence) -> str:
    """The country of the first place the sentence names with في (في سوريا), or ""."""
    m = _sentence_place_mention(s)
    return m.code[:3] if m is not None else ""


def _sentence_place_mention(s: Sentence) -> Mention | None:
    """The first place the sentence names with في (في سوريا، في جنين وطولكرم، في شمال شرقي
    سوريا، في مدينة درنة الليبية), or None."""
    for m in s.mentions:
        if m.members and len({x.code[:3] for x in m.members}) == 1 and m.members[0].kind in (K_COUNTRY, K_METONYM):
            if m.prep == "في":
                return m.members[0]  # في جنين وطولكرم
            continue
        if m.members or len(m.code) < 3 or m.code.startswith(("IGO", "NGO", "IMG")) or m.code[:3] in _REGIONS:
            continue
        if m.kind in (K_COUNTRY, K_METONYM) and (m.prep == "في" or _after_place_words(s, m.start)):
            return m
        if m.adjective and m.kind == K_NISBA and _after_place_words(s, m.start, named=True):
            return m  # في مدينة درنة الليبية
    return None


def _named_place(s: Sentence, parties: tuple) -> str:
    """The country of the first place the sentence names in any way (من مدينة عين العرب، إلى مدينة
    كوباني السورية، في محافظتي الرقة ودير الزور شرقي سوريا), not one of the mentions ``parties``, or ""."""
    for m in s.mentions:
        if m in parties:
            continue
        if m.members and len({x.code[:3] for x in m.members}) == 1:
            m = m.members[0]
        elif m.members:
            continue
        if len(m.code) != 3 or m.code.startswith(("IGO", "NGO", "IMG")) or m.code in _REGIONS:
            continue
        if m.kind in (K_COUNTRY, K_METONYM) and (m.prep in _PLACE_PREPS or _after_place_words(s, m.start) or (
                m.start > 0 and s.an[m.start - 1].key in PLACE_WORDS and s.cover[m.start - 1] is None)) or \
                m.adjective and m.start > 1 and s.cover[m.start - 1] is None and (
                    s.an[m.start - 1].key in _DIRECTION_ADJ or s.an[m.start - 1].key in PLACE_WORDS or
                    not s.an[m.start - 1].flags and s.an[m.start - 2].key in PLACE_WORDS):
            return m.code
    return ""


#: prepositions before a place
_PLACE_PREPS = frozenset(["في", "من", "الي", "قرب", "داخل", "عند", "حول", "وسط"])


def _venue_at(s: Sentence, k: int) -> bool:
    """Whether a venue's word (في مطار، في قصر) is at ``k``: a diwan only as a head office (في ديوان عام
    الوزارة), since a man's diwan is where his own people gather (تجمعا في ديوان النائب)."""
    key = s.an[k].key
    return key in _VENUES or key == "ديوان" and k + 1 < s.n and s.an[k + 1].key == "عام" and not s.an[k + 1].al


def _after_place_words(s: Sentence, k: int, named: bool = False) -> bool:
    """Whether في and place or direction words (and, with ``named``, one unknown name)
    come just before token ``k``: في شمال شرقي سوريا، في مدينة درنة الليبية."""
    j = k - 1
    places = 0
    name = 0
    while j >= 0 and k - j <= 4 and s.cover[j] is None and not s.boundary[j]:
        key = s.an[j].key
        if s.words[j] == "في":
            return places > 0
        if key in PLACE_WORDS or key in _DIRECTION_ADJ:
            places += 1
        elif named and not name and not places and not s.an[j].flags:
            name += 1  # درنة: a town the dictionaries do not know
        else:
            return False
        j -= 1
    return False


#: "during it": an act done during the event just told (جرى خلالها توقيع اتفاقيات)
_DURING_IT = frozenset(["خلالها", "خلاله", "خلالهما", "خلالهم"])

#: light verbs that, with an object, make the object do the act (أمرت المحكمة إسرائيل ب)
_ORDER_LEMMAS = frozenset(["امر"])

#: bodies that act for the organisation or government named after them (مجلس الجامعة، وفد الحكومة)
_BODY_HEADS = frozenset(["مجلس", "وفد", "وفود", "قيادة", "مكتب", "رءاسة", "لجنة", "هيءة", "امانة", "ادارة",
                         "ممثلو", "ممثلي", "مندوبو", "مندوبي", "وفدا", "وفدي"])

#: wounds a casualty suffers before the text says who fired (بجروح خطيرة برصاص)
_WOUNDS = frozenset(("جروح", "جراح", "اصابات", "اصابة"))

#: detached object pronouns (إياه، إياها) and the suffix each stands for (normalised words)
_DETACHED_PRONOUNS = {"اياه": "ه", "اياها": "ها", "اياهم": "هم", "اياهما": "هما"}

#: pattern elements naming things an actor owns: a nisba right after them is the owner's
_OWNED_ELEMS = frozenset((E_SYN, name) for name in ("&SITE", "&MILSITE", "&TOWN", "&TRADE", "&EMBASSY",
                                                     "&BOYCOTT_GOODS"))

#: armed forces named by their weapon (normalised keys), and the code of fighting with it
_WEAPON_HEADS = {
    **dict.fromkeys(("مدفعية", "دبابة", "دبابات", "مدرعة", "مدرعات"), "194"),
    **dict.fromkeys(("طاءرة", "طاءرات", "طاءرتان", "طاءرتين", "مقاتلة", "مقاتلات", "مروحية", "مروحيات",
                     "طيران"), "195"),
    **dict.fromkeys(("مسيرة", "مسيرات"), "1952"),
}
_DRONE_WORDS = frozenset(("مسيرة", "مسيرات", "بدون", "بلا"))


#: roles of a country's private actors, two of which may share a code and act on each other
_PRIVATE_ROLES = frozenset(["PTY", "OPP", "ELI", "MED", "LAB", "BUS", "HRI", "CVL", "EDU", "REL"])


def _two_named(a: Mention | None, b: Mention | None, same: bool) -> bool:
    """Whether ``a`` and ``b`` are two parties, unions, papers or people out of office named in one sentence
    by different dictionary lines, though they share a code (حزب العدالة والتنمية and حزب الأصالة والمعاصرة,
    both MARPTY): one may act on the other. (Not a state's bodies, nor an organisation named twice.)"""
    return same and a is not None and b is not None and a.start != b.start and not a.members and not b.members \
        and a.kind in (K_ORG, K_PERSON) and b.kind in (K_ORG, K_PERSON) and not a.anaphor and not b.anaphor \
        and a.srcs[:1] != b.srcs[:1] and not a.code.startswith(("IGO", "NGO", "IMG")) and \
        a.code[3:6] in _PRIVATE_ROLES


def _bare_people(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` names people with no country, definite (المحتجون، الصحفيون، المعارضة، نقابة المعلمين): a
    subject whose country the place or the story gives (see ``_emit``)."""
    return m.bare and not m.members and m.role in _PEOPLE_ROLES and m.role != "MED" and (s.an[m.start].al or (
        (s.an[m.start].key in _INSTITUTION_HEADS or s.an[m.start].key in NOTABLE_HEADS) and
        not s.an[m.start].pre and any(s.an[t].al for t in range(m.start + 1, m.end))))
    # (not the press: أعلن التلفزيون الرسمي فرض حظر التجول reports the government's act; a body in construct
    # is definite too: طالبت نقابة الصحفيين بإقالة الوزير; and so are the tribes' sheikhs: أمهل شيوخ العشائر)


def _weapon_code(s: Sentence, start: int, end: int) -> str:
    """The code of fighting with the weapon that heads a force's name, or ""."""
    code = _WEAPON_HEADS.get(s.an[start].key, "")
    if code == "195" and start + 1 < end and s.an[start + 1].key in _DRONE_WORDS:
        code = "1952"  # الطائرات المسيرة، طائرة بدون طيار
    return code


_PREP_PRONOUNS = frozenset(p + suf for p in ("ب", "ل", "علي", "الي", "من", "عن", "في", "مع", "منه", "عنه", "خلال",
                                                      "اثناء", "عبر")
                           for suf in ("ه", "ها", "هم", "هما", "هن"))


# nouns that with ب make a compound preposition (بموجبها، بسببه، بفضلها، بحسبه)
_PREP_NOUNS = frozenset(["موجب", "سبب", "فضل", "حسب", "واسطة", "مقتضي"])
_PREP_NOUN_FORMS = frozenset(n[:-1] + "ت" + suf if n.endswith("ة") else n + suf
                             for n in _PREP_NOUNS for suf in ("ه", "ها", "هم", "هما"))


def _message_before(s: Sentence, i: int) -> int:
    """The message noun (رسالة، برقية) nearest before ``i`` in its clause, or -1."""
    k = next((t for t in range(i - 1, max(-1, i - 25), -1)
              if s.an[t].key in _MESSAGES or s.boundary[t] and s.words[t] not in ("،", ",")), -1)
    return k if k >= 0 and s.an[k].key in _MESSAGES else -1


def _is_prep_pronoun(s: Sentence, p: int) -> bool:
    """A preposition carrying a pronoun (بها، عليها، منه): it may stand between a verb and
    its subject."""
    if p >= s.n:
        return False
    a = s.an[p]
    return s.words[p] in _PREP_PRONOUNS or (bool(a.suf) and a.key in PREP_WORDS) or (
        a.pre[-1:] == "ب" and ((bool(a.suf) and a.key in _PREP_NOUNS) or a.key in _PREP_NOUN_FORMS))


#: "does, makes" in a relative clause about an act (الزيارة التي يقوم بها)
_DOING = frozenset({"قام", "قامت", "قاما", "قاموا", "يقوم", "تقوم", "يقومان", "يقومون"})

#: honorifics that are also common nouns (sovereignty, state, happiness): titles only right before
#: a person or an office
_HONORIFICS = frozenset(["سيادة", "دولة", "سعادة"])
# nisbas that are also common words, a country's only in its story (see Coder._ambiguous_nisbas): Mali's
# (المالي "financial") and Burkina Faso's (البوركيني "burkini")
_AMBIGUOUS_NISBAS = {normalize(w): code for code, forms in (
    ("MLI", ("المالي", "المالية", "الماليين", "الماليون", "الماليتين", "الماليان", "مالي", "مالية", "ماليين",
             "ماليون")),
    ("BFA", ("البوركيني", "البوركينية", "البوركينيين", "البوركينيون", "بوركيني", "بوركينية", "بوركينيين")))
    for w in forms}
# the honorifics of _HONORIFICS with a pronoun, which the analyser does not split (دولته is "his state" too)
_HONORIFIC_PRONOUNS = {"سيادته": "ه", "سيادتها": "ها", "سعادته": "ه", "سعادتها": "ها"}

#: "among them": the named members of a group just mentioned (دول أوروبية، بينها ألمانيا وفرنسا)
_INCLUDING = frozenset(["بينها", "بينهم", "منها", "ومنها", "بينهما", "ومنهم", "منهم"])

#: what one speaks in (في كلمة، في بيان): a phrase between a verb's subject and its object
_SIMILAR = frozenset(["مماثلة", "مماثل", "مماثلا"])  # similar steps: قرارات مماثلة أعلنتها السعودية
#: roles that bare (with no country) may still do an act named before them: the place or the story
#: gives their country (private people, gunmen)
_LOCAL_AGENTS = _PEOPLE_ROLES | _GUNMEN_ROLES
#: the head noun of a region's name (إقليم كردستان): a later الإقليم names the region
_REGION_HEAD = normalize("إقليم")
#: a delegation's word (وفد من الجيش السوري: the army's delegation visits)
_DELEGATIONS = frozenset(normalize(w) for w in ("وفد", "وفود", "وفدا"))
#: the two words before an act's agent (من قبل الشرطة، على يد مسلحين)
_AGENT_LINKS = frozenset([("من", "قبل"), ("علي", "يد")])
#: nouns of demanding and recommending: the act after them (ب، ل) is only asked for
_DEMAND_NOUNS = frozenset(normalize(w) for w in ("مطالبة", "مطالبات", "مناشدة", "توصية"))
_STEP_NOUNS = frozenset(normalize(w) for w in ("قرار", "قرارا", "قرارات", "خطوة", "خطوات", "إجراء", "إجراءات",
                                               "تدابير"))
_RECEIVERS = {"مستقبليه": "ه", "مستقبليها": "ها", "مستقبليهم": "هم", "مستقبليهما": "هما"}  # في مقدمة مستقبليه
_THE_ORGANISATION = frozenset(("المنظمة", "والمنظمة", "للمنظمة", "بالمنظمة"))
#: documents and statements that speak for their author (واتهم البيان، ويدعو القرار، وأكدت الرسالة)
#: (with the person and gender a verb takes them as its subject: عارضت القرار تسع دول has the decision
#: as its object)
_AUTHORED = {normalize(w): g for w, g in (
    ("بيان", "3ms"), ("خطاب", "3ms"), ("تقرير", "3ms"), ("بلاغ", "3ms"), ("قرار", "3ms"), ("إعلان", "3ms"),
    ("تصريح", "3ms"), ("نص", "3ms"), ("رسالة", "3fs"), ("مذكرة", "3fs"), ("تصريحات", "3fs"))}
_SPEECH_NOUNS = frozenset(["كلمة", "بيان", "تصريح", "تصريحات", "خطاب", "مقابلة", "حديث", "رسالة", "تغريدة",
                           "منشور", "مؤتمر", "جلسة", "اجتماع", "لقاء", "مداخلة", "تقرير", "برقية", "مذكرة",
                           # (with a pronoun the analyser keeps the ت: في كلمته، في رسالته)
                           "كلمت", "مقابلت", "رسالت", "تغريدت", "جلست", "مداخلت"])

#: verbs of result (ما أسفر عن، ما أدى إلى): the act before them did what they name
_RESULT_VERBS = frozenset({"اسفر", "اسفرت", "اسفرا", "ادي", "ادت", "اديا"})
#: prepositions of time and place: with a pronoun (خلالها، فيها، بعده) they say when or where, not to whom
#: prepositions of time before a verbal noun with a pronoun (عقب لقائها، خلال زيارته، لدى وصوله)
_WHEN_PREPS = frozenset({"عقب", "بعد", "قبل", "خلال", "اثناء", "لدي", "عند", "اثر", "فور", "ابان", "طوال"})

_ADVERBIAL_PREPS = frozenset({"خلال", "اثناء", "بعد", "قبل", "عند", "منذ", "في", "بين", "حول", "قرب", "امام", "وراء",
                              "داخل", "خارج", "عبر"})


#: the roots of cooperative acts that a stopping word turns into reducing relations (16x)
_STOPPABLE_ROOTS = frozenset(["03", "04", "05", "06", "07"])
#: roots whose acts a warning does not make threats of (a statement, an appeal, a demand, criticism)
_NOT_THREATENED_ROOTS = frozenset(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"])
#: the object pronouns by which a relative clause's verb takes up the act named before it (الذي يشنه)
_ACT_PRONOUNS = frozenset({"ه", "ها"})
#: "belonging to": the ل after them names an owner (مواقع تابعة للجماعة، سفينة مملوكة لشركة)
# participles of cause: التصعيد الناجم عن الغارات
_CAUSED_BY = frozenset({"ناجم", "ناجمة", "ناتج", "ناتجة", "مترتب", "مترتبة"})
_ISSUED_BY = frozenset({"صادر", "صادرة"})
#: verbs of ordering an act with ب (أمر الجيش بشن عملية، وجه القوات بالرد)
_COMMANDING = frozenset(normalize(w) for w in ("أمر", "وجه", "كلف"))
#: an actor's allies and partners, named after it with its pronoun (وحلفاؤها، وشركائه)
_ALLIES = frozenset(normalize(w) for w in ("حلفاء", "شركاء", "أصدقاء", "وكلاء", "أذرع"))
#: superlatives and ordinals in construct before a noun (أكبر صفقة، أول زيارة)
_ELATIVES = frozenset(normalize(w) for w in ("أكبر", "أضخم", "أول", "أحدث", "أبرز", "أهم", "أوسع", "أعنف", "أخطر",
                                             "ثاني", "ثالث", "آخر"))
_AFFILIATED = frozenset({"تابع", "تابعا", "تابعة", "تابعين", "تابعون", "تابعتين", "تابعان", "مملوك", "مملوكا",
                         "مملوكة"})
#: "linked to": the ب after them names an owner (سفينة مرتبطة بإسرائيل)
_LINKED = frozenset({"مرتبط", "مرتبطا", "مرتبطة", "مرتبطين", "مرتبطتين"})

#: synsets of things owned by an actor: a possessive on them names the owner (قنصليتها)
_OWNED_SYNSETS = frozenset({"&SITE", "&MILSITE"})
#: the verb and noun of protest, which a state uses of an official complaint (احتجت فرنسا على: 114)
_PROTEST_LEMMAS = frozenset([normalize("احتج")])
#: the same as the reason for an act (احتجاجا على، تنديدا ب), which is no protest of its own
_PROTEST_REASONS = frozenset(normalize(w) for w in ("احتجاجا", "تنديدا", "احتجاجاً", "تنديداً"))
#: weapons a relative clause's verb may fire, named before it (صاروخا أطلقته الجماعة باتجاه)
_FIRED_SYNSETS = frozenset({"&ARTILLERY", "&DRONE", "&SMALLARMS", "&AIRWEAPON", "&BARRAGE"})
#: nouns that name a call, a demand, an offer or an ultimatum made before, and the roots of the acts they name
_REQUEST_NOUNS = {normalize(w): roots for ws, roots in (
    (("دعوة", "دعوات", "نداء", "مناشدة"), frozenset({"02"})),
    (("طلب", "مطالبة", "مطالب", "مطالبات"), frozenset({"02", "10"})),
    (("عرض", "مبادرة", "مقترح", "اقتراح", "خطة"), frozenset({"03"})),
    (("إنذار", "مهلة"), frozenset({"13"}))) for w in ws}
#: "loaded with" (شاحنات محملة بالمساعدات): what follows is the cargo
_LOADED = frozenset(normalize(w) for w in ("محمل", "محملة", "محملا", "محملين", "محملتين", "محملات", "تحمل", "يحمل",
                                           "تحملان", "مشحونة"))
#: a ship "flying" a flag (ترفع العلم الأمريكي)
_FLYING = frozenset(normalize(w) for w in ("ترفع", "يرفع", "رافعة", "ترفعان"))
#: embassies and consulates, actors of the state that sends them
_MISSIONS = frozenset(normalize(w) for w in ("سفارة", "سفارت", "سفارات", "قنصلية", "قنصليت", "قنصليات"))  # (سفارت+ها)


def _hosted_forces(s: Sentence, p: int) -> _Ref | None:
    """Forces a base or a site hit after ``p`` hosts, named in the clause after it (على قاعدة عين الأسد
    ... حيث تتمركز قوات أمريكية، قاعدة فيكتوري التي تضم قوات أمريكية، قاعدة تستخدمها القوات الأمريكية):
    the attack is on them. Only an armed force or group with its country, within the sentence."""
    for j in range(p, min(s.n, p + 20)):
        if s.boundary[j] and s.words[j] not in ("،", ","):
            return None
        if s.an[j].key not in _HOSTING or s.an[j].al or s.cover[j] is not None:
            continue
        k = j + 1
        if k < s.n and s.words[k] in _IN_IT:
            k += 1  # (تتمركز فيها، توجد بها)
        m = s.mention_at[k] if k < s.n else None  # (تستخدمها القوات الأمريكية: the subject after the pronoun)
        if m is not None and m.code and not m.bare and not m.adjective and m.prep == "" and \
                all(x.code[3:6] in _ARMED for x in m.flat()):
            return _Ref(m, s, "hosted")  # (منشآت تستخدمها كتائب حزب الله: an armed group's sites)
        return None
    return None


def _party(code: str) -> str:
    """The part of an actor code that names one party: the country, or the organisation for an
    IGO or NGO code (IGOUNO and IGOMEAARL are two parties, USAGOV and USAMIL one)."""
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


#: reporting verbs whose participle after a clause states the clause subject's own stance (، معلنة استدعاء
#: سفيرها، مؤكدة تضامنها مع الصومال؛ not one that labels something else: ، معتبرة إياها اعتداء)
_STATING = frozenset(normalize(w) for w in ("أعلن", "أكد", "جدد", "شدد"))

#: "are stationed / based" (قاعدة يتمركز فيها جنود كينيون): the troops named after them hold the site
_STATIONED = frozenset(normalize(w) for w in ("يتمركز", "تتمركز", "يتمركزون", "تتواجد", "يتواجد", "يتواجدون",
                                               "ينتشر", "تنتشر", "يرابط", "ترابط", "تقيم", "يقيم"))

#: heads of a body whose own name the dictionaries may not know (المجلس الوطني لحماية الوطن، دول تحالف الساحل)
_NAMED_BODY_HEADS = frozenset(normalize(w) for w in (
    "مجلس", "دول", "لجنة", "هيئة", "جبهة", "تحالف", "حركة", "سلطات", "حكومة", "قوات", "جماعة", "فريق", "بعثة",
    "وحدة", "مكتب", "مركز", "جهاز", "خبراء", "محققو", "مراقبو"))

#: litotes verbs that, not negated, say the act is given up or held back (not أخفى: hiding it is doing it)
_GIVING_UP = frozenset(normalize(w) for w in ("تخلى", "تردد", "توانى", "تأخر"))
#: a seat or headquarters, before the body it houses (مقر قيادة اليونيفيل)
_SEAT_WORDS = frozenset(normalize(w) for w in ("مقر", "مقار", "مقرات", "مركز"))
#: accusatives of purpose that are never a verb's object (احتجاجا على، تنديدا ب، تضامنا مع)
_PURPOSE_ACCUSATIVES = frozenset(["احتجاجا", "تنديدا", "تضامنا"])
#: the person-number-gender readings of dual verbs (a plural flag is a guess for many actors: not plural verbs)
_NONSINGULAR_PGN = frozenset(["3md", "3fd"])
#: informing someone of one's act (أبلغت روسيا الولايات المتحدة انسحابها): he is its target
_INFORMING = frozenset(normalize(w) for w in ("أبلغ",))
#: "the kingdom", "the sultanate" alone: the states each may name (the one the story named last)
_REALM_WORDS = {"مملكة": KINGDOMS, "سلطنة": frozenset(["OMN", "BRN"])}
_REALM_FORMS = frozenset(f for w in ("مملكة", "سلطنة") for f in ("ال" + w, "لل" + w, "بال" + w, "وال" + w))
#: arriving, landing, disbursing and handing over: an arrival announced (أعلنت وصول الدفعة الأولى من المنظومة)
#: is a delivery made, and so is a disbursement (أعلنت المفوضية صرف شريحة جديدة)
_ARRIVING = frozenset(normalize(w) for w in ("وصل", "هبط", "حط", "صرف", "سلم"))
#: ships and boats, which pirates and rebels hijack where states seize them
_VESSELS = frozenset(normalize(w) for w in ("سفينة", "سفن", "ناقلة", "ناقلات", "يخت", "مركب", "قارب", "زورق",
                                            "باخرة"))
#: weapons, which a group hands over as its own (سلاحها، أسلحتهم) when it disarms
_OWN_ARMS = frozenset(["سلاح", "اسلحت", "اسلحة"])
#: pacts, charters and declarations that bind those who sign them
_PACTS = frozenset(normalize(w) for w in ("ميثاق", "إعلان", "اتفاق", "اتفاقية", "معاهدة", "بروتوكول", "مذكرة"))
#: pledging, whose object with ب may come after its subject and the meeting it was made at
_PLEDGING = frozenset(normalize(w) for w in ("تعهد", "التزم"))
#: the words of a sum of money (750 مليون دولار، مليار يورو، ومئة مليون، نحو ملياري دولار)
_SUM_WORDS = frozenset(normalize(w) for w in (
    "مليون", "مليار", "ملايين", "مليارات", "مليوني", "ملياري", "ألف", "آلاف", "ألفي", "مئة", "مائة", "مئتي",
    "مئات", "نحو", "حوالي", "قرابة", "دولار", "دولارا", "يورو", "جنيه", "ريال", "درهم", "دينار", "ين", "روبل",
    "ليرة", "يوان", "فرنك", "إسترليني", "شيكل", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
    "ثمانية", "تسعة", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "نصف",
    "ربع"))
#: announcing or unveiling (aid announced is pledged: CAMEO-NOTES)
_ANNOUNCING = frozenset(normalize(w) for w in ("أعلن", "كشف"))

# words between a light verb and the act it governs that name its operation or its rank (نفذت أول عملية
# إنزال جوي): in construct, with no article
_OPERATION_WORDS = frozenset(normalize(w) for w in ("عملية", "عمليات", "أول", "أولى", "ثاني", "ثالث"))
# who protests against their own government when the text names no one else (CAMEO 14x)
_PROTESTERS = frozenset(["CVL", "OPP", "LAB", "EDU", "PTY", "MED", "HLH", "REL", "BUS"])
# verbal nouns whose possessive pronoun is the one the act befalls, not its doer (اختطافه، اعتقالها،
# اغتياله: his kidnapping, her arrest), unless an object follows (احتجازها 13 موظفا: their detaining)
_PATIENT_NOUNS = frozenset(normalize(w) for w in (
    "اختطاف", "خطف", "اعتقال", "احتجاز", "توقيف", "اغتيال", "قتل", "مقتل", "إعدام", "أسر", "سجن", "ترحيل",
    "إبعاد", "طرد", "إصابة", "استهداف", "تعذيب", "محاكمة", "إقالة", "عزل", "نفي"))
# talks, meetings and conferences, whose place those taking part visit (بمشاركة وفد إسرائيلي)
_MEETING_NOUNS = frozenset(normalize(w) for w in (
    "محادثات", "مفاوضات", "مباحثات", "اجتماع", "اجتماعات", "مؤتمر", "قمة", "جولة", "منتدى", "حوار", "مشاورات"))
#: "decided" (past): what a government decides of these roots is done by deciding it; what parties
#: "agreed on" too, for sanctions, bans and their lifting (see Coder._finish)
_AGREED = frozenset({"اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا"})
_DECIDED = frozenset({"قرر", "قررت", "قررا", "قررتا", "قرروا"}) | _AGREED
_DECIDED_ROOTS = frozenset({"08", "09", "12", "16", "17"})
#: "in exchange for" (مقابل إطلاق سراح): the act given for another
_IN_EXCHANGE = frozenset(["مقابل", "ومقابل", "بمقابل"])
#: agreeing to or approving something (وافق على تقديم قرض، موافقته على منح، صادق البرلمان على قرض): a promise,
#: for aid and withdrawals
_APPROVED = frozenset({"وافق", "وافقت", "وافقا", "وافقتا", "وافقوا", "موافقة", "موافقت", "صادق", "صادقت", "صادقا",
                       "صادقوا", "مصادقة", "مصادقت"})

#: words after which ما is "what, which", not the negation of a past verb (وهو ما دفع، الأمر الذي)
_WHAT_HEADS = frozenset({"وهو", "وهي", "هو", "وهذا", "وذلك", "بعد", "وفق", "حسب", "بحسب", "مثل", "كل", "الي",
                         "علي", "عن", "من", "في", "مع"})

#: decrees and orders whose content is done once they are issued (مرسوما يقضي ب، أمرا تنفيذيا يقضي ب)
_DECREES = frozenset(normalize(w) for w in ("مرسوم", "مرسوما", "أمر", "أمرا", "مراسيم"))
#: issuing or signing one (أصدر الرئيس مرسوما، وقع أمرا تنفيذيا)
_ENACTING = frozenset(normalize(w) for w in ("أصدر", "أصدرت", "وأصدر", "وأصدرت", "وقع", "وقعت", "ووقع", "ووقعت"))
#: indefinite nouns a relative clause's verb refers back to with its pronoun (اجتماع استضافته إسطنبول، هجوم
#: شنه مسلحون): that pronoun is the noun, not an actor named before it
_RELATIVE_HEADS = frozenset(normalize(w) for w in (
    "اجتماع", "اجتماعا", "لقاء", "لقاءا", "مؤتمر", "مؤتمرا", "قمة", "منتدى", "ملتقى", "ندوة", "جولة", "جلسة",
    "هجوم", "هجوما", "غارة", "عملية", "حملة", "زيارة", "مبادرة", "خطة", "اتفاق", "اتفاقا", "اتفاقية", "مذكرة",
    "رسالة", "بيان", "بيانا", "قرار", "قرارا", "مشروع"))
#: things made, passed or issued that a reaction may be to, right before the clause that names their maker
#: with no relative pronoun (مشروع قانون أقره الكونغرس، قرارا أصدره المجلس)
_MADE_THINGS = frozenset(normalize(w) for w in (
    "قرار", "قرارا", "قرارات", "قانون", "قانونا", "مشروع", "مشروعا", "مرسوم", "مرسوما", "أمر", "أمرا", "اتفاق",
    "اتفاقا", "اتفاقية", "مذكرة", "بيان", "بيانا", "تصريحات", "خطة", "مبادرة", "إجراءات", "تعديل", "تعديلات"))
#: verbal nouns of purpose between a rejection and the thing rejected (استخدم الفيتو لإسقاط قرار)
_AGAINST_NOUNS = frozenset(normalize(w) for w in ("إسقاط", "منع", "عرقلة", "تعطيل", "إلغاء", "نقض"))
_EEC_FOUNDED = "1958-01-01"  # the European Economic Community (IGOEUREEC, the Union after it)
#: the words of an amount of money, which a skip passes over for free (see Coder._match)
_AMOUNT_WORDS = frozenset(normalize(w) for w in (
    "واحد", "اثنان", "اثنين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني",
    "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون",
    "خمسين", "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مائة", "مئة", "مئات", "مائتا",
    "مائتي", "مئتي", "ألف", "آلاف", "ألفا", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "مليارا", "بليون",
    "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "إسترليني", "استرليني", "ريال", "ريالا", "دينار",
    "دينارا", "درهم", "درهما", "فرنك", "فرنكا", "ليرة", "روبل", "ين"))


def _in_amount(s: Sentence, t: int) -> bool:
    """Whether the word at ``t`` is part of an amount after its head word (قدرها مائة وخمسة وثلاثون مليون
    جنيه إسترليني، بقيمة 3.2 مليار دولار), not its head."""
    k = t
    while k > 0 and (s.words[k].isdigit() or s.an[k].key in _AMOUNT_WORDS) and not s.boundary[k]:
        k -= 1
    return k < t and s.an[k].key in _AMOUNT_HEADS


#: the words before an amount (قدرها، بقيمة، بمبلغ)
_AMOUNT_HEADS = frozenset(normalize(w) for w in ("قدر", "قدرها", "قدره", "قيمة", "قيمتها", "قيمته", "مبلغ", "حوالي",
                                                  "نحو"))
#: what makes a gathering virtual (قمة افتراضية، عبر تقنية الفيديو، عن بعد)
_VIRTUAL = frozenset(normalize(w) for w in ("افتراضية", "افتراضي", "فيديو", "مرئي", "مرئية", "هاتف", "هاتفي",
                                             "هاتفيا"))  # (keys: no article)
#: ceremonies a leader attends (شارك في احتفالات الاستقلال، في تشييع جنازة الرئيس، في مراسم التنصيب)
_CEREMONIES = frozenset(normalize(w) for w in ("احتفالات", "مراسم", "مراسيم", "تشييع", "جنازة", "تنصيب"))
#: gatherings a state hosts without mediating between their members (conferences, summits, forums)
_GATHERINGS = frozenset(normalize(w) for w in ("مؤتمر", "مؤتمرات", "قمة", "منتدى", "ملتقى", "معرض", "ندوة", "ورشة",
                                               "دورة", "اجتماعات", "احتفال", "حفل", "مهرجان"))
#: prepositions that open a phrase set off by commas between a verb with its subject and its object
#: nouns whose ب phrase sets off the circumstances of an act (، برعاية مصرية في مقر ...، بحضور السفير،)
_CHUNK_NOUNS = frozenset(normalize(w) for w in (
    "رعاية", "حضور", "مشاركة", "مناسبة", "وساطة", "أمر", "أوامر", "توجيه", "توجيهات", "تعليمات", "تكليف", "طلب",
    "دعوة", "إشراف", "تنسيق", "تمويل",
    # (in one's capacity as: ، بصفتها رئيسة حركة عدم الانحياز، بوصفه، باعتباره)
    "صفة", "صفت", "وصف", "وصفه", "وصفها", "اعتبار", "اعتباره", "اعتبارها"))
#: nouns whose ب phrase names where a meeting is held or who chairs it (بمقر الجامعة، برئاسة الوزير): no party met
_SEAT_NOUNS = frozenset(normalize(w) for w in ("مقر", "رئاسة"))
#: military operations, whose purpose (عملية عسكرية واسعة لاستعادة المدينة) their launcher pursues
_OPERATION_NOUNS = frozenset(normalize(w) for w in ("عملية", "عمليات", "حملة", "هجوم", "هجوما", "معركة"))
#: words of responding in kind (توعدت بالرد بالمثل): a threat to answer the act just told
_RETALIATION = frozenset({"بالرد", "الرد", "للرد", "بالمثل", "ردا", "برد", "بالانتقام", "بالثأر"})
#: acting jointly with others (بالاشتراك مع القوات النيجرية): they do it too
_JOINT_NOUNS = frozenset(normalize(w) for w in ("اشتراك",))
_CHUNK_PREPS = frozenset({"في", "خلال", "عبر", "وفق", "حسب", "بحسب", "لدي", "عند", "اثناء", "بعد", "عقب", "اثر", "قبيل",
                          "بموجب"})

#: people counted as the victims of an attack or a raid (25 مواطنا من ...)
_PEOPLE_WORDS = frozenset(normalize(w) for w in (
    "مواطن", "مواطنا", "مواطنين", "مواطنون", "مدني", "مدنيا", "مدنيين", "مدنيون", "شخص", "شخصا", "أشخاص", "سكان",
    "أهالي", "نازحين", "نازحا", "لاجئين", "لاجئا", "طفلا", "أطفال", "امرأة", "نساء", "شابا", "شبان"))

#: "the three states": a count after a plural noun of states names the last group of that size
_STATE_NOUNS = frozenset({"دول", "بلدان", "عواصم", "حكومات"})
_COUNT_WORDS = {"الثلاث": 3, "الثلاثة": 3, "الاربع": 4, "الاربعة": 4, "الخمس": 5, "الخمسة": 5, "الست": 6, "الستة": 6}
#: CAMEO region codes: a nisba of a region (الخليجية، العربية، الأوروبية) names no single party
_REGIONS = REGION_CODES  # (defined with the sentence analysis, which needs it too)

#: regions whose nisba names a place, not a party (Europe and the West are parties in news)
_AREAS = _REGIONS - {"EUR", "WST"}

#: roots of events that are only words (statements, appeals, demands, criticism): no
#: those who carried out an act (منفذي الهجوم، مرتكبي الجريمة، المسؤولين عن): before an attack just
#: reported, they are its author
_PERPETRATORS = frozenset(["منفذي", "منفذو", "مرتكبي", "مرتكبو", "منفذ", "مرتكب", "مدبري", "مدبرو"])

#: the kinds of act an act with no actor as its object is kept for when one is of 17 to 20 (see Coder._loose_act)
_FORCE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: verbs of a site hosting forces (حيث تتمركز قوات أمريكية، التي تضم قوات، تستخدمها القوات) and "in it"
_HOSTING = frozenset(normalize(w) for w in ("تتمركز", "يتمركز", "تضم", "يضم", "تستضيف", "يستضيف", "تستخدم", "يستخدم",
                                            "توجد", "يوجد", "تنتشر", "ينتشر", "تتواجد", "يتواجد",
                                            # (and the dual: قاعدتين تستضيفان قوات أمريكية)
                                            "تستضيفان", "يستضيفان", "تضمان", "يضمان", "تتمركزان"))
_IN_IT = frozenset(normalize(w) for w in ("فيها", "فيه", "فيهما", "بها", "به"))
#: "came" and "in response" (جاءت الضربة ردا على): the words of one who says why an act was done
_CAME = frozenset(["جاء", "جاءت"])
_IN_RESPONSE = frozenset(["ردا", "انتقاما"])
#: verbs of claiming an attack (وتبنت حركة الشباب الهجوم) and "its responsibility" (أعلن مسؤوليته عن)
_CLAIM_VERBS = frozenset(normalize(w) for w in ("تبنى", "تبنت", "وتبنى", "وتبنت", "تتبنى", "يتبنى"))
_CLAIM_WORDS = _CLAIM_VERBS | frozenset(normalize(w) for w in ("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما"))
#: "step" or "decision" an EVENTREF noun can name
_SAYING_ROOTS = frozenset({"01", "02", "10", "11"})
#: acts done by speaking (statements, appeals, offers, praise, demands, accusations, rejections, threats): a
#: participle of them after reported words is the speaker's
_SPEECH_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# participles that open a description of the actor before them, set off by commas (، الخاضعة لسيطرة الحوثيين،)
_DESCRIBING = frozenset(normalize(w) for w in (
    "خاضعة", "خاضع", "تابعة", "تابع", "مدعومة", "مدعوم", "موالية", "موالي", "مقربة", "مقرب", "مرتبطة", "مرتبط",
    "معترف", "مسيطرة", "مسيطر"))
# verbs by which an actor takes a step it may not be coded for: "the decision" after them is theirs
_STEP_VERBS = frozenset(normalize(w) for w in ("أعلن", "أعلنت", "قرر", "قررت", "صادق", "صادقت", "أقر", "أقرت",
                                               "واعلن", "واعلنت", "وقرر", "وقررت", "أصدر", "أصدرت", "وأصدر",
                                               "وأصدرت", "طرح", "طرحت", "وطرح", "وطرحت", "اقترح", "اقترحت",
                                               "قدم", "قدمت", "أطلق", "أطلقت"))
# (أصدر الرئيس مرسوما: the decree is his step; طرحت مصر مبادرة، قدمت خطة: the proposal is hers)
#: the only grammar class a verbal noun taken as a step may have: calling an act off (قرر تأجيل الانتخابات)
_STEP_NOUN_CLASSES = frozenset({"NEG"})
#: a body adopting or extending a resolution (اعتمد مجلس الأمن، مدد المجلس ولاية): its "decision" after it
_ADOPTING_STEPS = frozenset(normalize(w) for w in ("اعتمد", "اعتمدت", "تبنى", "تبنت", "مدد", "مددت", "جدد", "جددت"))
#: "most of them" before the nationality of people counted (مهاجر، معظمهم من رعايا النيجر)
_MOST_OF = frozenset(["معظمهم", "اغلبهم", "غالبيتهم"])  # (not بينهم: some of them)
#: verbs of dying whose subject is the victim (استشهد): an event only with who fired
_DYING_VERBS = frozenset(normalize(w) for w in ("استشهد",))
_FOLLOW_VERBS = frozenset(normalize(w) for w in ("حذا", "حذت", "حذتا", "حذوا", "يحذو", "تحذو", "وحذا", "وحذت"))
# the people a crowd that protests may be named as
_PROTESTING_ROLES = frozenset(["CVL", "LAB", "EDU", "OPP", "REF", "HLH", "MED"])
# summits: the leaders named in their genitive meet at them, not each one with each other
_SUMMIT_WORDS = frozenset(["قمة", "القمة", "قمم"])
# a body "in charge of" something, after its name (المحكمة الجنائية المختصة بجرائم الفساد)
_COMPETENT = frozenset(normalize(w) for w in ("مختصة", "مختص", "متخصصة", "متخصص", "مكلفة", "مكلف", "معنية", "معني"))
# verbs of attending or coming (normalised keys): who does them came at an invitation named after them
_ATTENDING = frozenset(["حضر", "حضرت", "حضروا", "يحضر", "تحضر", "شارك", "شاركت", "شاركوا", "يشارك", "تشارك",
                        "زار", "زارت", "يزور", "تزور", "وصل", "وصلت", "يصل", "تصل", "توجه", "توجهت", "يتوجه",
                        "تتوجه"])
_NEW_CLAUSE = frozenset({"فيما", "بينما", "حين", "وفيما", "وبينما", "كما", "وكما"})  # (في حين: حين؛ ، كما: also)


def _needs_of(elems: tuple) -> tuple | None:
    """The literal elements a pattern needs somewhere in the sentence: four sets
    (words, lemmas, prepositions, synsets), or None if it needs none."""
    sets = tuple(frozenset(v for k, v in elems if k == kind) or _EMPTY for kind in (E_WORD, E_LEMMA, E_PREP, E_SYN))
    return sets if any(sets) else None


def _pattern_needs(tables: Tables) -> dict[int, tuple]:
    """For each pattern (by the identity of its elements tuple), what
    :func:`_needs_of` says it needs."""
    out: dict[int, tuple] = {}
    for plist in tables.patterns.values():
        for _code, elems, _src, _text, _spec in plist:
            sets = _needs_of(elems)
            if sets is not None:
                out[id(elems)] = sets
    return out


def _mention_info(s: Sentence, m: Mention) -> dict:
    return {"text": s.text(m.start, m.end), "code": cameo_code(m.code), "tokens": [m.start, m.end], "prep": m.prep,
            "adjective": m.adjective, "members": [cameo_code(x.code) for x in m.members] if m.members else None,
            "evidence": m.srcs}


def _in_cameo_order(ev: Event) -> Event:
    if ev.source[:3] not in REGIONS and ev.target[:3] not in REGIONS:
        return ev
    return attrs.evolve(ev, source=cameo_code(ev.source), target=cameo_code(ev.target))
