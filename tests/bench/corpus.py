"""
A synthetic Arabic news corpus for the benchmarks, made from the repository's
own text: the example article (docs/examples/seed-article.txt) and the gold
and test records (tests/data/gold/*.jsonl, tests/data/*.jsonl).

A corpus made by repeating a hundred sentences would flatter every memo in
the coder (the clitic analyser caches per distinct word), so the sentences
are varied the way news varies:

- actors are swapped: every country, person and organisation name and every
  nisba adjective the default dictionaries know is a slot that gets a random
  name of the same kind (with the article and the feminine/plural ending kept);
- clauses are recombined: a sentence is cut at its commas and joined with a
  clause of another sentence (``، و...``);
- weekdays in the text and the records' dates vary (dates decide which code a
  person gets);
- new words come in at about the rate of real news: a word of the corpus with
  other clitics (و، ف، ب، ل، وال، بال ... ـه، ـها، ـهم), and place or person
  names no dictionary knows (random letters), so that about one token in
  twelve is a word the analyser has not seen before in a small corpus.

Everything is seeded: the same arguments give the same corpus, and the first
N records of a bigger corpus are the corpus of N records.

Usage (from the repository root)::

    python3 tests/bench/corpus.py --sentences 50000 -o /tmp/corpus.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهوي"
PROCLITICS = ["و", "ف", "ب", "ل", "وب", "ول", "فب", "ال", "وال", "بال", "لل", "وبال", "فال"]
ENCLITICS = ["ه", "ها", "هم", "هما", "نا", "كم"]
PLACE_WORDS = ["مدينة", "بلدة", "قرية", "محافظة", "منطقة", "إقليم", "ولاية", "ميناء"]
ROLE_WORDS = ["المسؤول", "الناطق", "المبعوث", "السفير", "المستشار", "القائد", "النائب"]

_SENT_END = re.compile(r"(?<=[.!؟?])\s+|\n+")


def source_texts() -> list[str]:
    """Every sentence of the repository's example article and test records."""
    texts: list[str] = []
    art = ROOT / "docs" / "examples" / "seed-article.txt"
    if art.exists():
        texts += art.read_text(encoding="utf-8").splitlines()
    for p in sorted((ROOT / "tests" / "data").glob("*.jsonl")) + sorted((ROOT / "tests" / "data" / "gold").glob(
            "*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                texts.append(obj["text"])
    out: list[str] = []
    seen: set[str] = set()
    for t in texts:
        for s in _SENT_END.split(t):
            s = s.strip().strip('"«»').strip()
            if len(s.split()) >= 4 and s not in seen:
                seen.add(s)
                out.append(s if s[-1] in ".!؟?" else s + ".")
    return out


def actor_names() -> dict[str, list[str]]:
    """Names by kind from the default dictionaries (as written, diacritics and all)."""
    from eventcoder.dictionary import Dictionaries

    d = Dictionaries.load([])
    names: dict[str, list[str]] = {"country": [], "person": [], "org": [], "nisba": []}
    for c in d.entries["countries"]:
        names["country"] += [n for n in c.names if " " not in n or len(n.split()) <= 3]
        names["nisba"] += [n for n in c.nisbas if n.endswith("ي")]
    for p in d.entries["people"]:
        names["person"] += list(p.names)
    for o in d.entries["organisations"]:
        names["org"] += list(o.names)
    return {k: sorted(set(v)) for k, v in names.items() if v}


class Generator:
    """Makes sentences and records; see the module docstring."""

    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)
        self.names = actor_names()
        self.templates = [self._template(s) for s in source_texts()]
        words: set[str] = set()
        for s in source_texts():
            words.update(w for w in re.findall(r"[\u0621-\u064a]+", s) if len(w) >= 4)
        self.words = sorted(words)

    def _template(self, sentence: str) -> list[tuple[str, str]]:
        """A sentence as pieces: ("", literal text) or (kind, matched text)."""
        spans: list[tuple[int, int, str]] = []
        taken = [False] * len(sentence)
        for kind in ("org", "person", "country"):
            for name in sorted(self.names[kind], key=len, reverse=True):
                if len(name) < 3:
                    continue
                start = 0
                while True:
                    i = sentence.find(name, start)
                    if i < 0:
                        break
                    j = i + len(name)
                    before_ok = i == 0 or not sentence[i - 1].isalpha() or sentence[i - 1] in "وبل"
                    after_ok = j == len(sentence) or not sentence[j].isalpha()
                    if before_ok and after_ok and not any(taken[i:j]):
                        spans.append((i, j, kind))
                        for k in range(i, j):
                            taken[k] = True
                    start = j
        for m in re.finditer(r"(?<![\u0621-\u064a])(ال)?([\u0621-\u064a]{3,}ي)(ة|ون|ين)?(?![\u0621-\u064a])",
                             sentence):
            if m.group(2) in self._nisba_set() and not any(taken[m.start():m.end()]):
                spans.append((m.start(2), m.end(2), "nisba"))
        spans.sort()
        pieces: list[tuple[str, str]] = []
        last = 0
        for i, j, kind in spans:
            pieces.append(("", sentence[last:i]))
            pieces.append((kind, sentence[i:j]))
            last = j
        pieces.append(("", sentence[last:]))
        return pieces

    def _nisba_set(self) -> set[str]:
        if not hasattr(self, "_nisbas"):
            self._nisbas = set(self.names.get("nisba", ()))
        return self._nisbas

    def _fill(self, pieces: list[tuple[str, str]]) -> str:
        rng = self.rng
        out = []
        for kind, text in pieces:
            if kind and rng.random() < 0.85:
                out.append(rng.choice(self.names[kind]))
            else:
                out.append(text)
        s = "".join(out)
        for w in WEEKDAYS:
            if w in s:
                s = s.replace(w, rng.choice(WEEKDAYS))
        return s

    def _new_word(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.5:  # a known word with other clitics
            w = rng.choice(self.words)
            if w.startswith("ال"):
                w = w[2:]
            if rng.random() < 0.6:
                w = rng.choice(PROCLITICS) + w
            if rng.random() < 0.5:
                w = w + rng.choice(ENCLITICS)
            return w
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8)))

    def _decorate(self, s: str) -> str:
        """Add an unknown name or two where news would have one."""
        rng = self.rng
        body = s[:-1]
        end = s[-1]
        r = rng.random()
        if r < 0.35:
            body += f" في {rng.choice(PLACE_WORDS)} {self._new_word()}"
        elif r < 0.55:
            body += f"، بحسب {rng.choice(ROLE_WORDS)} {self._new_word()} {self._new_word()}"
        elif r < 0.7:
            words = body.split(" ")
            k = rng.randrange(1, len(words)) if len(words) > 1 else 0
            words.insert(k, self._new_word())
            body = " ".join(words)
        return body + end

    def sentence(self) -> str:
        rng = self.rng
        s = self._fill(rng.choice(self.templates))
        if rng.random() < 0.3:
            # recombine: this sentence's first clause and another's last clause
            other = self._fill(rng.choice(self.templates))
            head = s.rstrip(".!؟?").split("،")[0].strip()
            tail = other.rstrip(".!؟?").split("،")[-1].strip()
            if tail.startswith("و"):
                tail = tail[1:]
            s = f"{head}، و{tail}."
        return self._decorate(s)

    def records(self, n_sentences: int) -> Iterator[dict]:
        """Records (1 to 12 sentences, a paragraph or a short story) up to
        ``n_sentences`` sentences in all."""
        rng = self.rng
        start = dt.date(2000, 1, 1).toordinal()
        end = dt.date(2025, 6, 30).toordinal()
        made = 0
        k = 0
        while made < n_sentences:
            n = min(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 12]), n_sentences - made)
            sents = [self.sentence() for _ in range(n)]
            sep = "\n" if rng.random() < 0.5 else " "
            date = dt.date.fromordinal(rng.randint(start, end)).isoformat()
            yield {"id": f"bench-{k:07d}", "date": date, "text": sep.join(sents), "source": "bench"}
            made += n
            k += 1


def write_corpus(path: str | Path, n_sentences: int, seed: int = 1) -> int:
    """Write a JSONL corpus of ``n_sentences`` generated sentences; returns the record count."""
    g = Generator(seed)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for rec in g.records(n_sentences):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    if args.output == "-":
        g = Generator(args.seed)
        for rec in g.records(args.sentences):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return 0
    n = write_corpus(args.output, args.sentences, args.seed)
    print(f"{n} records, {args.sentences} sentences -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
