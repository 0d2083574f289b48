"""A project's access log in GraphQL: `Project.accessLog`, the partners' reads of its confidential data."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.audit.access_log import ProjectRead
from filiere.audit.reads import ReadPart
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.pagination import PageRequest
from filiere.partners.schema import OrganisationType
from filiere.programmes.loaders import ProjectReadsByProjectLoader
from filiere.programmes.views import ProjectView, Visibility

ReadPartType = strawberry.enum(ReadPart, name="ProjectReadPart", description="Partie du projet consultée.")


@strawberry.type(
    name="ProjectAccessEntry",
    description="Une consultation de données confidentielles du projet par un partenaire : qui, pour quelle "
    "organisation, quoi, quand.",
)
class ProjectAccessType:
    view: strawberry.Private[ProjectRead]

    @strawberry.field
    def read_at(self) -> datetime:
        return self.view.read_at

    @strawberry.field(description="Nom de la personne (ou de l'application) telle qu'il était lors de la lecture.")
    def reader_name(self) -> str:
        return self.view.reader_name

    @strawberry.field(description="Organisation pour laquelle elle a lu ; null si elle n'existe plus.")
    def organisation(self) -> OrganisationType | None:
        return OrganisationType(view=self.view.organisation) if self.view.organisation else None

    @strawberry.field(
        description="Ce qui a été consulté, en français : « la fiche confidentielle », « le document « … » »."
    )
    def what(self) -> str:
        return self.view.what

    @strawberry.field
    def what_kind(self) -> ReadPartType:  # type: ignore[valid-type]
        return self.view.part


@strawberry.type
class ProjectAccessLogFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Journal des accès : les consultations de ses données confidentielles par des partenaires, "
        "de la plus récente à la plus ancienne ; null pour qui n'est ni de l'équipe de sa région ni de CCI France."
    )
    async def access_log(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[ProjectAccessType] | None:
        if not self.view.shows(Visibility.ACCESS_LOG):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        card = self.view.card
        result = await info.context.loaders.get(ProjectReadsByProjectLoader, card.region).load((card.id, page))
        return connection_from_page(info, result, lambda view: ProjectAccessType(view=view))
