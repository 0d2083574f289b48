import { describe, expect, it } from "vitest";

import type { DocumentErrorCode } from "../../graphql/generated/graphql";
import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { documentErrorCodeOf, documentErrorMessage, tooLargeMessage } from "./documentErrors";
import { formatFileSize } from "./fileSize";

const t = createI18n().getFixedT("fr", "projects");
const FALLBACK = t("documentErrors.unknown");

describe("document error messages", () => {
  it("has its own French message for every DocumentErrorCode of the schema", () => {
    const codes = enumValues("DocumentErrorCode");
    expect(codes.length).toBeGreaterThan(0);
    const messages = codes.map((code) => documentErrorMessage(t, code as DocumentErrorCode));
    for (const message of messages) {
      expect(message).not.toBe(FALLBACK);
      expect(message).not.toMatch(/^documentErrors\./);
    }
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("shows the server's message where it says more: the limit, what the content really is", () => {
    const limit = "Le fichier dépasse la taille maximale autorisée (50 Mo).";
    expect(documentErrorMessage(t, "TOO_LARGE", limit)).toBe(limit);
    const mismatch = "Le type du fichier ne correspond pas à son extension.";
    expect(documentErrorMessage(t, "CONTENT_MISMATCH", ` ${mismatch} `)).toBe(mismatch);
    expect(documentErrorMessage(t, "CONTENT_MISMATCH", null)).toBe(t("documentErrors.CONTENT_MISMATCH"));
    // Elsewhere our wording wins.
    expect(documentErrorMessage(t, "LINK_EXPIRED", "Ce lien a expiré.")).toBe(t("documentErrors.LINK_EXPIRED"));
  });

  it("falls back on the server's message for a code this build does not know, or on a generic one", () => {
    expect(documentErrorMessage(t, "NEW_CODE" as DocumentErrorCode, "Message du serveur.")).toBe("Message du serveur.");
    expect(documentErrorMessage(t, null, "  ")).toBe(FALLBACK);
  });

  it("reads the store's lower-case codes", () => {
    expect(documentErrorCodeOf("too_large")).toBe("TOO_LARGE");
    expect(documentErrorCodeOf("link_expired")).toBe("LINK_EXPIRED");
    expect(documentErrorCodeOf("nonsense")).toBeNull();
    expect(documentErrorCodeOf(413)).toBeNull();
  });

  it("writes sizes in octets, Ko, Mo and Go, base 1024, one decimal below 10", () => {
    expect(formatFileSize(t, 0)).toBe("0 octet");
    expect(formatFileSize(t, 512)).toBe("512 octets");
    expect(formatFileSize(t, 1536)).toBe("1,5 Ko");
    expect(formatFileSize(t, 340 * 1024)).toBe("340 Ko");
    expect(formatFileSize(t, 1.5 * 1024 * 1024)).toBe("1,5 Mo");
    expect(formatFileSize(t, 50 * 1024 * 1024)).toBe("50 Mo");
    expect(formatFileSize(t, 2 * 1024 ** 3)).toBe("2 Go");
    expect(tooLargeMessage(t, 50 * 1024 * 1024)).toBe("Le fichier dépasse la taille maximale autorisée (50 Mo).");
  });
});
