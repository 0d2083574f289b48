from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from filiere.accounts.schema import UserType
from filiere.auth.policy import Action, is_allowed
from filiere.errors import InvalidInputError, NotFoundError
from filiere.graphql.mutations import error_types, run_mutation
from filiere.graphql.node import node_resolver
from filiere.graphql.relay import Connection, connection_from_page
from filiere.graphql.types import Info, Node
from filiere.ids import GlobalId, decode_id, encode_id
from filiere.pagination import PageRequest
from filiere.programmes import candidacy, comments, selection, service
from filiere.programmes.candidacy import CandidacyForm, CandidacyReceipt
from filiere.programmes.comments import CommentView
from filiere.programmes.company import CompanyChanges, update_company
from filiere.programmes.composition import ProductEntry, TeamMemberEntry, set_products, set_team
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import ProjectKind, ProjectNeed, ProjectStatus, Sector, TeamRole
from filiere.programmes.selection import ScoreView
from filiere.programmes.service import ProjectChanges, ProjectFilters
from filiere.programmes.views import AccessLevel, CompanyCard, ProjectView, StatusChangeView
from filiere.programmes.workflow import REASON_REQUIRED
from filiere.referentials.naf import naf_activity
from filiere.tenancy.schema import RegionType, region_type

if TYPE_CHECKING:
    from filiere.documents.schema import DocumentType
    from filiere.programmes.planning_schema import CohortType
    from filiere.sourcing.schema import SupplyChainType
    from filiere.studies.schema import MarketStudyType

ProjectKindType = strawberry.enum(ProjectKind, name="ProjectKind", description="Nature du projet.")
ProjectStatusType = strawberry.enum(ProjectStatus, name="ProjectStatus", description="Étape du parcours.")
ProjectNeedType = strawberry.enum(ProjectNeed, name="ProjectNeed", description="Besoin d'accompagnement.")
SectorType = strawberry.enum(Sector, name="Sector", description="Filière industrielle.")
ProjectAccessType = strawberry.enum(
    AccessLevel, name="ProjectAccess", description="FULL : fiche complète ; SUMMARY : fiche résumée."
)


@strawberry.type(name="Company", description="Entreprise porteuse d'un projet.")
class CompanyType(Node):
    card: strawberry.Private[CompanyCard]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Company", self.card.region, self.card.id))

    @strawberry.field
    def name(self) -> str:
        return self.card.name

    @strawberry.field(description="Numéro SIREN (9 chiffres).")
    def siren(self) -> str:
        return self.card.siren

    @strawberry.field(description="Vrai si le SIREN a été généré pour la démonstration.")
    def siren_is_demo(self) -> bool:
        return self.card.siren_is_demo

    @strawberry.field(description="SIRET de l'établissement qui porte le projet, s'il est connu.")
    def siret(self) -> str | None:
        return self.card.siret

    @strawberry.field(description="Code NAF rév. 2, s'il est connu.")
    def naf_code(self) -> str | None:
        return self.card.naf_code

    @strawberry.field(description="Libellé de l'activité dans la nomenclature NAF rév. 2.")
    def naf_label(self) -> str | None:
        activity = naf_activity(self.card.naf_code) if self.card.naf_code else None
        return activity.label if activity else None

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier la fiche.")
    def version(self) -> int:
        return self.card.version

    @strawberry.field(description="Vrai si l'utilisateur connecté peut modifier la fiche de l'entreprise.")
    def viewer_can_edit(self, info: Info) -> bool:
        return service.may_edit_project(info.context.principal, self.card.region)

    @strawberry.field(description="Code INSEE de la commune.")
    def commune_code(self) -> str:
        return self.card.commune_code

    @strawberry.field
    def commune_name(self) -> str:
        return self.card.commune_name

    @strawberry.field(description="Code INSEE du département.")
    def departement(self) -> str:
        return self.card.departement

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.card.region)


@strawberry.type(name="ProjectStatusChange", description="Étape du parcours d'un projet : qui, quand, pourquoi.")
class ProjectStatusChangeType:
    view: strawberry.Private[StatusChangeView]

    @strawberry.field(name="from")
    def from_status(self) -> ProjectStatusType:  # type: ignore[valid-type]
        return self.view.from_status

    @strawberry.field(name="to")
    def to_status(self) -> ProjectStatusType:  # type: ignore[valid-type]
        return self.view.to_status

    @strawberry.field(description="Motif (obligatoire pour un projet non retenu ou abandonné).")
    def reason(self) -> str:
        return self.view.reason

    @strawberry.field
    def changed_at(self) -> datetime:
        return self.view.changed_at

    @strawberry.field(description="Nom de la personne qui a changé le statut.")
    def changed_by(self) -> str:
        return self.view.actor_name


TeamRoleType = strawberry.enum(TeamRole, name="TeamRole", description="Rôle dans l'équipe d'un projet.")


@strawberry.type(name="ProjectProduct", description="Produit que le projet fabrique (de nouveau) en France.")
class ProjectProductType:
    entry: strawberry.Private[ProductEntry]

    @strawberry.field
    def name(self) -> str:
        return self.entry.name

    @strawberry.field(description="Code de la nomenclature douanière (SH ou nomenclature combinée), chiffres seuls.")
    def customs_code(self) -> str | None:
        return self.entry.customs_code

    @strawberry.field(description="Valeur annuelle des importations remplacées, en euros.")
    def annual_import_value_eur(self) -> float | None:
        # Float: GraphQL's Int stops at 2^31, below the largest import values.
        value = self.entry.annual_import_value_eur
        return None if value is None else float(value)


@strawberry.type(name="TeamMember", description="Coach ou expert qui accompagne le projet.")
class TeamMemberType:
    entry: strawberry.Private[TeamMemberEntry]

    @strawberry.field
    def role(self) -> TeamRoleType:  # type: ignore[valid-type]
        return self.entry.role

    @strawberry.field
    def name(self) -> str:
        return self.entry.name

    @strawberry.field(description="Cabinet, entreprise ou institution.")
    def organisation(self) -> str:
        return self.entry.organisation

    @strawberry.field
    def email(self) -> str:
        return self.entry.email

    @strawberry.field(description="Domaine d'expertise (R&D, financement, industrialisation…).")
    def expertise(self) -> str:
        return self.entry.expertise


@strawberry.type(name="ProjectNextStep", description="Statut vers lequel l'utilisateur peut faire passer le projet.")
class ProjectNextStepType:
    status: ProjectStatusType  # type: ignore[valid-type]
    reason_required: bool = strawberry.field(description="Vrai si un motif doit accompagner ce changement.")


@strawberry.type(name="ProjectContact", description="Personne à contacter dans l'entreprise pour le programme.")
class ProjectContactType:
    name: str
    email: str
    phone: str


@strawberry.type(name="SelectionCriterion", description="Critère de la grille de sélection des candidatures.")
class SelectionCriterionType:
    key: str
    label: str
    max_points: int


@strawberry.type(description="Note d'un critère.")
class CriterionScore:
    criterion: str
    points: int


@strawberry.type(name="SelectionScore", description="Note d'une candidature sur la grille de sélection.")
class SelectionScoreType:
    view: strawberry.Private[ScoreView]

    @strawberry.field
    def scores(self) -> list[CriterionScore]:
        return [CriterionScore(criterion=key, points=self.view.scores[key]) for key in selection.CRITERIA]

    @strawberry.field(description="Total sur 20.")
    def total(self) -> int:
        return self.view.total

    @strawberry.field
    def comment(self) -> str:
        return self.view.comment

    @strawberry.field
    def scored_at(self) -> datetime:
        return self.view.scored_at

    @strawberry.field
    def scored_by(self) -> str:
        return self.view.scored_by


@strawberry.type(name="ProjectComment", description="Commentaire du fil d'un projet (confidentiel).")
class ProjectCommentType:
    view: strawberry.Private[CommentView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("ProjectComment", self.view.region, self.view.id))

    @strawberry.field
    def body(self) -> str:
        return self.view.body

    @strawberry.field
    def created_at(self) -> datetime:
        return self.view.created_at

    @strawberry.field
    def author_name(self) -> str:
        return self.view.author_name

    @strawberry.field(description="Personnes mentionnées (@), de toutes les régions.")
    async def mentions(self, info: Info) -> list[UserType]:
        users = await info.context.loaders.user_by_id.load_many(list(self.view.mentioned_user_ids))
        return [UserType(view=user) for user in users if user is not None]


@strawberry.type(name="Project", description="Projet accompagné par l'accélérateur.")
class ProjectType(Node):
    view: strawberry.Private[ProjectView]

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
    def kind(self) -> ProjectKindType:  # type: ignore[valid-type]
        return self.view.card.kind

    @strawberry.field
    def sector(self) -> SectorType:  # type: ignore[valid-type]
        return self.view.card.sector

    @strawberry.field
    def status(self) -> ProjectStatusType:  # type: ignore[valid-type]
        return self.view.card.status

    @strawberry.field
    def needs(self) -> list[ProjectNeedType]:  # type: ignore[valid-type]
        return list(self.view.card.needs)

    @strawberry.field(description="Ce que l'utilisateur connecté peut lire de ce projet.")
    def access(self) -> ProjectAccessType:  # type: ignore[valid-type]
        return self.view.access

    def _reveals(self, info: Info, field_name: str) -> bool:
        """True when the reader may see this confidential field (`PROJECT_FIELDS`); a partner's read of it
        is noted for the audit trail."""
        if self.view.confidential is None:
            return False
        info.context.confidential_reads.note(self.view.card.region, self.view.card.id, field_name)
        return True

    @strawberry.field(description="Notes internes (confidentiel) ; null sur une fiche résumée.")
    def notes(self, info: Info) -> str | None:
        return self.view.confidential.notes if self.view.confidential and self._reveals(info, "notes") else None

    @strawberry.field(description="Personne à contacter dans l'entreprise (confidentiel) ; null sur une fiche résumée.")
    def contact(self, info: Info) -> ProjectContactType | None:
        confidential = self.view.confidential
        if confidential is None or not self._reveals(info, "contact"):
            return None
        return ProjectContactType(
            name=confidential.contact_name, email=confidential.contact_email, phone=confidential.contact_phone
        )

    @strawberry.field(description="Vrai si l'utilisateur connecté peut modifier ce projet.")
    def viewer_can_edit(self, info: Info) -> bool:
        return service.may_edit_project(info.context.principal, self.view.card.region)

    @strawberry.field(description="Statuts vers lesquels l'utilisateur connecté peut faire passer le projet.")
    def next_steps(self, info: Info) -> list[ProjectNextStepType]:
        return [
            ProjectNextStepType(status=status, reason_required=status in REASON_REQUIRED)
            for status in service.next_statuses(info.context.principal, self.view.card.region, self.view.card.status)
        ]

    @strawberry.field(description="Produits concernés, dans l'ordre donné (confidentiel) ; null sur une fiche résumée.")
    async def products(self, info: Info) -> list[ProjectProductType] | None:
        if not self._reveals(info, "products"):
            return None
        found = await info.context.loaders.products_by_project(self.view.card.region).load(self.view.card.id)
        return [ProjectProductType(entry=entry) for entry in found]

    @strawberry.field(
        description="Coach puis experts du projet (confidentiel) ; null sur une fiche résumée. Le conseiller et "
        "l'équipe d'étudiants ont leurs propres champs."
    )
    async def team(self, info: Info) -> list[TeamMemberType] | None:
        if not self._reveals(info, "team"):
            return None
        found = await info.context.loaders.team_by_project(self.view.card.region).load(self.view.card.id)
        return [TeamMemberType(entry=entry) for entry in found]

    @strawberry.field(
        description="Parcours du projet, de la plus ancienne étape à la plus récente (confidentiel) ; "
        "null sur une fiche résumée."
    )
    async def status_history(self, info: Info) -> list[ProjectStatusChangeType] | None:
        if not self._reveals(info, "statusHistory"):
            return None
        loader = info.context.loaders.status_changes_by_project(self.view.card.region)
        return [ProjectStatusChangeType(view=change) for change in await loader.load(self.view.card.id)]

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier le projet.")
    def version(self) -> int:
        return self.view.card.version

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.view.card.updated_at

    @strawberry.field
    def region(self, info: Info) -> RegionType:
        return region_type(info, self.view.card.region)

    @strawberry.field
    async def company(self, info: Info) -> CompanyType:
        card = await info.context.loaders.company_by_id(self.view.card.region).load(self.view.card.company_id)
        assert card is not None, "companies.id is a foreign key of projects"
        return CompanyType(card=card)

    @strawberry.field(description="La cohorte que suit le projet ; null s'il n'en suit pas ou si elle est invisible.")
    async def cohort(
        self, info: Info
    ) -> Annotated[CohortType, strawberry.lazy("filiere.programmes.planning_schema")] | None:
        from filiere.programmes.planning_schema import CohortType as Cohort  # noqa: PLC0415 - lazy: circular types

        cohort_id, region = self.view.card.cohort_id, self.view.card.region
        if cohort_id is None or not is_allowed(info.context.principal, Action.VIEW_COHORT, region=region):
            return None
        view = await info.context.loaders.cohort_by_id(region).load(cohort_id)
        return Cohort(view=view) if view else None

    @strawberry.field(
        description="Documents du projet, du plus récent au plus ancien ; null pour qui ne peut pas les voir "
        "(autre région, partenaire sans partage des documents)."
    )
    async def documents(
        self, info: Info
    ) -> list[Annotated[DocumentType, strawberry.lazy("filiere.documents.schema")]] | None:
        from filiere.documents.schema import DocumentType as Document  # noqa: PLC0415 - lazy: documents build on projects
        from filiere.documents.service import may_read_documents  # noqa: PLC0415

        if not may_read_documents(info.context.principal, self.view):
            return None
        info.context.confidential_reads.note(self.view.card.region, self.view.card.id, "documents")
        found = await info.context.loaders.documents_by_project(self.view.card.region).load(self.view.card.id)
        return [Document(view=view) for view in found]

    @strawberry.field(description="Fil de commentaires, du plus ancien au plus récent ; null sur une fiche résumée.")
    async def comments(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> Connection[ProjectCommentType] | None:
        if not self._reveals(info, "comments"):
            return None
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await comments.list_comments(info.context.uow, self.view.card.region, self.view.card.id, page)
        return connection_from_page(info, result, lambda view: ProjectCommentType(view=view))

    @strawberry.field(
        description="Note sur la grille de sélection (confidentiel) ; null si pas notée ou fiche résumée."
    )
    async def selection_score(self, info: Info) -> SelectionScoreType | None:
        if not self._reveals(info, "selectionScore"):
            return None
        score = await info.context.loaders.score_by_project(self.view.card.region).load(self.view.card.id)
        return SelectionScoreType(view=score) if score else None

    @strawberry.field(
        description="Étude de marché : équipe, entretiens, synthèse (confidentiel) ; null sur une fiche résumée."
    )
    async def market_study(
        self, info: Info
    ) -> Annotated[MarketStudyType, strawberry.lazy("filiere.studies.schema")] | None:
        from filiere.studies.schema import market_study_of  # noqa: PLC0415 - lazy: studies build on projects

        if not self._reveals(info, "marketStudy"):
            return None
        return await market_study_of(info, self.view.card.region, self.view.card.id)

    @strawberry.field(
        description="Chaîne d'approvisionnement : étapes, fournisseurs envisagés, avancement (confidentiel) ; null "
        "sur une fiche résumée."
    )
    async def supply_chain(
        self, info: Info
    ) -> Annotated[SupplyChainType, strawberry.lazy("filiere.sourcing.schema")] | None:
        from filiere.sourcing.schema import supply_chain_of  # noqa: PLC0415 - lazy: sourcing builds on projects

        if not self._reveals(info, "supplyChain"):
            return None
        return await supply_chain_of(info, self.view)

    @strawberry.field(description="Conseiller CCI qui suit le projet.")
    async def adviser(self, info: Info) -> UserType | None:
        if self.view.card.adviser_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.view.card.adviser_id)
        return UserType(view=user) if user else None


@strawberry.input(description="Filtres de la liste des projets ; une liste vide ne filtre pas.")
class ProjectFilter:
    status: list[ProjectStatusType] | None = None  # type: ignore[valid-type]
    sector: list[SectorType] | None = None  # type: ignore[valid-type]
    need: list[ProjectNeedType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Projets ayant au moins un de ces besoins."
    )
    adviser: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Identifiants des conseillers qui suivent les projets."
    )
    departement: list[str] | None = strawberry.field(
        default=None, description="Codes INSEE des départements des entreprises."
    )
    text: str | None = strawberry.field(
        default=None, description="Recherche sans accents ni casse dans le nom, l'entreprise et l'objectif."
    )
    in_cohort: bool | None = strawberry.field(
        default=None, description="Vrai : les projets qui suivent une cohorte ; faux : ceux qui n'en suivent aucune."
    )

    def to_filters(self) -> ProjectFilters:
        return ProjectFilters(
            statuses=frozenset(self.status or []),
            sectors=frozenset(self.sector or []),
            needs=frozenset(self.need or []),
            adviser_ids=frozenset(_user_keys(self.adviser or [])),
            departements=frozenset(code.strip().upper() for code in self.departement or [] if code.strip()),
            text=(self.text or "").strip()[:200] or None,
            in_cohort=self.in_cohort,
        )


def _user_keys(ids: list[strawberry.ID]) -> list[int]:
    """Users named by their global IDs; one that names no user filters to nothing (key 0 is never used)."""
    keys = []
    for user in ids:
        try:
            keys.append(decode_id(user, expected_type="User").int_key)
        except NotFoundError:
            keys.append(0)
    return keys


@node_resolver("Project")
async def _project_node(info: Info, global_id: GlobalId) -> ProjectType:
    view = await service.get_project(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return ProjectType(view=view)


@node_resolver("Company")
async def _company_node(info: Info, global_id: GlobalId) -> CompanyType:
    card = await service.get_company(info.context.uow, info.context.principal, global_id.tenant, global_id.int_key)
    return CompanyType(card=card)


@strawberry.type
class ProgrammesQuery:
    @strawberry.field(
        description="Projets d'une région (slug), ou de toutes les régions lisibles si region est omis, "
        "par ordre alphabétique."
    )
    async def projects(
        self,
        info: Info,
        region: str | None = None,
        first: int = 20,
        after: str | None = None,
        filter: ProjectFilter | None = None,  # noqa: A002 - the GraphQL argument's name
    ) -> Connection[ProjectType]:
        page = PageRequest.parse(first, after, max_size=info.context.settings.graphql_max_page_size)
        result = await service.list_projects(
            info.context.uow,
            info.context.principal,
            region=region,
            filters=filter.to_filters() if filter else ProjectFilters(),
            page=page,
        )
        return connection_from_page(info, result, lambda view: ProjectType(view=view))


@strawberry.type
class SelectionQuery:
    @strawberry.field(description="Les critères de la grille de sélection, dans l'ordre.")
    def selection_criteria(self) -> list[SelectionCriterionType]:
        return [
            SelectionCriterionType(key=key, label=label, max_points=selection.MAX_POINTS)
            for key, label in selection.CRITERIA.items()
        ]


PROJECT_ERRORS = error_types("Project", ProjectErrorCode)
ProjectInvalid = PROJECT_ERRORS.invalid
ProjectConflict = PROJECT_ERRORS.conflict
ProjectNotAllowed = PROJECT_ERRORS.not_allowed


@strawberry.input(description="Modifier l'objectif ou les notes d'un projet de sa région.")
class UpdateProjectInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")
    summary: str | None = None
    notes: str | None = None


@strawberry.type
class UpdateProjectSuccess:
    project: ProjectType


UpdateProjectPayload = Annotated[
    UpdateProjectSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("UpdateProjectPayload"),
]


@strawberry.input(description="Compléter ou corriger la fiche d'une entreprise de sa région ; le SIREN ne change pas.")
class UpdateCompanyInput:
    company_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si la fiche a changé depuis.")
    name: str | None = None
    siret: str | None = strawberry.field(default=None, description="14 chiffres ; vide pour l'effacer.")
    naf_code: str | None = strawberry.field(default=None, description="Code NAF rév. 2 ; vide pour l'effacer.")
    commune_code: str | None = strawberry.field(
        default=None, description="Code INSEE d'une commune de la région (pas le code postal)."
    )


@strawberry.type
class UpdateCompanySuccess:
    company: CompanyType


UpdateCompanyPayload = Annotated[
    UpdateCompanySuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("UpdateCompanyPayload"),
]


@strawberry.input(description="Un produit concerné par le projet.")
class ProjectProductInput:
    name: str
    customs_code: str | None = strawberry.field(default=None, description="4, 6, 8 ou 10 chiffres.")
    annual_import_value_eur: float | None = strawberry.field(
        default=None, description="Valeur annuelle des importations remplacées, en euros entiers."
    )


@strawberry.input(description="Remplacer la liste des produits concernés d'un projet de sa région.")
class SetProjectProductsInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")
    products: list[ProjectProductInput]


@strawberry.input(description="Un coach ou un expert.")
class TeamMemberInput:
    role: TeamRoleType  # type: ignore[valid-type]
    name: str
    organisation: str = ""
    email: str = ""
    expertise: str = ""


@strawberry.input(description="Remplacer le coach et les experts d'un projet de sa région.")
class SetProjectTeamInput:
    project_id: strawberry.ID
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")
    members: list[TeamMemberInput]


@strawberry.type
class ProjectEditSuccess:
    project: ProjectType


ProjectEditPayload = Annotated[
    ProjectEditSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("ProjectEditPayload"),
]


@strawberry.input(description="Faire avancer un projet dans son parcours (ou l'arrêter, avec un motif).")
class TransitionProjectInput:
    project_id: strawberry.ID
    to: ProjectStatusType  # type: ignore[valid-type]
    reason: str | None = strawberry.field(
        default=None, description="Motif ; obligatoire pour « non retenu » et « abandonné »."
    )
    expected_version: int = strawberry.field(description="Version lue ; refusé si le projet a changé depuis.")


@strawberry.type
class TransitionProjectSuccess:
    project: ProjectType


TransitionProjectPayload = Annotated[
    TransitionProjectSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("TransitionProjectPayload"),
]


@strawberry.input(description="Candidature d'une entreprise à l'accélérateur de sa région (formulaire public).")
class SubmitCandidacyInput:
    company_name: str
    siren: str = strawberry.field(description="9 chiffres.")
    siret: str | None = strawberry.field(default=None, description="14 chiffres : l'établissement qui porte le projet.")
    naf_code: str | None = strawberry.field(default=None, description="Code NAF rév. 2, par exemple 13.10Z.")
    commune_code: str = strawberry.field(description="Code INSEE de la commune (pas le code postal).")
    project_name: str
    summary: str = strawberry.field(description="Le projet en quelques lignes : produit, marché, besoin.")
    kind: ProjectKindType  # type: ignore[valid-type]
    sector: SectorType  # type: ignore[valid-type]
    needs: list[ProjectNeedType]  # type: ignore[valid-type]
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


SubmitCandidacyPayload = Annotated[
    SubmitCandidacySuccess | ProjectInvalid,  # type: ignore[valid-type]
    strawberry.union("SubmitCandidacyPayload"),
]


@strawberry.input(description="Commenter un projet de sa région, en mentionnant (@) des conseillers.")
class AddProjectCommentInput:
    project_id: strawberry.ID
    body: str
    mention_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Identifiants des personnes mentionnées (toutes régions)."
    )


@strawberry.type
class AddProjectCommentSuccess:
    comment: ProjectCommentType


AddProjectCommentPayload = Annotated[
    AddProjectCommentSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("AddProjectCommentPayload"),
]


@strawberry.input(description="Note d'un critère de la grille.")
class CriterionScoreInput:
    criterion: str
    points: int


@strawberry.input(description="Noter une candidature de sa région sur la grille de sélection.")
class ScoreCandidateInput:
    project_id: strawberry.ID
    scores: list[CriterionScoreInput]
    comment: str = ""


@strawberry.type
class ScoreCandidateSuccess:
    score: SelectionScoreType


ScoreCandidatePayload = Annotated[
    ScoreCandidateSuccess | ProjectInvalid | ProjectConflict | ProjectNotAllowed,  # type: ignore[valid-type]
    strawberry.union("ScoreCandidatePayload"),
]


@strawberry.type
class ProgrammesMutation:
    @strawberry.mutation(description="Note une candidature sur la grille de sélection ; tracé dans l'audit.")
    async def score_candidate(self, info: Info, input: ScoreCandidateInput) -> ScoreCandidatePayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ScoreView:
            target = decode_id(input.project_id, expected_type="Project")
            given: dict[str, int] = {}
            for item in input.scores:
                if item.criterion not in selection.CRITERIA or item.criterion in given:
                    raise InvalidInputError(
                        f"Critère inconnu ou en double : « {item.criterion} ».",
                        field="scores",
                        code=ProjectErrorCode.REQUIRED,
                    )
                given[item.criterion] = item.points
            return await selection.score_candidate(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                scores=given,
                comment=input.comment,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: ScoreCandidateSuccess(score=SelectionScoreType(view=view)), PROJECT_ERRORS
        )

    @strawberry.mutation(description="Ajoute un commentaire ; chaque personne mentionnée le voit dans sa boîte.")
    async def add_project_comment(self, info: Info, input: AddProjectCommentInput) -> AddProjectCommentPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CommentView:
            target = decode_id(input.project_id, expected_type="Project")
            mention_ids = []
            for mention in input.mention_ids:
                try:
                    mention_ids.append(decode_id(mention, expected_type="User").int_key)
                except NotFoundError:
                    raise InvalidInputError(
                        "Une personne mentionnée est introuvable.",
                        field="mentionIds",
                        code=ProjectErrorCode.UNKNOWN_USER,
                    ) from None
            return await comments.add_comment(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                body=input.body,
                mention_ids=mention_ids,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: AddProjectCommentSuccess(comment=ProjectCommentType(view=view)), PROJECT_ERRORS
        )

    @strawberry.mutation(
        description="Dépose la candidature d'une entreprise (sans compte) auprès de l'accélérateur de la région "
        "de sa commune ; un accusé de réception part par e-mail."
    )
    async def submit_candidacy(self, info: Info, input: SubmitCandidacyInput) -> SubmitCandidacyPayload:  # type: ignore[valid-type]  # noqa: A002
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

        async def work() -> CandidacyReceipt:
            return await candidacy.submit_candidacy(
                info.context.uow, form, client_address=info.context.client_address, request_id=info.context.request_id
            )

        result = await run_mutation(info, work, lambda receipt: receipt, PROJECT_ERRORS)
        if not isinstance(result, CandidacyReceipt):
            return result  # type: ignore[no-any-return]  # the typed error of the union
        # A robot's candidacy was not stored: it is told, like a person, that the e-mail left.
        sent = await candidacy.send_acknowledgement(form, result, info.context.settings) if result.stored else True
        return SubmitCandidacySuccess(
            region_name=result.region_label, reference=result.reference, acknowledgement_sent=sent
        )

    @strawberry.mutation(description="Change le statut d'un projet selon son parcours ; tracé dans l'audit.")
    async def transition_project(self, info: Info, input: TransitionProjectInput) -> TransitionProjectPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            return await service.transition_project(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                to=input.to,
                reason=input.reason,
                expected_version=input.expected_version,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: TransitionProjectSuccess(project=ProjectType(view=view)), PROJECT_ERRORS
        )

    @strawberry.mutation(description="Complète ou corrige la fiche d'une entreprise ; tracé dans l'audit.")
    async def update_company(self, info: Info, input: UpdateCompanyInput) -> UpdateCompanyPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> CompanyCard:
            target = decode_id(input.company_id, expected_type="Company")
            return await update_company(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                company_id=target.int_key,
                expected_version=input.expected_version,
                changes=CompanyChanges(
                    name=input.name, siret=input.siret, naf_code=input.naf_code, commune_code=input.commune_code
                ),
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda card: UpdateCompanySuccess(company=CompanyType(card=card)), PROJECT_ERRORS
        )

    @strawberry.mutation(description="Remplace les produits concernés d'un projet ; tracé dans l'audit.")
    async def set_project_products(self, info: Info, input: SetProjectProductsInput) -> ProjectEditPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            products = [
                ProductEntry(
                    name=item.name,
                    customs_code=item.customs_code,
                    annual_import_value_eur=_whole_euros(item.annual_import_value_eur, f"products.{index}"),
                )
                for index, item in enumerate(input.products)
            ]
            return await set_products(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                expected_version=input.expected_version,
                products=products,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: ProjectEditSuccess(project=ProjectType(view=view)), PROJECT_ERRORS
        )

    @strawberry.mutation(description="Remplace le coach et les experts d'un projet ; tracé dans l'audit.")
    async def set_project_team(self, info: Info, input: SetProjectTeamInput) -> ProjectEditPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            members = [
                TeamMemberEntry(
                    role=item.role,
                    name=item.name,
                    organisation=item.organisation,
                    email=item.email,
                    expertise=item.expertise,
                )
                for item in input.members
            ]
            return await set_team(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                expected_version=input.expected_version,
                members=members,
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: ProjectEditSuccess(project=ProjectType(view=view)), PROJECT_ERRORS
        )

    @strawberry.mutation(description="Modifie un projet ; chaque modification est tracée dans l'audit.")
    async def update_project(self, info: Info, input: UpdateProjectInput) -> UpdateProjectPayload:  # type: ignore[valid-type]  # noqa: A002
        async def work() -> ProjectView:
            target = decode_id(input.project_id, expected_type="Project")
            return await service.update_project(
                info.context.uow,
                info.context.principal,
                region=target.tenant,
                project_id=target.int_key,
                expected_version=input.expected_version,
                changes=ProjectChanges(summary=input.summary, notes=input.notes),
                request_id=info.context.request_id,
            )

        return await run_mutation(
            info, work, lambda view: UpdateProjectSuccess(project=ProjectType(view=view)), PROJECT_ERRORS
        )


def _whole_euros(value: float | None, field: str) -> int | None:
    """GraphQL carries the amount as a Float (Int stops at 2^31): it must still be whole euros."""
    if value is None:
        return None
    if not value.is_integer():
        raise InvalidInputError(
            "La valeur annuelle importée s'indique en euros entiers, sans centimes.",
            field=f"{field}.annualImportValueEur",
            code=ProjectErrorCode.OUT_OF_RANGE,
        )
    return int(value)
