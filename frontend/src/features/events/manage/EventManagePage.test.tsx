import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { EVENT_ID, SLUG } from "../eventMeetingsFixtures";

import { EventManagePage, EventManageQuery } from "./EventManagePage";
import { HackathonTeamsQueryDocument } from "./HackathonTab";

describe("EventManagePage", () => {
  it("opens on the tab the address names, among the organisers' tabs", async () => {
    renderWithProviders(<EventManagePage />, {
      route: `/evenements/${SLUG}/gestion?onglet=hackathon`,
      path: "/evenements/:slug/gestion",
      mocks: [
        {
          request: { query: EventManageQuery, variables: { slug: SLUG } },
          result: {
            data: {
              eventBySlug: {
                __typename: "Event",
                id: EVENT_ID,
                slug: SLUG,
                name: "Pour une France industrielle",
                viewerCanManage: true,
              },
            },
          },
        },
        {
          request: { query: HackathonTeamsQueryDocument, variables: { slug: SLUG } },
          result: { data: { eventBySlug: { __typename: "Event", id: EVENT_ID, hackathonTeams: [] } } },
        },
      ],
    });
    expect(await screen.findByRole("heading", { name: "Gestion de « Pour une France industrielle »" })).toBeVisible();
    expect(screen.getByRole("tab", { name: "Hackathon" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "Rendez-vous" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Programme" })).toHaveAttribute("aria-selected", "false");
    expect(await screen.findByText(/Aucun projet ne pitche encore/)).toBeInTheDocument();
  });

  it("says so when the event is not the viewer's to run", async () => {
    renderWithProviders(<EventManagePage />, {
      route: `/evenements/${SLUG}/gestion`,
      path: "/evenements/:slug/gestion",
      mocks: [
        { request: { query: EventManageQuery, variables: { slug: SLUG } }, result: { data: { eventBySlug: null } } },
      ],
    });
    expect(await screen.findByText(/réservée aux organisateurs de l'événement/)).toBeInTheDocument();
  });
});
