import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { financingErrorMessage, validateLine } from "./financingErrors";

const t = createI18n().getFixedT("fr", "financing");

describe("financing errors in French", () => {
  it("has a French message for every code of the schema", () => {
    for (const code of enumValues("FinancingErrorCode")) {
      const message = financingErrorMessage(t, code as never, null, null);
      expect(message).not.toMatch(/errors\./);
      expect(message).not.toBe(t("errors.unknown"));
    }
  });

  it("words a missing value after the field it is about, the row's path included", () => {
    expect(financingErrorMessage(t, "REQUIRED", "label")).toBe("Indiquez un libellé.");
    expect(financingErrorMessage(t, "REQUIRED", "lines.2.amount")).toBe("Indiquez un montant en euros.");
    expect(financingErrorMessage(t, "REQUIRED", "name")).toBe("Indiquez le nom du dispositif.");
    expect(financingErrorMessage(t, "TOO_LONG", "label")).toBe("Ce texte est trop long (200 caractères au plus).");
  });

  it("shows the server's message where it says more: who changed the row, the years the plan may cover", () => {
    const stale = "Camille Lemoine a modifié le montant le 23 novembre 2026 à 10:05.";
    expect(financingErrorMessage(t, "STALE_VERSION", null, stale)).toBe(stale);
    expect(financingErrorMessage(t, "STALE_VERSION", null, "")).toBe(
      "Quelqu'un l'a modifié entre-temps : rechargez le plan pour voir ses modifications, puis recommencez.",
    );
    const years = "L'année doit être comprise entre 2022 et 2033 pour ce projet.";
    expect(financingErrorMessage(t, "YEAR_OUT_OF_RANGE", "year", years)).toBe(years);
    // Ours, whatever the server says, where the code says it all.
    expect(financingErrorMessage(t, "NOT_IN_PROJECT", "quoteDocumentId", "Not in project")).toBe(
      "Ce fournisseur ou ce document n'appartient pas à ce projet.",
    );
  });

  it("falls back on the server's message for a code this build does not know", () => {
    expect(financingErrorMessage(t, "SOMETHING_NEW" as never, null, "Refus expliqué par le serveur.")).toBe(
      "Refus expliqué par le serveur.",
    );
    expect(financingErrorMessage(t, "SOMETHING_NEW" as never, null, null)).toBe("La modification a été refusée.");
  });

  it("checks a line before sending, with the server's words", () => {
    expect(validateLine(t, { label: " ", amount: null, amountText: "12,5", year: null, yearText: "27" })).toEqual({
      label: "Indiquez un libellé.",
      amount: "Le montant s'indique en euros entiers, entre 0 et 1 000 000 000 €.",
      year: "Indiquez une année sur quatre chiffres.",
    });
    expect(
      validateLine(t, {
        label: "Presse",
        amount: 2_000_000_000,
        amountText: "2000000000",
        year: 2026,
        yearText: "2026",
      }),
    ).toEqual({ amount: "Le montant s'indique en euros entiers, entre 0 et 1 000 000 000 €." });
    expect(validateLine(t, { label: "", amount: 5, amountText: "5", year: 2026, yearText: "2026" }, false)).toEqual({});
  });
});
