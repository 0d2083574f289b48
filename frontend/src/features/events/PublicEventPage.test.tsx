import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { PublicEventPage, PublicEventQuery } from "./PublicEventPage";

const SLUG = "2023-pour-une-france-industrielle";

function session(overrides: Record<string, unknown>) {
  return {
    __typename: "PublicEventSession",
    id: "RXZlbnRTZXNzaW9uOm5vcm1hbmRpZTox",
    kind: "CONFERENCE",
    title: "L'épopée de Verkor, la gigafactory de batteries",
    description: "",
    theme: null,
    day: "2023-11-30",
    startTime: "10:45",
    endTime: "11:30",
    room: "Amphithéâtre",
    seatsLeft: null,
    openToPublic: true,
    speakers: [{ __typename: "SessionSpeaker", name: "Olivier Dufour", title: "Cofondateur", organisation: "Verkor" }],
    ...overrides,
  };
}

function mock(registrationOpen: boolean): MockLink.MockedResponse {
  return {
    request: { query: PublicEventQuery, variables: { slug: SLUG } },
    result: {
      data: {
        publicEvent: {
          __typename: "PublicEvent",
          id: "RXZlbnQ6bm9ybWFuZGllOjM",
          slug: SLUG,
          name: "Pour une France industrielle",
          startsOn: "2023-11-30",
          endsOn: "2023-12-01",
          venue: "NEOMA Business School, Rouen",
          address: "",
          description: "Conférences, ateliers et hackathon.",
          registrationOpen,
          hostRegion: { __typename: "PublicRegion", slug: "normandie", name: "Normandie" },
          coOrganisers: [{ __typename: "PublicRegion", slug: "ile-de-france", name: "Île-de-France" }],
          sessions: [
            session({}),
            session({
              id: "RXZlbnRTZXNzaW9uOm5vcm1hbmRpZToy",
              kind: "WORKSHOP",
              title: "Meet-up : se développer à l'export",
              theme: { __typename: "MeetupTheme", key: "export", name: "Se développer à l'export" },
              startTime: "15:30",
              endTime: "15:50",
              room: "Salle des ateliers",
              seatsLeft: 0,
              speakers: [],
            }),
            session({
              id: "RXZlbnRTZXNzaW9uOm5vcm1hbmRpZToz",
              kind: "WORKSHOP",
              title: "Meet-up : financer ses projets",
              theme: { __typename: "MeetupTheme", key: "financer-ses-projets", name: "Financer ses projets" },
              startTime: "14:30",
              endTime: "14:50",
              seatsLeft: 12,
              speakers: [],
            }),
            session({
              id: "RXZlbnRTZXNzaW9uOm5vcm1hbmRpZTo0",
              kind: "HACKATHON",
              title: "Hackathon autour des 7 projets",
              day: "2023-12-01",
              startTime: "09:00",
              endTime: "12:00",
              openToPublic: false,
              speakers: [],
            }),
          ],
        },
      },
    },
  };
}

function renderPage(registrationOpen: boolean) {
  return renderWithProviders(<PublicEventPage />, {
    route: `/evenements/${SLUG}`,
    path: "/evenements/:slug",
    mocks: [mock(registrationOpen)],
  });
}

describe("PublicEventPage", () => {
  it("shows the programme by day with rooms, speakers, seats left and calendar links", async () => {
    const { container } = renderPage(true);
    expect(await screen.findByRole("heading", { level: 1, name: "Pour une France industrielle" })).toBeInTheDocument();
    expect(screen.getByText("Du 30 novembre au 1er décembre 2023")).toBeInTheDocument();
    expect(screen.getByText("Co-organisé par les CCI Normandie et Île-de-France")).toBeInTheDocument();
    const thursday = screen.getByRole("region", { name: "Jeudi 30 novembre 2023" });
    expect(within(thursday).getByText("Olivier Dufour", { exact: false })).toBeInTheDocument();
    expect(within(thursday).getByText("Complet — liste d'attente")).toBeInTheDocument();
    expect(within(thursday).getByText("12 places restantes")).toBeInTheDocument();
    const friday = screen.getByRole("region", { name: "Vendredi 1er décembre 2023" });
    expect(within(friday).getByText("Réservé aux entreprises accélérées")).toBeInTheDocument();
    expect(within(friday).queryByRole("link", { name: /agenda/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "S'inscrire" })).toHaveAttribute("href", `/evenements/${SLUG}/inscription`);
    expect(screen.getByRole("link", { name: "Ajouter l'événement à mon agenda" })).toHaveAttribute(
      "href",
      `/evenements/${SLUG}.ics`,
    );
    expect(
      screen.getByRole("link", { name: "Ajouter à mon agenda : « L'épopée de Verkor, la gigafactory de batteries »" }),
    ).toHaveAttribute("href", `/evenements/${SLUG}/sessions/RXZlbnRTZXNzaW9uOm5vcm1hbmRpZTox.ics`);
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it("says when registrations are closed", async () => {
    renderPage(false);
    expect(await screen.findByRole("button", { name: "Inscriptions closes" })).toBeDisabled();
    expect(screen.queryByRole("link", { name: "S'inscrire" })).not.toBeInTheDocument();
  });
});
