"""Background exports. tenant-schemas-celery runs the task in the schema it was sent from;
without a broker (CELERY_TASK_ALWAYS_EAGER) it runs right after the request's commit."""

from __future__ import annotations

import logging

from noaber.celery import app

log = logging.getLogger(__name__)


def rapportexport_file_build(export) -> None:
    """Build the file of one Rapportexport, saving progress as it goes."""
    from rapportage import exports, selectors
    from rapportage.models import Rapportexport, Subsidie

    def voortgang(pct: int) -> None:
        Rapportexport.objects.filter(pk=export.pk).update(voortgang=max(1, min(pct, 99)))

    params = export.parameters
    if export.soort == "subsidie":
        rapporten = [
            selectors.subsidierapport(subsidie=Subsidie.objects.get(pk=params["subsidie"]))
        ]
        naam = f"verantwoording-{params['subsidie']}"
    else:
        jaren = params.get("jaren") or [params["jaar"]]
        rapporten = []
        for i, jaar in enumerate(jaren, 1):
            rapporten.append(selectors.kwartaaloverzicht(jaar=jaar))
            voortgang(int(50 * i / len(jaren)))
        naam = f"kwartaaloverzicht-{jaren[0]}" + (f"-{jaren[-1]}" if len(jaren) > 1 else "")
    inhoud = exports.BOUWERS[export.formaat](
        rapporten, voortgang=lambda pct: voortgang(50 + pct // 2)
    )
    export.inhoud = inhoud
    export.bestandsnaam = f"{naam}.{export.formaat}"
    export.status = Rapportexport.Status.KLAAR
    export.voortgang = 100
    export.save(update_fields=["inhoud", "bestandsnaam", "status", "voortgang"])


@app.task(name="rapportage.rapportexport_build")
def rapportexport_build(export_id: str) -> None:
    from rapportage.models import Rapportexport

    export = Rapportexport.objects.filter(pk=export_id).first()
    if export is None or export.status == Rapportexport.Status.KLAAR:
        return
    Rapportexport.objects.filter(pk=export_id).update(status=Rapportexport.Status.BEZIG)
    try:
        rapportexport_file_build(export)
    except Exception:
        log.exception("export %s mislukt", export_id)
        Rapportexport.objects.filter(pk=export_id).update(status=Rapportexport.Status.MISLUKT)
