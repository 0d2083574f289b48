import { describe, expect, it } from "vitest";

import { FRENCH_REGIONS } from "./frenchRegions";
import { groupByTier, type ResultItem } from "./SupplierResults";
import {
  EMPTY_SEARCH,
  formatKm,
  hasCriteria,
  normaliseNaf,
  parseSupplierSearch,
  serializeSupplierSearch,
  supplierFilterOf,
  supplierNearOf,
  withoutFilters,
} from "./supplierSearch";

const parse = (query: string) => parseSupplierSearch(new URLSearchParams(query));

describe("the supplier search in the URL", () => {
  it("round-trips every parameter", () => {
    const query =
      "q=filature+lin&projet=UHJvamVjdDpub3JtYW5kaWU6Nw&etape=U3RhZ2U6Mg&naf=C&naf=13.10Z&effectif=12" +
      "&departement=76&departement=2A&region=32&region=75&certification=GOTS&km=50";
    const search = parse(query);
    expect(search).toEqual({
      text: "filature lin",
      projectId: "UHJvamVjdDpub3JtYW5kaWU6Nw",
      stageId: "U3RhZ2U6Mg",
      communeCode: null,
      naf: ["C", "13.10Z"],
      workforceBands: ["12"],
      departements: ["76", "2A"],
      regionCodes: ["32", "75"],
      certifications: ["GOTS"],
      withinKm: 50,
    });
    expect(serializeSupplierSearch(search).toString()).toBe(query);
  });

  it("drops what the API would not understand", () => {
    expect(
      parse(
        "commune=76 540&naf=1310z&naf=XX&naf=99&effectif=77&departement=7&region=99&region=normandie&region=8" +
          "&certification=ISO&km=-3&projet=a%20b",
      ),
    ).toEqual({
      ...EMPTY_SEARCH,
      communeCode: "76540",
      naf: ["13.10Z"],
    });
    // A distance means nothing without a place; a project wins over a commune.
    expect(parse("km=10").withinKm).toBeNull();
    expect(parse("projet=UHJvamVjdDox&commune=76540")).toMatchObject({ projectId: "UHJvamVjdDox", communeCode: null });
  });

  it("builds the API's arguments, null when nothing is chosen", () => {
    expect(supplierNearOf(EMPTY_SEARCH)).toBeNull();
    expect(supplierFilterOf(EMPTY_SEARCH)).toBeNull();
    expect(hasCriteria(EMPTY_SEARCH)).toBe(false);
    const search = parse("commune=2A004&effectif=00&km=25");
    expect(supplierNearOf(search)).toEqual({ communeCode: "2A004" });
    expect(supplierFilterOf(search)).toEqual({
      naf: null,
      workforceBands: ["00"],
      departements: null,
      regionCodes: null,
      certifications: null,
      withinKm: 25,
    });
    expect(hasCriteria(parse("q=lin"))).toBe(true);
  });

  it("reads régions from the URL, sends them as `regionCodes`, and clears them with the other filters", () => {
    const search = parse("region=28&region=%2032&region=28&departement=14");
    expect(search.regionCodes).toEqual(["28", "32"]);
    expect(serializeSupplierSearch(search).toString()).toBe("departement=14&region=28&region=32");
    expect(hasCriteria(parse("region=53"))).toBe(true);
    expect(supplierFilterOf(search)).toEqual({
      naf: null,
      workforceBands: null,
      departements: ["14"],
      regionCodes: ["28", "32"],
      certifications: null,
      withinKm: null,
    });
    expect(withoutFilters(search)).toEqual(EMPTY_SEARCH);
  });

  it("lists the régions in the order of their French names", () => {
    expect(FRENCH_REGIONS).toHaveLength(18);
    expect(FRENCH_REGIONS.slice(0, 4).map((region) => region.name)).toEqual([
      "Auvergne-Rhône-Alpes",
      "Bourgogne-Franche-Comté",
      "Bretagne",
      "Centre-Val de Loire",
    ]);
    const names = FRENCH_REGIONS.map((region) => region.name);
    expect(names.indexOf("Île-de-France")).toBe(names.indexOf("Hauts-de-France") + 1);
    expect(FRENCH_REGIONS.find((region) => region.code === "32")?.name).toBe("Hauts-de-France");
  });

  it("reads NAF codes as people type them, and writes distances the French way", () => {
    expect(normaliseNaf(" 13 10 z")).toBe("13.10Z");
    expect(normaliseNaf("c")).toBe("C");
    expect(formatKm(2.46)).toBe("2,5");
    expect(formatKm(212.3)).toBe("212");
  });
});

describe("groupByTier", () => {
  const item = (siret: string, tier: ResultItem["tier"]) =>
    ({ siret, tier, supplier: {}, profile: null }) as unknown as ResultItem;

  it("starts a group wherever the tier changes", () => {
    const groups = groupByTier([
      item("1", "SAME_DEPARTEMENT"),
      item("2", "SAME_DEPARTEMENT"),
      item("3", "NEIGHBOURING_REGION"),
      item("4", "REST_OF_FRANCE"),
    ]);
    expect(groups.map((group) => [group.tier, group.items.map((i) => i.siret)])).toEqual([
      ["SAME_DEPARTEMENT", ["1", "2"]],
      ["NEIGHBOURING_REGION", ["3"]],
      ["REST_OF_FRANCE", ["4"]],
    ]);
  });
});
