import { describe, expect, it } from "vitest";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import {
  isListPath,
  projectErrorMessage,
  validateCommuneCode,
  validateCustomsCode,
  validateImportValue,
  validateMemberEmail,
  validateNafCode,
  validateNotes,
  validateReason,
  validateSiret,
  validateSummary,
} from "./projectErrors";

const t = createI18n().getFixedT("fr", "projects");
const FALLBACK = t("errors.unknown");

describe("project error messages", () => {
  it("has its own French message for every ProjectErrorCode of the schema", () => {
    const codes = enumValues("ProjectErrorCode");
    expect(codes.length).toBeGreaterThan(0);
    const messages = codes.map((code) => projectErrorMessage(t, code as ProjectErrorCode, null));
    for (const message of messages) {
      expect(message).not.toBe(FALLBACK);
      expect(message).not.toMatch(/^errors\./); // not a missing translation key
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("says which limit applies to which field", () => {
    expect(projectErrorMessage(t, "TOO_LONG", "summary")).toBe("Ce texte est trop long (2000 caractères au maximum).");
    expect(projectErrorMessage(t, "TOO_LONG", "notes")).toBe("Ce texte est trop long (10000 caractères au maximum).");
    expect(projectErrorMessage(t, "REQUIRED", "summary")).toBe("L'objectif du projet est obligatoire.");
  });

  it("words the reason of a status change on its own", () => {
    expect(projectErrorMessage(t, "REQUIRED", "reason")).toMatch(/^Indiquez le motif/);
    expect(projectErrorMessage(t, "TOO_LONG", "reason")).toBe("Ce texte est trop long (2000 caractères au maximum).");
    expect(validateReason(t, "  ", true)).toMatch(/^Indiquez le motif/);
    expect(validateReason(t, "", false)).toBeNull();
    expect(validateReason(t, "a".repeat(2000), true)).toBeNull();
    expect(validateReason(t, "a".repeat(2001), false)).toMatch(/2000 caractères/);
  });

  it("prefers the server's message where it says more than the code: who changed the project, and when", () => {
    const stale =
      "Mathis Carpentier a modifié cet élément le 23 novembre 2026 à 10 h 05 (statut) depuis que vous l'avez ouvert.";
    expect(projectErrorMessage(t, "STALE_VERSION", "expectedVersion", stale)).toBe(stale);
    expect(projectErrorMessage(t, "STALE_VERSION", "expectedVersion", "  ")).toBe(t("errors.STALE_VERSION"));
    // Elsewhere our wording wins over the server's default.
    expect(projectErrorMessage(t, "ILLEGAL_TRANSITION", "to", "Message du serveur.")).toBe(
      t("errors.ILLEGAL_TRANSITION"),
    );
  });

  it("falls back on the server's French message for a code this build does not know", () => {
    expect(projectErrorMessage(t, "NEW_CODE" as ProjectErrorCode, null, "Message du serveur.")).toBe(
      "Message du serveur.",
    );
  });

  it("validates like the server: objectif required and ≤ 2000 characters, notes ≤ 10000", () => {
    expect(validateSummary(t, "   ")).toBe("L'objectif du projet est obligatoire.");
    expect(validateSummary(t, "a".repeat(2000))).toBeNull();
    expect(validateSummary(t, "a".repeat(2001))).toMatch(/2000 caractères/);
    expect(validateNotes(t, "")).toBeNull();
    expect(validateNotes(t, "a".repeat(10000))).toBeNull();
    expect(validateNotes(t, "a".repeat(10001))).toMatch(/10000 caractères/);
  });
});

describe("company, products and team errors", () => {
  it("words an error by what its path names, whatever the row", () => {
    expect(projectErrorMessage(t, "REQUIRED", "name")).toBe("La raison sociale de l'entreprise est obligatoire.");
    expect(projectErrorMessage(t, "REQUIRED", "products.3.name")).toBe("Indiquez le nom du produit.");
    expect(projectErrorMessage(t, "REQUIRED", "members.0.name")).toBe("Indiquez le nom de la personne.");
    expect(projectErrorMessage(t, "TOO_LONG", "members.2.name")).toBe(
      "Ce texte est trop long (120 caractères au maximum).",
    );
    expect(projectErrorMessage(t, "TOO_LONG", "products")).toMatch(/20 produits au plus/);
    expect(projectErrorMessage(t, "DUPLICATE_NAME", "products.1.name")).toMatch(/^Ce produit figure déjà/);
    expect(projectErrorMessage(t, "ONE_COACH", "members")).toMatch(/un seul coach/);
  });

  it("checks the company's record lightly, as the user types", () => {
    expect(validateSiret(t, "", "829153410")).toBeNull();
    expect(validateSiret(t, "829 153 410 00012", "829153410")).toBeNull();
    expect(validateSiret(t, "8291534100001", "829153410")).toMatch(/SIRET n'est pas valide/);
    expect(validateSiret(t, "12345678900012", "829153410")).toMatch(/commencer par son numéro SIREN/);
    expect(validateNafCode(t, "")).toBeNull();
    expect(validateNafCode(t, "13.10Z")).toBeNull();
    expect(validateNafCode(t, "1310z")).toBeNull();
    expect(validateNafCode(t, "13.10")).toMatch(/« 13.10Z »/);
    expect(validateCommuneCode(t, "76540")).toBeNull();
    expect(validateCommuneCode(t, "2A004")).toBeNull();
    expect(validateCommuneCode(t, "7654")).toMatch(/5 caractères/);
  });

  it("checks products and people lightly, as the user types", () => {
    expect(validateCustomsCode(t, "")).toBeNull();
    expect(validateCustomsCode(t, "6109 10 00")).toBeNull();
    expect(validateCustomsCode(t, "61091")).toMatch(/4, 6, 8 ou 10 chiffres/);
    expect(validateImportValue(t, "")).toBeNull();
    expect(validateImportValue(t, 250000)).toBeNull();
    expect(validateImportValue(t, 2_000_000_000)).toMatch(/au plus un milliard/);
    expect(validateMemberEmail(t, "")).toBeNull();
    expect(validateMemberEmail(t, "paul@cabinet")).toMatch(/n'est pas valide/);
  });

  it("says whether a server path names an input of a list form", () => {
    expect(isListPath("products", "products", 2, ["name"])).toBe(true);
    expect(isListPath("products.1.name", "products", 2, ["name"])).toBe(true);
    expect(isListPath("products.2.name", "products", 2, ["name"])).toBe(false);
    expect(isListPath("members.0.name", "products", 2, ["name"])).toBe(false);
    expect(isListPath("products.0.other", "products", 2, ["name"])).toBe(false);
  });
});
