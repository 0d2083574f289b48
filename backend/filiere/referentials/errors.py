"""Codes of the errors an official identifier may cause (SIREN, SIRET, NAF, communes, départements): every
domain that takes one answers them, so their GraphQL code enums include these."""

from enum import StrEnum


class ReferentialErrorCode(StrEnum):
    INVALID_SIREN = "INVALID_SIREN"
    INVALID_SIRET = "INVALID_SIRET"
    SIRET_NOT_OF_SIREN = "SIRET_NOT_OF_SIREN"
    INVALID_NAF_CODE = "INVALID_NAF_CODE"
    UNKNOWN_NAF_CODE = "UNKNOWN_NAF_CODE"
    INVALID_COMMUNE_CODE = "INVALID_COMMUNE_CODE"
    UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE"
    FORMER_COMMUNE = "FORMER_COMMUNE"
    COMMUNE_IN_OTHER_REGION = "COMMUNE_IN_OTHER_REGION"
    COMMUNE_OUTSIDE_PROGRAMME = "COMMUNE_OUTSIDE_PROGRAMME"
    UNKNOWN_DEPARTEMENT = "UNKNOWN_DEPARTEMENT"
