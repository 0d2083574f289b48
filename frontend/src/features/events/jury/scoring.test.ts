import { describe, expect, it } from "vitest";

import { cardState, isValidScore, missingCriteria, weightedScore } from "./scoring";

const GRID = [
  { id: "r", name: "Potentiel de relocalisation", weight: 3 },
  { id: "m", name: "Modèle économique", weight: 2 },
  { id: "p", name: "Qualité du pitch", weight: 1 },
];

describe("jury scoring", () => {
  it("accepts 0 to 10 by tenths, as the API does", () => {
    expect([0, 7.5, 7.3, 10].every(isValidScore)).toBe(true);
    expect([-0.5, 10.5, 7.25, Number.NaN, null].some((value) => isValidScore(value))).toBe(false);
  });

  it("weights the criteria like the results and waits for every one", () => {
    expect(weightedScore(GRID, { r: 8, m: 6, p: null })).toBeNull();
    expect(missingCriteria(GRID, { r: 8, m: 6, p: null }).map((c) => c.name)).toEqual(["Qualité du pitch"]);
    // (3 × 8 + 2 × 6 + 1 × 5) / 6 = 41 / 6
    expect(weightedScore(GRID, { r: 8, m: 6, p: 5 })).toBe(6.83);
  });

  it("tells a saved card from an abstention and a card still to write", () => {
    expect(cardState(undefined)).toBe("todo");
    expect(cardState({ abstained: false })).toBe("scored");
    expect(cardState({ abstained: true })).toBe("abstained");
  });
});
