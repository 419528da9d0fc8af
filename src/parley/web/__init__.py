"""The local web app: ``create_app(db_path)`` and ``serve(db_path, host, port)``."""

from __future__ import annotations

from parley.web.app import create_app, serve

__all__ = ["create_app", "serve"]
