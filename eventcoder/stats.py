"""
``eventcoder dict stats``: what the dictionaries hold, and which CAMEO codes
have nothing to trigger them.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from . import codebook
from .compiler import K_AGENT, KIND_NAMES, compile_tables
from .dictionary import Dictionaries


def dictionary_stats(d: Dictionaries) -> dict:
    """
    Counts over loaded dictionaries: entries per kind, triggers (distinct
    pattern heads) and patterns per CAMEO code and root, generated surface
    forms, and the codes and roots with nothing.

    .. versionadded:: 0.1.0
    """
    tables, _problems = compile_tables(d)
    entries = {k: len(v) for k, v in d.entries.items()}
    patterns_per_code: Counter = Counter()
    heads_per_code: dict[str, set] = defaultdict(set)
    heads_per_root: dict[str, set] = defaultdict(set)
    for p in d.entries["patterns"]:
        if p.code == "---":
            continue
        patterns_per_code[p.code] += 1
        heads_per_code[p.code].add(p.elements[0])
        heads_per_root[p.code[:2]].add(p.elements[0])
    discards = sum(1 for p in d.entries["patterns"] if p.code == "---")
    discards += sum(len(x.phrases) for x in d.entries["discards"])
    actor_forms: Counter = Counter()
    for first, lst in tables.actor_first.items():
        for _rest, _al, payload, _mask in lst:
            actor_forms[KIND_NAMES[tables.actors[payload][0]]] += 1
    people = len({normalize_key(p.names[0]) for p in d.entries["people"]})
    codes = codebook.event_codes()
    roots = sorted(c for c in codes if len(c) == 2)
    no_code = sorted(c for c in codes if len(c) >= 3 and c not in patterns_per_code)
    return {
        "files": len(d.files),
        "entries": entries,
        "people": people,
        "agents_roles": dict(Counter(a.role or "-" for a in d.entries["agents"])),
        "synset_members": dict(sorted(tables.synsets.items())),
        "surface_forms": {
            "lexicon_keys": len(tables.lex),
            "verb_and_noun_forms": len(tables.forms),
            "actor_phrases": dict(actor_forms),
            "agent_phrases": actor_forms.get(KIND_NAMES[K_AGENT], 0),
        },
        "patterns": sum(patterns_per_code.values()),
        "discards": discards,
        "triggers_per_root": {r: len(heads_per_root.get(r, ())) for r in roots},
        "patterns_per_root": {r: sum(n for c, n in patterns_per_code.items() if c[:2] == r) for r in roots},
        "per_code": {c: {"triggers": len(heads_per_code[c]), "patterns": patterns_per_code[c],
                         "name": codes[c].name} for c in sorted(patterns_per_code)},
        "roots_with_nothing": [r for r in roots if not heads_per_root.get(r)],
        "codes_with_nothing": no_code,
    }


def normalize_key(name: str) -> str:
    from .normalize import normalize

    return normalize(name)


def format_stats(st: dict) -> str:
    """A plain-text report of :func:`dictionary_stats`."""
    lines = [f"{st['files']} dictionary files"]
    lines.append("entries: " + ", ".join(f"{k} {v}" for k, v in st["entries"].items()))
    lines.append(f"people: {st['people']} (distinct persons)")
    sf = st["surface_forms"]
    lines.append(f"surface forms: {sf['lexicon_keys']} lexicon keys, {sf['verb_and_noun_forms']} verb and noun "
                 "forms; actor phrases: " + ", ".join(f"{k} {v}" for k, v in sorted(sf["actor_phrases"].items())))
    lines.append(f"patterns: {st['patterns']}; discards: {st['discards']}; synsets: "
                 + ", ".join(f"{k} {v}" for k, v in st["synset_members"].items()))
    lines.append("")
    lines.append("root  triggers  patterns  name")
    codes = codebook.event_codes()
    for r, n in st["triggers_per_root"].items():
        lines.append(f"{r:>4}  {n:>8}  {st['patterns_per_root'][r]:>8}  {codes[r].name}")
    lines.append("")
    lines.append("code  triggers  patterns  name")
    for c, v in st["per_code"].items():
        lines.append(f"{c:>4}  {v['triggers']:>8}  {v['patterns']:>8}  {v['name']}")
    lines.append("")
    if st["roots_with_nothing"]:
        lines.append("roots with no trigger: " + ", ".join(st["roots_with_nothing"]))
    lines.append(f"codes with no pattern ({len(st['codes_with_nothing'])}): " + ", ".join(st["codes_with_nothing"]))
    return "\n".join(lines)
