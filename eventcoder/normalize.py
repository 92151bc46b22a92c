"""
Arabic normalisation with a map back to the original text.

Every operation is a deletion (diacritics, tatweel, invisible marks), a 1:1
replacement (letter folds, digits) or, rarely, the expansion of a presentation
form (the lam-alef ligature). Because of that the map from a normalised
position to an original one is a short list of breakpoints, and identity in
the common case where nothing was deleted.

Choices (see ../shared/ARABIC.md, measured there):

- أ إ آ ٱ → ا, ى → ي, ؤ ئ → ء: one spelling for the hamza and yaa variants, so
  حلفائها meets حلفاء+ها and في meets فى. (pyarabic's ``normalize_alef`` turns ى
  into ا and would make على into علا; it is not used.)
- ة stays distinct from ه (مسيرة vs. مسير+ه).
- Persian and Urdu letters fold to their Arabic counterparts; Arabic-Indic
  digits to ASCII.
- Removed: harakat, shadda, sukun, dagger alef, Quranic marks, tatweel,
  zero-width and bidi controls, the soft hyphen.
- C0/C1 control characters and odd spaces become a plain space (1:1), so a
  NUL or a form feed never glues two words together.
"""
from __future__ import annotations

import bisect
import re
import unicodedata

# Characters deleted outright.
_DELETE = (
    "\u064b-\u065f"  # harakat, shadda, sukun, madda/hamza above/below, other marks
    "\u0670"  # dagger alef
    "\u0640"  # tatweel
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u0610-\u061a"  # Arabic signs above letters
    "\u061c"  # Arabic letter mark
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u2060\ufeff\u00ad"  # word joiner, BOM, soft hyphen
)

# Presentation forms that expand (NFKC gives more than one character).
_EXPAND = "\ufb50-\ufdff\ufe70-\ufefc"

_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ے": "ي", "ۍ": "ي",
    "ؤ": "ء", "ئ": "ء",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ە": "ه", "ہ": "ه", "ۀ": "ه", "ھ": "ه",
    "ۃ": "ة",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    "٫": ".", "٬": ",",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
    "\u2028": "\n", "\u2029": "\n",
}
for _i in range(10):
    _FOLDS[chr(0x0660 + _i)] = str(_i)
    _FOLDS[chr(0x06F0 + _i)] = str(_i)
# Control characters become spaces (newline and tab stay as they are).
for _c in list(range(0, 32)) + list(range(0x7F, 0xA0)):
    if chr(_c) not in "\n\t":
        _FOLDS[chr(_c)] = " "
# Lone surrogates cannot be encoded; they become U+FFFD.
_FOLD_TABLE = str.maketrans(_FOLDS)

_SLOW_RE = re.compile(f"[{_DELETE}{_EXPAND}]+")
_EXPAND_RE = re.compile(f"[{_EXPAND}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _expand_char(ch: str) -> str:
    """The normalised replacement of one presentation-form character (may be "")."""
    return _SLOW_RE.sub("", unicodedata.normalize("NFKC", ch).translate(_FOLD_TABLE))


class OffsetMap:
    """
    Maps positions in a normalised string back to the original string.

    ``to_orig(n)`` is the original index of normalised index ``n``. A start
    position skips the characters deleted just before it, and an end position
    includes the marks deleted just before it (the diacritics on the word's
    last letter), so that ``orig[to_orig(a):to_orig(b)]`` is the original
    spelling of ``norm[a:b]``. Positions inside an expanded ligature (ﻻ → لا)
    map to the ligature's start.
    """

    __slots__ = ("_pos", "_delta", "_fixed", "_orig_len")

    def __init__(self, pos: list[int], delta: list[int], fixed: list[int], orig_len: int):
        self._pos = pos
        self._delta = delta
        self._fixed = fixed
        self._orig_len = orig_len

    def to_orig(self, n: int) -> int:
        i = bisect.bisect_right(self._pos, n) - 1
        if i < 0:
            return min(max(n, 0), self._orig_len)
        f = self._fixed[i]
        if f >= 0:
            return f
        return min(max(n + self._delta[i], 0), self._orig_len)

    start = to_orig
    end = to_orig


def normalize_with_map(text: str) -> tuple[str, OffsetMap | None]:
    """
    Normalise ``text`` and return it with an :class:`OffsetMap` (``None`` when
    the normalised text has the same length and positions as the original).

    >>> normalize_with_map("زوّدت")[0]
    'زودت'
    """
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    if not _SLOW_RE.search(text):
        return text.translate(_FOLD_TABLE), None
    parts: list[str] = []
    pos: list[int] = []
    delta: list[int] = []
    fixed: list[int] = []
    last = 0
    norm_len = 0
    for m in _SLOW_RE.finditer(text):
        s, e = m.span()
        parts.append(text[last:s])
        norm_len += s - last
        if _EXPAND_RE.search(m.group()):
            for k in range(s, e):
                ch = text[k]
                if not _EXPAND_RE.match(ch):
                    continue
                rep = _expand_char(ch)
                if not rep:
                    continue
                # the ligature's first output character maps to it, the others too
                pos.append(norm_len)
                delta.append(k - norm_len)
                fixed.append(-1)
                if len(rep) > 1:
                    pos.append(norm_len + 1)
                    delta.append(0)
                    fixed.append(k)
                parts.append(rep)
                norm_len += len(rep)
        pos.append(norm_len)
        delta.append(e - norm_len)
        fixed.append(-1)
        last = e
    parts.append(text[last:])
    norm = "".join(parts).translate(_FOLD_TABLE)
    return norm, OffsetMap(pos, delta, fixed, len(text))


def normalize(text: str) -> str:
    """
    Normalise Arabic text for matching (see the module docstring).

    Idempotent: ``normalize(normalize(t)) == normalize(t)``.

    >>> normalize("الإيرانيّة")
    'الايرانية'
    """
    return normalize_with_map(text)[0]
