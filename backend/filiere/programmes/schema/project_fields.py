"""What the programmes domain contributes to the `Project` hub — the record itself — and to `Region`.

Other domains add their own fields (cohort, market study, documents, supply chain…) from their own
modules; `filiere/graphql/hubs.py` assembles them. Confidential fields go through `reveals`, the one place
that answers null to a summary reader and notes a partner's read for the audit trail.
"""

from __future__ import annotations

from datetime import datetime
from typing import Self

import strawberry

from filiere.accounts.schema import UserType, user_by_id
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.programmes import service
from filiere.programmes.loaders import (
    CompanyByIdLoader,
    ProductsByProjectLoader,
    ProjectByIdLoader,
    StatusChangesByProjectLoader,
    TeamByProjectLoader,
)

# Re-exported (`as`): the other domains' project fields import it from here.
from filiere.programmes.schema.confidential import reveals as reveals  # noqa: PLC0414
from filiere.programmes.schema.types import (
    CompanyType,
    ProjectAccessType,
    ProjectContactType,
    ProjectKindType,
    ProjectNeedType,
    ProjectNextStepType,
    ProjectProductType,
    ProjectStatusChangeType,
    ProjectStatusType,
    RegionAccessType,
    SectorType,
    TeamMemberType,
)
from filiere.programmes.views import ProjectView
from filiere.programmes.workflow import REASON_REQUIRED
from filiere.tenancy.registry import Tenant


@strawberry.type
class ProjectCoreFields:
    view: strawberry.Private[ProjectView]

    @classmethod
    async def load(cls, info: Info, region: str, project_id: int) -> Self | None:
        """The project as the caller may read it (see `graphql.hub_refs.load_project`)."""
        view = await info.context.loaders.get(ProjectByIdLoader, region).load(project_id)
        return cls(view=view) if view else None

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Project", self.view.card.region, self.view.card.id))

    @strawberry.field
    def name(self) -> str:
        return self.view.card.name

    @strawberry.field(description="Objectif du projet, tel qu'il peut être partagé.")
    def summary(self) -> str:
        return self.view.card.summary

    @strawberry.field
    def kind(self) -> ProjectKindType:
        return self.view.card.kind

    @strawberry.field
    def sector(self) -> SectorType:
        return self.view.card.sector

    @strawberry.field
    def status(self) -> ProjectStatusType:
        return self.view.card.status

    @strawberry.field
    def needs(self) -> list[ProjectNeedType]:
        return list(self.view.card.needs)

    @strawberry.field(description="Ce que l'utilisateur connecté peut lire de ce projet.")
    def access(self) -> ProjectAccessType:
        return self.view.access

    @strawberry.field(description="Notes internes (confidentiel) ; null sur une fiche résumée.")
    def notes(self, info: Info) -> str | None:
        confidential = self.view.confidential
        return confidential.notes if confidential and reveals(info, self.view, "notes") else None

    @strawberry.field(
        description="Personne à contacter dans l'entreprise (confidentiel) ; null sur une fiche résumée. "
        "C'est le contact de l'entreprise (`company.contact`, qui donne aussi sa fonction)."
    )
    async def contact(self, info: Info) -> ProjectContactType | None:
        if not reveals(info, self.view, "contact"):
            return None
        card = self.view.card
        company = await info.context.loaders.get(CompanyByIdLoader, card.region).load(card.company_id)
        assert company is not None, "companies.id is a foreign key of projects"
        return ProjectContactType(name=company.contact.name, email=company.contact.email, phone=company.contact.phone)

    @strawberry.field(description="Vrai si l'utilisateur connecté peut modifier ce projet.")
    def viewer_can_edit(self, info: Info) -> bool:
        return service.may_edit_project(info.context.principal, self.view.card.region)

    @strawberry.field(description="Statuts vers lesquels l'utilisateur connecté peut faire passer le projet.")
    def next_steps(self, info: Info) -> list[ProjectNextStepType]:
        card = self.view.card
        return [
            ProjectNextStepType(status=status, reason_required=status in REASON_REQUIRED)
            for status in service.next_statuses(info.context.principal, card.region, card.status)
        ]

    @strawberry.field(description="Produits concernés, dans l'ordre donné (confidentiel) ; null sur une fiche résumée.")
    async def products(self, info: Info) -> list[ProjectProductType] | None:
        if not reveals(info, self.view, "products"):
            return None
        card = self.view.card
        found = await info.context.loaders.get(ProductsByProjectLoader, card.region).load(card.id)
        return [ProjectProductType(entry=entry) for entry in found]

    @strawberry.field(
        description="Coach puis experts du projet (confidentiel) ; null sur une fiche résumée. Le conseiller et "
        "l'équipe d'étudiants ont leurs propres champs."
    )
    async def team(self, info: Info) -> list[TeamMemberType] | None:
        if not reveals(info, self.view, "team"):
            return None
        card = self.view.card
        found = await info.context.loaders.get(TeamByProjectLoader, card.region).load(card.id)
        return [TeamMemberType(entry=entry) for entry in found]

    @strawberry.field(
        description="Parcours du projet, de la plus ancienne étape à la plus récente (confidentiel) ; "
        "null sur une fiche résumée."
    )
    async def status_history(self, info: Info) -> list[ProjectStatusChangeType] | None:
        if not reveals(info, self.view, "statusHistory"):
            return None
        card = self.view.card
        changes = await info.context.loaders.get(StatusChangesByProjectLoader, card.region).load(card.id)
        return [ProjectStatusChangeType(view=change) for change in changes]

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier le projet.")
    def version(self) -> int:
        return self.view.card.version

    @strawberry.field(description="Création du projet ; pour une candidature, sa date de dépôt.")
    def created_at(self) -> datetime:
        return self.view.card.created_at

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.card.updated_at

    @strawberry.field
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.card.region)

    @strawberry.field
    async def company(self, info: Info) -> CompanyType:
        card = self.view.card
        company = await info.context.loaders.get(CompanyByIdLoader, card.region).load(card.company_id)
        assert company is not None, "companies.id is a foreign key of projects"
        return CompanyType(card=company, project=self.view)

    @strawberry.field(description="Conseiller CCI qui suit le projet.")
    async def adviser(self, info: Info) -> UserType | None:
        if not service.may_see_adviser(info.context.principal, self.view):
            return None
        return await user_by_id(info, self.view.card.adviser_id)


@strawberry.type(name="ProjectStatusCount", description="Nombre de projets d'une région à une étape du parcours.")
class ProjectStatusCountType:
    status: ProjectStatusType  # type: ignore[valid-type]
    count: int


@strawberry.type
class RegionProjectFields:
    tenant: strawberry.Private[Tenant]

    @strawberry.field(description="Niveau d'accès de l'utilisateur connecté aux projets de la région.")
    def viewer_access(self, info: Info) -> RegionAccessType:
        return service.region_access(info.context.principal, self.tenant.slug)

    @strawberry.field(
        description="Nombre de projets de la région à chaque étape du parcours, dans l'ordre du parcours ; "
        "null pour qui ne lit pas les fiches de la région."
    )
    async def project_counts(self, info: Info) -> list[ProjectStatusCountType] | None:
        counts = await service.status_counts(info.context.uow, info.context.principal, self.tenant.slug)
        if counts is None:
            return None
        return [ProjectStatusCountType(status=status, count=count) for status, count in counts.items()]
