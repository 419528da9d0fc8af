"""Shared fixtures: the spaCy pipeline is built once per test session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from parley.nlp.context import DocContext
from parley.records import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp() -> Language:
    from parley.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def make_ctx(nlp: Language) -> Callable[..., DocContext]:
    """A parsed context with actors recognised, as the pipeline builds it."""
    from parley.actors import recognise
    from parley.time import find_timexes, select_profile

    def build(text: str, published: str | None = "2023-09-30", conflict: str | None = None):
        doc = Document(id="test-" + str(abs(hash(text))), text=text, published=published)
        ctx = DocContext(
            document=doc, doc=nlp(text), when=date.fromisoformat(published) if published else None
        )
        ctx.mentions = recognise(ctx)
        ctx.profile = select_profile(ctx, conflict)
        ctx.timexes = find_timexes(ctx)
        return ctx

    return build


@pytest.fixture(scope="session")
def make_time_ctx(nlp: Language) -> Callable[..., DocContext]:
    """A parsed context with its time expressions found, as of ``when``, under a profile."""
    from parley.time import find_timexes, get_profile

    def build(
        text: str, when: date | None = date(2023, 9, 30), profile: str | None = None
    ) -> DocContext:
        ctx = DocContext(document=Document(id="t", text=text), doc=nlp(text), when=when)
        ctx.profile = get_profile(profile) if profile else None
        ctx.timexes = find_timexes(ctx)
        return ctx

    return build


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run the real console entry point in-process; return (exit code, stdout, stderr)."""
    from parley.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run
