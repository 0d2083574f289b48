import { describe, expect, it } from "vitest";

import { availableTabs, tabFromSearch } from "./projectTabs";

describe("project tabs", () => {
  it("gives a summary card « Synthèse » and « Entreprise » only", () => {
    expect(availableTabs({ access: "SUMMARY", role: "NATIONAL", documentsVisible: false })).toEqual([
      "synthese",
      "entreprise",
    ]);
    expect(availableTabs({ access: "SUMMARY", role: "NATIONAL", documentsVisible: true })).toEqual([
      "synthese",
      "entreprise",
    ]);
  });

  it("gives a full card every tab, « Documents » only when shared with the reader, « Historique » to the heads", () => {
    expect(availableTabs({ access: "FULL", role: "REGIONAL_ADMIN", documentsVisible: true })).toEqual([
      "synthese",
      "entreprise",
      "etude-de-marche",
      "documents",
      "commentaires",
      "historique",
    ]);
    expect(availableTabs({ access: "FULL", role: "REGIONAL_ADMIN", documentsVisible: false })).not.toContain(
      "documents",
    );
    expect(availableTabs({ access: "FULL", role: "NATIONAL", documentsVisible: true })).toContain("historique");
    expect(availableTabs({ access: "FULL", role: "ADVISER", documentsVisible: true })).not.toContain("historique");
    expect(availableTabs({ access: "FULL", role: "PARTNER", documentsVisible: false })).toEqual([
      "synthese",
      "entreprise",
      "etude-de-marche",
      "commentaires",
    ]);
  });

  it("opens the tab the URL names when the reader can use it, « Synthèse » otherwise", () => {
    const summary = availableTabs({ access: "SUMMARY", role: "NATIONAL", documentsVisible: false });
    expect(tabFromSearch("entreprise", summary)).toBe("entreprise");
    expect(tabFromSearch("documents", summary)).toBe("synthese");
    expect(tabFromSearch("inconnu", summary)).toBe("synthese");
    expect(tabFromSearch(null, summary)).toBe("synthese");
  });
});
