"""
Speed, start-up and memory of the coder, with the full default dictionaries.

Not a test (pytest does not collect tests/bench/). Run from the repository root::

    python3 tests/bench/bench_coder.py                 # speed on one core (50,000 sentences)
    python3 tests/bench/bench_coder.py jobs --jobs 1,2  # the parallel path on the same corpus
    python3 tests/bench/bench_coder.py linear          # 10k, 50k and 200k sentences
    python3 tests/bench/bench_coder.py all --json results.json

Every measurement runs in a fresh Python process, so that no memo, cache in
memory or imported module of one run helps another. The single-core runs are
pinned to one CPU. Times are given as wall time and as the process's CPU time:
on a machine shared with other work the wall time includes waiting for the
CPU, and the CPU time does not (the report says how busy the machine was).

The corpus is made by tests/bench/corpus.py (see there how it is varied).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


# ---------------------------------------------------------------------------
# child processes: each prints one JSON line


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_start(mode: str) -> dict:
    """Time ``import eventcoder`` and ``Coder()`` (cold: empty cache; warm: cached)."""
    t0 = time.perf_counter()
    from eventcoder import Coder

    t1 = time.perf_counter()
    c = Coder(cache=(mode != "nocache"))
    t2 = time.perf_counter()
    return {"import_s": t1 - t0, "coder_s": t2 - t1, "rss_mb": _maxrss_mb(),
            "lex": len(c.tables.lex), "patterns": c.tables.pattern_count, "actors": len(c.tables.actors)}


def child_code(path: str, cpu: int | None, write: bool) -> dict:
    """Code a JSONL corpus in this process, streaming it; optionally write JSONL events to /dev/null."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    from eventcoder import Coder
    from eventcoder.records import Skipped, iter_inputs
    from eventcoder.writers import WRITERS

    coder = Coder()
    rss_loaded = _maxrss_mb()
    out = open(os.devnull, "w", encoding="utf-8")
    writer = WRITERS["jsonl"](out) if write else None
    n_rec = n_ev = 0
    code_wall = 0.0
    pc = time.perf_counter
    w0, c0 = pc(), time.process_time()
    for rec in iter_inputs([path]):
        if isinstance(rec, Skipped):
            continue
        t = pc()
        evs = coder.code(rec.text, date=rec.date, record_id=rec.id)
        code_wall += pc() - t
        n_rec += 1
        n_ev += len(evs)
        if writer is not None:
            for ev in evs:
                writer.write(ev, rec.extra)
    wall, cpu_s = pc() - w0, time.process_time() - c0
    if writer is not None:
        writer.close()
    return {"records": n_rec, "events": n_ev, "wall_s": wall, "cpu_s": cpu_s, "code_wall_s": code_wall,
            "rss_loaded_mb": rss_loaded, "rss_peak_mb": _maxrss_mb()}


def child_jobs(path: str, jobs: int, chunk_size: int) -> dict:
    """Code a corpus with :func:`eventcoder.parallel.code_parallel`."""
    import resource

    from eventcoder import Coder
    from eventcoder.parallel import code_parallel
    from eventcoder.records import iter_inputs

    coder = Coder()
    n_rec = n_ev = 0
    w0 = time.perf_counter()
    for _rec, evs in code_parallel(coder, iter_inputs([path]), jobs=jobs, chunk_size=chunk_size):
        n_rec += 1
        n_ev += len(evs)
    wall = time.perf_counter() - w0
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"records": n_rec, "events": n_ev, "wall_s": wall,
            "parent_cpu_s": me.ru_utime + me.ru_stime, "workers_cpu_s": kids.ru_utime + kids.ru_stime,
            "rss_parent_mb": me.ru_maxrss / 1024, "rss_worker_mb": kids.ru_maxrss / 1024}


# ---------------------------------------------------------------------------
# parent


def _cpu_ticks() -> tuple[int, int] | None:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            parts = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    idle = parts[3] + (parts[4] if len(parts) > 4 else 0)
    return sum(parts) - idle, sum(parts)


def run_child(args: list[str], env: dict | None = None) -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    if env:
        e.update(env)
    before = _cpu_ticks()
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, str(Path(__file__).resolve()), "_child", *args], env=e,
                       capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = _cpu_ticks()
    if p.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{p.stderr}")
    res = json.loads(p.stdout.strip().splitlines()[-1])
    if before and after and after[1] > before[1]:
        # cores kept busy on the whole machine during the run (ours and others')
        res["machine_busy_cores"] = (after[0] - before[0]) / (after[1] - before[1]) * (os.cpu_count() or 1)
    res["process_wall_s"] = wall
    return res


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(), "implementation":
            platform.python_implementation(), "platform": platform.platform()}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        for line in cpuinfo.splitlines():
            k, _, v = line.partition(":")
            k = k.strip()
            if k in ("model name", "cpu MHz", "cache size") and k not in info:
                info[k] = v.strip()
    except OSError:
        pass
    try:
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        info["memory_gb"] = round(int(mem) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    try:
        info["commit"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                        capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "eventcoder",
                                "dictionaries"], capture_output=True, text=True).stdout.strip()
        info["worktree"] = "modified" if dirty else "clean"
    except OSError:
        pass
    info["date"] = time.strftime("%Y-%m-%d %H:%M %Z")
    return info


def make_corpus(workdir: Path, n_sentences: int, seed: int) -> tuple[Path, dict]:
    """Write the corpus and count its sentences and tokens the way the coder splits them."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    from eventcoder.text import analyse_text

    path = workdir / f"corpus-{n_sentences}-{seed}.jsonl"
    if not path.exists():
        write_corpus(path, n_sentences, seed)
    sents = toks = recs = 0
    types: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = analyse_text(json.loads(line)["text"])
            recs += 1
            sents += len(doc.sentences)
            toks += len(doc.tokens)
            for t in doc.tokens:
                types[t.text] = types.get(t.text, 0) + 1
    meta = {"records": recs, "sentences": sents, "tokens": toks, "types": len(types),
            "hapax": sum(1 for v in types.values() if v == 1), "mb": round(path.stat().st_size / 1e6, 1)}
    return path, meta


def _fmt(x: float, unit: str = "") -> str:
    return f"{x:,.0f}{unit}" if x >= 100 else f"{x:,.2f}{unit}"


def bench_start(workdir: Path, repeat: int) -> dict:
    cold, warm, nocache = [], [], []
    for k in range(repeat):
        cache = workdir / f"cache-{k}"
        cold.append(run_child(["start", "cold"], {"EVENTCODER_CACHE": str(cache)}))
        warm.append(run_child(["start", "warm"], {"EVENTCODER_CACHE": str(cache)}))
        nocache.append(run_child(["start", "nocache"], {"EVENTCODER_CACHE": str(cache)}))
    best = lambda rs, k: min(r[k] for r in rs)  # noqa: E731
    res = {"import_s": best(warm, "import_s"), "cold_s": best(cold, "coder_s"), "warm_s": best(warm, "coder_s"),
           "nocache_s": best(nocache, "coder_s"), "warm_rss_mb": best(warm, "rss_mb"),
           "warm_all": [r["coder_s"] for r in warm], "cold_all": [r["coder_s"] for r in cold],
           "lex": warm[0]["lex"], "patterns": warm[0]["patterns"], "actors": warm[0]["actors"]}
    print(f"start-up (best of {repeat}, fresh processes):")
    print(f"  import eventcoder            {res['import_s']:.3f} s")
    print(f"  Coder() cold (compile+store) {res['cold_s']:.3f} s")
    print(f"  Coder() warm (cache hit)     {res['warm_s']:.3f} s   (all runs: "
          + ", ".join(f"{x:.3f}" for x in res["warm_all"]) + ")")
    print(f"  Coder(cache=False)           {res['nocache_s']:.3f} s")
    print(f"  RSS after a warm start       {res['warm_rss_mb']:.0f} MB")
    print(f"  tables: {res['lex']} lexicon keys, {res['actors']} actor entries, {res['patterns']} patterns")
    return res


def bench_speed(path: Path, meta: dict, cache: Path, write: bool = True, label: str = "") -> dict:
    r = run_child(["code", str(path), "0", "1" if write else "0"], {"EVENTCODER_CACHE": str(cache)})
    s, t = meta["sentences"], meta["tokens"]
    r.update({"sentences": s, "tokens": t, "sent_per_s_code": s / r["code_wall_s"],
              "sent_per_s_wall": s / r["wall_s"], "sent_per_s_cpu": s / r["cpu_s"],
              "tok_per_s_code": t / r["code_wall_s"], "us_per_sentence": r["code_wall_s"] / s * 1e6})
    print(f"one core{label}: {s:,} sentences, {t:,} tokens, {r['records']:,} records -> {r['events']:,} events")
    print(f"  coder.code() only      {_fmt(r['sent_per_s_code'])} sentences/s   {_fmt(r['tok_per_s_code'])} "
          f"tokens/s   ({r['us_per_sentence']:.0f} µs a sentence)")
    print(f"  read+code{'+write' if write else ''} (wall)  {_fmt(r['sent_per_s_wall'])} sentences/s   "
          f"({r['wall_s']:.1f} s)")
    print(f"  read+code{'+write' if write else ''} (CPU)   {_fmt(r['sent_per_s_cpu'])} sentences/s   "
          f"({r['cpu_s']:.1f} s)")
    print(f"  peak RSS {r['rss_peak_mb']:.0f} MB (after loading the coder: {r['rss_loaded_mb']:.0f} MB); "
          f"machine busy {r.get('machine_busy_cores', 0):.2f} of {os.cpu_count()} cores")
    return r


def bench_jobs(path: Path, meta: dict, cache: Path, jobs_list: list[int], chunk_size: int) -> dict:
    out = {}
    base = None
    print(f"--jobs on {meta['sentences']:,} sentences (chunks of {chunk_size} records):")
    for j in jobs_list:
        r = run_child(["jobs", str(path), str(j), str(chunk_size)], {"EVENTCODER_CACHE": str(cache)})
        r["sent_per_s"] = meta["sentences"] / r["wall_s"]
        if base is None:
            base = r["wall_s"]
        r["speedup"] = base / r["wall_s"]
        out[str(j)] = r
        print(f"  jobs={j}: {r['wall_s']:.1f} s wall, {_fmt(r['sent_per_s'])} sentences/s, speed-up "
              f"{r['speedup']:.2f}x; CPU parent {r['parent_cpu_s']:.1f} s + workers {r['workers_cpu_s']:.1f} s; "
              f"{r['events']:,} events; machine busy {r.get('machine_busy_cores', 0):.2f} cores")
    return out


def bench_linear(workdir: Path, sizes: list[int], seed: int, cache: Path) -> dict:
    out = {}
    print("linearity (one core, coder.code() only):")
    for n in sizes:
        path, meta = make_corpus(workdir, n, seed)
        r = run_child(["code", str(path), "0", "0"], {"EVENTCODER_CACHE": str(cache)})
        us = r["code_wall_s"] / meta["sentences"] * 1e6
        out[str(n)] = {"sentences": meta["sentences"], "tokens": meta["tokens"], "code_wall_s": r["code_wall_s"],
                       "cpu_s": r["cpu_s"], "us_per_sentence": us, "rss_peak_mb": r["rss_peak_mb"],
                       "events": r["events"], "types": meta["types"]}
        print(f"  {meta['sentences']:>8,} sentences: {r['code_wall_s']:7.1f} s, {us:5.0f} µs a sentence, "
              f"{meta['sentences'] / r['code_wall_s']:,.0f} sentences/s, peak RSS {r['rss_peak_mb']:.0f} MB, "
              f"{meta['types']:,} distinct tokens")
    return out


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "_child":
        sys.path.insert(0, str(ROOT))
        kind, rest = argv[1], argv[2:]
        if kind == "start":
            res = child_start(rest[0])
        elif kind == "code":
            res = child_code(rest[0], int(rest[1]) if rest[1] != "-" else None, rest[2] == "1")
        elif kind == "jobs":
            res = child_jobs(rest[0], int(rest[1]), int(rest[2]))
        else:
            raise SystemExit(f"unknown child {kind}")
        print(json.dumps(res))
        return 0
    ap = argparse.ArgumentParser(description="eventcoder benchmarks (see the module docstring)")
    ap.add_argument("mode", nargs="?", default="speed", choices=["speed", "jobs", "linear", "all"])
    ap.add_argument("--sentences", type=int, default=50_000, help="corpus size for speed and jobs")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    ap.add_argument("--chunk-size", type=int, default=32)
    ap.add_argument("--sizes", default="10000,50000,200000", help="corpus sizes for the linearity run")
    ap.add_argument("--repeat", type=int, default=3, help="start-up measurements to take")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", help="where to keep corpora and caches (default: a temporary folder)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args(argv)

    tmp = None
    if args.workdir:
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="eventcoder-bench-")
        workdir = Path(tmp.name)
    results: dict = {"machine": machine()}
    m = results["machine"]
    print(f"machine: {m.get('model name', '?')}, {m['nproc']} CPUs, {m.get('memory_gb', '?')} GB; "
          f"{m['implementation']} {m['python']}; commit {m.get('commit', '?')} ({m.get('worktree', '?')}), "
          f"{m['date']}")
    cache = workdir / "cache-shared"
    run_child(["start", "cold"], {"EVENTCODER_CACHE": str(cache)})  # fill the cache for the coding runs
    if args.mode in ("speed", "all"):
        results["start"] = bench_start(workdir, args.repeat)
    if args.mode in ("speed", "jobs", "all"):
        path, meta = make_corpus(workdir, args.sentences, args.seed)
        results["corpus"] = meta
        print(f"corpus: {meta['records']:,} records, {meta['sentences']:,} sentences, {meta['tokens']:,} tokens, "
              f"{meta['types']:,} distinct tokens ({meta['hapax']:,} seen once), {meta['mb']} MB")
        if args.mode in ("speed", "all"):
            results["speed"] = bench_speed(path, meta, cache)
        if args.mode in ("jobs", "all"):
            results["jobs"] = bench_jobs(path, meta, cache, [int(x) for x in args.jobs.split(",")],
                                         args.chunk_size)
    if args.mode in ("linear", "all"):
        results["linear"] = bench_linear(workdir, [int(x) for x in args.sizes.split(",")], args.seed, cache)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
