"""The programmes' value types: enums, the company record and the small parts of a project record."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.types import Info, Node
from filiere.ids import encode_id
from filiere.programmes import service
from filiere.programmes.composition import ProductEntry, TeamMemberEntry
from filiere.programmes.models import ProjectKind, ProjectNeed, ProjectStatus, Sector, TeamRole
from filiere.programmes.views import AccessLevel, CompanyCard, RegionAccess, StatusChangeView
from filiere.referentials.naf import naf_activity

ProjectKindType = strawberry.enum(ProjectKind, name="ProjectKind", description="Nature du projet.")
ProjectStatusType = strawberry.enum(ProjectStatus, name="ProjectStatus", description="Étape du parcours.")
ProjectNeedType = strawberry.enum(ProjectNeed, name="ProjectNeed", description="Besoin d'accompagnement.")
SectorType = strawberry.enum(Sector, name="Sector", description="Filière industrielle.")
TeamRoleType = strawberry.enum(TeamRole, name="TeamRole", description="Rôle dans l'équipe d'un projet.")
ProjectAccessType = strawberry.enum(
    AccessLevel, name="ProjectAccess", description="FULL : fiche complète ; SUMMARY : fiche résumée."
)
RegionAccessType = strawberry.enum(
    RegionAccess, name="RegionAccess", description="Ce que l'utilisateur connecté peut lire des projets d'une région."
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
    def region(self, info: Info) -> RegionRef:
        return region_node(info, self.card.region)


@strawberry.type(name="ProjectStatusChange", description="Étape du parcours d'un projet : qui, quand, pourquoi.")
class ProjectStatusChangeType:
    view: strawberry.Private[StatusChangeView]

    @strawberry.field(name="from")
    def from_status(self) -> ProjectStatusType:
        return self.view.from_status

    @strawberry.field(name="to")
    def to_status(self) -> ProjectStatusType:
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
    def role(self) -> TeamRoleType:
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
    status: ProjectStatusType
    reason_required: bool = strawberry.field(description="Vrai si un motif doit accompagner ce changement.")


@strawberry.type(name="ProjectContact", description="Personne à contacter dans l'entreprise pour le programme.")
class ProjectContactType:
    name: str
    email: str
    phone: str
