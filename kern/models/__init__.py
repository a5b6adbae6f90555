"""A foundation's case data. Lives only in the tenant's own schema.

One module per part of the work; import every model here so Django finds it.
"""

from kern.models.hulp import (  # noqa: F401
    Afsprakendossier,
    Categorie,
    Hulpvraag,
    Kennismaking,
    Match,
    StatusWijziging,
    Taak,
    Verwijzing,
)
from kern.models.inwoners import (  # noqa: F401
    Aandachtslijst,
    Contactmoment,
    Instellingen,
    Inwoner,
    Signaal,
    Toestemming,
)
from kern.models.vrijwilligers import Urenregistratie, Vrijwilliger  # noqa: F401
