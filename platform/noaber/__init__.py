"""Noaber project package (settings, URLs, CLI). Lives in platform/noaber."""

from noaber.celery import app as celery_app

__all__ = ["celery_app"]
