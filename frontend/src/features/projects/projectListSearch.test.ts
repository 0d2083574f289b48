import { describe, expect, it } from "vitest";

import {
  hasFilters,
  parseProjectListSearch,
  projectExportUrl,
  projectFilterOf,
  serializeProjectListSearch,
  withoutFilters,
  type ProjectListSearch,
} from "./projectListSearch";

const empty: ProjectListSearch = {
  region: null,
  statuses: [],
  sectors: [],
  needs: [],
  advisers: [],
  everyAdviser: false,
  departements: [],
  text: "",
};

describe("project list URL", () => {
  it("round-trips region, statuses, sectors and text", () => {
    const search = {
      ...empty,
      region: "normandie",
      statuses: ["CANDIDATE" as const, "CLOSED" as const],
      sectors: ["TEXTILE" as const],
      text: "lin",
    };
    const params = serializeProjectListSearch(search);
    expect(params.toString()).toBe("region=normandie&statut=CANDIDATE&statut=CLOSED&filiere=TEXTILE&q=lin");
    expect(parseProjectListSearch(params)).toEqual(search);
  });

  it("round-trips needs, advisers and départements under French names", () => {
    const search: ProjectListSearch = {
      ...empty,
      needs: ["MARKET_STUDY", "FINANCING"],
      advisers: ["VXNlcjox", "VXNlcjoy"],
      departements: ["76", "2A", "971"],
    };
    const params = serializeProjectListSearch(search);
    expect(params.toString()).toBe(
      "besoin=MARKET_STUDY&besoin=FINANCING&conseiller=VXNlcjox&conseiller=VXNlcjoy" +
        "&departement=76&departement=2A&departement=971",
    );
    expect(parseProjectListSearch(params)).toEqual(search);
  });

  it("drops values the schema does not know, and duplicates", () => {
    const parsed = parseProjectListSearch(
      new URLSearchParams("statut=CANDIDATE&statut=candidate&statut=CANDIDATE&filiere=X&q=%20%20"),
    );
    expect(parsed).toEqual({ ...empty, statuses: ["CANDIDATE"] });
  });

  it("drops unknown needs, malformed adviser ids and codes that are not départements", () => {
    const parsed = parseProjectListSearch(
      new URLSearchParams(
        "besoin=FINANCING&besoin=financing&besoin=CAFE" +
          "&conseiller=VXNlcjox&conseiller=VXNlcjox&conseiller=%3Cscript%3E&conseiller=" +
          "&departement=76&departement=%202a%20&departement=7&departement=976&departement=980&departement=2C" +
          "&departement=76",
      ),
    );
    expect(parsed).toEqual({
      ...empty,
      needs: ["FINANCING"],
      advisers: ["VXNlcjox"],
      departements: ["76", "2A", "976"],
    });
  });

  it("says « every adviser » as conseiller=tous, which an adviser's id overrides", () => {
    const every = { ...empty, everyAdviser: true };
    expect(serializeProjectListSearch(every).toString()).toBe("conseiller=tous");
    expect(parseProjectListSearch(new URLSearchParams("conseiller=tous"))).toEqual(every);
    expect(parseProjectListSearch(new URLSearchParams("conseiller=tous&conseiller=VXNlcjox"))).toEqual({
      ...empty,
      advisers: ["VXNlcjox"],
    });
    expect(serializeProjectListSearch({ ...every, advisers: ["VXNlcjox"] }).toString()).toBe("conseiller=VXNlcjox");
    expect(hasFilters(every)).toBe(false);
  });

  it("counts the new filters in « filtered », and clears them with the others but keeps the region", () => {
    expect(hasFilters(empty)).toBe(false);
    expect(hasFilters({ ...empty, needs: ["CONSULTING"] })).toBe(true);
    expect(hasFilters({ ...empty, advisers: ["VXNlcjox"] })).toBe(true);
    expect(hasFilters({ ...empty, departements: ["76"] })).toBe(true);
    expect(
      withoutFilters({
        region: "normandie",
        statuses: ["SELECTED"],
        sectors: ["TEXTILE"],
        needs: ["CONSULTING"],
        advisers: ["VXNlcjox"],
        everyAdviser: false,
        departements: ["76"],
        text: "lin",
      }),
    ).toEqual({ ...empty, region: "normandie" });
  });
});

describe("projectFilterOf", () => {
  it("sends every filter of the search, an empty list as null, and nothing at all when unfiltered", () => {
    expect(projectFilterOf(empty)).toBeNull();
    expect(projectFilterOf({ ...empty, region: "normandie" })).toBeNull();
    expect(
      projectFilterOf({ ...empty, needs: ["MARKET_STUDY"], advisers: ["VXNlcjox"], departements: ["76", "27"] }),
    ).toEqual({
      status: null,
      sector: null,
      need: ["MARKET_STUDY"],
      adviser: ["VXNlcjox"],
      departement: ["76", "27"],
      text: null,
    });
  });
});

describe("projectExportUrl", () => {
  it("puts the filters shown in the export URL, with the API's parameter names, lists repeated", () => {
    const search = parseProjectListSearch(
      new URLSearchParams(
        "region=normandie&statut=CANDIDATE&statut=SELECTED&filiere=TEXTILE&besoin=FINANCING" +
          "&conseiller=VXNlcjox&departement=76&departement=27&q=lin%20bio",
      ),
    );
    const url = new URL(projectExportUrl("normandie", search), "https://filiere.test");
    expect(url.pathname).toBe("/exports/projects.xlsx");
    expect([...url.searchParams]).toEqual([
      ["region", "normandie"],
      ["status", "CANDIDATE"],
      ["status", "SELECTED"],
      ["sector", "TEXTILE"],
      ["need", "FINANCING"],
      ["adviser", "VXNlcjox"],
      ["departement", "76"],
      ["departement", "27"],
      ["text", "lin bio"],
    ]);
  });

  it("leaves the region out for every region, and the query string out when nothing is filtered", () => {
    expect(projectExportUrl(null, empty)).toBe("/exports/projects.xlsx");
    expect(projectExportUrl(null, { ...empty, region: "toutes", departements: ["2A"] })).toBe(
      "/exports/projects.xlsx?departement=2A",
    );
  });
});
