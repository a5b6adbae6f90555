"""kern's writes, one module per noun; callers use ``from kern import services``.

Services are ``<noun>_<verb>``, keyword-only; each opens its transaction and validates.
"""

from kern.models import Taak  # noqa: F401 - tests build tasks through services.Taak
from kern.services._gedeeld import (  # noqa: F401
    AFGESLOTEN,
    OVERGANGEN,
    S,
    instellingen,
    log,
)
from kern.services.aandacht import (  # noqa: F401
    aandacht_add,
    aandacht_stop,
    contactmoment_create,
)
from kern.services.hulpvragen import (  # noqa: F401
    grenzen_check,
    hulp_finish,
    hulpvraag_create,
    hulpvraag_transition,
    hulpvraag_update,
)
from kern.services.inwoners import (  # noqa: F401
    INWONER_VELDEN,
    inwoner_create,
    inwoner_update,
    toestemming_record,
)
from kern.services.matches import (  # noqa: F401
    afsprakendossier_create,
    afsprakendossier_sign,
    hulpvraag_status,
    kennismaking_record,
    match_choose,
)
from kern.services.signalen import (  # noqa: F401
    signaal_advise,
    signaal_escalate,
    signaal_handle,
    signaal_report,
)
from kern.services.taken import (  # noqa: F401
    taak_complete,
    verwijzing_answer,
    verwijzing_create,
)
from kern.services.vrijwilligers import (  # noqa: F401
    account_voor,
    uren_log,
    vrijwilliger_create,
    vrijwilliger_update,
)
from noaber.errors import ValidatieFout  # noqa: F401 - what the services raise
