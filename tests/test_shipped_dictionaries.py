"""The default dictionaries load, validate and compile with no problem at all."""
from __future__ import annotations

from eventcoder.compiler import compile_tables
from eventcoder.dictionary import Dictionaries, builtin_dir


def test_default_dictionaries_have_no_errors_and_no_warnings():
    d = Dictionaries.builtin()
    assert [str(p) for p in d.problems] == []
    tables, problems = compile_tables(d)
    assert [str(p) for p in problems] == []
    assert tables.pattern_count > 100


def test_every_default_file_is_of_a_known_kind():
    from eventcoder.dictionary import iter_files

    root = builtin_dir()
    kinds = {k for _p, _rel, k in iter_files(root)}
    assert kinds >= {"countries", "people", "organisations", "agents", "lemmas", "patterns", "synsets", "grammar"}
    # no stray .txt file that the loader would silently ignore
    stray = [p for p in root.rglob("*.txt") if p.relative_to(root).as_posix() not in
             {rel for _p, rel, _k in iter_files(root)}]
    assert stray == []


def test_every_pattern_code_and_actor_code_is_in_the_codebook():
    from eventcoder import codebook

    d = Dictionaries.builtin()
    codes = codebook.event_codes()
    for p in d.entries["patterns"]:
        assert p.code == "---" or p.code in codes, p.src
    for kind in ("people", "organisations"):
        for e in d.entries[kind]:
            assert codebook.check_actor_code(e.code) is None, e.src
