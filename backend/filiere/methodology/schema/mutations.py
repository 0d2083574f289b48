"""Writing the national method (CCI France): a draft saved whole, published, retired or discarded."""

from __future__ import annotations

import strawberry

from filiere.auth.policy import Action
from filiere.graphql.mutations import error_types, mutation
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.methodology import service
from filiere.methodology.errors import MethodErrorCode
from filiere.methodology.loaders import MethodContentByVersionLoader
from filiere.methodology.schema.types import (
    EvidenceKindType,
    MethodVersionType,
    MilestoneOwnerType,
    MilestoneScopeType,
)
from filiere.methodology.service import DraftInput, PhaseInput, TemplateInput

METHOD_ERRORS = error_types("Method", MethodErrorCode)


@strawberry.type
class MethodVersionSuccess:
    method_version: MethodVersionType


MethodVersionPayload = METHOD_ERRORS.payload("MethodVersionPayload", MethodVersionSuccess)


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
    scope: MilestoneScopeType
    offset_working_days: int
    owner: MilestoneOwnerType
    expected_deliverable: str = ""
    depends_on_keys: list[str] = strawberry.field(default_factory=list)
    required_evidence: EvidenceKindType | None = strawberry.field(
        default=None, description="Preuve demandée (jalon de projet seulement) ; vide : aucune."
    )
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


@strawberry.type
class MethodologyMutation:
    @mutation(requires=Action.EDIT_METHOD, description="Crée le brouillon de la prochaine version (un seul à la fois).")
    async def create_method_draft(self, info: Info, input: CreateMethodDraftInput) -> MethodVersionPayload:  # noqa: A002
        based_on = _version_id(input.based_on_version_id) if input.based_on_version_id else None
        view = await service.create_draft(
            info.context.uow, info.context.principal, based_on_id=based_on, request_id=info.context.request_id
        )
        return MethodVersionSuccess(method_version=MethodVersionType(view=view))

    @mutation(
        requires=Action.EDIT_METHOD,
        description="Enregistre tout le brouillon ; refusé en entier s'il enfreint une règle.",
    )
    async def save_method_draft(self, info: Info, input: SaveMethodDraftInput) -> MethodVersionPayload:  # noqa: A002
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
                    required_evidence=t.required_evidence,
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
        info.context.loaders.get(MethodContentByVersionLoader).prime(content.version.id, content, force=True)
        return MethodVersionSuccess(method_version=MethodVersionType(view=content.version))

    @mutation(
        requires=Action.EDIT_METHOD,
        description="Publie le brouillon : il devient immuable et utilisable par les éditions.",
    )
    async def publish_method_version(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # noqa: A002
        view = await service.publish(
            info.context.uow,
            info.context.principal,
            version_id=_version_id(input.version_id),
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return MethodVersionSuccess(method_version=MethodVersionType(view=view))

    @mutation(
        requires=Action.EDIT_METHOD,
        description="Retire une version publiée : les nouvelles éditions ne peuvent plus la choisir.",
    )
    async def retire_method_version(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # noqa: A002
        view = await service.retire(
            info.context.uow,
            info.context.principal,
            version_id=_version_id(input.version_id),
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return MethodVersionSuccess(method_version=MethodVersionType(view=view))

    @mutation(requires=Action.EDIT_METHOD, description="Abandonne le brouillon.")
    async def discard_method_draft(self, info: Info, input: MethodVersionInput) -> MethodVersionPayload:  # noqa: A002
        view = await service.discard_draft(
            info.context.uow,
            info.context.principal,
            version_id=_version_id(input.version_id),
            expected_version=input.expected_version,
            request_id=info.context.request_id,
        )
        return MethodVersionSuccess(method_version=MethodVersionType(view=view))
