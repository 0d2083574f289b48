"""The programmes' value types: enums, the company record and the small parts of a project record."""

from __future__ import annotations

from datetime import datetime

import strawberry

from filiere.graphql.hub_refs import RegionRef, region_node
from filiere.graphql.types import Info, Node
from filiere.ids import encode_id
from filiere.programmes import labels, service
from filiere.programmes.company import may_read_company_contact
from filiere.programmes.composition import ProductEntry, TeamMemberEntry
from filiere.programmes.models import (
    HeadcountBand,
    ProjectKind,
    ProjectNeed,
    ProjectStatus,
    RevenueBand,
    Sector,
    TeamRole,
)
from filiere.programmes.schema.confidential import reveals
from filiere.programmes.views import AccessLevel, CompanyCard, ProjectView, RegionAccess, StatusChangeView
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
HeadcountBandType = strawberry.enum(
    HeadcountBand,
    name="HeadcountBand",
    description="Tranche d'effectif salarié de l'INSEE (celle du répertoire SIRENE).",
)
RevenueBandType = strawberry.enum(
    RevenueBand,
    name="RevenueBand",
    description="Tranche de chiffre d'affaires annuel, aux seuils des catégories d'entreprises (micro, PME, ETI).",
)
for _type, _labels in ((HeadcountBandType, labels.HEADCOUNT_BAND), (RevenueBandType, labels.REVENUE_BAND)):
    for _value in _type.__strawberry_definition__.values:  # type: ignore[union-attr]
        _value.description = _labels[_value.value]

CONTACT_NOTICE = (
    "Données personnelles, confidentielles comme la fiche complète du projet : elles servent à la CCI à "
    "joindre l'entreprise pendant l'accompagnement et son suivi, et sont conservées trois ans après la fin de "
    "l'accompagnement. La personne peut y accéder, les faire rectifier ou effacer auprès de la CCI de sa région."
)


@strawberry.type(name="CompanyContact", description="Personne à contacter dans l'entreprise pour le programme.")
class CompanyContactType:
    name: str
    function: str = strawberry.field(description="Fonction dans l'entreprise (dirigeant, responsable achats…).")
    email: str
    phone: str


@strawberry.type(name="CompanyAddress", description="Adresse de l'établissement qui porte le projet.")
class CompanyAddressType:
    street: str = strawberry.field(description="Numéro et voie ; vide si inconnue.")
    postal_code: str = strawberry.field(description="Code postal (5 chiffres) ; vide si inconnu.")
    commune_name: str


@strawberry.type(name="Company", description="Entreprise porteuse d'un projet.")
class CompanyType(Node):
    card: strawberry.Private[CompanyCard]
    # Reached through a project: its contact shows where that project's confidential fields do.
    project: strawberry.Private[ProjectView | None] = None

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

    @strawberry.field
    def address(self) -> CompanyAddressType:
        return CompanyAddressType(
            street=self.card.street, postal_code=self.card.postal_code, commune_name=self.card.commune_name
        )

    @strawberry.field(description="Site web (https://…) ; vide si inconnu.")
    def website(self) -> str:
        return self.card.website

    @strawberry.field(description="Tranche d'effectif salarié, si elle est connue.")
    def headcount_band(self) -> HeadcountBandType | None:
        return self.card.headcount_band

    @strawberry.field(description="Tranche de chiffre d'affaires annuel, si elle est connue.")
    def revenue_band(self) -> RevenueBandType | None:
        return self.card.revenue_band

    @strawberry.field(
        description="Personne à contacter pour le programme ; null pour qui ne lit pas la fiche complète des "
        f"projets de l'entreprise. {CONTACT_NOTICE}"
    )
    def contact(self, info: Info) -> CompanyContactType | None:
        if self.project is not None:
            visible = reveals(info, self.project, "company.contact")
        else:
            visible = may_read_company_contact(info.context.principal, self.card.region)
        if not visible:
            return None
        contact = self.card.contact
        return CompanyContactType(
            name=contact.name, function=contact.function, email=contact.email, phone=contact.phone
        )

    @strawberry.field(description="Finalité et durée de conservation des données du contact, à afficher à côté.")
    def contact_notice(self) -> str:
        return CONTACT_NOTICE


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
