import { describe, expect, it } from "vitest";

import type { SourcingErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import {
  sourcingErrorMessage,
  sourcingFieldKind,
  validateCommuneCode,
  validateSiret,
  validateText,
} from "./supplyChainErrors";

const t = createI18n().getFixedT("fr", "supplyChain");
const FALLBACK = t("errors.unknown");

describe("supply-chain error messages", () => {
  it("has its own French message for every SourcingErrorCode of the schema", () => {
    const codes = enumValues("SourcingErrorCode");
    expect(codes.length).toBeGreaterThan(0);
    const messages = codes.map((code) => sourcingErrorMessage(t, code as SourcingErrorCode, null));
    for (const message of messages) {
      expect(message).not.toBe(FALLBACK);
      expect(message).not.toMatch(/^errors\./); // not a missing translation key
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("words an error by what its path names, whatever the row", () => {
    expect(sourcingFieldKind("stages.2.name")).toBe("stageName");
    expect(sourcingFieldKind("stages.0.needs")).toBe("stageNeeds");
    expect(sourcingFieldKind("stages")).toBe("stages");
    expect(sourcingFieldKind("stages.1.other")).toBeNull();
    expect(sourcingErrorMessage(t, "REQUIRED", "stages.3.name")).toBe("Indiquez le nom de l'étape.");
    expect(sourcingErrorMessage(t, "REQUIRED", "reason")).toMatch(/^Indiquez le motif/);
    expect(sourcingErrorMessage(t, "REQUIRED", "communeCode")).toMatch(/code INSEE/);
    expect(sourcingErrorMessage(t, "TOO_LONG", "stages.0.name")).toBe(
      "Ce texte est trop long (120 caractères au maximum).",
    );
    expect(sourcingErrorMessage(t, "TOO_LONG", "notes")).toMatch(/4000 caractères/);
    expect(sourcingErrorMessage(t, "TOO_LONG", "stages")).toMatch(/15 étapes au plus/);
    expect(sourcingErrorMessage(t, "DUPLICATE_NAME", "stages.1.name")).toMatch(/^Cette étape figure déjà/);
  });

  it("prefers the server's message where it says more: who changed what, which stage, which SIRET", () => {
    const stale =
      "Léa Dupuis a modifié cet élément le 23 novembre 2026 à 10 h 05 (statut) depuis que vous l'avez ouvert.";
    expect(sourcingErrorMessage(t, "STALE_VERSION", "expectedVersion", stale)).toBe(stale);
    expect(sourcingErrorMessage(t, "STALE_VERSION", "expectedVersion", " ")).toBe(t("errors.STALE_VERSION"));
    expect(sourcingErrorMessage(t, "UNKNOWN_SUPPLIER", "siret", "Aucun établissement … 82915341000012.")).toMatch(
      /82915341000012/,
    );
    // The server advises to reject the suppliers, which does not free a stage: ours is shown.
    expect(sourcingErrorMessage(t, "STAGE_NOT_EMPTY", "stages", "… écartez-les …")).toBe(t("errors.STAGE_NOT_EMPTY"));
  });

  it("falls back on the server's French message for a code this build does not know", () => {
    expect(sourcingErrorMessage(t, "NEW_CODE" as SourcingErrorCode, null, "Message du serveur.")).toBe(
      "Message du serveur.",
    );
  });

  it("checks as the user types, like the server", () => {
    expect(validateText(t, " ", "stageName", true)).toBe("Indiquez le nom de l'étape.");
    expect(validateText(t, "a".repeat(120), "stageName", true)).toBeNull();
    expect(validateText(t, "a".repeat(121), "stageName", true)).toMatch(/120 caractères/);
    expect(validateText(t, "", "reason", true)).toMatch(/^Indiquez le motif/);
    expect(validateText(t, "", "notes", false)).toBeNull();
    expect(validateSiret(t, "829 153 410 00012")).toBeNull();
    expect(validateSiret(t, "")).toBe("Indiquez le SIRET de l'établissement.");
    expect(validateSiret(t, "8291534100001")).toMatch(/14 chiffres/);
    expect(validateCommuneCode(t, "59512")).toBeNull();
    expect(validateCommuneCode(t, "2A004")).toBeNull();
    expect(validateCommuneCode(t, "5951")).toMatch(/5 caractères/);
  });
});
