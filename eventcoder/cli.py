"""
The ``eventcoder`` command line: thin wrappers over the library.

Exit status: 0 every record coded; 3 some records skipped (reported);
2 usage error; 1 internal error or invalid dictionaries.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from . import __version__
from .errors import DictionaryError


def _add_dict_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dictionaries", "-d", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder or file, loaded on top of the defaults (repeatable)")
    p.add_argument("--no-defaults", action="store_true", help="do not load the default dictionaries")
    p.add_argument("--no-cache", action="store_true", help="compile the dictionaries without the cache")


def _coder(args, emit=()):
    from .coder import Coder

    return Coder(args.dictionaries, defaults=not args.no_defaults, emit=emit, cache=not args.no_cache)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="eventcoder", description="Rule-based Arabic event coder (CAMEO).")
    ap.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("code", help="code text or JSONL records into events")
    c.add_argument("files", nargs="*", metavar="FILE", help="input files (.jsonl = records; other = plain text); "
                                                             "stdin if none or '-'")
    c.add_argument("--input-format", choices=["auto", "jsonl", "text"], default="auto")
    c.add_argument("--date", default="", help="date of plain-text input (YYYY-MM-DD)")
    c.add_argument("--output", "-o", default="-", help="output file (default: stdout)")
    c.add_argument("--emit", action="append", default=[], choices=["negated", "hypothetical", "unmapped"],
                   help="also emit negated, hypothetical or unmapped-intent events (marked as such)")
    c.add_argument("--max-chars", type=int, default=1_000_000, help="skip records with more text than this")
    c.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    c.add_argument("--errors", metavar="FILE", help="write skipped records with their reasons here (JSONL)")
    c.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    _add_dict_opts(c)
    from .writers import add_output_arguments

    add_output_arguments(c)

    x = sub.add_parser("example", help="code the bundled example article (Iran's invitation to Putin, 2025-05-14)")
    x.add_argument("--format", "-f", choices=["table", "jsonl"], default="table")
    _add_dict_opts(x)

    e = sub.add_parser("explain", help="show how a sentence is analysed and coded")
    e.add_argument("text", help="Arabic text (or '-' to read stdin)")
    e.add_argument("--date", default="")
    e.add_argument("--json", action="store_true", help="machine-readable output")
    e.add_argument("--emit", action="append", default=[], choices=["negated", "hypothetical", "unmapped"])
    _add_dict_opts(e)

    d = sub.add_parser("dict", help="dictionary tools")
    dsub = d.add_subparsers(dest="dict_command", metavar="SUBCOMMAND")
    dc = dsub.add_parser("check", help="validate dictionaries (the defaults, or the given folders on top)")
    dc.add_argument("dirs", nargs="*", metavar="DIR")
    dc.add_argument("--strict", action="store_true", help="warnings also fail (exit 1)")
    dc.add_argument("--no-defaults", action="store_true", help="check only the given folders")
    ds = dsub.add_parser("stats", help="what the dictionaries hold, per kind, CAMEO code and root")
    ds.add_argument("dirs", nargs="*", metavar="DIR", help="extra folders on top of the defaults")
    ds.add_argument("--no-defaults", action="store_true")
    ds.add_argument("--json", action="store_true")

    from . import aggregate as _aggregate
    from . import evaluate as _evaluate

    _evaluate.add_parser(sub)
    _aggregate.add_parser(sub)

    v = sub.add_parser("discover", help="words, names and triggers in a corpus that the dictionaries miss")
    v.add_argument("files", nargs="+", metavar="CORPUS", help="JSONL records or plain-text files")
    v.add_argument("--input-format", choices=["auto", "jsonl", "text"], default="auto")
    v.add_argument("--top", type=int, default=30, help="how many of each to list")
    v.add_argument("--json", action="store_true")
    _add_dict_opts(v)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.command is None:
        ap.print_help(sys.stderr)
        return 2
    try:
        if args.command == "code":
            return cmd_code(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "example":
            return cmd_example(args)
        if args.command == "discover":
            return cmd_discover(args)
        if args.command == "evaluate":
            from . import evaluate

            return evaluate.run(args)
        if args.command == "aggregate":
            from . import aggregate

            return aggregate.run(args)
        if args.command == "dict":
            if args.dict_command == "check":
                return cmd_dict_check(args)
            if args.dict_command == "stats":
                return cmd_dict_stats(args)
            ap.parse_args(["dict", "--help"])
            return 2
    except DictionaryError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"eventcoder: {len(e.problems)} dictionary error(s); see above", file=sys.stderr)
        return 1
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print("eventcoder: interrupted", file=sys.stderr)
        return 130
    return 2


def cmd_code(args) -> int:
    import collections
    import signal
    import traceback

    from . import dedup as _dedup
    from . import progress as _progress
    from . import writers as _writers
    from .records import Skipped, check_date, iter_inputs

    if args.date and check_date(args.date) is None:
        print(f"eventcoder: bad --date {args.date!r}: expected YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.max_chars < 1:
        print("eventcoder: --max-chars must be positive", file=sys.stderr)
        return 2
    coder = _coder(args, emit=args.emit)
    try:
        writer = _writers.writer_from_args(args)
    except _writers.OutputError as e:
        print(f"eventcoder: {e}", file=sys.stderr)
        return 2
    errors_out = open(args.errors, "w", encoding="utf-8") if args.errors else None
    progress = _progress.progress_from_args(args)
    warnings: list[str] = []
    counts = collections.Counter()
    reasons: collections.Counter = collections.Counter()
    state = {"last": "", "interrupted": False}

    def skip(origin: str, rid: str, reason: str, raw: str = "") -> None:
        reasons[reason.split(":")[0]] += 1
        if not args.quiet:
            progress.print(f"{origin}: skipped{' ' + repr(rid) if rid else ''}: {reason}")
        if errors_out is not None:
            errors_out.write(json.dumps({"origin": origin, "id": rid, "reason": reason, "line": raw},
                                        ensure_ascii=False) + "\n")

    def coded():
        """(record, events or an exception) in input order, one worker or several."""
        inputs = iter_inputs(args.files, input_format=args.input_format, date=args.date,
                             max_chars=args.max_chars, warnings=warnings)
        if args.jobs > 1:
            from .parallel import code_parallel

            yield from code_parallel(coder, inputs, jobs=args.jobs, errors="return")
            return
        for rec in inputs:
            if isinstance(rec, Skipped):
                yield rec, None
                continue
            try:
                yield rec, coder.code(rec.text, date=rec.date, record_id=rec.id)
            except Exception as e:  # a bug must not lose the rest of the run
                yield rec, e

    def pairs():
        try:
            for rec, result in coded():
                if state["interrupted"]:
                    break  # Ctrl-C seen, even if the KeyboardInterrupt it raised was swallowed on the way
                counts["read"] += 1
                state["last"] = rec.origin
                if isinstance(rec, Skipped):
                    skip(rec.origin, rec.id, rec.reason, rec.raw)
                    progress.update(1, 0)
                    continue
                if isinstance(result, BaseException):
                    counts["internal"] += 1
                    skip(rec.origin, rec.id, f"internal error: {type(result).__name__}: {result}")
                    if os.environ.get("EVENTCODER_DEBUG"):
                        traceback.print_exception(type(result), result, result.__traceback__)
                    progress.update(1, 0)
                    continue
                counts["coded"] += 1
                counts["events"] += len(result)
                progress.update(1, len(result))
                for ev in result:
                    yield ev, rec.extra
        except KeyboardInterrupt:
            state["interrupted"] = True  # what is held (--dedup day) is still written

    def on_sigint(signum, frame):
        # remember the interrupt as well as raising it: a KeyboardInterrupt raised while a finalizer
        # runs (an abandoned generator closed by the garbage collector) is printed and dropped by
        # Python, and the run would otherwise go on to the end of the input
        state["interrupted"] = True
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, on_sigint)
    except ValueError:  # not the main thread (a library caller): leave the handler alone
        previous = None
    written = 0
    try:
        for ev, extra in _dedup.dedup_from_args(args)(pairs()):
            writer.write(ev, extra)
            written += 1
    except KeyboardInterrupt:
        state["interrupted"] = True
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        progress.close()
        writer.close()
        if errors_out is not None:
            errors_out.close()
    interrupted = state["interrupted"]
    if not args.quiet or interrupted:
        for w in warnings:
            print(w, file=sys.stderr)
        skipped = sum(reasons.values())
        detail = "; ".join(f"{n} {r}" for r, n in reasons.most_common())
        extra_note = ""
        if written != counts["events"]:
            extra_note = f" ({written} written after deduplication or filtering)"
        unmapped = getattr(writer, "n_unmapped", 0)
        if unmapped:
            extra_note += f"; {unmapped} events with no PLOVER category skipped"
        print(f"eventcoder: {counts['read']} records read, {counts['coded']} coded, {skipped} skipped"
              f"{' (' + detail + ')' if detail else ''}, {counts['events']} events{extra_note}", file=sys.stderr)
        if interrupted:
            print(f"eventcoder: interrupted after {state['last'] or 'the start'}; the output holds every "
                  "record coded before it", file=sys.stderr)
    if interrupted:
        return 130
    if counts["internal"]:
        return 1
    return 3 if reasons else 0


EXAMPLE_DATE = "2025-05-14"


def example_text() -> str:
    """The bundled example article (docs/examples/seed-article.txt in the source tree)."""
    from importlib import resources
    from pathlib import Path

    packaged = resources.files("eventcoder").joinpath("examples", "seed-article.txt")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "docs" / "examples" / "seed-article.txt").read_text(
        encoding="utf-8")


def cmd_example(args) -> int:
    coder = _coder(args)
    events = coder.code(example_text(), date=EXAMPLE_DATE, record_id="seed-article")
    if args.format == "jsonl":
        for ev in events:
            print(json.dumps(ev.to_dict(), ensure_ascii=False))
        return 0
    print(f"The example article (docs/examples/seed-article.txt), dated {EXAMPLE_DATE}: {len(events)} events")
    for ev in events:
        src, tgt = ev.source or "-", ev.target or "-"
        print(f"{src:>10} -> {tgt:<10} {ev.code:<5} {ev.label[:48]:<48} | {ev.trigger_text}"
              f"{' | ' + ev.modality if ev.modality != 'asserted' else ''}")
    return 0


def cmd_explain(args) -> int:
    from .explain import explain_text

    text = sys.stdin.read() if args.text == "-" else args.text
    coder = _coder(args, emit=args.emit)
    report = explain_text(coder, text, date=args.date)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(report["text_report"])
    return 0


def cmd_dict_check(args) -> int:
    from .compiler import compile_tables
    from .dictionary import Dictionaries

    d = Dictionaries.load(args.dirs, with_defaults=not args.no_defaults)
    problems = list(d.problems)
    if not d.errors:
        _t, more = compile_tables(d)
        problems += more
    for p in problems:
        print(p)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    print(f"{len(d.files)} files: {len(errors)} errors, {len(warnings)} warnings", file=sys.stderr)
    if errors or (args.strict and warnings):
        return 1
    return 0


def cmd_dict_stats(args) -> int:
    from .dictionary import Dictionaries
    from .stats import dictionary_stats, format_stats

    d = Dictionaries.load(args.dirs, with_defaults=not args.no_defaults)
    d.raise_for_errors()
    st = dictionary_stats(d)
    print(json.dumps(st, ensure_ascii=False, indent=1) if args.json else format_stats(st))
    return 0


def cmd_discover(args) -> int:
    from .discover import discover, format_report
    from .records import Skipped, iter_inputs

    coder = _coder(args)
    skipped = 0

    def texts():
        nonlocal skipped
        for rec in iter_inputs(args.files, input_format=args.input_format):
            if isinstance(rec, Skipped):
                skipped += 1
                print(f"{rec.origin}: skipped: {rec.reason}", file=sys.stderr)
                continue
            yield rec.text, rec.date

    report = discover(coder, texts(), top=args.top)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report))
    return 3 if skipped else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
