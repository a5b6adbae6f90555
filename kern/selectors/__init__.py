"""kern's reads, one module per story; callers import them from here."""

from kern.selectors._grenzen import DASHBOARD_MAX, LIJST_MAX  # noqa: F401
from kern.selectors.dashboard import (  # noqa: F401
    Dashboard,
    Kwartaal,
    dashboard_for,
    kwartaal_cijfers,
    kwartaal_start,
)
from kern.selectors.dossiers import (  # noqa: F401
    TIJDLIJN_SOORTEN,
    HulpvraagDetail,
    InwonerDossier,
    TijdlijnItem,
    aandachtslijst_list,
    hulpvraag_detail,
    hulpvragen_list,
    inwoner_dossier,
    inwoners_search,
    signalen_list,
    vrijwilligers_list,
)
from kern.selectors.mijn import MijnWerk, eigen_matches_voor_uren, mijn_werk  # noqa: F401
