import { describe, expect, it } from "vitest";

import { availableTabs, landingTab, tabFromSearch } from "./projectTabs";

describe("project tabs", () => {
  it("gives a summary card « Synthèse » and « Entreprise », and what a partner's grant opens", () => {
    expect(
      availableTabs({
        access: "SUMMARY",
        historyVisible: true,
        documentsVisible: false,
        teamVisible: false,
        productsVisible: false,
        supplyChainVisible: false,
        financingVisible: false,
        commentsVisible: false,
        milestonesVisible: false,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).toEqual(["synthese", "entreprise"]);
    expect(
      availableTabs({
        access: "SUMMARY",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: false,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).toEqual(["synthese", "entreprise", "produits", "documents"]);
  });

  it("gives a full card every tab, « Documents » only when shared with the reader, « Historique » to who may read the region's trail", () => {
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: true,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: true,
        attachedReader: false,
      }),
    ).toEqual([
      "synthese",
      "entreprise",
      "produits",
      "equipe",
      "jalons",
      "etude-de-marche",
      "chaine-approvisionnement",
      "documents",
      "commentaires",
      "partage",
      "historique",
    ]);
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: false,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: true,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).not.toContain("documents");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: true,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).toContain("historique");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: false,
        documentsVisible: true,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: true,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).not.toContain("historique");
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: false,
        documentsVisible: false,
        teamVisible: true,
        productsVisible: true,
        supplyChainVisible: true,
        financingVisible: false,
        commentsVisible: true,
        milestonesVisible: true,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).toEqual([
      "synthese",
      "entreprise",
      "produits",
      "equipe",
      "jalons",
      "etude-de-marche",
      "chaine-approvisionnement",
      "commentaires",
    ]);
  });

  it("gives « Produits » its own tab, left out when the API does not give the products", () => {
    const reader = {
      access: "FULL",
      historyVisible: false,
      documentsVisible: false,
      teamVisible: true,
      supplyChainVisible: false,
      financingVisible: false,
      commentsVisible: false,
      milestonesVisible: false,
      marketStudyVisible: true,
      sharingVisible: false,
      attachedReader: false,
    } as const;
    expect(availableTabs({ ...reader, productsVisible: true }).slice(0, 4)).toEqual([
      "synthese",
      "entreprise",
      "produits",
      "equipe",
    ]);
    expect(availableTabs({ ...reader, productsVisible: false })).not.toContain("produits");
    // A partner whose grant covers the financing part reads the products on a summary card.
    expect(availableTabs({ ...reader, access: "SUMMARY", productsVisible: true })).toContain("produits");
  });

  it("gives « Partage » when the API gives the grants or the access log, never on a summary card", () => {
    const reader = {
      historyVisible: false,
      documentsVisible: false,
      teamVisible: false,
      productsVisible: false,
      supplyChainVisible: false,
      financingVisible: false,
      commentsVisible: false,
      milestonesVisible: false,
      marketStudyVisible: false,
      attachedReader: false,
    } as const;
    expect(availableTabs({ ...reader, access: "FULL", sharingVisible: true })).toContain("partage");
    expect(availableTabs({ ...reader, access: "FULL", sharingVisible: false })).not.toContain("partage");
    expect(availableTabs({ ...reader, access: "SUMMARY", sharingVisible: true })).not.toContain("partage");
  });

  it("leaves « Équipe » out when the API does not give the products and the team", () => {
    expect(
      availableTabs({
        access: "FULL",
        historyVisible: true,
        documentsVisible: true,
        teamVisible: false,
        productsVisible: false,
        supplyChainVisible: false,
        financingVisible: false,
        commentsVisible: false,
        milestonesVisible: false,
        marketStudyVisible: true,
        sharingVisible: false,
        attachedReader: false,
      }),
    ).not.toContain("equipe");
  });

  it("leaves « Chaîne d'approvisionnement » out when the API gives no chain (another region, a partner without the grant)", () => {
    const reader = {
      access: "FULL",
      historyVisible: false,
      documentsVisible: true,
      teamVisible: true,
      productsVisible: true,
      commentsVisible: true,
      milestonesVisible: true,
      marketStudyVisible: true,
      sharingVisible: false,
      attachedReader: false,
      financingVisible: false,
    } as const;
    expect(availableTabs({ ...reader, supplyChainVisible: false })).not.toContain("chaine-approvisionnement");
    expect(availableTabs({ ...reader, supplyChainVisible: true })).toContain("chaine-approvisionnement");
    expect(availableTabs({ ...reader, access: "SUMMARY", supplyChainVisible: true })).not.toContain(
      "chaine-approvisionnement",
    );
  });

  it("gives « Financement » to whom the API gives the financing plan, a partner's financing grant included", () => {
    const reader = {
      historyVisible: false,
      documentsVisible: false,
      teamVisible: false,
      productsVisible: true,
      supplyChainVisible: false,
      commentsVisible: false,
      milestonesVisible: false,
      marketStudyVisible: false,
      sharingVisible: false,
      attachedReader: false,
    } as const;
    expect(availableTabs({ ...reader, access: "FULL", financingVisible: true })).toContain("financement");
    expect(availableTabs({ ...reader, access: "FULL", financingVisible: false })).not.toContain("financement");
    expect(availableTabs({ ...reader, access: "SUMMARY", financingVisible: true })).toEqual([
      "synthese",
      "entreprise",
      "produits",
      "financement",
    ]);
  });

  it("gives « Commentaires » whenever the API gives the thread, a summary card included (a person it names), and « Jalons » when it gives the milestones", () => {
    const reader = {
      historyVisible: false,
      documentsVisible: false,
      teamVisible: false,
      productsVisible: false,
      supplyChainVisible: false,
      financingVisible: false,
      milestonesVisible: false,
      marketStudyVisible: true,
      sharingVisible: false,
      attachedReader: false,
    } as const;
    expect(availableTabs({ ...reader, access: "SUMMARY", commentsVisible: true })).toEqual([
      "synthese",
      "entreprise",
      "commentaires",
    ]);
    expect(availableTabs({ ...reader, access: "FULL", commentsVisible: false })).not.toContain("commentaires");
    expect(availableTabs({ ...reader, access: "FULL", commentsVisible: false })).not.toContain("jalons");
    expect(availableTabs({ ...reader, access: "FULL", commentsVisible: false, milestonesVisible: true })).toContain(
      "jalons",
    );
  });

  it("opens the tab the URL names when the reader can use it, « Synthèse » otherwise", () => {
    const summary = availableTabs({
      access: "SUMMARY",
      historyVisible: true,
      documentsVisible: false,
      teamVisible: false,
      productsVisible: false,
      supplyChainVisible: false,
      financingVisible: false,
      commentsVisible: false,
      milestonesVisible: false,
      marketStudyVisible: true,
      sharingVisible: false,
      attachedReader: false,
    });
    expect(tabFromSearch("entreprise", summary)).toBe("entreprise");
    expect(tabFromSearch("equipe", summary)).toBe("synthese");
    expect(tabFromSearch("documents", summary)).toBe("synthese");
    expect(tabFromSearch("inconnu", summary)).toBe("synthese");
    expect(tabFromSearch(null, summary)).toBe("synthese");
  });

  it("gives those attached to a project what the API opens to them, a student landing on the market study", () => {
    const summary = {
      access: "SUMMARY",
      historyVisible: false,
      teamVisible: false,
      productsVisible: false,
      supplyChainVisible: false,
      financingVisible: false,
      milestonesVisible: false,
      attachedReader: true,
    } as const;
    // A student: the market study and its documents, no thread, no « Entreprise » (its contact is closed).
    const student = availableTabs({
      ...summary,
      documentsVisible: true,
      marketStudyVisible: true,
      sharingVisible: false,
      commentsVisible: false,
    });
    expect(student).toEqual(["synthese", "etude-de-marche", "documents"]);
    expect(landingTab("SUMMARY", student)).toBe("etude-de-marche");
    expect(tabFromSearch(null, student, landingTab("SUMMARY", student))).toBe("etude-de-marche");
    // An expert: the summary and the thread.
    const expert = availableTabs({
      ...summary,
      documentsVisible: false,
      marketStudyVisible: false,
      sharingVisible: false,
      commentsVisible: true,
    });
    expect(expert).toEqual(["synthese", "commentaires"]);
    expect(landingTab("SUMMARY", expert)).toBe("synthese");
    // A coach reads the full card but its notes, history and members: the tabs of what the API gives.
    const coach = availableTabs({
      access: "FULL",
      historyVisible: false,
      documentsVisible: true,
      teamVisible: true,
      productsVisible: true,
      supplyChainVisible: true,
      financingVisible: false,
      commentsVisible: true,
      milestonesVisible: true,
      marketStudyVisible: true,
      sharingVisible: false,
      attachedReader: true,
    });
    expect(coach).not.toContain("historique");
    expect(coach).toContain("commentaires");
    expect(landingTab("FULL", coach)).toBe("synthese");
  });
});
