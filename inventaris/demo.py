"""This app's part of the demo (public schema)."""


def seed(*, accounts) -> None:
    """Nothing yet."""
