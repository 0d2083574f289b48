"""Market studies in GraphQL: the synthesis on the project page (`Project.marketStudy`)."""

from __future__ import annotations

from datetime import date

import strawberry

from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.programmes.schema.project_fields import reveals
from filiere.programmes.views import ProjectView
from filiere.studies import service
from filiere.studies.models import InterviewChannel, RespondentProfile
from filiere.studies.service import InterviewView, StudySynthesis, TeamView

RespondentProfileType = strawberry.enum(
    RespondentProfile, name="RespondentProfile", description="Profil de la personne interrogée (jamais son nom)."
)
InterviewChannelType = strawberry.enum(InterviewChannel, name="InterviewChannel", description="Mode d'entretien.")


@strawberry.type(name="Student", description="Étudiant de l'équipe : nom et e-mail de l'école seulement.")
class StudentType:
    name: str
    email: str


@strawberry.type(name="StudentTeam", description="Équipe d'étudiants d'école de commerce qui mène l'étude.")
class StudentTeamType:
    view: strawberry.Private[TeamView]

    @strawberry.field
    def school(self) -> str:
        return self.view.school

    @strawberry.field
    def teacher_name(self) -> str:
        return self.view.teacher_name

    @strawberry.field
    def students(self) -> list[StudentType]:
        return [StudentType(name=s.name, email=s.email) for s in self.view.students]

    @strawberry.field(description="Version, à renvoyer dans expectedVersion pour modifier l'équipe.")
    def version(self) -> int:
        return self.view.version


@strawberry.type(name="Interview", description="Entretien de l'étude de marché.")
class InterviewType:
    view: strawberry.Private[InterviewView]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Interview", self.view.region, self.view.id))

    @strawberry.field
    def held_on(self) -> date:
        return self.view.held_on

    @strawberry.field
    def respondent_profile(self) -> RespondentProfileType:
        return self.view.respondent_profile

    @strawberry.field
    def channel(self) -> InterviewChannelType:
        return self.view.channel

    @strawberry.field
    def key_findings(self) -> str:
        return self.view.key_findings

    @strawberry.field
    def recorded_by(self) -> str:
        return self.view.recorded_by


@strawberry.type(description="Nombre d'entretiens d'un profil.")
class ProfileCount:
    profile: RespondentProfileType
    count: int


@strawberry.type(name="MarketStudy", description="Synthèse de l'étude de marché d'un projet.")
class MarketStudyType:
    region: strawberry.Private[str]
    project_id: strawberry.Private[int]
    synthesis: strawberry.Private[StudySynthesis]

    @strawberry.field
    def team(self) -> StudentTeamType | None:
        return StudentTeamType(view=self.synthesis.team) if self.synthesis.team else None

    @strawberry.field
    def interview_count(self) -> int:
        return self.synthesis.interview_count

    @strawberry.field(description="Entretiens par profil, du plus fréquent au moins fréquent.")
    def by_profile(self) -> list[ProfileCount]:
        return [ProfileCount(profile=profile, count=count) for profile, count in self.synthesis.by_profile]

    @strawberry.field
    def first_interview(self) -> date | None:
        return self.synthesis.first_interview

    @strawberry.field
    def last_interview(self) -> date | None:
        return self.synthesis.last_interview

    @strawberry.field(description="Les entretiens les plus récents d'abord.")
    async def interviews(self, info: Info, first: int = 20) -> list[InterviewType]:
        limit = max(1, min(first, info.context.settings.graphql_max_page_size))
        rows = await service.interviews_of(info.context.uow.region(self.region), self.region, self.project_id, limit)
        return [InterviewType(view=row) for row in rows]


@strawberry.type
class ProjectStudyFields:
    view: strawberry.Private[ProjectView]

    @strawberry.field(
        description="Étude de marché : équipe, entretiens, synthèse (confidentiel) ; null sur une fiche résumée."
    )
    async def market_study(self, info: Info) -> MarketStudyType | None:
        if not reveals(info, self.view, "marketStudy"):
            return None
        region, project_id = self.view.card.region, self.view.card.id
        synthesis = await service.synthesis_of(info.context.uow.region(region), region, project_id)
        return MarketStudyType(region=region, project_id=project_id, synthesis=synthesis)
