"""What SIRENE proposes for a company's record, for the company's edit form."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.permissions import query
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.programmes.schema.types import HeadcountBandType
from filiere.sourcing.suppliers import SireneProposal, sirene_proposal


@strawberry.type(
    name="SireneProposal",
    description="Ce que le répertoire SIRENE dit de l'établissement (SIRET) de l'entreprise : à reprendre ou non "
    "dans sa fiche. Null pour ce que SIRENE ne publie pas ; SIRENE ne connaît ni chiffre d'affaires ni site web.",
)
class SireneProposalType:
    proposal: strawberry.Private[SireneProposal]

    @strawberry.field
    def siret(self) -> str:
        return self.proposal.siret

    @strawberry.field(description="Activité principale de l'établissement (NAF rév. 2).")
    def naf_code(self) -> str | None:
        return self.proposal.naf_code

    @strawberry.field(description="Numéro et voie, comme SIRENE les écrit.")
    def street(self) -> str | None:
        return self.proposal.street

    @strawberry.field
    def postal_code(self) -> str | None:
        return self.proposal.postal_code

    @strawberry.field(description="Code INSEE de la commune.")
    def commune_code(self) -> str | None:
        return self.proposal.commune_code

    @strawberry.field
    def commune_name(self) -> str:
        return self.proposal.commune_name

    @strawberry.field(description="Tranche d'effectif salarié de l'établissement.")
    def headcount_band(self) -> HeadcountBandType | None:
        return self.proposal.headcount_band


@strawberry.type
class SireneProposalQuery:
    @query(
        requires=Action.EDIT_PROJECT,
        description="Ce que SIRENE propose pour la fiche d'une entreprise, d'après son SIRET, à qui peut la "
        "modifier ; null si son SIRET n'est pas dans l'annuaire de la région (ou plus actif).",
    )
    async def company_sirene_proposal(self, info: Info, company_id: strawberry.ID) -> SireneProposalType | None:
        try:
            target = decode_id(company_id, expected_type="Company")
            proposal = await sirene_proposal(
                info.context.uow, info.context.principal, region=target.tenant, company_id=target.int_key
            )
        except NotFoundError:
            return None
        return SireneProposalType(proposal=proposal) if proposal else None
