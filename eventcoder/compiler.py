"""
Compiling dictionaries into lookup tables, and caching them.

The compiled :class:`Tables` hold only builtins (dicts, lists, tuples,
strings, ints) so that they pickle cheaply for ``--jobs`` and Dask and can be
cached with :mod:`marshal`, which cannot run code when loaded (unlike
pickle). Every per-sentence lookup is a dict probe keyed by a token's host
form: nothing at run time is proportional to the size of a dictionary.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import tempfile
from pathlib import Path

from . import __version__
from .dictionary import (Agent, Country, Dictionaries, Discard, GrammarWord, Lemma, Organisation, Pattern,
                         Person, Synset)
from .codebook import internal_code
from .errors import Problem
from .morphology import (F_HOST, F_NAME, F_NOM, F_PAST, F_PRES, agent_forms, bare, conjugate, nisba_forms, noun_forms,
                         participle_forms)
from .normalize import normalize

COMPILER_VERSION = "12"

#: last words of names that are no surname (الملك عبدالله الثاني، محمد بن سلمان آل سعود)
_NOT_SURNAMES = frozenset(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                           "التاسع", "العاشر", "الاكبر", "الاصغر", "الابن", "الاب"])

# actor payload kinds
K_COUNTRY, K_METONYM, K_NISBA, K_DEMONYM, K_PERSON, K_ORG, K_ORGNISBA, K_AGENT = range(8)
KIND_NAMES = ("country", "metonym", "nisba", "demonym", "person", "organisation", "org-nisba", "agent")

# pattern element kinds
E_WORD, E_LEMMA, E_PREP, E_SYN, E_TGT, E_SRC, E_SKIP = range(7)
CLITIC_PREPS = ("ب", "ل", "ك")


def split_key(word: str, raw: str | None = None) -> tuple[str, bool]:
    """The lexicon key of a dictionary word: the article is split off. ``raw`` is
    the word as written: a word that starts with hamza and lam (ألمانيا، ألباني)
    normalises to ال… but has no article, and keeps it."""
    if word.startswith("ال") and len(word) > 3 and not (raw is not None and hamza_initial(raw)):
        return word[2:], True
    return word, False


def hamza_initial(raw: str) -> bool:
    """Whether a word as written starts with a hamza on alif (أ إ آ)."""
    return bare(raw.strip())[:1] in ("أ", "إ", "آ")


#: words that link a name to a place or a leader, after which a nisba is no part of a shared name
#: (جمعية الحقوق المدنية والسياسية في السعودية، التحالف بقيادة السعودية)
_NAME_LINKS = frozenset(normalize(w) for w in ("في", "بقيادة", "ل", "من"))


#: a state's own bodies: a name of theirs without its nisba reads as a role (المحكمة الاتحادية العليا)
_STATE_ROLES = frozenset(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"])


def inner_key(word: str) -> str:
    """How the second and later words of a phrase are compared: without the article."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


class Tables:
    """The compiled dictionaries (see the module docstring)."""

    FIELDS = ("lex", "actors", "actor_first", "persons", "forms", "lemmas", "patterns", "syn_first",
              "synsets", "grammar_first", "discard_first", "fingerprint", "pattern_count", "agents_roles", "actor_trie",
              "surnames", "firstnames", "warnings", "org_heads")

    def __init__(self) -> None:
        self.lex: dict[str, int] = {}
        # actor payloads: (kind, code, src, extra); extra is a person index or a role
        self.actors: list[tuple] = []
        # first key -> [(rest keys, needs article, payload index, later words needing the article as
        # bits)], longest first
        self.actor_first: dict[str, list[tuple]] = {}
        # the same phrases as a word trie: first key -> node, node = [[(needs article, payload, later
        # words that need the article as bits)], {next: node}]
        self.actor_trie: dict[str, list] = {}
        # person index -> (identity, [(start, end, code, src)], eli code or "")
        self.persons: list[tuple] = []
        # key -> [(lemma index, pos V/N/P, tense, pgn, mood, voice)]
        self.forms: dict[str, list[tuple]] = {}
        # lemma index -> (name, src)
        self.lemmas: list[tuple] = []
        # head ("L<index>" or "&NAME") -> [(code, elements, src, text, specificity)]
        self.patterns: dict[str, list[tuple]] = {}
        # first key -> [(rest keys, synset name)], longest first
        self.syn_first: dict[str, list[tuple]] = {}
        self.synsets: dict[str, int] = {}  # name -> member count
        # first key -> [(rest keys, class, arg, src)], longest first
        self.grammar_first: dict[str, list[tuple]] = {}
        # first key -> [(rest keys, scope, src)], longest first
        self.discard_first: dict[str, list[tuple]] = {}
        self.fingerprint = ""
        self.pattern_count = 0
        self.agents_roles: dict[str, str] = {}
        # a person's last name (normalised surface) -> person indices: "الرئيس عون" names the
        # president of that name in office on the day
        self.surnames: dict[str, tuple] = {}
        # a royal's first name (a name with بن or a regnal number) -> person indices: "الشيخ تميم", "الملك سلمان"
        self.firstnames: dict[str, tuple] = {}
        self.warnings: tuple = ()  # the dictionaries' warnings, (path, line, message, severity)
        # an organisation's line (its src) -> the first words of its names of more than one word (حركة of
        # حركة حماس): a later الحركة may name it where the text called it حماس alone
        self.org_heads: dict[str, tuple] = {}

    def to_builtin(self) -> dict:
        return {f: getattr(self, f) for f in self.FIELDS}

    @classmethod
    def from_builtin(cls, d: dict) -> "Tables":
        """Tables from :meth:`to_builtin`'s dict (already frozen: marshal and pickle
        keep tuples as tuples)."""
        t = cls()
        for f in cls.FIELDS:
            setattr(t, f, d[f])
        return t

    def freeze(self) -> "Tables":
        """Turn every list in the tables into a tuple. The tables are read-only once
        built, and containers of strings and numbers that hold no list are left out
        of the cyclic garbage collector's scans, which otherwise walk the hundreds of
        thousands of entries again and again while coding."""
        for f in self.FIELDS:
            setattr(self, f, _freeze(getattr(self, f)))
        return self

    def __getstate__(self) -> dict:
        return self.to_builtin()

    def __setstate__(self, d: dict) -> None:
        for f in self.FIELDS:
            setattr(self, f, d[f])


def _freeze(v):
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    if isinstance(v, tuple):
        return tuple(_freeze(x) for x in v) if any(isinstance(x, (list, tuple, dict)) for x in v) else v
    if isinstance(v, dict):
        return {k: _freeze(x) for k, x in v.items()}
    return v


class _Builder:
    def __init__(self, dicts: Dictionaries):
        self.d = dicts
        self.t = Tables()
        self.problems: list[Problem] = []
        self.lemma_index: dict[str, int] = {}
        self.lemma_forms: dict[int, list[str]] = {}
        self.noun_heads: dict[str, int] = {}  # a noun or participle form -> its lemma

    # -- helpers -------------------------------------------------------------

    def flag(self, key: str, f: int) -> None:
        if key:
            self.t.lex[key] = self.t.lex.get(key, 0) | f

    def phrase(self, text: str, raw_first: str | None = None) -> tuple[str, tuple[str, ...], bool] | None:
        """(first key, later words, needs the article) of a phrase. ``raw_first``: the
        first word as written when ``text`` was generated (its hamza is gone)."""
        words = normalize(text).split()
        if not words:
            return None
        raw = raw_first if raw_first is not None else text.split()[0]
        first, al = self.key_of(words[0], raw)
        return first, tuple(inner_key(w) for w in words[1:]), al

    def key_of(self, word: str, raw: str | None = None) -> tuple[str, bool]:
        """:func:`split_key`, except that a word that is itself a verb or noun form of a
        lemma keeps its ال (التقى، التزام)."""
        if word in self.t.forms:
            return word, False
        return split_key(word, raw)

    def add_actor_name(self, name: str, payload: int, first_flag: int = F_NOM, raw_first: str | None = None) -> None:
        ph = self.phrase(name, raw_first)
        if ph is None:
            return
        first, rest, al = ph
        kind = self.t.actors[payload][0]
        if kind == K_PERSON or (kind in (K_COUNTRY, K_METONYM, K_ORG) and not rest):
            # a person's first name, or a one-word name; the first word of a longer place or
            # organisation name is often a common noun (جسر القرم، مخيم جنين، جنوب أفريقيا) that
            # keeps its accusative alif and its pronouns
            first_flag |= F_NAME
        self.flag(first, first_flag)
        # an organisation's later words that carry the article must carry it in the text: حكومة
        # الوحدة الوطنية is one government, حكومة وحدة وطنية any country's (bit k: word k)
        mask = 0
        if kind == K_ORG:
            for k, w in enumerate(normalize(name).split()[1:], start=1):
                if w.startswith("ال") and inner_key(w) != w:
                    mask |= 1 << k
        self.t.actor_first.setdefault(first, []).append((rest, al, payload, mask))

    def payload(self, kind: int, code: str, src: str, extra=None) -> int:
        self.t.actors.append((kind, internal_code(code), src, extra))
        return len(self.t.actors) - 1

    # -- actors --------------------------------------------------------------

    def countries(self) -> None:
        for c in self.d.entries["countries"]:
            c: Country
            for n in c.names:
                self.add_actor_name(n, self.payload(K_COUNTRY, c.code, c.src))
            for m, role in c.metonyms:
                self.add_actor_name(m, self.payload(K_METONYM, c.code + role, c.src))
            for nis in c.nisbas:
                p = self.payload(K_NISBA, c.code, c.src)
                for f in nisba_forms(nis):
                    self.add_actor_name(f, p, raw_first=nis.split()[0])
            for dem in c.demonyms:
                self.add_actor_name(dem, self.payload(K_DEMONYM, c.code, c.src))

    def people(self) -> None:
        by_identity: dict[str, list[Person]] = {}
        order: list[str] = []
        for p in self.d.entries["people"]:
            ident = normalize(p.names[0])
            if ident not in by_identity:
                order.append(ident)
            by_identity.setdefault(ident, []).append(p)
        for ident in order:
            entries = by_identity[ident]
            ranges = sorted(((p.start, p.end, internal_code(p.code), p.src) for p in entries),
                            key=lambda r: r[0] or "")
            dated = all(p.start or p.end for p in entries)
            countries = {r[2][:3] for r in ranges if not r[2].startswith(("IGO", "NGO"))}
            eli = (next(iter(countries)) + "ELI") if dated and len(countries) == 1 else ""
            idx = len(self.t.persons)
            self.t.persons.append((ident, ranges, eli))
            payload = self.payload(K_PERSON, ranges[0][2], entries[0].src, idx)
            names: list[str] = []
            for p in entries:
                for n in p.names:
                    if n not in names:
                        names.append(n)
            for n in names:
                for v in _abd_variants(n):
                    if v not in names:
                        names.append(v)
            if any("people-world" in p.src for p in entries):
                # a foreign name's G is غ in most Arabic news and ج in Egypt's (غوتيريش / جوتيريش،
                # غروندبرغ / جروندبرج)
                for n in list(names):
                    if "غ" in n and n.replace("غ", "ج") not in names:
                        names.append(n.replace("غ", "ج"))
            for n in names:
                self.add_actor_name(n, payload)
            for n in names:
                words = normalize(n).split()
                last = words[-1] if len(words) >= 2 else ""
                if len(last) >= 3 and last not in _NOT_SURNAMES and last.isalpha() and \
                        not {"بن", "ابن", "بنت"} & set(words):  # (a patronymic's last word is a father's name)
                    got = self.t.surnames.setdefault(last, [])
                    if idx not in got:
                        got.append(idx)
                if len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and (
                        (len(words) >= 3 and words[1] in ("بن", "ابن")) or (len(words) == 2 and words[1] in _NOT_SURNAMES)):
                    # (a regnal number is a royal's too: الملك عبدالله الثاني، الملك محمد السادس)
                    got = self.t.firstnames.setdefault(words[0], [])
                    if idx not in got:
                        got.append(idx)

    def organisations(self) -> None:
        for o in self.d.entries["organisations"]:
            o: Organisation
            p = self.payload(K_ORG, o.code, o.src)
            for n in o.names:
                self.add_actor_name(n, p)
            heads = sorted({self.key_of(w[0])[0] for w in (normalize(n).split() for n in o.names) if len(w) > 1})
            if heads:
                self.t.org_heads[o.src] = tuple(heads)
            for nis in o.nisbas:
                pn = self.payload(K_ORGNISBA, o.code, o.src)
                for f in nisba_forms(nis):
                    self.add_actor_name(f, pn, raw_first=nis.split()[0])

    def places(self) -> None:
        """Cities, regions and other places: each stands for its country, as a capital does
        (قصف مدينة حلب → SYR; زار الرئيس حلب → a visit to SYR)."""
        for pl in self.d.entries["places"]:
            p = self.payload(K_METONYM, pl.code, pl.src, "place")
            for n in pl.names:
                self.add_actor_name(n, p)

    def agents(self) -> None:
        for a in self.d.entries["agents"]:
            a: Agent
            broken = len(a.forms) > 1
            for i, form in enumerate(a.forms):
                words = normalize(form).split()
                if not words:
                    continue
                heads = agent_forms(words[0], broken) if i == 0 else [words[0]]
                if i == 0 and words[0].endswith("ة") and words[0].startswith("و") and len(words) > 1 and \
                        words[1].startswith("ال"):
                    # the nominative dual of a construct phrase whose head begins with و, which loses its ن
                    # and would read as و+verb (وزارتا الخارجية: و+زارتا "and they visited"). Other duals
                    # in construct the sentence reads as their singular's (حركتا فتح وحماس، منظمتا ...)
                    heads += [words[0][:-1] + "تا"]
                raw_head = form.split()[0]
                if i == 0 and len(words) > 1 and words[0].endswith("ة") and \
                        all(w.endswith("ة") and not w.startswith("ال") for w in words[1:]):
                    # the dual of a feminine noun and its adjectives agrees in every word
                    # (سفينتان حربيتان، طائرتين مسيرتين)
                    for suffix in ("تان", "تين"):
                        dual = " ".join(w[:-1] + suffix for w in words)
                        self.add_actor_name(dual, self.payload(K_AGENT, a.role, a.src, 2), raw_first=raw_head)
                for h in heads:
                    # extra: bit 1 = construct form, bit 2 = generated (a listed form wins over it)
                    gen = 2 if h != words[0] else 0
                    p = self.payload(K_AGENT, a.role, a.src, gen)
                    self.add_actor_name(" ".join([h] + words[1:]), p, raw_first=raw_head)
                    if len(words) == 1 and h.endswith("ة") and not h.startswith("ال"):
                        # the host before a pronoun: حكومت-ها، شرطت-ه، سفيرت-ها (else وزارتها reads
                        # و+زارت+ها); the sentence looks the name up under its ة form
                        self.flag(h[:-1] + "ت", F_HOST)
                    # construct form of a multi-word agent: وزير الخارجية → وزير خارجية (+ country)
                    if len(words) > 1 and words[-1].startswith("ال"):
                        pc = self.payload(K_AGENT, a.role, a.src, 1 | gen)
                        self.add_actor_name(" ".join([h] + words[1:-1] + [words[-1][2:]]), pc, raw_first=raw_head)
                self.t.agents_roles[normalize(form)] = a.role

    # -- lemmas and patterns -------------------------------------------------

    def lemmas(self) -> None:
        merged: dict[str, list[Lemma]] = {}
        for lem in self.d.entries["lemmas"]:
            merged.setdefault(lem.key, []).append(lem)
        for key, lems in merged.items():
            idx = len(self.t.lemmas)
            self.lemma_index[key] = idx
            self.t.lemmas.append((key, lems[0].src))
            seen: set[tuple] = set()

            def add(form: str, entry: tuple, flag: int) -> None:
                if (form,) + entry in seen:
                    return
                seen.add((form,) + entry)
                if not any(x[0] == idx for x in self.t.forms.get(form, ())):
                    self.lemma_forms.setdefault(idx, []).append(form)
                self.t.forms.setdefault(form, []).append((idx,) + entry)
                self.flag(form, flag)

            for lem in lems:
                for past in lem.past:
                    for pres in lem.present or ("",):
                        for f in conjugate(past, pres or "ي"):
                            if f.mood == "host":
                                add(f.form, ("V", f.tense, f.pgn, "ind", f.voice), F_HOST)
                            else:
                                add(f.form, ("V", f.tense, f.pgn, f.mood, f.voice),
                                    F_PAST if f.tense == "past" else F_PRES)
                for noun in lem.nouns:
                    # a lemma noun is written without the article, so a leading ال is part of the word
                    # (التزام، التقاء، الغاء)
                    self.noun_heads.setdefault(normalize(noun), idx)
                    for form, host in noun_forms(noun):
                        add(form, ("N", "", "", "host" if host else "", ""), F_HOST if host else F_NOM)
                for part in lem.participles:
                    self.noun_heads.setdefault("P:" + normalize(part), idx)
                    defective = bool(lem.past) and normalize(lem.past[0]).endswith(("ى", "ا", "ي"))
                    for form, host in participle_forms(part, defective=defective):
                        add(form, ("P", "", "", "host" if host else "", ""), F_HOST if host else F_NOM)

    def element(self, e: str, src: str) -> tuple | None:
        if e == "TGT":
            return (E_TGT, "")
        if e == "BODY":
            return (E_TGT, "BODY")  # a target that must be an institution named right there
        if e == "PLACE":
            return (E_TGT, "PLACE")  # a target that must be a place named right there (its country)
        if e == "SRC":
            return (E_SRC, "")
        if e == "*":
            return (E_SKIP, "")
        if e.startswith("&"):
            if e not in self.t.synsets:
                self.problems.append(_problem(src, f"unknown synset {e!r}: define it in synsets/*.txt"))
                return None
            return (E_SYN, e)
        if e in CLITIC_PREPS:
            return (E_PREP, e)
        if e in self.lemma_index:
            return (E_LEMMA, self.lemma_index[e])
        key, _al = self.key_of(e)
        self.flag(key, F_NOM | F_PAST | F_PRES)
        if key.endswith("ة"):
            self.flag(key[:-1] + "ت", F_HOST)  # the word before a pronoun: عضويت-ها
        return (E_WORD, key)

    def patterns(self) -> None:
        for p in self.d.entries["patterns"]:
            p: Pattern
            head = p.elements[0]
            if head.startswith("&"):
                if head not in self.t.synsets:
                    self.problems.append(_problem(p.src, f"unknown synset {head!r} as the head of {p.text!r}"))
                    continue
                hkey = head
            elif head in self.lemma_index:
                hkey = f"L{self.lemma_index[head]}"
            elif head in self.noun_heads or split_key(head)[0] in self.noun_heads:
                nh = head if head in self.noun_heads else split_key(head)[0]
                hkey = f"N{self.noun_heads[nh]}"  # a noun head: nouns only
            elif "P:" + head in self.noun_heads:
                hkey = f"P{self.noun_heads['P:' + head]}"  # a participle head: participles only
            else:
                self.problems.append(_problem(
                    p.src, f"the head {p.text.split()[0]!r} of pattern {p.text!r} is not a lemma: add it to "
                    "verbs/lemmas*.txt (past | present | nouns | participles) or start with a &SYNSET"))
                continue
            elems = []
            ok = True
            for e in p.elements[1:]:
                el = self.element(e, p.src)
                if el is None:
                    ok = False
                    break
                elems.append(el)
            if not ok:
                continue
            literal = sum(1 for k, _ in elems if k in (E_WORD, E_LEMMA, E_SYN, E_PREP))
            # a BODY or a PLACE (a target that must be an institution, a place) is more specific than any TGT
            slots = sum(5 if v in ("BODY", "PLACE") else 3 for k, v in elems if k in (E_TGT, E_SRC))
            spec = literal * 10 + slots + len(p.code)
            self.t.patterns.setdefault(hkey, []).append((p.code, tuple(elems), p.src, p.text, spec,
                                                         self.t.pattern_count))
            self.t.pattern_count += 1
        for key, plist in self.t.patterns.items():
            # most specific first; between equals, the pattern loaded last (a user's) first
            plist.sort(key=lambda x: (-x[4], -x[5]))
            self.t.patterns[key] = [x[:5] for x in plist]

    def synsets(self) -> None:
        for s in self.d.entries["synsets"]:
            s: Synset
            self.t.synsets[s.name] = self.t.synsets.get(s.name, 0) + len(s.members)
            for m in s.members:
                ph = self.phrase(m)
                if ph is None:
                    continue
                first, rest, _al = ph
                variants = [(first, False)]
                if first.endswith("ة"):
                    # the host before a pronoun (عمليتها، عمليته العسكرية: the phrase with its owner)
                    variants.append((first[:-1] + "ت", True))
                for f, host in variants:
                    self.flag(f, F_HOST if host else F_NOM)
                    self.t.syn_first.setdefault(f, []).append((rest, s.name))
                if first.endswith("ة") and all(w.endswith("ة") for w in rest):
                    # the dual of a feminine noun and its adjectives (طائرتين حربيتين، مقاتلتان)
                    for suffix in ("تين", "تان"):
                        f = first[:-1] + suffix
                        self.flag(f, F_NOM)
                        self.t.syn_first.setdefault(f, []).append(
                            (tuple(w[:-1] + suffix for w in rest), s.name))

    def grammar(self) -> None:
        for g in self.d.entries["grammar"]:
            g: GrammarWord
            for w in g.words:
                nw = normalize(w)
                if nw in self.lemma_index:
                    # every form of the lemma carries the class
                    for form in self.lemma_forms[self.lemma_index[nw]]:
                        self.t.grammar_first.setdefault(form, []).append(((), g.cls, g.arg, g.src))
                    continue
                words = nw.split()
                first, _al = self.key_of(words[0], w.split()[0])
                rest = tuple(inner_key(x) for x in words[1:])
                self.flag(first, F_NOM | F_PAST | F_PRES)
                self.t.grammar_first.setdefault(first, []).append((rest, g.cls, g.arg, g.src))
                if first.endswith("ة"):  # رغبة → رغبت-ها
                    self.flag(first[:-1] + "ت", F_HOST)
                    self.t.grammar_first.setdefault(first[:-1] + "ت", []).append((rest, g.cls, g.arg, g.src))

    def discards(self) -> None:
        for d in self.d.entries["discards"]:
            d: Discard
            for ph in d.phrases:
                p = self.phrase(ph)
                if p is None:
                    continue
                first, rest, _al = p
                self.flag(first, F_NOM | F_PAST | F_PRES)
                self.t.discard_first.setdefault(first, []).append((rest, d.scope, d.src))

    def shared_names(self) -> None:
        """A name that organisations of several countries share, which the dictionaries list only
        with each one's nisba (حزب العدالة والتنمية المغربي، حزب العدالة والتنمية التركي): the name
        without the nisba is an organisation whose country the story must name (see
        Sentence._shared_names). Not a name listed on its own, nor one an agent line reads."""
        nisbas: dict[str, str] = {}
        for c in self.d.entries["countries"]:
            for nis in c.nisbas:
                for f in nisba_forms(nis):
                    nisbas.setdefault(f, c.code)
        listed = {normalize(n) for kind in ("countries", "people", "organisations", "places")
                  for e in self.d.entries[kind] for n in e.names}
        listed |= {normalize(f) for a in self.d.entries["agents"] for f in a.forms}
        shared: dict[str, list] = {}
        for o in self.d.entries["organisations"]:
            for n in o.names:
                words = normalize(n).split()
                last = words[-1][2:] if words[-1].startswith("ال") else words[-1]
                if len(words) < 3 or nisbas.get(last) != o.code[:3] or words[-2] in _NAME_LINKS or \
                        o.code[3:6] in _STATE_ROLES:
                    continue  # (a state's bodies are read as roles, which take the story's country)
                name = " ".join(words[:-1])
                plain = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words[:-1])
                if name in listed or plain in listed:
                    continue
                got = shared.setdefault(name, [])
                if (internal_code(o.code), o.src) not in got:
                    got.append((internal_code(o.code), o.src))
        for name, cands in shared.items():
            p = self.payload(K_ORG, "", cands[0][1], ("shared", tuple(cands)))
            self.add_actor_name(name, p)

    def build(self) -> Tables:
        self.countries()
        self.people()
        self.organisations()
        self.shared_names()
        self.places()
        self.agents()
        self.lemmas()
        self.synsets()
        self.patterns()
        self.grammar()
        self.discards()
        for table in (self.t.actor_first, self.t.syn_first, self.t.grammar_first, self.t.discard_first):
            for k, lst in table.items():
                lst.sort(key=lambda x: -len(x[0]))
        self.t.actor_trie = _trie(self.t.actor_first)
        self.t.fingerprint = self.d.fingerprint()
        return self.t.freeze()


def _trie(first_table: dict[str, list[tuple]]) -> dict[str, list]:
    """The actor phrases as a word trie: a lookup walks the sentence once,
    whatever the number of names that share a first word (محمد، وزير)."""
    trie: dict[str, list] = {}
    for first, cands in first_table.items():
        root = trie.setdefault(first, [[], {}])
        for rest, al, payload, mask in cands:
            node = root
            for w in rest:
                node = node[1].setdefault(w, [[], {}])
            node[0].append((al, payload, mask))
    return trie


def _problem(src: str, msg: str) -> Problem:
    path, _, line = src.rpartition(":")
    return Problem(path, int(line) if line.isdigit() else 0, msg)


def compile_tables(dicts: Dictionaries) -> tuple[Tables, list[Problem]]:
    """Compile loaded dictionaries. Returns the tables and the problems found
    while compiling (unknown synsets, pattern heads that are not lemmas)."""
    b = _Builder(dicts)
    t = b.build()
    return t, b.problems


# ---------------------------------------------------------------------------
# cache


def cache_dir() -> Path:
    base = os.environ.get("EVENTCODER_CACHE") or os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache")
    if os.environ.get("EVENTCODER_CACHE"):
        return Path(base)
    return Path(base) / "eventcoder"


def _source_hash() -> str:
    """A hash of the code that shapes the compiled tables, so that a cache made by other
    code (a development checkout between versions) is never used."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("compiler.py", "morphology.py", "dictionary.py", "normalize.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:16]


_SOURCE_HASH = _source_hash()


def cache_key(dicts: Dictionaries) -> str:
    h = hashlib.sha256()
    h.update(f"{__version__}|{COMPILER_VERSION}|{_SOURCE_HASH}|".encode())
    h.update(dicts.fingerprint().encode())
    return h.hexdigest()[:32]


_MAGIC = b"EVCODER1"


def load_cached(key: str, fingerprint: str | None = None) -> Tables | None:
    """The cached tables for ``key``, or None if absent, stale or corrupt.

    The file must start with the project's magic bytes, its payload must match
    the SHA-256 stored with it, it must unmarshal to the tables' fields (marshal
    builds plain data and never runs code, unlike pickle), and when
    ``fingerprint`` is given the tables must have been compiled from exactly
    those dictionary files."""
    path = cache_dir() / f"{key}.tables"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < 8 + 64 or data[:8] != _MAGIC:
        return None
    digest, payload = data[8:72], data[72:]
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        return None
    try:
        d = marshal.loads(payload)
        if not isinstance(d, dict) or d.get("fingerprint") is None:
            return None
        if fingerprint is not None and d["fingerprint"] != fingerprint:
            return None
        return Tables.from_builtin(d)
    except (ValueError, EOFError, TypeError, KeyError):
        return None


def store_cached(key: str, tables: Tables) -> None:
    """Write the tables atomically; a failure to write is not an error."""
    d = cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(tables.to_builtin())
        data = _MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + payload
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".tables")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, d / f"{key}.tables")
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


_ABD_SPLIT = re.compile(r"(?<!\S)عبد (ال\S+)")
_ABD_JOINED = re.compile(r"(?<!\S)عبد(ال\S+)")


def _abd_variants(name: str) -> list[str]:
    """A name with عبد + a divine name is written both ways in news (عبد الله / عبدالله,
    عبد العزيز / عبدالعزيز): the other spelling of ``name``, if it has one."""
    out = []
    if _ABD_SPLIT.search(name):
        out.append(_ABD_SPLIT.sub(r"عبد\1", name))
    if _ABD_JOINED.search(name):
        out.append(_ABD_JOINED.sub(r"عبد \1", name))
    return out
