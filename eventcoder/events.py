"""The coded event, the coder's output record."""
from __future__ import annotations

import attrs

from . import codebook

MODALITIES = ("asserted", "intent", "threat", "hypothetical")
_CODE_FIELDS: dict[str, dict] = {}  # code -> the fields the codebook decides

#: Output fields in order (JSONL keys and CSV columns).
FIELDS = (
    "record_id", "sentence_index", "date", "event_date", "source", "target", "code", "root_code", "label",
    "quad_class", "goldstein", "modality", "negated", "source_text", "target_text", "trigger_text",
    "source_span", "target_span", "trigger_span", "plover_event", "plover_mode", "num_mentions", "rule",
    "evidence",
)


def _span(v):
    if v is None:
        return None
    a, b = v
    return (int(a), int(b))


@attrs.frozen
class Event:
    """
    One coded who-did-what-to-whom event.

    Args:
        record_id: Identifier of the input record (story or sentence).
        sentence_index: 0-based index of the sentence inside the record.
        date: The record's date (``YYYY-MM-DD``), ``""`` if it had none.
        event_date: The date of the event: the record's date moved by a time
            expression of the sentence (أمس, الأسبوع الماضي), else the record's date.
        source: CAMEO actor code of the initiator, e.g. ``"IRN"``; ``""`` if unknown.
        target: CAMEO actor code of the recipient, e.g. ``"RUSGOV"``; ``""`` if unknown.
        code: CAMEO event code, e.g. ``"036"`` (express intent to meet or negotiate).
        root_code: The two-digit root of ``code``.
        label: The codebook's name of ``code``.
        quad_class: GDELT QuadClass (1 verbal cooperation .. 4 material conflict).
        goldstein: Goldstein score of ``code``.
        modality: ``asserted``, ``intent``, ``threat`` or ``hypothetical``.
        negated: The text says the event did not or will not happen.
        source_text, target_text, trigger_text: The words, from the original text.
        source_span, target_span, trigger_span: ``(start, end)`` character offsets
            into the record's original text (``None`` where absent).
        plover_event, plover_mode: PLOVER category and mode of ``code``.
        num_mentions: How many mentions this event stands for (1, or more after deduplication).
        rule: ``path:line`` of the event pattern that fired.
        evidence: ``path:line`` of every dictionary entry used (pattern, actors, grammar).

    .. versionadded:: 0.1.0
    """

    record_id: str
    sentence_index: int
    date: str
    event_date: str
    source: str
    target: str
    code: str = attrs.field(validator=attrs.validators.matches_re(r"\d{3,4}"))
    root_code: str = ""
    label: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    modality: str = attrs.field(default="asserted", validator=attrs.validators.in_(MODALITIES))
    negated: bool = False
    source_text: str = ""
    target_text: str = ""
    trigger_text: str = ""
    source_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    target_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    trigger_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    plover_event: str = ""
    plover_mode: str = ""
    num_mentions: int = 1
    rule: str = ""
    evidence: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    @classmethod
    def make(cls, code: str, **kw) -> "Event":
        """Build an event and fill the fields the codebook decides."""
        fixed = _CODE_FIELDS.get(code)
        if fixed is None:
            ec = codebook.lookup(code)
            pl = codebook.plover_for(code)
            fixed = _CODE_FIELDS[code] = dict(
                root_code=codebook.root(code), label=ec.name, quad_class=ec.quad_class,
                goldstein=ec.goldstein if ec.goldstein is not None else 0.0,
                plover_event=pl.event if pl else "", plover_mode=pl.mode if pl else "")
        return cls(code=code, **fixed, **kw)

    def to_dict(self) -> dict:
        """The event as a JSON-ready dict with the fields in :data:`FIELDS` order."""
        d = {}
        for f in FIELDS:
            v = getattr(self, f)
            if isinstance(v, tuple):
                v = list(v)
            d[f] = v
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        kw = {f: d[f] for f in FIELDS if f in d}
        for f in ("source_span", "target_span", "trigger_span"):
            if kw.get(f) is not None:
                kw[f] = tuple(kw[f])
        if "evidence" in kw:
            kw["evidence"] = tuple(kw["evidence"])
        return cls(**kw)
