"""
Arabic morphology in two halves.

Compile time (:func:`conjugate`, :func:`noun_forms`, :func:`nisba_forms`,
:func:`participle_forms`, :func:`agent_forms`): a dictionary author writes a
lemma and these generate the inflected forms, so the tables hold every form
a news text can show *without* clitics.

Run time (:class:`Analyzer`): a token is split into proclitics, a host and an
enclitic pronoun with a few string probes against the compiled lexicon,
memoised per distinct word. Clitic combinations are never expanded into the
tables (that would be millions of keys; see ../shared/ARABIC.md).

Not done: full morphological analysis of words no dictionary knows, root
extraction, or vocalisation. Forms that only diacritics distinguish (the
passive of a sound verb, فُرضت vs فرضت) are recognised from the original
text's marks by the coder, not here.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .normalize import normalize

# --------------------------------------------------------------------------
# lexicon flags

F_NOM = 1  # noun-like: takes ب ل ك, the article, a possessive suffix
F_PAST = 2  # past-tense verb form: takes و ف and an object suffix
F_PRES = 4  # present-tense verb form: also takes س and ل
F_HOST = 8  # a host variant that only occurs before a suffix (دعوت-ه, زودو-ها)
F_NAME = 16  # a proper name (country, person, organisation): takes no accusative alif

SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_RARE_SUFFIXES = frozenset(["ني", "ي", "ك", "كم", "كما", "كن"])

# (surface prefix, proclitics label, has article, allowed flags)
_PREFIXES: list[tuple[str, str, bool, int]] = []


# first and second person suffixes (see Analyzer._analyse)
_SPEAKER_SUFFIXES = _RARE_SUFFIXES | frozenset(["نا"])
# the first letters of a present verb (normalised): what the future prefix س may come before
_PRESENT_LETTERS = frozenset("يتنا")


def _build_prefixes() -> None:
    seen = set()
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ل", "ك"):
            for art in (False, True):
                if art:
                    surface = conj + ("لل" if prep == "ل" else prep + "ال")
                    if prep == "ل":
                        # ل before a word that starts with hamza+lam (لألمانيا) normalises to لال
                        _PREFIXES.append((conj + "لال", conj + "ل", True, F_NOM))
                else:
                    surface = conj + prep
                label = conj + prep
                flags = F_NOM if (prep or art) else (F_NOM | F_PAST | F_PRES)
                key = (surface, art)
                if key not in seen:
                    seen.add(key)
                    _PREFIXES.append((surface, label, art, flags))
        for fut in ("س", "ل"):
            surface = conj + fut
            if (surface, False) in seen:
                # "ل" and "ول": already there for nouns; let them take present verbs too
                for i, (s, lab, art, fl) in enumerate(_PREFIXES):
                    if s == surface and not art:
                        _PREFIXES[i] = (s, lab, art, fl | F_PRES)
                continue
            seen.add((surface, False))
            _PREFIXES.append((surface, conj + fut, False, F_PRES))
    _PREFIXES.sort(key=lambda p: len(p[0]))


_build_prefixes()


class Analysis(NamedTuple):
    """A token split into proclitics, article, host (the lexicon key) and enclitic."""

    pre: str  # proclitics before the host, without the article: "", "و", "وب", "ل", "س", "فس"...
    al: bool  # the definite article was present
    key: str  # the host as the lexicon knows it
    suf: str  # enclitic pronoun, "" if none
    flags: int  # lexicon flags of the host (0: unknown word)


class Analyzer:
    """
    Splits tokens against a lexicon ``{host: flags}``; memoised.

    The chosen split strips the fewest letters among those whose host the
    lexicon knows and whose clitics suit the host (an article or a preposition
    only before a noun, ``س`` only before a present verb, no suffix after the
    article). An unknown word keeps its whole form as key, minus a leading
    article.
    """

    __slots__ = ("lex", "_memo", "_limit")

    def __init__(self, lex: dict[str, int], memo_limit: int = 200_000):
        self.lex = lex
        self._memo: dict[str, Analysis] = {}
        self._limit = memo_limit

    def __call__(self, word: str) -> Analysis:
        a = self._memo.get(word)
        if a is None:
            a = self._analyse(word)
            if len(self._memo) >= self._limit:
                self._memo.clear()
            self._memo[word] = a
        return a

    def many(self, words: list[str]) -> list[Analysis]:
        """The analyses of ``words`` (a memo hit costs no method call)."""
        memo = self._memo
        return [memo.get(w) or self(w) for w in words]

    def _analyse(self, w: str) -> Analysis:
        lex = self.lex
        best: Analysis | None = None
        best_cost = 99
        n = len(w)
        for surface, label, art, allowed in _PREFIXES:
            lp = len(surface)
            if lp >= best_cost:
                break
            if lp and not w.startswith(surface):
                continue
            if n - lp < 2:
                continue
            rest = w[lp:]
            # no suffix
            fl = lex.get(rest, 0)
            if fl and label.endswith("س") and rest[:1] not in _PRESENT_LETTERS:
                fl = 0  # (the future prefix only before a present verb's prefix: يفعل، تفعل، نفعل، أفعل)
            if fl and (fl & allowed) and not (fl == F_HOST):
                cost = lp
                if cost < best_cost:
                    best, best_cost = Analysis(label, art, rest, "", fl & ~F_HOST if fl & ~F_HOST else fl), cost
                    continue
            if art:
                continue  # the article excludes an enclitic
            if rest.endswith("ا") and not rest.endswith("ها") and lp + 1 < best_cost and len(rest) > 3:
                # the alif of the indefinite accusative (تعاونًا، روسًا)
                fl = lex.get(rest[:-1], 0)
                if fl & F_NOM and not fl & F_NAME:
                    best, best_cost = Analysis(label, art, rest[:-1], "", fl), lp + 1
            for suf in SUFFIXES:
                ls = len(suf)
                if lp + ls >= best_cost or len(rest) - ls < 2 or not rest.endswith(suf):
                    continue
                host = rest[:-ls]
                fl = lex.get(host, 0)
                if fl & F_NAME and not fl & (F_HOST | F_PAST | F_PRES) and suf not in ("ي", "نا"):
                    continue  # a proper name takes no possessive (جنينها is no Jenin); بلادي، مصرنا may
                if not fl & F_HOST and ((suf == "ي" and not fl & F_NOM) or
                                        (suf in ("ك", "كم", "كما", "كن") and not fl & F_NAME)):
                    continue  # a verb takes no "my" (وزاري is no و+زار+ي) and "your" is rare in news, where an
                    # ending is more often part of the word (هناك، تلك، يملك); a noun's ي may be a dual in
                    # construct (سفيري إيران) and a host that only exists before a suffix takes any
                if len(host) <= 2 and suf in _SPEAKER_SUFFIXES:
                    continue  # a two-letter host with "my", "our" or "your" is mostly a word of its own (كردي، بدوي،
                    # معني، وطني: not ك + رد + ي, ب + دو + ي, مع + ني, و + طن + ي)
                if fl and label.endswith("س") and not (fl & F_PRES and host[:1] in _PRESENT_LETTERS):
                    continue  # the future prefix is only ever on a present verb (سلوك is no س+لو+ك)
                if fl and ((fl & allowed) or (fl & F_HOST)):
                    # a host that only exists before a suffix (الغا-ني) loses a tie to a whole word,
                    # and so do first and second person pronouns, rare in news (الغي-ني)
                    cost = lp + ls + (0.5 if not fl & allowed else 0) + (0.6 if suf in _RARE_SUFFIXES else 0)
                    # (a host-only stem with a first-person ي loses to the article and a whole word: القوى
                    # is القوي "the powers", not القو-ي)
                    if cost < best_cost:
                        best, best_cost = Analysis(label, art, host, suf, fl), cost
                    break
        if best is not None:
            return best
        return _guess(w)


def _guess(w: str) -> Analysis:
    """Clitics of a word no dictionary knows, by spelling alone: a conjunction,
    a preposition and the article are split off when a word of at least three
    letters remains. Used for prepositions on unknown nouns (بجهود قطر)."""
    pre = ""
    rest = w
    if rest[:1] in ("و", "ف") and len(rest) >= 5:
        pre, rest = rest[0], rest[1:]
    for art in ("لل", "بال", "كال"):
        if rest.startswith(art) and len(rest) - len(art) >= 3:
            return Analysis(pre + art[0], True, rest[len(art):], "", 0)
    if rest.startswith("ال") and len(rest) >= 5:
        return Analysis(pre, True, rest[2:], "", 0)
    if rest[:1] in ("ب", "ل", "ك") and len(rest) >= 5 and not rest.startswith(("لا", "ليس")):
        return Analysis(pre + rest[0], False, rest[1:], "", 0)
    if pre:
        return Analysis(pre, False, rest, "", 0)
    return Analysis("", False, w, "", 0)


# --------------------------------------------------------------------------
# compile-time generation

_MARKS_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
SHADDA = "\u0651"


def bare(raw: str) -> str:
    """Remove short vowels and tatweel but keep the letters (hamza seats, ى)."""
    return _MARKS_RE.sub("", raw.replace(SHADDA + " ", " ")).strip()


class Form(NamedTuple):
    form: str  # normalised
    tense: str  # "past" | "pres" | ""
    pgn: str  # person-gender-number: "3ms", "3fs", "3mp", ... ; "" for nouns
    mood: str  # "ind" | "jus" | "sub" | "pass" (a passive form) | "host"
    voice: str  # "act" | "pass" | "?"


def _is_doubled(raw_past: str) -> bool:
    t = raw_past.replace("\u0640", "")
    # a shadda on the last letter, possibly followed by a fatha
    stripped = re.sub("[\u064b-\u0650\u0652]", "", t)
    return stripped.endswith(SHADDA) or len(bare(t)) == 2


def conjugate(past_raw: str, present_raw: str) -> list[Form]:
    """
    The inflected forms of a verb from its third person masculine singular past
    and present (as written, diacritics allowed). Returns normalised forms.

    Covers sound, hollow (زار/يزور), defective (دعا/يدعو, ألغى/يلغي, تلقى/يتلقى,
    نسي/ينسى), doubled (ردّ/يردّ) and hamzated verbs in the third and first persons
    and the second person singular/plural masculine, the subjunctive/jussive,
    the passive spellings that differ from the active, and the host forms
    that take an object pronoun.

    >>> sorted({f.form for f in conjugate("زوّد", "يزوّد") if f.pgn == "3fs"})
    ['تزود', 'زودت']
    """
    P = bare(past_raw)
    Y = bare(present_raw)
    doubled = _is_doubled(past_raw)
    out: list[Form] = []

    def add(form: str, tense: str, pgn: str, mood: str = "ind", voice: str = "act") -> None:
        out.append(Form(normalize(form), tense, pgn, mood, voice))

    # ---- past ----
    last = P[-1]
    if last == "ا":  # دعا
        s = P[:-1]
        add(P, "past", "3ms"); add(s + "ت", "past", "3fs"); add(s + "وا", "past", "3mp")
        add(s + "وا", "past", "3md"); add(s + "تا", "past", "3fd"); add(s + "ون", "past", "3fp")
        add(s + "وت", "past", "1s"); add(s + "ونا", "past", "1p"); add(s + "وتم", "past", "2mp")
        add(s + "و", "past", "3mp", "host")  # دعوه (they invited him)
        add(s + "ي", "past", "3ms", "pass", "pass"); add(s + "يت", "past", "3fs", "pass", "pass")
        add(s + "يا", "past", "3md", "pass", "pass")
    elif last == "ى":  # رمى، ألغى، تلقى، التقى
        s = P[:-1]
        add(P, "past", "3ms"); add(s + "ت", "past", "3fs"); add(s + "وا", "past", "3mp")
        add(s + "يا", "past", "3md"); add(s + "تا", "past", "3fd"); add(s + "ين", "past", "3fp")
        add(s + "يت", "past", "1s"); add(s + "ينا", "past", "1p"); add(s + "يتم", "past", "2mp")
        add(s + "و", "past", "3mp", "host"); add(s + "ا", "past", "3ms", "host")  # ألغاه، تلقاها
        add(s + "ي", "past", "3ms", "pass", "pass")  # أُلغي (same as the active after normalisation)
    elif last == "ي" and len(P) >= 3:  # نسي، بقي، لقي
        s = P[:-1]
        add(P, "past", "3ms"); add(P + "ت", "past", "3fs"); add(s + "وا", "past", "3mp")
        add(P + "ا", "past", "3md"); add(P + "تا", "past", "3fd"); add(P + "ن", "past", "3fp")
        add(P + "ت", "past", "1s"); add(P + "نا", "past", "1p"); add(s + "و", "past", "3mp", "host")
    else:
        short = P
        hollow = len(P) >= 3 and P[-2] == "ا" and not doubled
        if hollow:
            short = P[:-2] + P[-1]  # زار → زر (زرت)
        if doubled:
            short = P + P[-1]  # رد → ردد (رددت)
        add(P, "past", "3ms"); add(P + "ت", "past", "3fs"); add(P + "وا", "past", "3mp")
        add(P + "ا", "past", "3md"); add(P + "تا", "past", "3fd"); add(short + "ن", "past", "3fp")
        add(short + "ت", "past", "1s"); add(short + "نا", "past", "1p"); add(short + "تم", "past", "2mp")
        add(P + "و", "past", "3mp", "host")
        if P.endswith("أ"):  # بدأوا / بدؤوا
            add(P[:-1] + "ؤوا", "past", "3mp")
        if hollow:
            # passive: قال → قيل، زار → زير، أدان → أدين
            add(P[:-2] + "ي" + P[-1], "past", "3ms", "pass", "pass")
            add(P[:-2] + "ي" + P[-1] + "ت", "past", "3fs", "pass", "pass")

    # ---- present ----
    if not Y.startswith("ي"):
        return out
    b = Y[1:]
    end = b[-1]
    # the first person singular (أ-) is left out: it is rare in news and its forms are
    # common words (أسعا of سعى hides واسعًا "wide")
    persons = (("ي", "3ms"), ("ت", "3fs"), ("ن", "1p"))
    if end in "وي" and len(b) >= 2 and (last in "اىي" or not b[-2] in "اوي"):
        # defective: يدعو، يلغي
        s = b[:-1]
        for pre, pgn in persons:
            add(pre + b, "pres", pgn)
            add(pre + s, "pres", pgn, "jus")  # لم يدع، لم تخف
        add("ي" + s + "ون", "pres", "3mp"); add("ت" + s + "ون", "pres", "2mp")
        add("ي" + s + "وا", "pres", "3mp", "sub"); add("ت" + s + "وا", "pres", "2mp", "sub")
        add("ي" + b + "ان", "pres", "3md"); add("ت" + b + "ان", "pres", "3fd")
        add("ي" + b + "ا", "pres", "3md", "sub"); add("ت" + b + "ا", "pres", "3fd", "sub")
        add("ي" + (b + "ن" if end == "ي" else s + "ون"), "pres", "3fp")
        add("ت" + s + "ين", "pres", "2fs")
        add("ي" + s + "و", "pres", "3mp", "host")
        add("ي" + s + "ى", "pres", "3ms", "pass", "pass"); add("ت" + s + "ى", "pres", "3fs", "pass", "pass")
    elif end == "ى":
        # يتلقى، يلقى، يبقى
        s = b[:-1]
        for pre, pgn in persons:
            add(pre + b, "pres", pgn)
            add(pre + s, "pres", pgn, "jus")
            add(pre + s + "ا", "pres", pgn, "host")  # يتلقاها
        add("ي" + s + "ون", "pres", "3mp"); add("ت" + s + "ون", "pres", "2mp")
        add("ي" + s + "وا", "pres", "3mp", "sub")
        add("ي" + s + "يان", "pres", "3md"); add("ت" + s + "يان", "pres", "3fd")
        add("ي" + s + "ين", "pres", "3fp"); add("ت" + s + "ين", "pres", "2fs")
        add("ي" + s + "و", "pres", "3mp", "host")
    else:
        hollow_pres = len(b) >= 3 and b[-2] in "اوي" and (len(P) >= 3 and P[-2] == "ا")
        jus = b[:-2] + b[-1] if hollow_pres else b
        for pre, pgn in persons:
            add(pre + b, "pres", pgn)
            if jus != b:
                add(pre + jus, "pres", pgn, "jus")
            if doubled:
                add(pre + b + b[-1], "pres", pgn, "jus")  # لم يردد
        add("ي" + b + "ون", "pres", "3mp"); add("ت" + b + "ون", "pres", "2mp")
        add("ي" + b + "وا", "pres", "3mp", "sub"); add("ت" + b + "وا", "pres", "2mp", "sub")
        add("ي" + b + "ان", "pres", "3md"); add("ت" + b + "ان", "pres", "3fd")
        add("ي" + b + "ا", "pres", "3md", "sub"); add("ت" + b + "ا", "pres", "3fd", "sub")
        add("ي" + jus + "ن", "pres", "3fp"); add("ت" + b + "ين", "pres", "2fs")
        add("ي" + b + "و", "pres", "3mp", "host")
        if hollow_pres:
            # passive يُزار، يُقال: the middle letter becomes ا
            add("ي" + b[:-2] + "ا" + b[-1], "pres", "3ms", "pass", "pass")
            add("ت" + b[:-2] + "ا" + b[-1], "pres", "3fs", "pass", "pass")
    return out


def noun_forms(noun_raw: str) -> list[tuple[str, bool]]:
    """
    Forms of an event noun (``(form, needs_suffix)``): the noun, its dual,
    the sound feminine plural of a noun in ة, and the host before a pronoun
    (دعوة → دعوت-ه). Broken plurals must be listed in the dictionary.
    """
    n = normalize(noun_raw)
    out = [(n, False)]
    if n.endswith("ة"):
        s = n[:-1]
        out += [(s + "ات", False), (s + "تان", False), (s + "تين", False), (s + "ت", True),
                (s + "تا", True), (s + "تي", True)]
    else:
        out += [(n + "ان", False), (n + "ين", False), (n + "ات", False), (n + "ا", True), (n + "ي", True)]
        if n.endswith("اء"):
            pass
    return out


_NISBA_ENDINGS = ("", "ة", "ون", "ين", "ان", "ات", "تان", "تين", "و")


def nisba_forms(nisba_raw: str) -> list[str]:
    """Every form of a nisba adjective (إيراني → إيرانية، إيرانيون، إيرانيين...).
    A nisba of several words agrees word by word (كوري شمالي → كورية شمالية)."""
    words = normalize(nisba_raw).split()
    out = []
    for end in _NISBA_ENDINGS:
        # (in a nisba of several words a noun in construct does not agree: جنوب أفريقي → جنوب أفريقية)
        agrees = len(words) == 1 and end in ("", "ة", "ون", "ين", "ان", "ات")
        out.append(" ".join(w + end if w.endswith("ي") or agrees else w for w in words))
    return list(dict.fromkeys(out))


def participle_forms(p_raw: str, defective: bool = False) -> list[tuple[str, bool]]:
    """Forms of an active participle (مزود → مزودة، مزودون، مزودين، مزودي، مزودو...). The
    participle of a verb with a weak last letter is written without it (داع، ساع of دعا، سعى)
    and takes it back before the endings (داعية، داعيات; never ساعات, "hours")."""
    p = normalize(p_raw)
    if defective and not p.endswith(("ي", "ة")):
        return [(p, False), (p + "ي", False), (p + "ية", False), (p + "يا", False), (p + "ون", False),
                (p + "ين", False), (p + "يات", False), (p + "يان", False), (p + "و", False)]
    if p.endswith("ة"):
        s = p[:-1]
        return [(p, False), (s + "ات", False), (s + "تان", False), (s + "تين", False), (s + "ت", True)]
    return [(p, False), (p + "ة", False), (p + "ون", False), (p + "ين", False), (p + "ان", False),
            (p + "ات", False), (p + "و", False), (p + "ي", False), (p + "ا", False), (p + "ت", True)]


def agent_forms(word_raw: str, has_broken_plural: bool = False) -> list[str]:
    """Forms of the head word of an agent noun: the singular, the feminine, the
    duals and, for nouns with no broken plural, the sound plurals and their
    construct forms (مسؤول → مسؤولة، مسؤولان، مسؤولون، مسؤولي). No form that
    would be an adjective of the noun (رئيس → رئيسي "main") is made."""
    w = normalize(word_raw)
    if w.endswith("ة"):
        s = w[:-1]
        return [w, s + "ات", s + "تان", s + "تين"]
    out = [w, w + "ان", w + "ين"]
    if not w.endswith("ي"):
        out += [w + "ة", w + "تان", w + "تين"]
    if not has_broken_plural:
        out += [w + "ون", w + "ين"]
        if not w.endswith("ي"):
            out += [w + "ات"]
        if w.startswith("م") or w.endswith("ي"):
            out += [w + "و", w + "ي"] if not w.endswith("ي") else [w + "و"]
    return list(dict.fromkeys(out))
