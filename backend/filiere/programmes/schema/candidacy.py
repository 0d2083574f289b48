"""The public candidacy form: no account, the region chosen by the company's commune."""

from __future__ import annotations

import strawberry

from filiere.graphql.mutations import mutation
from filiere.graphql.permissions import PUBLIC
from filiere.graphql.types import Info
from filiere.programmes import candidacy
from filiere.programmes.candidacy import CandidacyForm
from filiere.programmes.schema.errors import PROJECT_ERRORS
from filiere.programmes.schema.types import ProjectKindType, ProjectNeedType, SectorType


@strawberry.input(description="Candidature d'une entreprise à l'accélérateur de sa région (formulaire public).")
class SubmitCandidacyInput:
    company_name: str
    siren: str = strawberry.field(description="9 chiffres.")
    siret: str | None = strawberry.field(default=None, description="14 chiffres : l'établissement qui porte le projet.")
    naf_code: str | None = strawberry.field(default=None, description="Code NAF rév. 2, par exemple 13.10Z.")
    commune_code: str = strawberry.field(description="Code INSEE de la commune (pas le code postal).")
    project_name: str
    summary: str = strawberry.field(description="Le projet en quelques lignes : produit, marché, besoin.")
    kind: ProjectKindType
    sector: SectorType
    needs: list[ProjectNeedType]
    contact_name: str
    contact_email: str
    contact_phone: str | None = None
    consent: bool = strawberry.field(description="Accord pour le traitement des données de la candidature.")
    website: str | None = strawberry.field(default=None, description="Laisser vide.")


@strawberry.type
class SubmitCandidacySuccess:
    region_name: str = strawberry.field(description="La région dont l'accélérateur étudiera la candidature.")
    reference: str = strawberry.field(description="Référence à rappeler à la CCI.")
    acknowledgement_sent: bool = strawberry.field(description="Vrai si l'accusé de réception est parti par e-mail.")


SubmitCandidacyPayload = PROJECT_ERRORS.payload("SubmitCandidacyPayload", SubmitCandidacySuccess)


@strawberry.type
class CandidacyMutation:
    @mutation(
        requires=PUBLIC,
        description="Dépose la candidature d'une entreprise (sans compte) auprès de l'accélérateur de la région "
        "de sa commune ; un accusé de réception part par e-mail.",
    )
    async def submit_candidacy(self, info: Info, input: SubmitCandidacyInput) -> SubmitCandidacyPayload:  # noqa: A002
        form = CandidacyForm(
            company_name=input.company_name,
            siren=input.siren,
            siret=input.siret,
            naf_code=input.naf_code,
            commune_code=input.commune_code,
            project_name=input.project_name,
            summary=input.summary,
            kind=input.kind,
            sector=input.sector,
            needs=tuple(input.needs),
            contact_name=input.contact_name,
            contact_email=input.contact_email,
            contact_phone=input.contact_phone,
            consent=input.consent,
            website=input.website,
        )
        uow = info.context.uow
        receipt = await candidacy.submit_candidacy(
            uow, form, client_address=info.context.client_address, request_id=info.context.request_id
        )
        # A robot's candidacy was not stored: it is told, like a person, that the e-mail left.
        success = SubmitCandidacySuccess(
            region_name=receipt.region_label, reference=receipt.reference, acknowledgement_sent=True
        )
        if receipt.stored:

            async def acknowledge() -> None:
                # Once the candidacy is stored: the e-mail says it was received.
                success.acknowledgement_sent = await candidacy.send_acknowledgement(
                    form, receipt, info.context.settings
                )

            uow.after_commit(acknowledge)
        return success
