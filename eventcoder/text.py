"""
Sentences and tokens over normalised text, with offsets into the original.

A token is a run of letters and digits, or a single punctuation character.
Sentences end at ``. ! ? ؟`` followed by a space, a quote or the end of the
text, at ``…``, and at every line break (news paragraphs are one a line).
A period between digits (``3.5``) does not end a sentence.

Not done here: clitics (see :mod:`eventcoder.morphology`) and any
lower-casing of Latin script.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .normalize import OffsetMap, normalize_with_map

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_TAG_RE = re.compile(r"<(?:[a-zA-Z/!][^<>]{0,300})>")
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
MAX_SENTENCE_TOKENS = 250
_NL_RE = re.compile("\n")
_FINAL = frozenset(".!?؟…")
_QUOTES = frozenset("\"'»«”“)")


class Token(NamedTuple):
    """A token: its normalised text and its [start, end) in the normalised text."""

    text: str
    start: int
    end: int


class Document(NamedTuple):
    """A normalised text, its tokens, sentence boundaries and the offset map."""

    original: str
    norm: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # [first, last) token indexes
    offsets: OffsetMap | None

    def orig_span(self, tok_start: int, tok_end: int) -> tuple[int, int]:
        """Original [start, end) of tokens ``tok_start`` .. ``tok_end - 1``."""
        a = self.tokens[tok_start].start
        b = self.tokens[tok_end - 1].end
        if self.offsets is None:
            return a, b
        return self.offsets.start(a), self.offsets.end(b)

    def orig_text(self, tok_start: int, tok_end: int) -> str:
        a, b = self.orig_span(tok_start, tok_end)
        return self.original[a:b]


def tokenize(norm: str) -> list[Token]:
    """Split normalised text into tokens (letters/digits runs and punctuation)."""
    new = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__
    return [new(Token, (m.group(), m.start(), m.end())) for m in _TOKEN_RE.finditer(norm)]


def split_sentences(norm: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentence boundaries as [first, last) token index pairs."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    # only final punctuation and the last token before a line break can end a sentence
    cands = [i for i, tok in enumerate(tokens) if tok.text in _FINAL]
    if "\n" in norm and n:
        starts = [tok.start for tok in tokens]
        for m in _NL_RE.finditer(norm):
            j = bisect.bisect_right(starts, m.start()) - 1
            if 0 <= j < n - 1:
                cands.append(j)
        cands = sorted(set(cands))
    first = 0
    for i in cands:
        if i < first:
            continue  # a closing quote taken with the sentence before
        tok = tokens[i]
        last = -1
        if tok.text in _FINAL:
            nxt = norm[tok.end:tok.end + 1]
            decimal = (tok.text == "." and nxt.isdigit() and i > 0 and tokens[i - 1].text.isdigit())
            if not decimal and (nxt == "" or nxt.isspace() or nxt in _QUOTES):
                last = i + 1
                # a closing quote glued to the final punctuation stays with it
                while last < n and tokens[last].text in _QUOTES and tokens[last].start == tokens[last - 1].end:
                    last += 1
        if last < 0 and i + 1 < n and "\n" in norm[tok.end:tokens[i + 1].start]:
            last = i + 1
        if last > 0:
            if last > first:
                out.append((first, last))
            first = last
    if first < n:
        out.append((first, n))
    # a "sentence" of hundreds of tokens (a list, a table, junk) is cut into pieces so that the
    # work per sentence stays bounded
    if any(b - a > MAX_SENTENCE_TOKENS for a, b in out):
        cut: list[tuple[int, int]] = []
        for a, b in out:
            while b - a > MAX_SENTENCE_TOKENS:
                cut.append((a, a + MAX_SENTENCE_TOKENS))
                a += MAX_SENTENCE_TOKENS
            cut.append((a, b))
        out = cut
    return out


def clean_markup(text: str) -> str:
    """
    Blank out HTML/XML tags and decode character entities *without changing
    the text's length*, so that offsets still point into the original: a tag
    becomes spaces, ``&amp;`` becomes ``&`` and four spaces.
    """
    if "<" not in text and "&" not in text:
        return text
    if "<" in text:
        text = _TAG_RE.sub(lambda m: " " * len(m.group()), text)
    if "&" in text:
        text = _ENTITY_RE.sub(_entity, text)
    return text


def _entity(m: re.Match) -> str:
    import html

    raw = m.group()
    ch = html.unescape(raw)
    if len(ch) != 1 or ch == raw:
        return raw
    if not ch.isprintable():
        ch = " "
    return ch + " " * (len(raw) - 1)


def analyse_text(text: str) -> Document:
    """Clean markup, normalise, tokenise and split ``text`` into sentences.
    ``Document.original`` is ``text`` itself: spans index into it."""
    norm, offsets = normalize_with_map(clean_markup(text))
    tokens = tokenize(norm)
    return Document(text, norm, tokens, split_sentences(norm, tokens), offsets)
