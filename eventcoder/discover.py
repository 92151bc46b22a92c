"""
``eventcoder discover``: what a corpus says that the dictionaries miss.

TABARI's unmatched-word report, done for Arabic: over a corpus it lists

- verb-like words no dictionary knows, in the positions where Arabic puts a
  verb next to an actor (before it: VSO; after a clause-initial actor: SVO),
  with their counts and an example sentence;
- names no dictionary knows: unknown words after a role with a country
  (الرئيس الفرنسي X Y → a person to add, with the code the role suggests),
  and after words that introduce organisations (حركة، جماعة، تنظيم...);
- triggers whose pattern matched but that found no actor to code.

The counts are of clitic-stripped forms, so وأكد and أكد count together.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from .compiler import K_AGENT
from .sentence import Sentence
from .text import analyse_text

ORG_HEADS = frozenset(["حركة", "جماعة", "تنظيم", "ميليشيا", "ميليشيات", "منظمة", "حزب", "فصيل", "كتاءب",
                       "الوية", "لواء", "جبهة", "قوات", "تحالف", "مجلس", "هيءة"])


class Discovery:
    """Accumulates what :func:`discover` reports."""

    def __init__(self, examples: int = 2):
        self.verbs: Counter = Counter()
        self.names: Counter = Counter()
        self.name_codes: dict[str, Counter] = defaultdict(Counter)
        self.orgs: Counter = Counter()
        self.actorless: Counter = Counter()
        self.example: dict[tuple, list[str]] = defaultdict(list)
        self.max_examples = examples
        self.sentences = 0

    def _ex(self, key: tuple, text: str) -> None:
        lst = self.example[key]
        if len(lst) < self.max_examples and text not in lst:
            lst.append(text)

    def add_sentence(self, s: Sentence) -> None:
        self.sentences += 1
        text = s.text(0, s.n) if s.n else ""
        known = s.tables.lex
        for i in range(s.n):
            a = s.an[i]
            if s.boundary[i] or a.flags or s.cover[i] is not None or s.marks[i]:
                continue
            w = a.key
            if len(w) < 3 or not w.isalpha():
                continue
            before_actor = i + 1 < s.n and s.mention_at[i + 1] is not None and s.mention_at[i + 1].prep == ""
            after_topic = (i > 0 and s.cover[i - 1] is not None and s.cover[i - 1].end == i
                           and (s.cover[i - 1].start == 0 or s.boundary[s.cover[i - 1].start - 1]))
            verbal_shape = w[:1] in "يتن" and len(w) >= 4 or w.endswith(("ت", "وا"))
            if (before_actor or after_topic) and (verbal_shape or a.pre.startswith(("و", "ف")) or i == 0
                                                  or s.boundary[i - 1]) and w not in known:
                self.verbs[w] += 1
                self._ex(("verb", w), text)
        for m in s.mentions:
            if m.members:
                continue
            unknown = [k for k in range(m.start, m.end) if not s.marks[k] and s.words[k].isalpha()
                       and not s.an[k].al and (not s.an[k].flags or (s.an[k].flags & 16 and
                                                                     not s.actor_start_here(k)))]
            if m.kind == K_AGENT and unknown and unknown[-1] == m.end - 1:
                name = " ".join(s.words[k] for k in unknown)
                self.names[name] += 1
                self.name_codes[name][m.code] += 1
                self._ex(("name", name), text)
        for i in range(s.n - 1):
            if s.an[i].key in ORG_HEADS and s.cover[i] is None:
                run = []
                k = i + 1
                while k < s.n and len(run) < 3 and not s.an[k].flags and not s.boundary[k] and \
                        s.words[k].isalpha() and s.cover[k] is None:
                    run.append(s.words[k])
                    k += 1
                if run:
                    name = s.words[i] + " " + " ".join(run)
                    self.orgs[name] += 1
                    self._ex(("org", name), text)

    def add_trace(self, trace: list) -> None:
        """Triggers that matched a pattern but produced no event for lack of an actor."""
        current = ""
        for step in trace:
            if step["step"] == "sentence":
                current = step["text"]
            elif step["step"] == "filter" and "no source" in step["result"]:
                self.actorless[step["code"]] += 1
                self._ex(("actorless", step["code"]), current)

    def report(self, top: int = 30) -> dict:
        return {
            "sentences": self.sentences,
            "verbs": [{"word": w, "count": n, "examples": self.example[("verb", w)]}
                      for w, n in self.verbs.most_common(top)],
            "names": [{"name": w, "count": n, "suggested_code": self.name_codes[w].most_common(1)[0][0],
                       "examples": self.example[("name", w)]} for w, n in self.names.most_common(top)],
            "organisations": [{"name": w, "count": n, "examples": self.example[("org", w)]}
                              for w, n in self.orgs.most_common(top)],
            "triggers_without_actor": [{"code": c, "count": n, "examples": self.example[("actorless", c)]}
                                       for c, n in self.actorless.most_common(top)],
        }


def discover(coder, records: Iterable[tuple[str, str]], top: int = 30) -> dict:
    """
    Run :class:`Discovery` over ``(text, date)`` pairs with ``coder``'s
    dictionaries and return the report (see the module docstring).

    .. versionadded:: 0.1.0
    """
    d = Discovery()
    for text, date in records:
        doc = analyse_text(text)
        for si, (a, b) in enumerate(doc.sentences):
            s = Sentence(coder.tables, coder.analyzer, doc, si, a, b, date)
            if not s.discarded:
                d.add_sentence(s)
        trace: list = []
        coder.code(text, date=date or None, trace=trace)
        d.add_trace(trace)
    return d.report(top)


def format_report(r: dict) -> str:
    out = [f"{r['sentences']} sentences"]
    sections = (("verb-like words no dictionary knows", "verbs", "word"),
                ("names after a role (people to add)", "names", "name"),
                ("organisation names", "organisations", "name"),
                ("event codes whose trigger found no actor", "triggers_without_actor", "code"))
    for title, key, field in sections:
        out.append("")
        out.append(f"== {title}")
        for item in r[key]:
            extra = f"  -> {item['suggested_code']}" if "suggested_code" in item else ""
            out.append(f"{item['count']:>6}  {item[field]}{extra}")
            for ex in item["examples"][:1]:
                out.append(f"        e.g. {ex[:160]}")
    return "\n".join(out)
