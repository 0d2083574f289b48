import { describe, expect, it } from "vitest";

import { daysUntil } from "./grantTerms";

describe("daysUntil", () => {
  it("counts calendar days in France, whatever the hour", () => {
    // 23:30 UTC on 31 May is already 1 June in Paris.
    const lateEvening = new Date("2027-05-31T23:30:00Z");
    expect(daysUntil("2027-06-03", lateEvening)).toBe(2);
    expect(daysUntil("2027-06-01", lateEvening)).toBe(0);
    expect(daysUntil("2027-05-31", lateEvening)).toBe(-1);
    expect(daysUntil("pas une date", lateEvening)).toBeNull();
  });
});
