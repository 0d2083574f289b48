"""Demo data, from the programme's press releases (../shared/seeds): the 2023 projects of Normandie and
Île-de-France, the 2022 and 2023 events with their published results, and the partners they name.

Nothing is invented about real companies: the releases give no SIREN or NAF code, so SIRENs are
generated and flagged `siren_is_demo`, NAF codes are left empty, and internal notes say they are
fictional. Hauts-de-France and Bourgogne-Franche-Comté get openly fictional projects (« démo »).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filiere.auth.grants import GrantScope
from filiere.partners.models import OrganisationKind
from filiere.programmes.models import ProjectKind, ProjectNeed, ProjectStatus, Sector


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class DemoProject:
    region: str
    company: str
    commune_code: str
    commune_name: str
    name: str
    summary: str
    kind: ProjectKind
    sector: Sector
    status: ProjectStatus
    needs: tuple[ProjectNeed, ...]
    notes: str
    naf_code: str | None = None
    edition: int = 2027  # the edition whose cohort the project follows


@dataclass(frozen=True)
class DemoEvent:
    region: str  # the host region, whose database holds the event
    slug: str
    name: str
    edition_year: int
    venue: str
    description: str
    starts_on: date | None = None
    ends_on: date | None = None
    results: tuple[int, int, int, int] | None = None  # presented, produced in France, advanced, R&D
    co_organisers: tuple[str, ...] = ()


ORGANISATIONS = [
    DemoOrganisation("bpifrance", "Bpifrance", OrganisationKind.FINANCER),
    DemoOrganisation("ey", "EY", OrganisationKind.CONSULTANCY),
    DemoOrganisation("compagnum", "Compagnum", OrganisationKind.CONSULTANCY),
    DemoOrganisation("origine-france-garantie", "Origine France Garantie", OrganisationKind.LABEL),
    DemoOrganisation("decathlon", "Décathlon", OrganisationKind.DISTRIBUTOR),
    DemoOrganisation("neoma", "NEOMA Business School", OrganisationKind.SCHOOL),
    DemoOrganisation("junia", "Junia", OrganisationKind.SCHOOL),
    DemoOrganisation("la-catho", "La Catho", OrganisationKind.SCHOOL),
    DemoOrganisation("edhec", "EDHEC", OrganisationKind.SCHOOL),
    DemoOrganisation("facon-de-faire", "Façon de Faire", OrganisationKind.NETWORK),
    DemoOrganisation("la-source-francaise", "La Source Française", OrganisationKind.NETWORK),
    DemoOrganisation("relocalisations-fr", "Relocalisations.fr", OrganisationKind.NETWORK),
    DemoOrganisation("cci-france", "CCI France", OrganisationKind.NETWORK),
    DemoOrganisation("region-hauts-de-france", "Région Hauts-de-France", OrganisationKind.PUBLIC_AUTHORITY),
]

_SOURCED = (ProjectNeed.MARKET_STUDY, ProjectNeed.PRODUCTION_SOURCING)
_FICTIONAL_NOTE = "Note interne fictive, saisie pour la démonstration."

PROJECTS = [
    # Édition 2023 (Rouen), projets retenus par la CCI Normandie et la CCI Paris Île-de-France.
    DemoProject(
        region="normandie",
        company="MIJUIN",
        commune_code="76402",
        commune_name="Malaunay",
        name="Fabrication de marques complémentaires en lin",
        summary="Conforter le modèle économique de Mijuin (textile, confection lin) en intégrant la "
        "fabrication de marques complémentaires.",
        kind=ProjectKind.DIVERSIFICATION,
        sector=Sector.TEXTILE,
        status=ProjectStatus.FOLLOW_UP,
        needs=_SOURCED,
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="normandie",
        company="HUMAN MOB",
        commune_code="76540",
        commune_name="Rouen",
        name="Vélo taxi innovant",
        summary="Proposer un nouveau service public et de transport de marchandises avec un vélo taxi innovant.",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.MOBILITY,
        status=ProjectStatus.FOLLOW_UP,
        needs=(*_SOURCED, ProjectNeed.RESEARCH_DEVELOPMENT),
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="normandie",
        company="ARTHUS et PAOLA",
        commune_code="76451",
        commune_name="Mont-Saint-Aignan",
        name="Atelier de linge de bain en circuit court",
        summary="Développer un atelier en circuit court en Normandie pour du linge de bain (confection coton).",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.TEXTILE,
        status=ProjectStatus.FOLLOW_UP,
        needs=_SOURCED,
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="normandie",
        company="Conseil Départemental du Calvados",
        commune_code="14118",
        commune_name="Caen",
        name="Chauffage à partir de matériaux sourcés localement",
        summary="Rechercher des alternatives aux réseaux de chauffage existants en intégrant des matériaux "
        "sourcés localement.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.ENERGY,
        status=ProjectStatus.FOLLOW_UP,
        needs=(*_SOURCED, ProjectNeed.RESEARCH_DEVELOPMENT),
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="normandie",
        company="PIERCAN",
        commune_code="14515",
        commune_name="Port-en-Bessin-Huppain",
        name="Nouveaux marchés pour les boîtes à gants",
        summary="Développement de nouveaux marchés sur les boîtes à gants (pharmacie).",
        kind=ProjectKind.DIVERSIFICATION,
        sector=Sector.HEALTH,
        status=ProjectStatus.FOLLOW_UP,
        needs=(ProjectNeed.MARKET_STUDY, ProjectNeed.DISTRIBUTION_SOURCING),
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="ile-de-france",
        company="TOUROUL-CHEVALERIE",
        commune_code="77085",
        commune_name="Chanteloup-en-Brie",
        name="Relocalisation des approvisionnements textiles",
        summary="Confection de textiles d'ameublement pour l'hôtellerie et le tourisme : relocaliser la "
        "partie des approvisionnements encore achetée hors de France.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.TEXTILE,
        status=ProjectStatus.FOLLOW_UP,
        needs=_SOURCED,
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    DemoProject(
        region="ile-de-france",
        company="Groupe DELINEO",
        commune_code="92024",
        commune_name="Clichy",
        name="Restauration rapide à empreinte réduite",
        summary="Réduire l'empreinte environnementale de la restauration rapide (marques « La Croissanterie », "
        "« Maison Pradier », « Roberta Caffé »).",
        kind=ProjectKind.RELOCATION,
        sector=Sector.FOOD_SERVICE,
        status=ProjectStatus.FOLLOW_UP,
        needs=(*_SOURCED, ProjectNeed.CONSULTING),
        notes=_FICTIONAL_NOTE,
        edition=2023,
    ),
    # Projets fictifs de l'édition 2027 (démonstration), pour que chaque région ait un plan en cours.
    DemoProject(
        region="normandie",
        company="Électroménager du Cotentin (démo)",
        commune_code="50129",
        commune_name="Cherbourg-en-Cotentin",
        name="Sèche-linge à pompe à chaleur (démo)",
        summary="Projet fictif : assembler en Normandie des sèche-linge aujourd'hui importés.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.ELECTRONICS,
        status=ProjectStatus.ACCELERATING,
        needs=(ProjectNeed.PRODUCTION_SOURCING, ProjectNeed.FINANCING),
        notes="Deux sous-traitants de cartes électroniques à rencontrer (fictif).",
        naf_code="27.51Z",
    ),
    DemoProject(
        region="normandie",
        company="Semelles Normandes (démo)",
        commune_code="27229",
        commune_name="Évreux",
        name="Semelles de chaussures recyclées (démo)",
        summary="Projet fictif : fabriquer des semelles à partir de caoutchouc recyclé.",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.TEXTILE,
        status=ProjectStatus.SELECTED,
        needs=(ProjectNeed.MARKET_STUDY, ProjectNeed.RESEARCH_DEVELOPMENT),
        notes="Essais de matière prévus avec un laboratoire (fictif).",
        naf_code="15.20Z",
    ),
    DemoProject(
        region="ile-de-france",
        company="Outils d'Île-de-France (démo)",
        commune_code="77284",
        commune_name="Meaux",
        name="Petit outillage de jardin (démo)",
        summary="Projet fictif : relocaliser la forge de petits outils de jardin.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.MECHANICS,
        status=ProjectStatus.ACCELERATING,
        needs=(ProjectNeed.PRODUCTION_SOURCING, ProjectNeed.DISTRIBUTION_SOURCING),
        notes="Un distributeur national intéressé (fictif).",
        naf_code="25.73A",
    ),
    DemoProject(
        region="ile-de-france",
        company="Gourdes de Seine (démo)",
        commune_code="95127",
        commune_name="Cergy",
        name="Gourdes en inox (démo)",
        summary="Projet fictif : produire en France des gourdes en inox réutilisables.",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.SPORTS_LEISURE,
        status=ProjectStatus.SELECTED,
        needs=(ProjectNeed.MARKET_STUDY, ProjectNeed.FINANCING),
        notes="Prototype validé par un panel d'utilisateurs (fictif).",
        naf_code="25.99B",
    ),
    # Projets fictifs, pour que chaque région ait des écrans remplis.
    DemoProject(
        region="hauts-de-france",
        company="Atelier Lin du Nord (démo)",
        commune_code="59512",
        commune_name="Roubaix",
        name="Filature de lin recyclé (démo)",
        summary="Projet fictif : relocaliser la filature de fils de lin recyclé pour des marques textiles "
        "de la région.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.TEXTILE,
        status=ProjectStatus.ACCELERATING,
        needs=(*_SOURCED, ProjectNeed.FINANCING),
        notes="Investissement estimé à 1,2 M€ ; rendez-vous de financement à planifier (fictif).",
        naf_code="13.10Z",
    ),
    DemoProject(
        region="hauts-de-france",
        company="Vélos Opale (démo)",
        commune_code="62160",
        commune_name="Boulogne-sur-Mer",
        name="Cadres de vélos cargo (démo)",
        summary="Projet fictif : produire en France des cadres de vélos cargo aujourd'hui importés.",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.MOBILITY,
        status=ProjectStatus.SELECTED,
        needs=(ProjectNeed.RESEARCH_DEVELOPMENT, ProjectNeed.PRODUCTION_SOURCING),
        notes="Deux soudeurs à recruter avant le lancement (fictif).",
        naf_code="30.92Z",
    ),
    DemoProject(
        region="hauts-de-france",
        company="Conserverie Picarde (démo)",
        commune_code="80021",
        commune_name="Amiens",
        name="Conserves de légumes de plein champ (démo)",
        summary="Projet fictif : transformer localement des légumes de plein champ en conserves.",
        kind=ProjectKind.DIVERSIFICATION,
        sector=Sector.AGRIFOOD,
        status=ProjectStatus.CANDIDATE,
        needs=(ProjectNeed.MARKET_STUDY, ProjectNeed.DISTRIBUTION_SOURCING),
        notes="Dossier de candidature complet (fictif).",
        naf_code="10.39B",
    ),
    DemoProject(
        region="bourgogne-franche-comte",
        company="Horlogerie Comtoise (démo)",
        commune_code="25056",
        commune_name="Besançon",
        name="Mouvements horlogers mécaniques (démo)",
        summary="Projet fictif : relocaliser l'assemblage de mouvements horlogers mécaniques.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.MECHANICS,
        status=ProjectStatus.ACCELERATING,
        needs=(ProjectNeed.RESEARCH_DEVELOPMENT, ProjectNeed.PRODUCTION_SOURCING, ProjectNeed.FINANCING),
        notes="Fournisseur de ressorts identifié dans le Doubs (fictif).",
        naf_code="26.52Z",
    ),
    DemoProject(
        region="bourgogne-franche-comte",
        company="Moutarderie Dijonnaise (démo)",
        commune_code="21231",
        commune_name="Dijon",
        name="Graines de moutarde de Bourgogne (démo)",
        summary="Projet fictif : remplacer les graines de moutarde importées par une filière régionale.",
        kind=ProjectKind.RELOCATION,
        sector=Sector.AGRIFOOD,
        status=ProjectStatus.SELECTED,
        needs=(ProjectNeed.PRODUCTION_SOURCING, ProjectNeed.CONSULTING),
        notes="Contrats de culture à négocier avec trois coopératives (fictif).",
        naf_code="10.84Z",
    ),
    DemoProject(
        region="bourgogne-franche-comte",
        company="Lunetterie du Haut-Jura (démo)",
        commune_code="39478",
        commune_name="Saint-Claude",
        name="Montures de lunettes biosourcées (démo)",
        summary="Projet fictif : fabriquer des montures de lunettes en matériaux biosourcés.",
        kind=ProjectKind.NEW_PRODUCTION,
        sector=Sector.HEALTH,
        status=ProjectStatus.CANDIDATE,
        needs=(ProjectNeed.MARKET_STUDY, ProjectNeed.RESEARCH_DEVELOPMENT),
        notes="Prototype attendu au printemps (fictif).",
        naf_code="32.50B",
    ),
]


@dataclass(frozen=True)
class DemoGrant:
    """A project shared with a partner, with the company's consent (a fictional person, marked as such)."""

    organisation: str  # slug
    region: str
    project: str  # name
    scope: GrantScope
    purpose: str
    consent_given_by: str
    expired: bool = False  # ended ten days before the load: « Partagé avec » shows it as expired


# Who agreed at the company: fictional people, never the real companies' staff.
_DEMO_CONSENT = "(personne fictive, démo)"
GRANTS = [
    DemoGrant(
        "bpifrance",
        "normandie",
        "Fabrication de marques complémentaires en lin",
        GrantScope.FINANCING,
        "Étude d'un prêt d'amorçage pour l'atelier de confection (démonstration).",
        f"Claire Martin {_DEMO_CONSENT}",
    ),
    DemoGrant(
        "bpifrance",
        "normandie",
        "Nouveaux marchés pour les boîtes à gants",
        GrantScope.DOCUMENTS,
        "Lecture de l'étude de marché avant un rendez-vous export (démonstration).",
        f"Paul Lefèvre {_DEMO_CONSENT}",
    ),
    DemoGrant(
        "decathlon",
        "normandie",
        "Atelier de linge de bain en circuit court",
        GrantScope.SUMMARY,
        "Repérage de fabricants français de linge de bain (démonstration).",
        f"Sophie Durand {_DEMO_CONSENT}",
    ),
    DemoGrant(
        "ey",
        "ile-de-france",
        "Restauration rapide à empreinte réduite",
        GrantScope.FULL,
        "Accompagnement du plan de relocalisation des approvisionnements (démonstration).",
        f"Julien Bernard {_DEMO_CONSENT}",
    ),
    DemoGrant(
        "compagnum",
        "normandie",
        "Vélo taxi innovant",
        GrantScope.SUMMARY,
        "Premier contact pour un diagnostic industriel, sans suite (démonstration).",
        f"Marc Petit {_DEMO_CONSENT}",
        expired=True,
    ),
]

_EVENT_2023 = (
    "Conférences, ateliers « meet-up » de 20 minutes (recruter et fidéliser, financer ses projets, innover et "
    "réaliser de la R&D, se développer à l'export, intégrer une démarche RSE), hackathon autour des 7 projets "
    "accélérés et pitchs de 3 minutes devant un jury composé des partenaires. Organisé par la CCI Normandie et "
    "la CCI Paris Île-de-France avec Relocalisations.fr ; intégré à la Semaine de l'industrie."
)

EVENTS = [
    DemoEvent(
        region="normandie",
        slug="2022-24-heures-pour-relocaliser-rouen",
        name="24 heures pour relocaliser — 1re édition",
        edition_year=2022,
        venue="Rouen",
        description="Première édition, portée par la CCI Normandie et Relocalisations.fr : sur 6 produits "
        "présentés, un est produit en France, un est en phase avancée de relocalisation et deux font "
        "l'objet d'études de R&D.",
        results=(6, 1, 1, 2),
    ),
    DemoEvent(
        region="hauts-de-france",
        slug="2022-24-heures-pour-relocaliser-hauts-de-france",
        name="24 heures pour relocaliser — 2e édition",
        edition_year=2022,
        venue="Campus de la Catho et de Junia",
        starts_on=date(2022, 11, 17),
        ends_on=date(2022, 11, 18),
        description="Avec la Région Hauts-de-France et la CCI Hauts-de-France : distributeurs, marques, "
        "industriels, startups et designers accompagnés par des enseignants de l'EDHEC, des chercheurs de "
        "Junia et des experts ; prix remis par les partenaires.",
    ),
    # One event co-organised by two regions, held once in its host's database.
    DemoEvent(
        region="normandie",
        slug="2023-pour-une-france-industrielle",
        name="Pour une France industrielle",
        edition_year=2023,
        venue="NEOMA Business School, Rouen",
        starts_on=date(2023, 11, 30),
        ends_on=date(2023, 12, 1),
        description=_EVENT_2023,
        co_organisers=("ile-de-france",),
    ),
]
