"""The domain: controlled lists, the records of the catalog, and the observation grid (``domain.grid``)."""

from tl_desktop.domain.changes import NO_CHANGES, Changes
from tl_desktop.domain.choices import (
                                       KINDS,
                                       LEGAL_FORMS,
                                       LOCATION_PRECISIONS,
                                       PRECISION_MAP,
                                       PROGRAMMES,
                                       PUBLIC_SERVICES,
                                       ROOM_EQUIPMENT,
                                       SOURCE_MANUAL,
                                       Choice,
                                       ChoiceList,
)
from tl_desktop.domain.model import (
                                       Attachment,
                                       Attendance,
                                       MapPoint,
                                       Person,
                                       PublicService,
                                       Room,
                                       Site,
                                       SiteFilter,
                                       Stop,
                                       Study,
                                       Tour,
                                       Visit,
                                       VisitFilter,
                                       new_id,
                                       utc_now,
)

__all__ = [
    "KINDS", "LEGAL_FORMS", "LOCATION_PRECISIONS", "PRECISION_MAP", "PROGRAMMES", "PUBLIC_SERVICES", "ROOM_EQUIPMENT",
    "SOURCE_MANUAL", "Choice",
    "ChoiceList", "NO_CHANGES", "Attachment", "Attendance", "Changes", "MapPoint", "Person", "PublicService", "Room", "Site",
    "SiteFilter", "Stop", "Study", "Tour", "Visit", "VisitFilter", "new_id", "utc_now",
]
