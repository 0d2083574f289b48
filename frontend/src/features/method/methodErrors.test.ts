import { describe, expect, it } from "vitest";

import type { MethodErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { methodErrorMessage } from "./methodErrors";

const t = createI18n().getFixedT("fr", "method");

describe("method error messages", () => {
  it("has its own French message for every MethodErrorCode of the schema", () => {
    const codes = enumValues("MethodErrorCode");
    expect(codes.length).toBeGreaterThan(0);
    const messages = codes.map((code) => methodErrorMessage(t, code as MethodErrorCode));
    for (const message of messages) {
      expect(message).not.toBe(t("errors.unknown"));
      expect(message).not.toMatch(/^errors\./);
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("falls back on the server's message for a code this build does not know", () => {
    expect(methodErrorMessage(t, "NEW_CODE" as MethodErrorCode, "Message du serveur.")).toBe("Message du serveur.");
  });
});
