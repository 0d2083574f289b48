import { describe, expect, it } from "vitest";

import { formatRelativeDay } from "./relativeDay";

describe("relative days", () => {
  it("writes J0, J−n with a minus sign and J+n", () => {
    expect(formatRelativeDay(0)).toBe("J0");
    expect(formatRelativeDay(-81)).toBe("J−81");
    expect(formatRelativeDay(20)).toBe("J+20");
  });
});
