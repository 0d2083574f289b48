"""French labels of the project enums, as the SPA shows them, for what the server writes itself (exports).

`tests/backend/programmes/test_export.py` checks they equal the SPA's `i18n/fr/enums.json`: one wording.
The company's bands are described in the GraphQL schema with the labels at the end of this module.
"""

from __future__ import annotations

from filiere.programmes.models import HeadcountBand, ProjectKind, ProjectNeed, ProjectStatus, RevenueBand, Sector

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

# INSEE's wording of the « tranches d'effectif salarié ».
HEADCOUNT_BAND: dict[HeadcountBand, str] = {
    HeadcountBand.NON_EMPLOYER: "Unité non employeuse",
    HeadcountBand.NONE_AT_YEAR_END: "0 salarié au 31 décembre",
    HeadcountBand.FROM_1_TO_2: "1 ou 2 salariés",
    HeadcountBand.FROM_3_TO_5: "3 à 5 salariés",
    HeadcountBand.FROM_6_TO_9: "6 à 9 salariés",
    HeadcountBand.FROM_10_TO_19: "10 à 19 salariés",
    HeadcountBand.FROM_20_TO_49: "20 à 49 salariés",
    HeadcountBand.FROM_50_TO_99: "50 à 99 salariés",
    HeadcountBand.FROM_100_TO_199: "100 à 199 salariés",
    HeadcountBand.FROM_200_TO_249: "200 à 249 salariés",
    HeadcountBand.FROM_250_TO_499: "250 à 499 salariés",
    HeadcountBand.FROM_500_TO_999: "500 à 999 salariés",
    HeadcountBand.FROM_1000_TO_1999: "1 000 à 1 999 salariés",
    HeadcountBand.FROM_2000_TO_4999: "2 000 à 4 999 salariés",
    HeadcountBand.FROM_5000_TO_9999: "5 000 à 9 999 salariés",
    HeadcountBand.FROM_10000: "10 000 salariés et plus",
}

REVENUE_BAND: dict[RevenueBand, str] = {
    RevenueBand.UNDER_2M: "Moins de 2 M€",
    RevenueBand.FROM_2M_TO_10M: "De 2 à 10 M€",
    RevenueBand.FROM_10M_TO_50M: "De 10 à 50 M€",
    RevenueBand.FROM_50M_TO_1500M: "De 50 M€ à 1,5 Md€",
    RevenueBand.OVER_1500M: "Plus de 1,5 Md€",
}
