import { describe, expect, it } from "vitest";

import { sortCandidates } from "./candidateOrder";

const scored = (name: string, average: number) => ({ name, selectionReview: { average } });
const unscored = (name: string) => ({ name, selectionReview: null });

describe("sortCandidates", () => {
  it("puts the best average first and the unscored candidates last, by name within a tie", () => {
    const sorted = sortCandidates([
      unscored("Zinc recyclé"),
      scored("Bois massif", 12),
      unscored("Atelier textile"),
      scored("Vélo taxi", 17),
      scored("Bois local", 12.5),
      scored("Cosmétiques", 12),
      scored("Éolien", 0),
    ]);
    expect(sorted.map((c) => c.name)).toEqual([
      "Vélo taxi",
      "Bois local",
      "Bois massif",
      "Cosmétiques",
      "Éolien",
      "Atelier textile",
      "Zinc recyclé",
    ]);
  });

  it("leaves the list it is given untouched", () => {
    const list = [scored("B", 1), scored("A", 2)];
    sortCandidates(list);
    expect(list.map((c) => c.name)).toEqual(["B", "A"]);
  });
});
