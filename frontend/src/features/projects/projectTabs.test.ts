import { describe, expect, it } from "vitest";

import { availableTabs, tabFromSearch } from "./projectTabs";

describe("project tabs", () => {
  it("gives a summary card « Synthèse » and « Entreprise » only", () => {
    expect(
      availableTabs({
        access: "SUMMARY",
        historyVisible: true,
        documentsVisible: false,
        teamVisible: false,
        supplyChainVisible: false,
      }),
    ).toEqual(["synthese", "entreprise"]);
    expect(
      availableTabs({
        access: "SUMMARY",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).toEqual(["synthese", "entreprise"]);
  });

  it("gives a full card every tab, « Documents » only when shared with the reader, « Historique » to who may read the region's trail", () => {
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).toEqual([
      "synthese",
      "entreprise",
      "equipe",
      "etude-de-marche",
      "chaine-approvisionnement",
      "documents",
      "commentaires",
      "historique",
    ]);
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: false,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).not.toContain("documents");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).toContain("historique");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: false,
        documentsVisible: true,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).not.toContain("historique");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: false,
        documentsVisible: false,
        teamVisible: true,
        supplyChainVisible: true,
      }),
    ).toEqual(["synthese", "entreprise", "equipe", "etude-de-marche", "chaine-approvisionnement", "commentaires"]);
  });

  it("leaves « Équipe » out when the API does not give the products and the team", () => {
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: false,
        supplyChainVisible: false,
      }),
    ).not.toContain("equipe");
  });

  it("leaves « Chaîne d'approvisionnement » out when the API gives no chain (another region, a partner without the grant)", () => {
    const reader = { access: "FULL", historyVisible: false, documentsVisible: true, teamVisible: true } as const;
    expect(availableTabs({ ...reader, supplyChainVisible: false })).not.toContain("chaine-approvisionnement");
    expect(availableTabs({ ...reader, supplyChainVisible: true })).toContain("chaine-approvisionnement");
    expect(availableTabs({ ...reader, access: "SUMMARY", supplyChainVisible: true })).not.toContain(
      "chaine-approvisionnement",
    );
  });

  it("opens the tab the URL names when the reader can use it, « Synthèse » otherwise", () => {
    const summary = availableTabs({
      access: "SUMMARY",
      historyVisible: true,
      documentsVisible: false,
      teamVisible: false,
      supplyChainVisible: false,
    });
    expect(tabFromSearch("entreprise", summary)).toBe("entreprise");
    expect(tabFromSearch("equipe", summary)).toBe("synthese");
    expect(tabFromSearch("documents", summary)).toBe("synthese");
    expect(tabFromSearch("inconnu", summary)).toBe("synthese");
    expect(tabFromSearch(null, summary)).toBe("synthese");
  });
});
