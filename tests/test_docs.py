"""Docs that cannot drift: every CLI command has help text and is documented in the README."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from parley.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(
    c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
)


def test_docs_commands_are_registered() -> None:
    assert {"extract", "ingest", "chronology", "export", "report", "demo", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_has_help_and_is_in_readme(
    name: str, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, _ = run_cli(name, "--help")
    assert code == 0
    assert "Usage:" in out and len(out.splitlines()) > 3
    assert f"parley {name}" in README, f"README does not document `parley {name}`"


def test_docs_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:40])
    assert "make demo" in first_screen and "make test" in first_screen
