import { describe, expect, it } from "vitest";

import projects from "../../i18n/fr/projects.json";
import { enumValues } from "../../test/schema";

describe("French labels of the market study's enums", () => {
  it.each([
    ["profile", "RespondentProfile"],
    ["channel", "InterviewChannel"],
  ] as const)("labels every value of study.%s", (key, schemaName) => {
    const labels: Record<string, string> = projects.study[key];
    expect(Object.keys(labels).sort()).toEqual(enumValues(schemaName).sort());
  });
});
