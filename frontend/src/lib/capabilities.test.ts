import { describe, expect, it } from "vitest";

import { can, type Capability, onlyShared, regionsWhere } from "./capabilities";

const normandie = { slug: "normandie", name: "Normandie" };
const idf = { slug: "ile-de-france", name: "Île-de-France" };

function capability(action: Capability["action"], over: Partial<Capability> = {}): Capability {
  return { action, regions: [], national: false, addressed: false, grant: null, ...over };
}

const viewer = {
  capabilities: [
    capability("EDIT_PROJECT", { regions: [normandie] }),
    capability("VIEW_AUDIT", { regions: [normandie, idf], national: true }),
    capability("ANSWER_SOURCING_REQUEST", { addressed: true }),
    capability("VIEW_PROJECT_DOCUMENTS", { grant: "DOCUMENTS" }),
  ],
};

describe("can", () => {
  it("answers whether the viewer may take an action somewhere at all", () => {
    expect(can(viewer, "EDIT_PROJECT")).toBe(true);
    expect(can(viewer, "MANAGE_COHORT")).toBe(false);
    expect(can(null, "EDIT_PROJECT")).toBe(false);
    expect(can(undefined, "VIEW_REGION")).toBe(false);
  });

  it("answers for one region, national data, items addressed to the region, and shared projects", () => {
    expect(can(viewer, "EDIT_PROJECT", { region: "normandie" })).toBe(true);
    expect(can(viewer, "EDIT_PROJECT", { region: "ile-de-france" })).toBe(false);
    expect(can(viewer, "EDIT_PROJECT", "national")).toBe(false);
    expect(can(viewer, "VIEW_AUDIT", "national")).toBe(true);
    expect(can(viewer, "ANSWER_SOURCING_REQUEST", "addressed")).toBe(true);
    expect(can(viewer, "ANSWER_SOURCING_REQUEST", { region: "normandie" })).toBe(false);
    expect(can(viewer, "VIEW_PROJECT_DOCUMENTS", "shared")).toBe(true);
    expect(can(viewer, "EDIT_PROJECT", "shared")).toBe(false);
  });
});

describe("regionsWhere and onlyShared", () => {
  it("lists the regions of an action, in the API's order", () => {
    expect(regionsWhere(viewer, "VIEW_AUDIT")).toEqual([normandie, idf]);
    expect(regionsWhere(viewer, "MANAGE_COHORT")).toEqual([]);
  });

  it("tells who reaches an action through shared projects only (a partner)", () => {
    expect(onlyShared(viewer, "VIEW_PROJECT_DOCUMENTS")).toBe(true);
    expect(onlyShared(viewer, "EDIT_PROJECT")).toBe(false);
    expect(onlyShared(viewer, "MANAGE_COHORT")).toBe(false);
    const both = { capabilities: [capability("VIEW_PROJECT_SUMMARY", { regions: [normandie], grant: "SUMMARY" })] };
    expect(onlyShared(both, "VIEW_PROJECT_SUMMARY")).toBe(false);
  });
});
