"""The national method of the demo: the seven phases of DESIGN §2 and their milestones, from the
selection committee to the follow-up after the closing event (J0). Offsets are in working days."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from filiere.methodology.models import EvidenceKind as Evidence
from filiere.methodology.models import MilestoneOwner as Owner
from filiere.methodology.models import MilestoneScope as Scope
from filiere.methodology.models import ScoringCriterion
from filiere.methodology.service import DraftInput, PhaseInput, TemplateInput
from filiere.tenancy.session import TenantSession

PHASES = [
    ("selection", "Sélection et diagnostic"),
    ("etude-de-marche", "Étude de marché"),
    ("r-et-d", "R&D"),
    ("sourcing", "Sourcing de partenaires"),
    ("financement", "Modèle économique et financement"),
    ("hackathon", "Hackathon et pitch"),
    ("suivi", "Suivi"),
]


def _template(  # noqa: PLR0917 - positional, so that the table below reads as one
    key: str,
    phase: str,
    title: str,
    scope: Scope,
    offset: int,
    owner: Owner,
    deliverable: str,
    *depends_on: str,
) -> TemplateInput:
    return TemplateInput(
        key=key,
        phase_key=phase,
        title=title,
        scope=scope,
        offset_working_days=offset,
        owner=owner,
        expected_deliverable=deliverable,
        depends_on=depends_on,
    )


TEMPLATES = [
    _template("appel-a-candidatures", "selection", "Appel à candidatures publié", Scope.COHORT, -120,
              Owner.REGIONAL_ADMIN, "Page de candidature ouverte et diffusée"),
    _template("comite-de-selection", "selection", "Comité de sélection", Scope.COHORT, -105,
              Owner.REGIONAL_ADMIN, "Liste des projets retenus", "appel-a-candidatures"),
    _template("diagnostic", "selection", "Diagnostic de l'entreprise", Scope.PROJECT, -98,
              Owner.ADVISER, "Fiche diagnostic", "comite-de-selection"),
    _template("fiche-projet", "selection", "Fiche projet validée avec le dirigeant", Scope.PROJECT, -92,
              Owner.ADVISER, "Fiche projet", "diagnostic"),
    _template("equipes-etudiantes", "etude-de-marche", "Équipes étudiantes constituées avec l'école", Scope.COHORT,
              -95, Owner.REGIONAL_ADMIN, "Composition des équipes", "comite-de-selection"),
    _template("questionnaire", "etude-de-marche", "Questionnaire d'étude validé", Scope.PROJECT, -85,
              Owner.STUDENT_TEAM, "Questionnaire", "fiche-projet", "equipes-etudiantes"),
    _template("entretiens", "etude-de-marche", "Entretiens consommateurs et utilisateurs réalisés", Scope.PROJECT,
              -65, Owner.STUDENT_TEAM, "Comptes rendus d'entretiens", "questionnaire"),
    _template("synthese-etude", "etude-de-marche", "Synthèse de l'étude de marché", Scope.PROJECT, -50,
              Owner.STUDENT_TEAM, "Synthèse et personas", "entretiens"),
    _template("besoins-r-et-d", "r-et-d", "Besoins de R&D qualifiés, experts sollicités", Scope.PROJECT, -80,
              Owner.ADVISER, "Note de besoins", "fiche-projet"),
    _template("restitution-r-et-d", "r-et-d", "Restitution des experts R&D", Scope.PROJECT, -40,
              Owner.COACH, "Compte rendu d'expertise", "besoins-r-et-d"),
    _template("chaine-d-approvisionnement", "sourcing", "Chaîne d'approvisionnement cartographiée", Scope.PROJECT,
              -75, Owner.ADVISER, "Étapes de l'amont à l'aval", "fiche-projet"),
    _template("sourcing-regional", "sourcing", "Sourcing régional réalisé", Scope.PROJECT, -55,
              Owner.ADVISER, "Partenaires identifiés en région", "chaine-d-approvisionnement"),
    _template("sourcing-national", "sourcing", "Sourcing national complémentaire", Scope.PROJECT, -35,
              Owner.ADVISER, "Partenaires identifiés en France", "sourcing-regional"),
    _template("plan-d-investissement", "financement", "Plan d'investissement chiffré", Scope.PROJECT, -30,
              Owner.COACH, "Plan d'investissement", "synthese-etude", "sourcing-regional"),
    _template("plan-de-financement", "financement", "Plan de financement et dispositifs identifiés", Scope.PROJECT,
              -20, Owner.COACH, "Plan de financement", "plan-d-investissement"),
    _template("programme-evenement", "hackathon", "Programme de l'événement et jury confirmés", Scope.COHORT, -30,
              Owner.REGIONAL_ADMIN, "Programme et jury", "comite-de-selection"),
    _template("pitch", "hackathon", "Pitch de 3 minutes répété avec le coach", Scope.PROJECT, -5,
              Owner.COMPANY, "Support de pitch", "plan-de-financement"),
    _template("evenement", "hackathon", "Événement : hackathon et pitchs devant le jury", Scope.COHORT, 0,
              Owner.REGIONAL_ADMIN, "Palmarès", "programme-evenement"),
    _template("suivi-un-mois", "suivi", "Point de suivi à un mois", Scope.PROJECT, 20,
              Owner.ADVISER, "Compte rendu", "pitch", "evenement"),
    _template("bilan-edition", "suivi", "Bilan de l'édition (résultats par produit)", Scope.COHORT, 40,
              Owner.REGIONAL_ADMIN, "Bilan chiffré", "evenement"),
    _template("suivi-trois-mois", "suivi", "Point de suivi à trois mois", Scope.PROJECT, 60,
              Owner.ADVISER, "Compte rendu", "suivi-un-mois"),
]  # fmt: skip

# Where the platform holds a milestone's deliverable, the milestone asks for it: the project page then says
# « Preuve manquante » rather than let « fait » stand beside an empty study.
EVIDENCE = {
    "questionnaire": Evidence.QUESTIONNAIRE_DOCUMENT,
    "entretiens": Evidence.MARKET_STUDY,
    "synthese-etude": Evidence.SYNTHESIS_DOCUMENT,
    "restitution-r-et-d": Evidence.REPORT_DOCUMENT,
}

METHOD = DraftInput(
    name="Méthode nationale de l'Accélérateur de Relocalisations",
    duration_months=6,
    phases=[PhaseInput(name=name, key=key) for key, name in PHASES],
    templates=[replace(template, required_evidence=EVIDENCE.get(template.key or "")) for template in TEMPLATES],
)

# The national list of the 20-minute meet-up workshops (press release of 16 November 2023), kept with the method.
MEETUP_THEMES = [
    ("recruter-et-fideliser", "Recruter et fidéliser"),
    ("financer-ses-projets", "Financer ses projets"),
    ("innover-et-r-et-d", "Innover et réaliser de la R&D"),
    ("export", "Se développer à l'export"),
    ("demarche-rse", "Intégrer une démarche RSE"),
]
# The jury's grid (national, with the method): (key, name, weight, what the juror looks at).
SCORING_GRID = [
    ("potentiel-de-relocalisation", "Potentiel de relocalisation", 3, "Part de la production ramenée en France."),
    ("modele-economique", "Modèle économique", 2, "Marges, prix, clients : le projet tient-il seul ?"),
    ("impact-environnemental", "Impact environnemental", 2, "Circuits courts, matières, énergie."),
    ("faisabilite-technique", "Faisabilité technique", 2, "Savoir-faire, fournisseurs, outil industriel."),
    ("qualite-du-pitch", "Qualité du pitch", 1, "Clarté, conviction, respect des 3 minutes."),
]


async def add_scoring_grid(session: TenantSession, version_id: int) -> None:
    """The demo grid on a method version that has none yet (the method editor does not edit grids yet)."""
    if await session.scalar(select(ScoringCriterion.id).where(ScoringCriterion.method_version_id == version_id)):
        return
    session.add_all(
        ScoringCriterion(
            method_version_id=version_id, key=key, name=name, weight=weight, description=description, position=index
        )
        for index, (key, name, weight, description) in enumerate(SCORING_GRID, start=1)
    )
