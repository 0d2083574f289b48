import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";

import { adherenceSummary } from "./adherence";

const t = createI18n().getFixedT("fr", "planning");
/** Intl writes « 75 % » with a narrow no-break space: compared with a plain one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("adherenceSummary", () => {
  it("gives each number its own plural, French style (0 and 1 singular)", () => {
    expect(plain(adherenceSummary(t, { due: 12, doneOnTime: 9, doneLate: 1, overdue: 2, onTimeRate: 0.75 }))).toBe(
      "12 jalons échus : 9 faits à temps, 1 fait en retard, 2 non faits (75 % à temps)",
    );
    expect(plain(adherenceSummary(t, { due: 1, doneOnTime: 0, doneLate: 0, overdue: 1, onTimeRate: 0 }))).toBe(
      "1 jalon échu : 0 fait à temps, 0 fait en retard, 1 non fait (0 % à temps)",
    );
    expect(adherenceSummary(t, { due: 0, doneOnTime: 0, doneLate: 0, overdue: 0 })).toBe("Aucun jalon échu");
  });

  it("counts a migration's changes with plurals, not « (s) »", () => {
    const summary = t("migrate.summary", {
      added: t("migrate.addedCount", { count: 1 }),
      removed: t("migrate.removedCount", { count: 0 }),
      moved: t("migrate.movedCount", { count: 3 }),
    });
    expect(summary).toBe("1 ajout, 0 retrait, 3 déplacements.");
  });
});
