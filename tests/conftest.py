"""Shared fixtures and the Hypothesis profile."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("dev", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"


@pytest.fixture(scope="session")
def coder():
    """A Coder with the default dictionaries (compiled once per test session)."""
    from eventcoder import Coder

    return Coder()


@pytest.fixture(scope="session")
def coded_file(coder):
    """``coded_file(path)`` -> (gold records, the events of each record): a data file coded once per session,
    without a trace, for every test that scores it or compares it with a traced run."""
    from eventcoder.evaluate import load_gold

    done: dict[Path, tuple[list, list[list]]] = {}

    def get(path: Path):
        path = Path(path)
        if path not in done:
            records = load_gold(path)
            done[path] = (records, [list(coder.code(rec.text, date=rec.date or None, record_id=rec.id))
                                    for rec in records])
        return done[path]

    return get


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Tests never write to the user's cache folder."""
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
