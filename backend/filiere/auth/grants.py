"""What a project shares with a partner organisation: the policy reads it, the partners domain stores it."""

from enum import StrEnum


class GrantScope(StrEnum):
    SUMMARY = "summary"
    FINANCING = "financing"
    DOCUMENTS = "documents"
    FULL = "full"
