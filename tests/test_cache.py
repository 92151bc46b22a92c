"""The compile cache: used on a warm start, rebuilt after a dictionary edit,
ignored when corrupt, never in the way."""
from __future__ import annotations

import pytest

import eventcoder.coder as coder_mod
from eventcoder import Coder
from eventcoder import compiler
from eventcoder.compiler import cache_dir, cache_key, load_cached
from eventcoder.dictionary import Dictionaries

SENTENCE = "زار خالد الفلاني اليابان."  # "Khalid al-Fulani visited Japan."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of this test's own."""
    d = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODER_CACHE", str(d))
    return d


@pytest.fixture
def user_dir(tmp_path):
    """A user dictionary folder with one person, a made-up name."""
    d = tmp_path / "mydicts"
    (d / "actors").mkdir(parents=True)
    (d / "actors" / "people-test.txt").write_text("FRAGOV | خالد الفلاني | | a test person\n", encoding="utf-8")
    return d


@pytest.fixture
def compile_calls(monkeypatch):
    """Counts the calls to the compiler made by Coder."""
    calls = []
    real = coder_mod.compile_tables

    def counting(dicts):
        calls.append(1)
        return real(dicts)

    monkeypatch.setattr(coder_mod, "compile_tables", counting)
    return calls


def _tables_files(d):
    return sorted(p.name for p in d.glob("*.tables")) if d.exists() else []


#: the visit SENTENCE codes, and its other side (the host)
VISIT = [("FRAGOV", "JPN", "042"), ("JPN", "FRAGOV", "043")]


def _sources(c: Coder) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.code) for e in c.code(SENTENCE, date="2024-01-01")]


def test_the_cache_folder_follows_the_environment(cache):
    assert cache_dir() == cache


def test_a_cold_start_compiles_and_writes_the_cache(cache, user_dir, compile_calls):
    c = Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 1
    assert _sources(c) == VISIT
    files = _tables_files(cache)
    assert len(files) == 1
    assert not [p for p in cache.iterdir() if p.name.startswith(".tmp-")]  # the write was atomic


def test_a_warm_start_uses_the_cache_and_does_not_compile(cache, user_dir, compile_calls, monkeypatch):
    cold = Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 1

    def no_compiling(dicts):
        raise AssertionError("compile_tables called on a warm start")

    monkeypatch.setattr(coder_mod, "compile_tables", no_compiling)
    warm = Coder(dictionaries=[user_dir])
    assert _sources(warm) == _sources(cold) == VISIT
    assert warm.tables.to_builtin() == cold.tables.to_builtin()


def test_the_cache_is_rebuilt_after_a_dictionary_edit(cache, user_dir, compile_calls):
    assert _sources(Coder(dictionaries=[user_dir])) == VISIT
    first = _tables_files(cache)
    (user_dir / "actors" / "people-test.txt").write_text("DEUGOV | خالد الفلاني | | now German\n",
                                                         encoding="utf-8")
    c = Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 2
    assert _sources(c) == [("DEUGOV", "JPN", "042"), ("JPN", "DEUGOV", "043")]
    second = _tables_files(cache)
    assert len(second) == 2 and set(first) < set(second)
    # the edit back finds the first cache entry again
    (user_dir / "actors" / "people-test.txt").write_text("FRAGOV | خالد الفلاني | | a test person\n",
                                                         encoding="utf-8")
    assert _sources(Coder(dictionaries=[user_dir])) == VISIT
    assert len(compile_calls) == 2


def test_a_new_file_in_the_user_folder_changes_the_key(cache, user_dir, compile_calls):
    Coder(dictionaries=[user_dir])
    (user_dir / "actors" / "people-more.txt").write_text("EGYGOV | سعيد الواقي | |\n", encoding="utf-8")
    Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 2
    assert len(_tables_files(cache)) == 2


@pytest.mark.parametrize("damage", [
    lambda b: b"",                                   # empty
    lambda b: b"garbage" * 20,                       # not ours
    lambda b: b[:len(b) // 2],                       # truncated
    lambda b: b[:100] + bytes([b[100] ^ 0xFF]) + b[101:],  # one flipped byte in the checksum or payload
    lambda b: b[:-1] + bytes([b[-1] ^ 0x01]),        # one flipped bit at the end
])
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(cache, user_dir, compile_calls, damage):
    Coder(dictionaries=[user_dir])
    [name] = _tables_files(cache)
    path = cache / name
    good = path.read_bytes()
    path.write_bytes(damage(good))
    c = Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 2  # compiled again
    assert _sources(c) == VISIT
    assert path.read_bytes() == good  # and written back whole
    key = name[:-len(".tables")]
    assert load_cached(key) is not None


def test_a_stale_version_is_a_different_key(cache, user_dir, monkeypatch):
    dicts = Dictionaries.load([user_dir])
    k1 = cache_key(dicts)
    monkeypatch.setattr(compiler, "COMPILER_VERSION", compiler.COMPILER_VERSION + "-next")
    assert cache_key(dicts) != k1


def test_other_compiler_code_is_a_different_key(cache, user_dir, monkeypatch):
    # (a checkout between versions: the code that builds the tables changed, the version did not)
    dicts = Dictionaries.load([user_dir])
    k1 = cache_key(dicts)
    monkeypatch.setattr(compiler, "_SOURCE_HASH", "0" * 16)
    assert cache_key(dicts) != k1


def test_no_cache_neither_reads_nor_writes(cache, user_dir, compile_calls):
    Coder(dictionaries=[user_dir], cache=False)
    assert _tables_files(cache) == []
    Coder(dictionaries=[user_dir])
    Coder(dictionaries=[user_dir], cache=False)
    assert len(compile_calls) == 3


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch, user_dir, compile_calls):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("EVENTCODER_CACHE", str(blocker / "cache"))
    c = Coder(dictionaries=[user_dir])
    assert _sources(c) == VISIT
    Coder(dictionaries=[user_dir])
    assert len(compile_calls) == 2  # nothing cached, nothing broken
