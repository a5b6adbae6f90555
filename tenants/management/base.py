from django.core.management.base import CommandError
from django.utils import translation

from noaber.errors import NoaberError


def command_error(exc: NoaberError) -> CommandError:
    """A domain error as a CLI failure, in Dutch with the English underneath."""
    with translation.override("nl"):
        nl = str(exc.message)
    with translation.override("en"):
        en = str(exc.message)
    return CommandError(nl if nl == en else f"{nl}\n{en}")
