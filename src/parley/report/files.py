"""Output files: one check that a report or export can be written where the user asked."""

from __future__ import annotations

from pathlib import Path

from parley.errors import ParleyError


def output_path(out: str | Path) -> Path:
    """``out`` as a Path, its parent folders created; ParleyError when it cannot be a file."""
    path = Path(out)
    if path.is_dir():
        raise ParleyError(f"the output {path} is a directory: name a file, e.g. {path}/out")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ParleyError(f"cannot create the folder {path.parent}: {exc.strerror or exc}") from exc
    return path


def write_text(out: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``out``; an unwritable path is a one-line ParleyError."""
    path = output_path(out)
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise ParleyError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
