import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { fakeUserManager, renderWithProviders } from "../../../test/render";

import { CancelMyEventRegistrationMutation, MyEventRegistrationQuery, MyRegistrationPage } from "./MyRegistrationPage";
import { PublicEventRegistrationQuery } from "./RegistrationPage";

const SLUG = "2030-evenement";
const TOKEN = "jeton-personnel";

const SESSION = {
  __typename: "PublicEventSession",
  id: "s1",
  title: "Financer ses projets",
  kind: "WORKSHOP",
  startsAt: "2030-11-30T09:00:00Z",
  endsAt: "2030-11-30T09:20:00Z",
  room: "Salle 2",
  capacity: 2,
  openToPublic: true,
  seatsLeft: 0,
};

function registration(status: "REGISTERED" | "CANCELLED") {
  return {
    __typename: "EventRegistration",
    id: "r1",
    name: "Camille Martin",
    status,
    sessions:
      status === "CANCELLED"
        ? []
        : [
            {
              __typename: "SessionSeat",
              session: { __typename: "SeatSession", id: "s1", title: SESSION.title, startsAt: SESSION.startsAt },
              status: "WAITING",
              waitingPosition: 2,
            },
          ],
  };
}

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: MyEventRegistrationQuery, variables: { token: TOKEN } },
    result: { data: { myEventRegistration: registration("REGISTERED") } },
  },
  {
    request: { query: PublicEventRegistrationQuery, variables: { slug: SLUG } },
    result: {
      data: {
        publicEvent: {
          __typename: "PublicEvent",
          id: "e1",
          slug: SLUG,
          name: "Pour une France industrielle",
          startsOn: "2030-11-30",
          endsOn: null,
          venue: "NEOMA",
          registrationOpen: true,
          sessions: [SESSION],
        },
      },
    },
  },
];

function renderPage(extra: MockLink.MockedResponse[] = [], first = mocks) {
  return renderWithProviders(<MyRegistrationPage />, {
    route: `/evenements/${SLUG}/inscription/${TOKEN}`,
    path: "/evenements/:slug/inscription/:token",
    mocks: [...first, ...extra],
    manager: fakeUserManager(null),
  });
}

describe("MyRegistrationPage", () => {
  it("shows the person's sessions with their place on the waiting list", async () => {
    renderPage();
    expect(await screen.findByText("Inscription de Camille Martin")).toBeVisible();
    expect(screen.getByText("Liste d'attente, n° 2")).toBeVisible();
    // Their own full session stays ticked and can be left.
    expect(screen.getByRole("checkbox", { name: /Financer ses projets/ })).toBeChecked();
  });

  it("cancels only once the dialog is confirmed", async () => {
    const user = userEvent.setup();
    const result = vi.fn(() => ({
      data: {
        cancelMyEventRegistration: {
          __typename: "MyEventRegistrationSuccess",
          registration: registration("CANCELLED"),
        },
      },
    }));
    renderPage([
      { request: { query: CancelMyEventRegistrationMutation, variables: { input: { token: TOKEN } } }, result },
    ]);
    await user.click(await screen.findByRole("button", { name: "Annuler mon inscription" }));
    const dialog = await screen.findByRole("dialog", { name: "Annuler votre inscription ?" });
    await user.click(within(dialog).getByRole("button", { name: "Garder mon inscription" }));
    expect(result).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Annuler mon inscription" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Oui, annuler" }));
    expect(await screen.findByText("Inscription annulée")).toBeVisible();
    expect(result).toHaveBeenCalledOnce();
  });

  it("says when the link is not valid", async () => {
    renderPage(
      [],
      [
        {
          request: { query: MyEventRegistrationQuery, variables: { token: TOKEN } },
          result: { data: { myEventRegistration: null } },
        },
        mocks[1]!,
      ],
    );
    expect(await screen.findByText(/Ce lien d'inscription n'est pas \(ou plus\) valide/)).toBeVisible();
  });
});
