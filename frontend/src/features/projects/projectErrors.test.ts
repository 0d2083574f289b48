import { describe, expect, it } from "vitest";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { projectErrorMessage, validateNotes, validateReason, validateSummary } from "./projectErrors";

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
