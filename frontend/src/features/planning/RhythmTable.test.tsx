import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { RhythmTable } from "./RhythmPage";

const region = (id: string, name: string) => ({ id, name });

describe("RhythmTable", () => {
  it("gives each region's numbers at the relative day, and « pas encore atteint » where the day has not come", () => {
    renderWithProviders(
      <RhythmTable
        day="J−81"
        rows={[
          {
            reached: true,
            at: "2026-11-23",
            todayRelativeDay: -81,
            region: region("n", "Normandie"),
            cohort: { id: "c1", name: "Cohorte 2027" },
            adherence: { due: 12, doneOnTime: 8, doneLate: 1, overdue: 3, onTimeRate: 0.6667 },
          },
          {
            reached: false,
            at: null,
            todayRelativeDay: -90,
            region: region("b", "Bourgogne-Franche-Comté"),
            cohort: { id: "c2", name: "Cohorte 2027" },
            adherence: null,
          },
          { reached: false, region: region("i", "Île-de-France"), cohort: null, adherence: null },
        ]}
      />,
    );
    const table = screen.getByRole("table", { name: "Respect du plan par région à J−81" });
    const normandie = within(table).getByRole("row", { name: /Normandie/ });
    expect(
      within(normandie)
        .getAllByRole("cell")
        .map((cell) => cell.textContent?.replace(/\s/g, " ")),
    ).toEqual(["23 novembre 2026", "12", "8", "1", "3", "67 %"]);
    expect(within(table).getByRole("row", { name: /Bourgogne-Franche-Comté/ })).toHaveTextContent(
      "pas encore atteint (aujourd'hui : J−90)",
    );
    expect(within(table).getByRole("row", { name: /Île-de-France/ })).toHaveTextContent(
      "Pas de cohorte dans cette édition",
    );
  });
});
