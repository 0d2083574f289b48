import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";

import { type AuditVocabulary, createAuditTrail } from "./auditTrail";

type T = (key: string, options?: Record<string, unknown>) => string;

/** Two made-up features, each with its own namespace: the registry knows no domain. */
const boats = {
  ns: "boats",
  actions: {
    "boat.sailed": {
      name: (t: T) => t("sailedName"),
      describe: (_before: unknown, after: Record<string, unknown> | null, t: T, style: string) =>
        t("sailed", { port: String(after?.["port"]), style }),
    },
  },
  entityTypes: { Boat: (t: T) => t("boat") },
  fields: { port: (t: T) => t("port"), status: (t: T) => t("status") },
  value: (key: string, value: unknown) => (key === "status" ? `bateau ${String(value)}` : undefined),
};
const crews = {
  ns: "crews",
  actions: {
    "crew.hired": { name: (t: T) => t("hiredName"), describe: (_b: unknown, _a: unknown, t: T) => t("hired") },
  },
  entityTypes: { Crew: (t: T) => t("crew") },
  fields: { status: (t: T) => t("status"), wage: (t: T) => t("wage") },
  value: (key: string, value: unknown) => (key === "status" ? `équipage ${String(value)}` : undefined),
};

function trail() {
  const i18n = createInstance();
  void i18n.init({
    lng: "fr",
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      fr: {
        boats: {
          sailedName: "Départ d'un bateau",
          sailed: "a appareillé pour {{port}} ({{style}})",
          boat: "Bateau",
          port: "Port",
          status: "Statut",
        },
        crews: { hiredName: "Embauche", hired: "a embauché", crew: "Équipage", status: "État", wage: "Salaire" },
        enums: {},
        common: {
          auditTrail: {
            value: {
              empty: "(vide)",
              yes: "Oui",
              no: "Non",
              items_one: "{{count}} élément",
              items_other: "{{count}} éléments",
            },
          },
        },
      },
    },
  });
  return createAuditTrail([boats, crews] as unknown as AuditVocabulary[], i18n);
}

describe("the audit trail's registry", () => {
  it("lists every feature's actions and entity types, in the order registered", () => {
    const { actions, entityTypes, actionName, entityTypeLabel } = trail();
    expect(actions).toEqual(["boat.sailed", "crew.hired"]);
    expect(entityTypes).toEqual(["Boat", "Crew"]);
    expect(actionName("crew.hired")).toBe("Embauche");
    expect(entityTypeLabel("Crew")).toBe("Équipage");
    expect(actionName("crew.fired")).toBe("crew.fired");
    expect(entityTypeLabel("Harbour")).toBe("Harbour");
  });

  it("tells each action with its feature's words and the style asked; an unknown one as recorded", () => {
    const { describe: tell } = trail();
    expect(tell({ action: "boat.sailed", after: { port: "Brest" } })).toBe("a appareillé pour Brest (journal)");
    expect(tell({ action: "boat.sailed", after: { port: "Brest" } }, "history")).toBe(
      "a appareillé pour Brest (history)",
    );
    expect(tell({ action: "crew.hired" })).toBe("a embauché");
    expect(tell({ action: "toString" })).toBe("toString");
  });

  it("reads recorded values with the action's feature first, then any feature's label, then as they are", () => {
    const { valueLines } = trail();
    expect(
      valueLines("crew.hired", { status: "hired", port: "Brest", wage: null, paid: true, on: "2027-03-01" }),
    ).toEqual([
      { key: "status", label: "État", value: "équipage hired" },
      { key: "port", label: "Port", value: "Brest" },
      { key: "wage", label: "Salaire", value: "(vide)" },
      { key: "paid", label: "paid", value: "Oui" },
      { key: "on", label: "on", value: "1er mars 2027" },
    ]);
    // Another action of the same entity is its feature's too; an action nobody claims, the first one's.
    expect(valueLines("crew.fired", { status: "fired" })[0]?.value).toBe("équipage fired");
    expect(valueLines("harbour.closed", { status: "closed", list: [{ a: 1 }, { b: 2 }] })).toEqual([
      { key: "status", label: "Statut", value: "bateau closed" },
      { key: "list", label: "list", value: "2 éléments" },
    ]);
    expect(valueLines("boat.sailed", null)).toEqual([]);
  });
});
