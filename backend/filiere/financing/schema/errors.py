"""The error types of every financing mutation (plans and catalogue)."""

from filiere.financing.errors import FinancingErrorCode
from filiere.graphql.mutations import error_types

FINANCING_ERRORS = error_types("Financing", FinancingErrorCode)
