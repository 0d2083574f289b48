import { describe, expect, it } from "vitest";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { projectErrorMessage, validateNotes, validateSummary } from "./projectErrors";

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
