"""The national method in GraphQL: versions, phases and milestone templates."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.node import node_resolver
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, encode_id
from filiere.methodology import service
from filiere.methodology.loaders import MethodContentByVersionLoader
from filiere.methodology.models import EvidenceKind, MethodStatus, MilestoneOwner, MilestoneScope
from filiere.methodology.service import MethodContent, MethodVersionView, PhaseView, TemplateView
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG

MethodStatusType = strawberry.enum(MethodStatus, name="MethodStatus", description="Cycle de vie d'une version.")
MilestoneScopeType = strawberry.enum(
    MilestoneScope, name="MilestoneScope", description="COHORT : une fois par cohorte ; PROJECT : pour chaque projet."
)
MilestoneOwnerType = strawberry.enum(MilestoneOwner, name="MilestoneOwner", description="Qui porte le jalon.")
EvidenceKindType = strawberry.enum(
    EvidenceKind,
    name="EvidenceKind",
    description="Preuve qu'un jalon de projet demande : un document du projet d'une catégorie, ou la synthèse "
    "de son étude de marché (entretiens saisis).",
)


@strawberry.type(name="Phase", description="Phase de la méthode (sélection, étude de marché, R&D…).")
class PhaseType(Node):
    view: strawberry.Private[PhaseView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Phase", NATIONAL_SLUG, self.view.id))

    @strawberry.field(description="Identifiant stable d'une version à l'autre.")
    def key(self) -> str:
        return self.view.key

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field(description="Rang de la phase, à partir de 0.")
    def position(self) -> int:
        return self.view.position


@strawberry.type(name="MilestoneTemplate", description="Jalon de la méthode, planifié par rapport à J0.")
class MilestoneTemplateType(Node):
    view: strawberry.Private[TemplateView]
    phase_view: strawberry.Private[PhaseView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("MilestoneTemplate", NATIONAL_SLUG, self.view.id))

    @strawberry.field(description="Identifiant stable d'une version à l'autre.")
    def key(self) -> str:
        return self.view.key

    @strawberry.field
    def title(self) -> str:
        return self.view.title

    @strawberry.field
    def phase(self) -> PhaseType:
        return PhaseType(view=self.phase_view)

    @strawberry.field
    def scope(self) -> MilestoneScopeType:
        return self.view.scope

    @strawberry.field(description="Décalage en jours ouvrés par rapport à J0 (négatif : avant).")
    def offset_working_days(self) -> int:
        return self.view.offset_working_days

    @strawberry.field
    def owner(self) -> MilestoneOwnerType:
        return self.view.owner

    @strawberry.field
    def expected_deliverable(self) -> str:
        return self.view.expected_deliverable

    @strawberry.field(description="Preuve que le jalon demande ; null s'il n'en demande pas.")
    def required_evidence(self) -> EvidenceKindType | None:
        return self.view.required_evidence

    @strawberry.field(description="Rang du jalon dans sa phase, à partir de 0.")
    def position(self) -> int:
        return self.view.position

    @strawberry.field(description="Clés des jalons qui doivent être terminés avant celui-ci.")
    def depends_on_keys(self) -> list[str]:
        return list(self.view.depends_on_keys)


@strawberry.type(name="MethodVersion", description="Version de la méthode nationale.")
class MethodVersionType(Node):
    view: strawberry.Private[MethodVersionView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("MethodVersion", NATIONAL_SLUG, self.view.id))

    @strawberry.field
    def number(self) -> int:
        return self.view.number

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def status(self) -> MethodStatusType:
        return self.view.status

    @strawberry.field(description="Durée du programme (4 à 6 mois) : borne les décalages des jalons.")
    def duration_months(self) -> int:
        return self.view.duration_months

    @strawberry.field
    def published_at(self) -> datetime | None:
        return self.view.published_at

    @strawberry.field
    def retired_at(self) -> datetime | None:
        return self.view.retired_at

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.updated_at

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier le brouillon.")
    def version(self) -> int:
        return self.view.version

    @strawberry.field(description="Vrai si l'utilisateur connecté peut modifier la méthode (CCI France).")
    def viewer_can_edit(self, info: Info) -> bool:
        return service.may_edit_method(info.context.principal)

    @strawberry.field(description="Phases, dans l'ordre.")
    async def phases(self, info: Info) -> Connection[PhaseType]:
        content = await _content(info, self.view.id)
        return connection_of([PhaseType(view=phase) for phase in content.phases])

    @strawberry.field(description="Jalons, par phase puis par rang.")
    async def milestone_templates(self, info: Info) -> Connection[MilestoneTemplateType]:
        content = await _content(info, self.view.id)
        return connection_of(template_types(content))


def template_types(content: MethodContent) -> list[MilestoneTemplateType]:
    phases = {phase.id: phase for phase in content.phases}
    return [MilestoneTemplateType(view=t, phase_view=phases[t.phase_id]) for t in content.templates]


async def _content(info: Info, version_id: int) -> MethodContent:
    content = await info.context.loaders.get(MethodContentByVersionLoader).load(version_id)
    assert content is not None, "a version read a moment ago still exists"
    return content


def method_version_type(view: MethodVersionView) -> MethodVersionType:
    return MethodVersionType(view=view)


@node_resolver("MethodVersion", requires=Action.VIEW_METHOD)
async def _method_version_node(info: Info, global_id: GlobalId) -> MethodVersionType:
    view = await service.get_method_version(info.context.uow, info.context.principal, global_id.int_key)
    return MethodVersionType(view=view)


@strawberry.type
class MethodologyQuery:
    @query(
        requires=Action.VIEW_METHOD,
        description="Versions de la méthode nationale, de la plus récente à la plus ancienne.",
    )
    async def method_versions(
        self,
        info: Info,
        status: list[MethodStatusType] | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[MethodVersionType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_method_versions(
            info.context.uow, info.context.principal, page, frozenset(status or [])
        )
        return connection_from_page(info, result, method_version_type)
