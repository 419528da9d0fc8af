"""One reader for parley's YAML rule data, shared by every stage of the pipeline.

libyaml's C loader is used when PyYAML was built with it: parsing the rule files with the
pure-Python loader took about two seconds of a one-document ``parley extract``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from parley.errors import RuleError

SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, loader: type = SAFE_LOADER) -> Any:
    """Parse a rule file; an unreadable file or bad YAML becomes a RuleError naming the file."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule data: {exc}") from exc
