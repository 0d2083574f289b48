import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import { createAuditTrail } from "../../lib/auditTrail";

import { financingAuditVocabulary } from "./auditSentences";

const trail = createAuditTrail([financingAuditVocabulary], createI18n());
/** Intl writes « 12 000 € » with narrow no-break spaces: compared with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the financing plans in the audit trail", () => {
  it("tells a line added, changed and deleted, with its amount in euros", () => {
    expect(
      plain(
        trail.describe({
          action: "investment_line.added",
          after: { projectId: 1, category: "machines", label: "Presse (démo)", amount: 45000, year: 2026 },
        }),
      ),
    ).toBe("a ajouté la dépense « Presse (démo) » (45 000 €) au plan d'investissement");
    expect(
      trail.describe({
        action: "investment_line.updated",
        before: { amount: 45000, year: 2026 },
        after: { amount: 50000, year: 2027, projectId: 1, name: "Presse (démo)" },
      }),
    ).toBe("a modifié le montant et l'année de la dépense « Presse (démo) »");
    expect(
      plain(trail.describe({ action: "investment_line.deleted", before: { label: "Presse (démo)", amount: 45000 } })),
    ).toBe("a supprimé la dépense « Presse (démo) » (45 000 €) du plan d'investissement");
  });

  it("tells a source's new status in words, in the history's lower case", () => {
    const event = {
      action: "financing_source.updated",
      before: { status: "to_apply" },
      after: { status: "obtained", projectId: 1, sourceKind: "regional_aid", name: "" },
    };
    expect(trail.describe(event)).toBe("a passé la ressource « Subvention ou avance régionale » à Obtenu");
    expect(trail.describe(event, "history")).toBe("a passé la ressource « Subvention ou avance régionale » à obtenu");
  });

  it("reads the recorded values as labels: categories, kinds, statuses, amounts", () => {
    const lines = trail.valueLines("financing_source.added", {
      kind: "bpifrance",
      amount: 150000,
      status: "to_apply",
      deMinimis: true,
    });
    expect(lines.map((line) => `${line.label} : ${plain(line.value)}`)).toEqual([
      "Nature : Prêt ou garantie Bpifrance",
      "Montant : 150 000 €",
      "Statut : À déposer",
      "De minimis : Oui",
    ]);
    expect(trail.valueLines("investment_line.added", { category: "working_capital", status: "spent" })).toEqual([
      { key: "category", label: "Catégorie", value: "Besoin en fonds de roulement" },
      { key: "status", label: "Statut", value: "Dépensé" },
    ]);
  });

  it("names the entities and the earlier aid and schemes' actions", () => {
    expect(trail.entityTypeLabel("EarlierDeMinimisAid")).toBe("Aide de minimis antérieure");
    expect(
      plain(
        trail.describe({
          action: "earlier_de_minimis_aid.added",
          after: { companyId: 3, grantedOn: "2025-05-12", amount: 120000, grantedBy: "Région Normandie (démo)" },
        }),
      ),
    ).toBe("a ajouté une aide de minimis antérieure de 120 000 € (Région Normandie (démo), le 12 mai 2025)");
    expect(trail.describe({ action: "financing_scheme.created", after: { name: "Aide (démo)" } })).toBe(
      "a créé le dispositif « Aide (démo) »",
    );
  });
});
