"""Cross-region sourcing requests in GraphQL: the requests, their answers, and the lists of them."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.auth.policy import Action
from filiere.errors import NotFoundError
from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.permissions import query
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info
from filiere.ids import decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.referentials.naf import naf_activity
from filiere.sourcing import requests
from filiere.sourcing.requests import AnswerView, ProposedSupplier, RequestView


@strawberry.type(name="ProposedSupplier", description="Établissement proposé dans une réponse.")
class ProposedSupplierType:
    region: strawberry.Private[str]
    view: strawberry.Private[ProposedSupplier]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ProposedSupplier", self.region, self.view.id))

    @strawberry.field
    def siret(self) -> str:
        return self.view.siret

    @strawberry.field
    def name(self) -> str:
        return self.view.name

    @strawberry.field
    def commune_name(self) -> str:
        return self.view.commune_name

    @strawberry.field
    def naf_code(self) -> str | None:
        return self.view.naf_code

    @strawberry.field
    def naf_label(self) -> str | None:
        activity = naf_activity(self.view.naf_code) if self.view.naf_code else None
        return activity.label if activity else None

    @strawberry.field(description="Vrai une fois ajouté à la chaîne du projet.")
    def accepted(self) -> bool:
        return self.view.candidate_id is not None


@strawberry.type(name="SourcingAnswer", description="Réponse d'une autre région à une demande de sourcing.")
class SourcingAnswerType:
    view: strawberry.Private[AnswerView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SourcingAnswer", self.view.region, self.view.id))

    @strawberry.field
    def answerer_name(self) -> str:
        return self.view.answerer_name

    @strawberry.field
    def answerer_region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.answerer_region)

    @strawberry.field
    def note(self) -> str:
        return self.view.note

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field
    def suppliers(self) -> list[ProposedSupplierType]:
        return [ProposedSupplierType(region=self.view.region, view=proposed) for proposed in self.view.suppliers]


@strawberry.type(
    name="SourcingRequest",
    description="Demande de fournisseurs adressée aux autres régions ; elle ne porte aucune donnée confidentielle.",
)
class SourcingRequestType:
    view: strawberry.Private[RequestView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SourcingRequest", self.view.region, self.view.id))

    @strawberry.field(description="Région qui demande.")
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.view.region)

    @strawberry.field
    def project_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Project", self.view.region, self.view.project_id))

    @strawberry.field
    def project_name(self) -> str:
        return self.view.project_name

    @strawberry.field
    def stage_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SupplyChainStage", self.view.region, self.view.stage_id))

    @strawberry.field
    def stage_name(self) -> str:
        return self.view.stage_name

    @strawberry.field
    def need(self) -> str:
        return self.view.need

    @strawberry.field(description="Codes NAF ou sections suggérés.")
    def naf_hints(self) -> list[str]:
        return list(self.view.naf_hints)

    @strawberry.field(description="Dernier jour pour répondre.")
    def deadline(self) -> date:
        return self.view.deadline

    @strawberry.field(description="Vrai après la date limite : la demande ne prend plus de réponse.")
    def is_expired(self, info: Info) -> bool:
        return not self.view.is_open(info.context.today)

    @strawberry.field(description="Régions sollicitées ; toutes les autres quand la liste est vide.")
    def target_regions(self, info: Info) -> list[RegionRef]:
        return [region_node(info, slug) for slug in self.view.target_regions]

    @strawberry.field
    def requester_name(self) -> str:
        return self.view.requester_name

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field(description="Nombre de réponses, toutes régions confondues.")
    def answer_count(self) -> int:
        return self.view.answer_count

    @strawberry.field(description="Vrai si vous pouvez y répondre : votre région est sollicitée et la demande ouverte.")
    def viewer_can_answer(self, info: Info) -> bool:
        return requests.may_answer(info.context.principal, self.view, info.context.today)

    @strawberry.field(
        description="Réponses, des plus anciennes aux plus récentes : toutes pour la région qui demande, "
        "celles de votre région sinon."
    )
    async def answers(self, info: Info, first: int = 20, after: str | None = None) -> Connection[SourcingAnswerType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await requests.answers_of(info.context.uow, info.context.principal, self.view, page)
        return connection_from_page(info, result, lambda view: SourcingAnswerType(view=view))


@strawberry.type
class SourcingRequestsQuery:
    @query(
        requires=Action.VIEW_SOURCING_REQUEST,
        description="Demandes de sourcing, des plus récentes aux plus anciennes : adressées à votre région "
        "(addressedToMe) ou postées par elle ; CCI France les voit toutes. awaitingMyAnswer : seulement les "
        "demandes ouvertes auxquelles votre région n'a pas encore répondu (pour CCI France, sans aucune réponse).",
    )
    async def sourcing_requests(
        self,
        info: Info,
        *,
        addressed_to_me: bool = True,
        include_expired: bool = False,
        first: int = 20,
        after: str | None = None,
        awaiting_my_answer: bool = False,
    ) -> Connection[SourcingRequestType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await requests.list_requests(
            info.context.uow,
            info.context.principal,
            addressed_to_me=addressed_to_me,
            include_expired=include_expired,
            page=page,
            today=info.context.today,
            awaiting_my_answer=awaiting_my_answer,
        )
        return connection_from_page(info, result, lambda view: SourcingRequestType(view=view))

    @query(
        requires=Action.VIEW_SOURCING_REQUEST,
        description="Une demande de sourcing ; null si elle est introuvable ou inaccessible.",
    )
    async def sourcing_request(self, info: Info, id: strawberry.ID) -> SourcingRequestType | None:  # noqa: A002
        target = decode_id(id, expected_type="SourcingRequest")
        try:
            view = await requests.get_request(info.context.uow, info.context.principal, target.tenant, target.int_key)
        except NotFoundError:
            return None
        return SourcingRequestType(view=view)
