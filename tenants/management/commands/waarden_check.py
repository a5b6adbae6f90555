"""noaber waarden_check [--slug SLUG …] — find stored values that break the model fields' rules.

Every write through a service passes ``full_clean()``, but rows can arrive another way: a
migration, the admin's bulk actions, raw SQL, a restored backup, or data stored before a rule
existed. This reads every model of the shared layer (public schema) and of each foundation
(its own schema) and reports, per field, the rows whose value is outside the field's
validators (ranges, 1900–2100 dates, dates in the future where only the past makes sense,
text lengths) or outside its choices. The checks that SQL can express run in the database,
so a value Python cannot even read back (a year-1 timestamp) is found too; the others
(a function validator such as the day-part list) read the column and run the validator.

Exits 0 when everything is within the rules, else 1 with one line per field and the ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.utils import timezone
from django_tenants.utils import schema_context

from noaber.bereik import DatumInBereik, NietInDeToekomst
from tenants.models import Organisatie

TOON_IDS = 10


@dataclass
class Bevinding:
    schema: str
    veld: str
    regel: str
    ids: list[Any]

    def regel_tekst(self) -> str:
        getoond = ", ".join(str(i) for i in self.ids[:TOON_IDS])
        meer = f" en {len(self.ids) - TOON_IDS} meer" if len(self.ids) > TOON_IDS else ""
        return f"{self.schema}: {self.veld} {self.regel}: id {getoond}{meer}"


def _grens(field: models.Field, dag: date, *, einde: bool) -> date | datetime:
    if isinstance(field, models.DateTimeField):
        moment = datetime.combine(dag, time.max if einde else time.min)
        return timezone.make_aware(moment)
    return dag


def _sql_regel(field: models.Field, validator) -> tuple[str, Q] | None:
    """The rows breaking ``validator`` as a filter, or None when SQL cannot say it."""
    naam = field.attname
    if isinstance(validator, DatumInBereik):
        return "buiten 1900–2100", Q(
            **{f"{naam}__lt": _grens(field, validator.eerste, einde=False)}
        ) | Q(**{f"{naam}__gt": _grens(field, validator.laatste, einde=True)})
    if isinstance(validator, NietInDeToekomst):
        morgen = timezone.localdate().toordinal() + 1
        return "in de toekomst", Q(
            **{f"{naam}__gte": _grens(field, date.fromordinal(morgen), einde=False)}
        )
    if isinstance(validator, MinValueValidator):
        return f"kleiner dan {validator.limit_value}", Q(**{f"{naam}__lt": validator.limit_value})
    if isinstance(validator, MaxValueValidator):
        return f"groter dan {validator.limit_value}", Q(**{f"{naam}__gt": validator.limit_value})
    return None


def _check_model(model: type[models.Model], schema: str) -> list[Bevinding]:
    bevindingen = []
    label = f"{model._meta.label}"
    for field in model._meta.concrete_fields:
        if field.is_relation or field.primary_key:
            continue
        veld = f"{label}.{field.name}"
        eigen = [v for v in field.validators if v not in field.default_validators]
        python_regels = []
        for validator in eigen:
            if isinstance(validator, MaxLengthValidator) and not isinstance(
                field, models.CharField
            ):
                ids = list(
                    model._base_manager.annotate(_lengte=Length(field.attname))
                    .filter(_lengte__gt=validator.limit_value)
                    .values_list("pk", flat=True)
                )
                regel = f"langer dan {validator.limit_value} tekens"
            elif isinstance(validator, MaxLengthValidator):
                continue  # the column's own varchar(n) holds this
            else:
                sql = _sql_regel(field, validator)
                if sql is None:
                    python_regels.append(validator)
                    continue
                regel, q = sql
                ids = list(model._base_manager.filter(q).values_list("pk", flat=True))
            if ids:
                bevindingen.append(Bevinding(schema, veld, regel, ids))
        if field.choices:
            toegestaan = [waarde for waarde, _label in field.flatchoices]
            q = ~Q(**{f"{field.attname}__in": toegestaan})
            if field.blank:
                q &= ~Q(**{field.attname: ""})
            if field.null:
                q &= Q(**{f"{field.attname}__isnull": False})
            ids = list(model._base_manager.filter(q).values_list("pk", flat=True))
            if ids:
                bevindingen.append(Bevinding(schema, veld, "geen van de keuzes", ids))
        if python_regels:
            ids = []
            for pk, waarde in model._base_manager.values_list("pk", field.attname).iterator():
                if waarde is None and field.null:
                    continue
                try:
                    for validator in python_regels:
                        validator(waarde)
                except ValidationError:
                    ids.append(pk)
            if ids:
                bevindingen.append(Bevinding(schema, veld, "voldoet niet aan de regel", ids))
    return bevindingen


def _modellen(app_labels: list[str]) -> list[type[models.Model]]:
    return [
        model
        for label in app_labels
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed and not model._meta.proxy
    ]


def _app_labels(dotted: list[str]) -> list[str]:
    labels = []
    for config in apps.get_app_configs():
        if config.name in dotted:
            labels.append(config.label)
    return labels


class Command(BaseCommand):
    help = "Zoek opgeslagen waarden die buiten de regels van hun veld vallen"

    def add_arguments(self, parser):
        parser.add_argument("--slug", action="append", default=[], help="alleen deze organisatie")

    def handle(self, *args, slug, **options):
        tenant_apps = set(settings.TENANT_APPS)
        gedeeld = _modellen(_app_labels([a for a in settings.SHARED_APPS if a not in tenant_apps]))
        eigen = _modellen(
            _app_labels([a for a in settings.TENANT_APPS if a != "django.contrib.contenttypes"])
        )
        organisaties = Organisatie.objects.exclude(schema_name="public").order_by("slug")
        if slug:
            organisaties = organisaties.filter(slug__in=slug)
            missing = set(slug) - set(organisaties.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"Onbekende organisatie: {', '.join(sorted(missing))}")
        bevindingen: list[Bevinding] = []
        if not slug:
            with schema_context("public"):
                for model in gedeeld:
                    bevindingen += _check_model(model, "public")
        schemas = list(organisaties.values_list("schema_name", flat=True))
        for schema in schemas:
            with schema_context(schema):
                for model in eigen:
                    bevindingen += _check_model(model, schema)
        for bevinding in bevindingen:
            self.stdout.write(bevinding.regel_tekst())
        gecontroleerd = len(schemas) + (0 if slug else 1)
        if bevindingen:
            rijen = sum(len(b.ids) for b in bevindingen)
            raise CommandError(
                f"{rijen} opgeslagen waarden in {len(bevindingen)} velden vallen buiten de regels "
                f"({gecontroleerd} schema's gecontroleerd)."
            )
        self.stdout.write(
            "Alle opgeslagen waarden vallen binnen de regels "
            f"({gecontroleerd} schema's gecontroleerd)."
        )
