"""The programme's types: a session with its speakers and theme, shared by the staff's `Event` and the public's
`PublicEvent`, and the event fields of the programme (`EventProgrammeFields`)."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from filiere.auth.policy import Action
from filiere.clock import PARIS
from filiere.events.loaders import EventSessionsByEventLoader, MeetupThemesByVersionLoader
from filiere.events.models import SessionKind
from filiere.events.programme import SessionView
from filiere.events.service import EventView, may
from filiere.graphql.types import Info
from filiere.ids import encode_id
from filiere.methodology.service import MeetupThemeView

SessionKindType = strawberry.enum(
    SessionKind,
    name="EventSessionKind",
    description="Nature d'une session : conférence, table ronde, atelier « meet-up », hackathon, pitchs…",
)


@strawberry.type(name="MeetupTheme", description="Thème des ateliers « meet-up » de 20 minutes, fixé par la méthode.")
class MeetupThemeType:
    key: str
    name: str


@strawberry.type(name="SessionSpeaker", description="Intervenant d'une session.")
class SpeakerType:
    name: str
    title: str = strawberry.field(description="Fonction : « cofondateur », « directrice générale »…")
    organisation: str


def _clock(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


@strawberry.type
class SessionCoreFields:
    view: strawberry.Private[SessionView]
    themes: strawberry.Private[tuple[MeetupThemeView, ...]]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("EventSession", self.view.region, self.view.id))

    @strawberry.field
    def kind(self) -> SessionKindType:  # type: ignore[valid-type]
        return self.view.kind

    @strawberry.field
    def title(self) -> str:
        return self.view.title

    @strawberry.field
    def description(self) -> str:
        return self.view.description

    @strawberry.field(description="Le thème d'un atelier « meet-up » ; null pour les autres sessions.")
    def theme(self) -> MeetupThemeType | None:
        theme = next((t for t in self.themes if t.key == self.view.theme_key), None)
        return MeetupThemeType(key=theme.key, name=theme.name) if theme else None

    @strawberry.field
    def starts_at(self) -> datetime:
        return self.view.starts_at

    @strawberry.field
    def ends_at(self) -> datetime:
        return self.view.ends_at

    @strawberry.field(description="Le jour de la session, en France.")
    def day(self) -> date:
        return self.view.day

    @strawberry.field(description="Heure de début en France, « 09:30 ».")
    def start_time(self) -> str:
        return _clock(self.view.starts_at)

    @strawberry.field(description="Le jour de fin en France (celui du début, sauf une session de nuit).")
    def end_day(self) -> date:
        return self.view.ends_at.astimezone(PARIS).date()

    @strawberry.field(description="Heure de fin en France, « 10:30 ».")
    def end_time(self) -> str:
        return _clock(self.view.ends_at)

    @strawberry.field
    def room(self) -> str:
        return self.view.room

    @strawberry.field(description="Nombre de places ; null : sans limite.")
    def capacity(self) -> int | None:
        return self.view.capacity

    @strawberry.field(
        description="Ouverte aux inscriptions du public (jamais le hackathon ni la préparation des pitchs)."
    )
    def open_to_public(self) -> bool:
        return self.view.open_to_public

    @strawberry.field
    def speakers(self) -> list[SpeakerType]:
        return [SpeakerType(name=s.name, title=s.title, organisation=s.organisation) for s in self.view.speakers]


@strawberry.type(name="EventSession", description="Session du programme d'un événement.")
class EventSessionType(SessionCoreFields):
    @strawberry.field(description="Version lue, à renvoyer pour modifier ou supprimer la session.")
    def version(self) -> int:
        return self.view.version


async def themes_of(info: Info, method_version_id: int | None) -> tuple[MeetupThemeView, ...]:
    if method_version_id is None:
        return ()
    themes: tuple[MeetupThemeView, ...] = await info.context.loaders.get(MeetupThemesByVersionLoader).load(
        method_version_id
    )
    return themes


@strawberry.type
class EventProgrammeFields:
    view: strawberry.Private[EventView]

    @strawberry.field(description="Programme : sessions par heure de début puis salle, avec leurs intervenants.")
    async def sessions(self, info: Info) -> list[EventSessionType]:
        sessions = await info.context.loaders.get(EventSessionsByEventLoader, self.view.region).load(self.view.id)
        themes = await themes_of(info, self.view.method_version_id)
        return [EventSessionType(view=session, themes=themes) for session in sessions]

    @strawberry.field(description="Thèmes des ateliers « meet-up » de la version de méthode de l'événement.")
    async def meetup_themes(self, info: Info) -> list[MeetupThemeType]:
        return [MeetupThemeType(key=t.key, name=t.name) for t in await themes_of(info, self.view.method_version_id)]

    @strawberry.field(description="Vrai si l'appelant organise l'événement (région hôte ou co-organisatrice).")
    def viewer_can_manage(self, info: Info) -> bool:
        return may(info.context.principal, Action.MANAGE_EVENT, self.view)

    @strawberry.field(description="Fin des inscriptions publiques ; null : fermées.")
    def registration_closes_at(self) -> datetime | None:
        return self.view.registration_closes_at
