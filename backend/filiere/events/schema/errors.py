"""The error types of every event mutation."""

from filiere.events.errors import EventErrorCode
from filiere.graphql.mutations import error_types

EVENT_ERRORS = error_types("Event", EventErrorCode)
