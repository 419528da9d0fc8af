"""Runners: the same ``run(documents, conflict=None, workers=1)`` locally or over dask.

Import ``parley.runners.local`` or ``parley.runners.dask`` directly; nothing heavy is
imported here.
"""

from __future__ import annotations

from parley.runners.chunks import chunked

__all__ = ["chunked"]
