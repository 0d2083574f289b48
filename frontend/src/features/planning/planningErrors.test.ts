import { describe, expect, it } from "vitest";

import type { CalendarErrorCode, PlanningErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { calendarErrorMessage, planningErrorMessage, planningErrorText } from "./planningErrors";

const t = createI18n().getFixedT("fr", "planning");

describe("planning error messages", () => {
  it("has its own French message for every PlanningErrorCode of the schema", () => {
    const codes = enumValues("PlanningErrorCode");
    expect(codes.length).toBeGreaterThan(0);
    const messages = codes.map((code) => planningErrorMessage(t, code as PlanningErrorCode));
    for (const message of messages) {
      expect(message).not.toBe(t("errors.unknown"));
      expect(message).not.toMatch(/^errors\./);
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("has its own French message for every CalendarErrorCode of the schema", () => {
    const codes = enumValues("CalendarErrorCode");
    const messages = codes.map((code) => calendarErrorMessage(t, code as CalendarErrorCode));
    for (const message of messages) {
      expect(message).not.toBe(t("errors.unknown"));
      expect(message).not.toMatch(/^errors\./);
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("adds the server's details and falls back on its message for an unknown code", () => {
    expect(
      planningErrorText(t, { code: "NOT_A_WORKING_DAY", message: "Le 25/12/2026 n'est pas un jour ouvré (Noël)." }),
    ).toBe("Cette date n'est pas un jour ouvré. Le 25/12/2026 n'est pas un jour ouvré (Noël).");
    expect(planningErrorMessage(t, "NEW_CODE" as PlanningErrorCode, "Message du serveur.")).toBe("Message du serveur.");
  });
});
