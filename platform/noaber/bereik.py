"""The domain's ranges, written once: model fields carry them, forms and serializers borrow them.

A model field lists its rule in ``validators=``; ``noaber.formulieren.modelveld`` builds the
form field from it (with the phone's ``min``/``max`` hints), DRF's ModelSerializer reads the
same validators, and every service calls ``full_clean()`` before it saves. The command
``waarden_check`` finds stored values that break these rules.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# A date outside these years is a typo (0001, 9999) that PostgreSQL may store but not read back
# in Python (a year-1 time in Europe/Amsterdam is a BC timestamp in UTC): refused at the door.
EERSTE_JAAR, LAATSTE_JAAR = 1900, 2100


@deconstructible
class DatumInBereik:
    """A date or time between 1 January 1900 and 31 December 2100."""

    code = "jaar"
    message = _("Kies een datum tussen %(van)s en %(tot)s.")
    eerste = date(EERSTE_JAAR, 1, 1)
    laatste = date(LAATSTE_JAAR, 12, 31)

    def __call__(self, waarde) -> None:
        if waarde is not None and not EERSTE_JAAR <= waarde.year <= LAATSTE_JAAR:
            raise ValidationError(
                self.message, code=self.code, params={"van": EERSTE_JAAR, "tot": LAATSTE_JAAR}
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, DatumInBereik)

    def __hash__(self) -> int:
        return hash(DatumInBereik)


@deconstructible
class NietInDeToekomst:
    """A date that already happened (a birthday, a consent)."""

    code = "toekomst"
    message = _("Deze datum ligt in de toekomst.")

    def __call__(self, waarde) -> None:
        if waarde is None:
            return
        dag = waarde.date() if isinstance(waarde, datetime) else waarde
        if dag > timezone.localdate():
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, NietInDeToekomst)

    def __hash__(self) -> int:
        return hash(NietInDeToekomst)


datum_in_bereik = DatumInBereik()
niet_in_de_toekomst = NietInDeToekomst()

# Hours for one time of helping, one ride, one registration: more than a tenth, at most a day.
UREN = [
    MinValueValidator(Decimal("0.1"), message=_("Vul minstens 0,1 uur in.")),
    MaxValueValidator(Decimal("24"), message=_("Vul hoogstens 24 uur in: één dag.")),
]
# Free text (a description, notes): long enough for a story, short enough for a page.
LANGE_TEKST = [MaxLengthValidator(5000)]
# Money: never negative; the column's max_digits bounds the top.
BEDRAG = [MinValueValidator(Decimal("0"), message=_("Een bedrag is niet negatief."))]


def tussen(laagste: int | Decimal, hoogste: int | Decimal) -> list:
    """Both ends of a count or amount, with a Dutch message naming the range."""
    return [
        MinValueValidator(
            laagste,
            message=_("Vul een getal van minstens %(limit_value)s in."),
        ),
        MaxValueValidator(
            hoogste,
            message=_("Vul een getal van hoogstens %(limit_value)s in."),
        ),
    ]


M = TypeVar("M", bound=models.Model)


def clean_save(obj: M, *, update_fields: list[str] | None = None) -> M:
    """Check ``obj`` against its model's rules (``full_clean``), then save it.

    The one way a service writes a row: a value outside a field's range raises Django's
    ``ValidationError`` per field, which ``run_service`` puts next to the form field and the
    API answers as problem JSON.
    """
    obj.full_clean()
    obj.save(update_fields=update_fields)
    return obj
