"""French labels of the project enums, as the SPA shows them, for what the server writes itself (exports).

`tests/backend/programmes/test_export.py` checks they equal the SPA's `i18n/fr/enums.json`: one wording.
"""

from __future__ import annotations

from filiere.programmes.models import ProjectKind, ProjectNeed, ProjectStatus, Sector

STATUS: dict[ProjectStatus, str] = {
    ProjectStatus.CANDIDATE: "Candidat",
    ProjectStatus.SELECTED: "Sélectionné",
    ProjectStatus.ACCELERATING: "En accélération",
    ProjectStatus.PITCHED: "Pitch présenté",
    ProjectStatus.FOLLOW_UP: "Suivi",
    ProjectStatus.CLOSED: "Clôturé",
    ProjectStatus.REJECTED: "Non retenu",
    ProjectStatus.ABANDONED: "Abandonné",
}

KIND: dict[ProjectKind, str] = {
    ProjectKind.RELOCATION: "Relocalisation",
    ProjectKind.NEW_PRODUCTION: "Nouvelle production industrielle",
    ProjectKind.DIVERSIFICATION: "Diversification",
}

SECTOR: dict[Sector, str] = {
    Sector.AGRIFOOD: "Agroalimentaire",
    Sector.TEXTILE: "Textile et habillement",
    Sector.MOBILITY: "Mobilité et transports",
    Sector.HEALTH: "Santé",
    Sector.ENERGY: "Énergie",
    Sector.CONSTRUCTION: "Bâtiment et construction",
    Sector.CHEMICALS: "Chimie et matériaux",
    Sector.ELECTRONICS: "Électronique",
    Sector.MECHANICS: "Mécanique et métallurgie",
    Sector.WOOD_FURNITURE: "Bois et ameublement",
    Sector.FOOD_SERVICE: "Restauration",
    Sector.SPORTS_LEISURE: "Sports et loisirs",
    Sector.COSMETICS: "Cosmétique",
    Sector.AEROSPACE: "Aéronautique et spatial",
}

NEED: dict[ProjectNeed, str] = {
    ProjectNeed.MARKET_STUDY: "Étude de marché",
    ProjectNeed.RESEARCH_DEVELOPMENT: "R&D",
    ProjectNeed.CONSULTING: "Conseil",
    ProjectNeed.PRODUCTION_SOURCING: "Sourcing production",
    ProjectNeed.DISTRIBUTION_SOURCING: "Sourcing distribution",
    ProjectNeed.FINANCING: "Financement",
}
