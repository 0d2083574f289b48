import { describe, expect, it } from "vitest";

import { auditExportUrl, auditFilterOf, parseAuditSearch, parisStartOfDay, serializeAuditSearch } from "./auditSearch";

describe("parisStartOfDay", () => {
  it("is midnight in France, in winter and in summer, DST days included", () => {
    expect(parisStartOfDay("2026-01-15")).toBe("2026-01-15T00:00:00+01:00");
    expect(parisStartOfDay("2026-07-01")).toBe("2026-07-01T00:00:00+02:00");
    // Clocks change at 2 or 3 a.m.: midnight keeps the day before's offset.
    expect(parisStartOfDay("2026-03-29")).toBe("2026-03-29T00:00:00+01:00");
    expect(parisStartOfDay("2026-03-30")).toBe("2026-03-30T00:00:00+02:00");
    expect(parisStartOfDay("2026-10-25")).toBe("2026-10-25T00:00:00+02:00");
    expect(parisStartOfDay("2026-02-30")).toBeNull();
  });
});

describe("audit search", () => {
  it("reads the URL, dropping dates that are not days", () => {
    const search = parseAuditSearch(new URLSearchParams("region=normandie&type=Project&du=2026-11-01&au=demain"));
    expect(search).toEqual({
      region: "normandie",
      entityType: "Project",
      actor: null,
      action: null,
      from: "2026-11-01",
      to: null,
      entity: null,
    });
    expect(serializeAuditSearch(search).toString()).toBe("region=normandie&type=Project&du=2026-11-01");
  });

  it("sends « au » included: until is the start of the next day", () => {
    expect(auditFilterOf(parseAuditSearch(new URLSearchParams("du=2026-10-01&au=2026-10-31")))).toEqual({
      entity: null,
      entityType: null,
      actor: null,
      action: null,
      since: "2026-10-01T00:00:00+02:00",
      until: "2026-11-01T00:00:00+01:00",
    });
    expect(auditFilterOf(parseAuditSearch(new URLSearchParams("region=normandie")))).toBeNull();
  });

  it("puts the page's filters in the export URL, with the API's parameter names", () => {
    const search = parseAuditSearch(
      new URLSearchParams("type=Project&personne=VXNlcjox&action=project.status_changed&du=2026-11-02&au=2026-11-02"),
    );
    const url = new URL(auditExportUrl("csv", "normandie", search), "https://filiere.test");
    expect(url.pathname).toBe("/exports/audit.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      region: "normandie",
      entityType: "Project",
      actor: "VXNlcjox",
      action: "project.status_changed",
      since: "2026-11-02T00:00:00+01:00",
      until: "2026-11-03T00:00:00+01:00",
    });
    // The offset's « + » is escaped: a bare « + » in a query string reads as a space.
    expect(url.search).toContain("since=2026-11-02T00%3A00%3A00%2B01%3A00");
    expect(auditExportUrl("xlsx", null, parseAuditSearch(new URLSearchParams()))).toBe("/exports/audit.xlsx");
  });
});
