import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";

import { type JuryResults, ResultsTable } from "./ResultsTable";

function row(pitch: string, name: string, rank: number, score: number, normalisedScore: number) {
  return {
    weighted: {
      __typename: "RankedProject" as const,
      rank,
      score,
      pitch: { __typename: "PitchRef" as const, id: pitch },
      project: { __typename: "Project" as const, id: name, name },
    },
    normalised: {
      __typename: "RankedProject" as const,
      rank,
      normalisedScore,
      pitch: { __typename: "PitchRef" as const, id: pitch },
      project: { __typename: "Project" as const, id: name, name },
    },
  };
}

const mijuin = row("p1", "MIJUIN", 1, 6, 1.281);
const humanMob = row("p2", "HUMAN MOB", 2, 5.333, -0.431);
const piercan = row("p3", "PIERCAN", 3, 4.667, -0.422);

const RESULTS: JuryResults = {
  rankingsDiffer: true,
  rule: "Note d'un juré : moyenne de ses notes pondérée par les poids de la grille.",
  weighted: [mijuin.weighted, humanMob.weighted, piercan.weighted],
  normalised: [mijuin.normalised, { ...piercan.normalised, rank: 2 }, { ...humanMob.normalised, rank: 3 }],
  unranked: [
    {
      project: { name: "DELINEO" },
      reason: "Non classé : aucun juré n'a encore noté ce projet.",
    },
  ],
};

describe("ResultsTable", () => {
  it("shows both rankings side by side when they differ, with the rule and the unranked", () => {
    renderWithProviders(<ResultsTable results={RESULTS} />);
    const weighted = screen.getByRole("table", { name: "Classement pondéré" });
    expect(
      within(weighted)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["RangProjetNote / 10", "1MIJUIN6,00", "2HUMAN MOB5,33", "3PIERCAN4,67"]);
    const normalised = screen.getByRole("table", { name: "Classement normalisé (jurés centrés et réduits)" });
    expect(within(normalised).getAllByRole("row")[2]).toHaveTextContent("2PIERCAN-0,422");
    expect(screen.getByText(/Les deux classements diffèrent/)).toBeInTheDocument();
    expect(screen.getByText(/DELINEO — Non classé/)).toBeInTheDocument();
    expect(screen.getByText(/pondérée par les poids de la grille/)).toBeInTheDocument();
  });

  it("shows one ranking when both agree", () => {
    renderWithProviders(<ResultsTable results={{ ...RESULTS, rankingsDiffer: false, unranked: [] }} />);
    expect(screen.getAllByRole("table")).toHaveLength(1);
    expect(screen.getByText(/donnent les mêmes rangs/)).toBeInTheDocument();
  });
});
