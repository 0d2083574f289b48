import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { regionIdf, regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { EventListPage, EventListQuery } from "./EventListPage";

function event(overrides: Record<string, unknown>) {
  return {
    __typename: "Event",
    id: "RXZlbnQ6MQ",
    slug: "2022-24-heures-pour-relocaliser-rouen",
    viewerCanManage: false,
    name: "24 heures pour relocaliser — 1re édition",
    editionYear: 2022,
    startsOn: null,
    endsOn: null,
    venue: "Rouen",
    description: "Première édition.",
    hostRegion: regionNormandie,
    coOrganisers: [],
    productFigures: null,
    results: [],
    ...overrides,
  };
}

function result(rank: number, name: string, prizes: string[]) {
  return {
    __typename: "EventResult",
    rank,
    score: 10 - rank,
    project: { __typename: "Project", id: `p${rank}`, name },
    prizes: prizes.map((prize) => ({ __typename: "Prize", name: prize })),
  };
}

function mock(nodes: ReturnType<typeof event>[]): MockLink.MockedResponse {
  return {
    request: { query: EventListQuery, variables: { first: 20, after: null } },
    result: {
      data: {
        events: {
          __typename: "EventConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          unavailableRegions: [],
          edges: nodes.map((node) => ({ __typename: "EventEdge", node })),
        },
      },
    },
  };
}

describe("EventListPage", () => {
  it("shows each event with its French dates and published results", async () => {
    renderWithProviders(<EventListPage />, {
      mocks: [
        mock([
          event({
            productFigures: {
              __typename: "ProductFigures",
              productsPresented: 6,
              producedInFrance: 1,
              advancedRelocation: 1,
              researchStudies: 2,
            },
          }),
          event({
            id: "RXZlbnQ6Mg",
            name: "Pour une France industrielle",
            editionYear: 2023,
            startsOn: "2023-11-30",
            endsOn: "2023-12-01",
            venue: "NEOMA Business School, Rouen",
            coOrganisers: [regionIdf],
            slug: "2023-pour-une-france-industrielle",
            viewerCanManage: true,
            results: [
              result(1, "MIJUIN", ["Prix Bpifrance (démo)"]),
              result(2, "HUMAN MOB", []),
              result(4, "PIERCAN", []),
              result(5, "Calvados Outdoor", ["Prix Origine France Garantie (démo)"]),
            ],
          }),
        ]),
      ],
    });
    expect(
      await screen.findByRole("heading", { level: 2, name: "24 heures pour relocaliser — 1re édition" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Événements" })).toBeInTheDocument();
    expect(
      screen.getByText("6 produits présentés · 1 produit en France · 1 relocalisation avancée · 2 études de R&D"),
    ).toBeInTheDocument();
    expect(screen.getByText("Du 30 novembre au 1er décembre 2023")).toBeInTheDocument();
    expect(screen.getByText("Édition 2023")).toBeInTheDocument();
    expect(screen.getByText("Résultats non publiés")).toBeInTheDocument();
    expect(screen.getByText("2 événements")).toBeInTheDocument();
    expect(screen.getByText("Normandie, Île-de-France")).toBeInTheDocument();
    expect(screen.getAllByText("Régions organisatrices")).toHaveLength(1);
    // The published palmarès: the podium and every prize-winner, nobody else.
    const palmares = screen.getByRole("region", { name: "Palmarès du jury" });
    expect(
      within(palmares)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "1er — MIJUIN — Prix Bpifrance (démo)",
      "2e — HUMAN MOB",
      "5e — Calvados Outdoor — Prix Origine France Garantie (démo)",
    ]);
    expect(screen.getByRole("link", { name: "Page publique de « Pour une France industrielle »" })).toHaveAttribute(
      "href",
      "/evenements/2023-pour-une-france-industrielle",
    );
    expect(screen.getByRole("link", { name: "Gestion de « Pour une France industrielle »" })).toHaveAttribute(
      "href",
      "/evenements/2023-pour-une-france-industrielle/gestion",
    );
    expect(screen.getAllByRole("link", { name: /^Gestion de/ })).toHaveLength(1);
  });
});
