"""The error types of every event-day mutation."""

from filiere.events.errors import EventErrorCode
from filiere.graphql.mutations import error_types
from filiere.referentials.errors import ReferentialErrorCode

# The SIRET a registrant gives is checked by the referentials: their codes are answered too.
EVENT_ERRORS = error_types("Event", EventErrorCode, ReferentialErrorCode)
