import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { fakeUserManager, renderWithProviders } from "../../../test/render";

import { RegisterForEventMutation } from "./RegistrationForm";
import { PublicEventRegistrationQuery, RegistrationPage } from "./RegistrationPage";

const SLUG = "2030-pour-une-france-industrielle";

function session(id: string, title: string, startsAt: string, endsAt: string, extra: object = {}) {
  return {
    __typename: "PublicEventSession",
    id,
    title,
    kind: "WORKSHOP",
    startsAt,
    endsAt,
    room: "Amphi A",
    capacity: 20,
    openToPublic: true,
    seatsLeft: 3,
    ...extra,
  };
}

const EVENT = {
  __typename: "PublicEvent",
  id: "RXZlbnQ6bm9ybWFuZGllOjE",
  slug: SLUG,
  name: "Pour une France industrielle",
  startsOn: "2030-11-30",
  endsOn: "2030-12-01",
  venue: "NEOMA Business School",
  registrationOpen: true,
  sessions: [
    session("s1", "Financer ses projets", "2030-11-30T09:00:00Z", "2030-11-30T09:20:00Z", { seatsLeft: 0 }),
    session("s2", "Recruter et fidéliser", "2030-11-30T09:10:00Z", "2030-11-30T09:30:00Z"),
    session("s3", "Hackathon", "2030-11-30T13:00:00Z", "2030-11-30T17:00:00Z", { openToPublic: false }),
  ],
};

const eventMock: MockLink.MockedResponse = {
  request: { query: PublicEventRegistrationQuery, variables: { slug: SLUG } },
  result: { data: { publicEvent: EVENT } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const INPUT = {
  eventId: EVENT.id,
  name: "Camille Martin",
  email: "camille@exemple.fr",
  company: "Tissages (démo)",
  siret: null,
  function: null,
  sessionIds: ["s1"],
  consent: true,
  website: null,
};

function registered(input: object, payload: object): MockLink.MockedResponse {
  return {
    request: { query: RegisterForEventMutation, variables: { input } },
    result: { data: { registerForEvent: payload } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<RegistrationPage />, {
    route: `/evenements/${SLUG}/inscription`,
    path: "/evenements/:slug/inscription",
    mocks: [eventMock, ...mocks],
    manager: fakeUserManager(null),
  });
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole("textbox", { name: /Nom et prénom/ }), "Camille Martin");
  await user.type(screen.getByRole("textbox", { name: /Adresse e-mail/ }), "camille@exemple.fr");
  await user.type(screen.getByRole("textbox", { name: /^Entreprise/ }), "Tissages (démo)");
  await user.click(screen.getByRole("checkbox", { name: /Financer ses projets/ }));
  await user.click(screen.getByRole("checkbox", { name: /J'accepte/ }));
}

describe("RegistrationPage", () => {
  it("offers the public sessions with their seats, and a full one as a waiting list", async () => {
    renderPage([]);
    expect(await screen.findByRole("heading", { name: "S'inscrire à « Pour une France industrielle »" })).toBeVisible();
    expect(screen.getByRole("checkbox", { name: /Financer ses projets.*Liste d'attente/ })).toBeEnabled();
    expect(screen.getByRole("checkbox", { name: /Recruter et fidéliser.*3 places restantes/ })).toBeEnabled();
    expect(screen.queryByRole("checkbox", { name: /Hackathon/ })).toBeNull();
    expect(screen.getByText("Elles sont supprimées un an après l'événement.")).toBeVisible();
  });

  it("disables a session at the same time as one ticked, saying why", async () => {
    const user = userEvent.setup();
    renderPage([]);
    await user.click(await screen.findByRole("checkbox", { name: /Financer ses projets/ }));
    const clash = screen.getByRole("checkbox", { name: /Recruter et fidéliser/ });
    expect(clash).toBeDisabled();
    expect(screen.getByText(/en même temps que « Financer ses projets »/)).toBeVisible();
  });

  it("checks the fields before sending, in French, and focuses the first one in error", async () => {
    const user = userEvent.setup();
    renderPage([]);
    await user.click(await screen.findByRole("button", { name: "M'inscrire" }));
    expect(await screen.findByText("Indiquez votre nom.")).toBeVisible();
    expect(screen.getByText("Acceptez le traitement de vos données pour vous inscrire.")).toBeVisible();
    expect(screen.getByRole("textbox", { name: /Nom et prénom/ })).toHaveFocus();
  });

  it("registers and says an e-mail was sent, with the seats and the waiting position", async () => {
    const user = userEvent.setup();
    const result = vi.fn(() => ({
      data: {
        registerForEvent: {
          __typename: "RegisterForEventSuccess",
          registration: {
            __typename: "EventRegistration",
            id: "r1",
            sessions: [
              {
                __typename: "SessionSeat",
                session: {
                  __typename: "SeatSession",
                  id: "s1",
                  title: "Financer ses projets",
                  startsAt: "2030-11-30T09:00:00Z",
                },
                status: "WAITING",
                waitingPosition: 2,
              },
            ],
          },
        },
      },
    }));
    renderPage([{ request: { query: RegisterForEventMutation, variables: { input: INPUT } }, result }]);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "M'inscrire" }));
    expect(await screen.findByRole("heading", { name: "Inscription enregistrée" })).toBeVisible();
    expect(screen.getByText(/Un e-mail vous a été envoyé/)).toBeVisible();
    expect(screen.getByText("Liste d'attente, n° 2")).toBeVisible();
    expect(result).toHaveBeenCalledOnce();
  });

  it("shows the server's French refusal under the field it names", async () => {
    const user = userEvent.setup();
    const message =
      "Une inscription à cet événement existe déjà avec cette adresse : nous venons de vous renvoyer par e-mail votre lien personnel pour la modifier.";
    renderPage([
      registered(INPUT, { __typename: "EventInvalid", field: "email", code: "ALREADY_REGISTERED", message }),
    ]);
    await fill(user);
    await user.click(screen.getByRole("button", { name: "M'inscrire" }));
    expect(await screen.findByText(message)).toBeVisible();
    await waitFor(() => expect(screen.getByRole("textbox", { name: /Adresse e-mail/ })).toHaveFocus());
  });

  it("says when registration is closed", async () => {
    renderWithProviders(<RegistrationPage />, {
      route: `/evenements/${SLUG}/inscription`,
      path: "/evenements/:slug/inscription",
      mocks: [
        {
          request: { query: PublicEventRegistrationQuery, variables: { slug: SLUG } },
          result: { data: { publicEvent: { ...EVENT, registrationOpen: false } } },
        },
      ],
      manager: fakeUserManager(null),
    });
    expect(await screen.findByText("Les inscriptions à cet événement sont closes.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "M'inscrire" })).toBeNull();
  });
});
