"""kern's pages, one module per story; kern.urls names them through this package."""

from kern.views.hulpvragen import (  # noqa: F401
    afspraken,
    afspraken_teken,
    hulp_klaar,
    hulpvraag,
    hulpvraag_bewerken,
    hulpvraag_koppel,
    hulpvraag_nieuw,
    hulpvraag_status,
    hulpvragen,
    kandidaten_view,
    kennismaking,
)
from kern.views.intake import intake, intake_bedankt  # noqa: F401
from kern.views.inwoners import (  # noqa: F401
    aandacht_nieuw,
    contact_nieuw,
    dashboard,
    inwoner,
    inwoner_bewerken,
    inwoner_nieuw,
    inwoners,
    toestemming_nieuw,
    verwijzing_nieuw,
)
from kern.views.opvolging import (  # noqa: F401
    aandacht_stop,
    aandachtslijst,
    signaal,
    signaal_nieuw,
    signalen,
    taak_afronden,
    verwijzing_antwoord,
)
from kern.views.uren import uren  # noqa: F401
from kern.views.vrijwilligers import (  # noqa: F401
    mijn,
    mijn_uren,
    vrijwilliger_bewerken,
    vrijwilliger_nieuw,
    vrijwilligers,
)
