from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page, connection_of
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.methodology import service
from filiere.methodology.errors import MethodErrorCode
from filiere.methodology.models import MethodStatus, MilestoneOwner, MilestoneScope
from filiere.methodology.service import (
    DraftInput,
    MethodContent,
    MethodVersionView,
    PhaseInput,
    PhaseView,
    TemplateInput,
    TemplateView,
)
from filiere.pagination import PageRequest
from filiere.settings import NATIONAL_SLUG

MethodStatusType = strawberry.enum(MethodStatus, name="MethodStatus", description="Cycle de vie d'une version.")
MilestoneScopeType = strawberry.enum(
    MilestoneScope, name="MilestoneScope", description="COHORT : une fois par cohorte ; PROJECT : pour chaque projet."
)
MilestoneOwnerType = strawberry.enum(MilestoneOwner, name="MilestoneOwner", description="Qui porte le jalon.")


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
    def scope(self) -> MilestoneScopeType:  # type: ignore[valid-type]
        return self.view.scope

    @strawberry.field(description="Décalage en jours ouvrés par rapport à J0 (négatif : avant).")
    def offset_working_days(self) -> int:
        return self.view.offset_working_days

    @strawberry.field
    def owner(self) -> MilestoneOwnerType:  # type: ignore[valid-type]
        return self.view.owner

    @strawberry.field
    def expected_deliverable(self) -> str:
        return self.view.expected_deliverable

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
    def status(self) -> MethodStatusType:  # type: ignore[valid-type]
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
    content = await info.context.loaders.method_content_by_version.load(version_id)
    assert content is not None, "a version read a moment ago still exists"
    return content


def method_version_type(view: MethodVersionView) -> MethodVersionType:
    return MethodVersionType(view=view)


@node_resolver("MethodVersion")
async def _method_version_node(info: Info, global_id: GlobalId) -> MethodVersionType:
    view = await service.get_method_version(info.context.uow, info.context.principal, global_id.int_key)
    return MethodVersionType(view=view)


@strawberry.type
class MethodologyQuery:
    @strawberry.field(description="Versions de la méthode nationale, de la plus récente à la plus ancienne.")
    async def method_versions(
        self,
        info: Info,
        status: list[MethodStatusType] | None = None,  # type: ignore[valid-type]
        first: int = 20,
        after: str | None = None,
    ) -> Connection[MethodVersionType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_method_versions(
            info.context.uow, info.context.principal, page, frozenset(status or [])
        )
        return connection_from_page(info, result, method_version_type)


# --- mutations -----------------------------------------------------------------------------------

METHOD_ERRORS = error_types("Method", MethodErrorCode)
MethodInvalid = METHOD_ERRORS.invalid
MethodConflict = METHOD_ERRORS.conflict
MethodNotAllowed = METHOD_ERRORS.not_allowed


@strawberry.type
class MethodVersionSuccess:
    method_version: MethodVersionType


MethodVersionPayload = Annotated[
    MethodVersionSuccess | MethodInvalid | MethodConflict | MethodNotAllowed,  # type: ignore[valid-type]
    strawberry.union("MethodVersionPayload"),
]


@strawberry.input
class CreateMethodDraftInput:
    based_on_version_id: strawberry.ID | None = strawberry.field(
        default=None, description="Version publiée à copier ; vide : brouillon vide."
    )


@strawberry.input(description="Une phase ; `key` vide ou temporaire pour une nouvelle phase.")
class PhaseInputType:
    name: str
    key: str | None = None


@strawberry.input(description="Un jalon ; `key` vide ou temporaire pour un nouveau jalon.")
class MilestoneTemplateInput:
    phase_key: str
    title: str
    scope: MilestoneScopeType  # type: ignore[valid-type]
    offset_working_days: int
    owner: MilestoneOwnerType  # type: ignore[valid-type]
    expected_deliverable: str = ""
    depends_on_keys: list[str] = strawberry.field(default_factory=list)
    key: str | None = None


@strawberry.input(description="Le contenu complet du brouillon, dans l'ordre voulu : il remplace l'ancien.")
class SaveMethodDraftInput:
    version_id: strawberry.ID
    expected_version: int
    name: str
    duration_months: int
    phases: list[PhaseInputType]
    milestone_templates: list[MilestoneTemplateInput]


@strawberry.input
class MethodVersionInput:
    version_id: strawberry.ID
    expected_version: int


def _version_id(value: strawberry.ID) -> int:
    return decode_id(value, expected_type="MethodVersion").int_key


def _success(view: MethodVersionView) -> MethodVersionSuccess:
    return MethodVersionSuccess(method_version=MethodVersionType(view=view))


@strawberry.type
class MethodologyMutation:
    @strawberry.mutation(description="Crée le brouillon de la prochaine version (un seul à la fois).")
    async def create_method_draft(self, info: Info, input: CreateMethodDraftInput) -> MethodVersionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MethodVersionView:
            based_on = _version_id(input.based_on_version_id) if input.based_on_version_id else None
            return await service.create_draft(
                info.context.uow, info.context.principal, based_on_id=based_on, request_id=info.context.request_id
            )

        return await run_mutation(info, work, _success, METHOD_ERRORS)

    @strawberry.mutation(description="Enregistre tout le brouillon ; refusé en entier s'il enfreint une règle.")
    async def save_method_draft(self, info: Info, input: SaveMethodDraftInput) -> MethodVersionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MethodVersionView:
            draft = DraftInput(
                name=input.name,
                duration_months=input.duration_months,
                phases=[PhaseInput(name=p.name, key=p.key) for p in input.phases],
                templates=[
                    TemplateInput(
                        key=t.key,
                        phase_key=t.phase_key,
                        title=t.title,
                        scope=t.scope,
                        offset_working_days=t.offset_working_days,
                        owner=t.owner,
                        expected_deliverable=t.expected_deliverable,
                        depends_on=tuple(t.depends_on_keys),
                    )
                    for t in input.milestone_templates
                ],
            )
            content = await service.save_draft(
                info.context.uow,
                info.context.principal,
                version_id=_version_id(input.version_id),
                expected_version=input.expected_version,
                draft=draft,
                request_id=info.context.request_id,
            )
            # The payload's phases and templates are the saved ones, even if read earlier in the request.
            info.context.loaders.method_content_by_version.prime(content.version.id, content, force=True)
            return content.version

        return await run_mutation(info, work, _success, METHOD_ERRORS)

    @strawberry.mutation(description="Publie le brouillon : il devient immuable et utilisable par les éditions.")
    async def publish_method_version(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MethodVersionView:
            return await service.publish(
                info.context.uow,
                info.context.principal,
                version_id=_version_id(input.version_id),
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _success, METHOD_ERRORS)

    @strawberry.mutation(description="Retire une version publiée : les nouvelles éditions ne peuvent plus la choisir.")
    async def retire_method_version(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MethodVersionView:
            return await service.retire(
                info.context.uow,
                info.context.principal,
                version_id=_version_id(input.version_id),
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _success, METHOD_ERRORS)

    @strawberry.mutation(description="Abandonne le brouillon.")
    async def discard_method_draft(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> MethodVersionView:
            return await service.discard_draft(
                info.context.uow,
                info.context.principal,
                version_id=_version_id(input.version_id),
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(info, work, _success, METHOD_ERRORS)
