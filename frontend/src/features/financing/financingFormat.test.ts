import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";

import {
  financingExportUrl,
  gapOf,
  parseEuros,
  parseYear,
  periodLabel,
  proposedAmount,
  sourceKindOf,
} from "./financingFormat";

const t = createI18n().getFixedT("fr", "financing");

describe("financing formats", () => {
  it("reads amounts typed the French way, and refuses what is not whole euros", () => {
    expect(parseEuros("12 000")).toBe(12000);
    expect(parseEuros("12\u202f000 €")).toBe(12000);
    expect(parseEuros("450000")).toBe(450000);
    expect(parseEuros("")).toBeNull();
    expect(parseEuros("12,5")).toBeNull();
    expect(parseEuros("-3")).toBeNull();
  });

  it("reads a four-digit year", () => {
    expect(parseYear(" 2027 ")).toBe(2027);
    expect(parseYear("27")).toBeNull();
  });

  it("names a year or a quarter", () => {
    expect(periodLabel(t, 2027, null)).toBe("2027");
    expect(periodLabel(t, 2027, 2)).toBe("T2 2027");
  });

  it("tells what the plan lacks or has in excess", () => {
    expect(gapOf(100, 100)).toEqual({ kind: "balanced" });
    expect(gapOf(100, 60)).toEqual({ kind: "missing", amount: 40 });
    expect(gapOf(60, 100)).toEqual({ kind: "surplus", amount: 40 });
  });

  it("asks the API for the project's workbook", () => {
    expect(financingExportUrl("UHJvamVjdDox")).toBe("/exports/projects/UHJvamVjdDox/financing.xlsx");
  });
});

describe("a proposed scheme added to the plan", () => {
  const grant = {
    type: "GRANT" as const,
    financerLabel: "Région Normandie",
    ownerRegion: null,
    regions: [{ code: "28" }],
    departements: [],
    amountMin: 50000,
    amountMax: 200000,
  };

  it("is the source its financer and perimeter say", () => {
    expect(sourceKindOf(grant)).toBe("REGIONAL_AID");
    expect(sourceKindOf({ ...grant, financerLabel: "Bpifrance", type: "LOAN", regions: [] })).toBe("BPIFRANCE");
    expect(sourceKindOf({ ...grant, type: "TAX_CREDIT", regions: [] })).toBe("TAX_CREDIT");
    expect(sourceKindOf({ ...grant, financerLabel: "État — France 2030", regions: [] })).toBe("STATE_CALL");
    expect(sourceKindOf({ ...grant, financerLabel: "Union européenne (FEDER)", regions: [] })).toBe("EUROPEAN_FUNDS");
    expect(sourceKindOf({ ...grant, financerLabel: "Banque", type: "GUARANTEE", regions: [] })).toBe("BANK_LOAN");
  });

  it("asks for what the plan lacks, within the scheme's bounds", () => {
    expect(proposedAmount(grant, 120000)).toBe(120000);
    expect(proposedAmount(grant, 900000)).toBe(200000);
    expect(proposedAmount(grant, 10000)).toBe(50000);
    expect(proposedAmount(grant, 0)).toBe(200000);
    expect(proposedAmount({ ...grant, amountMin: null, amountMax: null }, -5)).toBeNull();
  });
});
