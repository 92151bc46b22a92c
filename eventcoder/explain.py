"""``eventcoder explain``: why a text was (or was not) coded."""
from __future__ import annotations


def explain_text(coder, text: str, date: str = "") -> dict:
    trace: list = []
    events = coder.code(text, date=date or None, record_id="explain", trace=trace)
    lines = []
    last = None
    for step in trace:
        key = (step.get("step"), step.get("pos"), step.get("pattern"), step.get("result"))
        if step.get("step") == "pattern" and key == last:
            continue  # the same pattern tried again from a second position with the same result
        last = key
        kind = step["step"]
        if kind == "sentence":
            lines.append(f"sentence {step['index']}: {step['text']}")
            if step["discarded"]:
                lines.append(f"  discarded by {step['discarded']}")
            toks = []
            for w, pre, al, key, suf in step["tokens"]:
                parts = [p for p in (pre, "ال" if al else "", key, ("+" + suf) if suf else "") if p]
                toks.append("+".join(parts) if len(parts) > 1 else w)
            lines.append("  tokens: " + " | ".join(toks))
            for m in step["mentions"]:
                mem = f" = {' + '.join(m['members'])}" if m["members"] else ""
                adj = " (adjective)" if m["adjective"] else ""
                lines.append(f"  actor {m['text']!r} -> {m['code']}{mem}{adj}  [{', '.join(m['evidence'])}]")
        elif kind == "pattern":
            res = step["result"] if step["result"] != "match" else f"match {step['code']} (score {step['score']:.1f})"
            lines.append(f"  pattern at {step['pos']} {step['pattern']!r} [{step['rule']}]: {res}")
        elif kind == "trigger":
            lines.append(f"  trigger {step['word']!r} at {step['pos']}: {step['result']}")
        elif kind == "filter":
            lines.append(f"  trigger at {step['pos']} code {step['code']}: {step['result']}")
        elif kind == "event":
            e = step["event"]
            lines.append(f"  EVENT {e['source'] or '-'} -> {e['target'] or '-'} {e['code']} ({e['label']}) "
                         f"modality={e['modality']} rule={e['rule']}")
    lines.append(f"{len(events)} event(s)")
    return {"events": [e.to_dict() for e in events], "trace": trace, "text_report": "\n".join(lines)}
