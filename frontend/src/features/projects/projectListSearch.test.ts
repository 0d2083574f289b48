import { describe, expect, it } from "vitest";

import { parseProjectListSearch, serializeProjectListSearch } from "./projectListSearch";

describe("project list URL", () => {
  it("round-trips region, statuses, sectors and text", () => {
    const search = {
      region: "normandie",
      statuses: ["CANDIDATE" as const, "CLOSED" as const],
      sectors: ["TEXTILE" as const],
      text: "lin",
    };
    const params = serializeProjectListSearch(search);
    expect(params.toString()).toBe("region=normandie&statut=CANDIDATE&statut=CLOSED&filiere=TEXTILE&q=lin");
    expect(parseProjectListSearch(params)).toEqual(search);
  });

  it("drops values the schema does not know, and duplicates", () => {
    const parsed = parseProjectListSearch(
      new URLSearchParams("statut=CANDIDATE&statut=candidate&statut=CANDIDATE&filiere=X&q=%20%20"),
    );
    expect(parsed).toEqual({ region: null, statuses: ["CANDIDATE"], sectors: [], text: "" });
  });
});
