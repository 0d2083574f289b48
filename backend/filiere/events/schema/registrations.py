"""The public's registration (no account): the form, and the personal link to see, change or cancel it.

The token of the personal link only ever leaves the server in the registrant's e-mail: the payloads carry
the registration, never the link."""

from __future__ import annotations

import strawberry

from filiere.errors import DomainError, InvalidInputError
from filiere.events import registration_mail, registrations
from filiere.events.errors import EventErrorCode
from filiere.events.registration_seats import Promotion
from filiere.events.registrations import AlreadyRegisteredError, Registered, RegistrationForm
from filiere.events.schema.errors import EVENT_ERRORS
from filiere.events.schema.registration_types import RegistrationType
from filiere.events.service import EventView
from filiere.graphql.mutations import mutation
from filiere.graphql.permissions import PUBLIC, query
from filiere.graphql.types import Info
from filiere.ids import decode_id
from filiere.settings import Settings
from filiere.tenancy.unit_of_work import UnitOfWork


def session_keys(ids: list[strawberry.ID], region: str) -> tuple[int, ...]:
    """The sessions' keys in the event's region; an identifier of anything else names no session of it."""
    keys = []
    for value in ids:
        try:
            target = decode_id(value, expected_type="EventSession")
            if target.tenant != region:
                raise InvalidInputError("", field="sessionIds", code=EventErrorCode.SESSION_NOT_IN_EVENT)
            keys.append(target.int_key)
        except DomainError:
            raise InvalidInputError(
                "Une des sessions choisies n'appartient pas à cet événement.",
                field="sessionIds",
                code=EventErrorCode.SESSION_NOT_IN_EVENT,
            ) from None
    return tuple(keys)


def tell_promoted(uow: UnitOfWork, settings: Settings, event: EventView, promotions: list[Promotion]) -> None:
    """Once committed, each person moved up from a waiting list learns it by e-mail."""
    messages = [
        registration_mail.seat_freed(settings, event, name=p.name, email=p.email, session=p.session)
        for p in promotions
        if not p.email.endswith(registrations.WALK_IN_DOMAIN)
    ]
    if messages:

        async def send() -> None:
            await registration_mail.send(settings, messages)

        uow.after_commit(send)


@strawberry.input(description="Inscription d'une personne du public à un événement et à ses ateliers.")
class RegisterForEventInput:
    event_id: strawberry.ID
    name: str
    email: str
    company: str
    siret: str | None = strawberry.field(default=None, description="14 chiffres, facultatif.")
    function: str | None = None
    session_ids: list[strawberry.ID] = strawberry.field(description="Les sessions choisies (ateliers…).")
    consent: bool = strawberry.field(description="Accord pour le traitement des données de l'inscription.")
    website: str | None = strawberry.field(default=None, description="Laisser vide.")


@strawberry.type
class RegisterForEventSuccess:
    registration: RegistrationType = strawberry.field(
        description="L'inscription et ses places ; le lien personnel part par e-mail, jamais dans la réponse."
    )


RegisterForEventPayload = EVENT_ERRORS.payload("RegisterForEventPayload", RegisterForEventSuccess)


@strawberry.input(description="Les sessions choisies, depuis le lien personnel.")
class UpdateMyEventRegistrationInput:
    token: str
    session_ids: list[strawberry.ID]


@strawberry.input(description="Annulation de toute l'inscription, depuis le lien personnel.")
class CancelMyEventRegistrationInput:
    token: str


@strawberry.type
class MyEventRegistrationSuccess:
    registration: RegistrationType


MyEventRegistrationPayload = EVENT_ERRORS.payload("MyEventRegistrationPayload", MyEventRegistrationSuccess)


@strawberry.type
class RegistrationQuery:
    @query(
        requires=PUBLIC,
        description="L'inscription que nomme un lien personnel (/evenements/<slug>/inscription/<token>), ses "
        "sessions et ses rangs en liste d'attente ; null pour un lien inconnu ou remplacé.",
    )
    async def my_event_registration(self, info: Info, token: str) -> RegistrationType | None:
        found = await registrations.my_registration(info.context.uow, token, client_address=info.context.client_address)
        return RegistrationType(view=found.registration) if found else None


@strawberry.type
class RegistrationMutation:
    @mutation(
        requires=PUBLIC,
        description="Inscrit une personne (sans compte) à un événement et aux sessions choisies : confirmée tant "
        "qu'il reste des places, en liste d'attente sinon ; la confirmation et le lien personnel partent par e-mail.",
    )
    async def register_for_event(self, info: Info, input: RegisterForEventInput) -> RegisterForEventPayload:  # noqa: A002
        uow, settings = info.context.uow, info.context.settings
        target = decode_id(input.event_id, expected_type="Event")
        form = RegistrationForm(
            region=target.tenant,
            event_id=target.int_key,
            name=input.name,
            email=input.email,
            company=input.company,
            siret=input.siret,
            function=input.function,
            session_ids=session_keys(input.session_ids, target.tenant),
            consent=input.consent,
            website=input.website,
        )
        try:
            done = await registrations.register(
                uow, form, client_address=info.context.client_address, request_id=info.context.request_id
            )
        except AlreadyRegisteredError as error:
            await _send_link_again(uow, settings, error, request_id=info.context.request_id)
            raise
        if done.token is not None:
            message = registration_mail.confirmation(
                settings,
                done.event,
                name=done.registration.name,
                email=done.registration.email or "",
                seats=done.seats,
                token=done.token,
            )

            async def confirm() -> None:
                # Once the registration is stored: the e-mail says it is.
                await registration_mail.send(settings, [message])

            uow.after_commit(confirm)
        return RegisterForEventSuccess(registration=RegistrationType(view=done.registration, known_seats=done.seats))

    @mutation(
        requires=PUBLIC,
        description="Change les sessions d'une inscription depuis son lien personnel ; une place quittée va à la "
        "première personne de la liste d'attente, prévenue par e-mail.",
    )
    async def update_my_event_registration(
        self,
        info: Info,
        input: UpdateMyEventRegistrationInput,  # noqa: A002
    ) -> MyEventRegistrationPayload:
        uow = info.context.uow
        found = await registrations.find_by_token(uow, input.token)
        region = found[0] if found else ""
        done = await registrations.change_sessions(
            uow,
            input.token,
            session_keys(input.session_ids, region) if found else (),  # a bad link: refused as such
            client_address=info.context.client_address,
            request_id=info.context.request_id,
        )
        return _changed(info, done)

    @mutation(
        requires=PUBLIC,
        description="Annule toute une inscription depuis son lien personnel ; ses places vont aux premières "
        "personnes des listes d'attente, prévenues par e-mail.",
    )
    async def cancel_my_event_registration(
        self,
        info: Info,
        input: CancelMyEventRegistrationInput,  # noqa: A002
    ) -> MyEventRegistrationPayload:
        done = await registrations.cancel(
            info.context.uow,
            input.token,
            client_address=info.context.client_address,
            request_id=info.context.request_id,
        )
        return _changed(info, done)


def _changed(info: Info, done: Registered) -> MyEventRegistrationSuccess:
    tell_promoted(info.context.uow, info.context.settings, done.event, done.promotions)
    return MyEventRegistrationSuccess(registration=RegistrationType(view=done.registration))


async def _send_link_again(
    uow: UnitOfWork, settings: Settings, error: AlreadyRegisteredError, *, request_id: str
) -> None:
    """The refusal tells the person a new link was sent: it is, unless that address asked too often."""
    token = await registrations.renew_link(uow, error.event, error.registration.id, request_id=request_id)
    if token is not None and error.registration.email:
        await registration_mail.send(
            settings,
            [
                registration_mail.link_again(
                    settings, error.event, name=error.registration.name, email=error.registration.email, token=token
                )
            ],
        )
