import { describe, expect, it } from "vitest";

import { resources } from "./i18n";

/** Every string of the French translations, with its key: « planning.migrate.summary ». */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("French plurals", () => {
  it("go through i18next's plural keys (_one, _other with count), never « (s) »", () => {
    const handMade = strings(resources.fr, "").filter(([, text]) => /\((?:s|e|es|x)\)/.test(text));
    expect(handMade).toEqual([]);
  });
});
