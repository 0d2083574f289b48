"""The error types of every sourcing mutation (supply chains, supplier profiles, sourcing requests)."""

from filiere.graphql.mutations import error_types
from filiere.referentials.errors import ReferentialErrorCode
from filiere.sourcing.errors import SourcingErrorCode

SOURCING_ERRORS = error_types("Sourcing", SourcingErrorCode, ReferentialErrorCode)
