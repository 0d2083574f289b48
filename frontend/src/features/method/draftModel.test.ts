import { describe, expect, it } from "vitest";

import { type Draft, type DraftTemplate, locateError, toSaveInput } from "./draftModel";

function template(uid: string, phaseUid: string): DraftTemplate {
  return {
    uid,
    key: uid,
    phaseUid,
    title: uid,
    scope: "PROJECT",
    offset: 0,
    owner: "ADVISER",
    deliverable: "",
    evidence: null,
    dependsOn: [],
  };
}

const draft: Draft = {
  name: "Méthode nationale",
  durationMonths: 6,
  phases: [
    { uid: "selection", key: "selection", name: "Sélection" },
    { uid: "suivi", key: "suivi", name: "Suivi" },
  ],
  templates: [template("appel", "selection"), template("comite", "selection"), template("bilan", "suivi")],
};

describe("locateError", () => {
  it("follows the server's path to the item and the field, in the order the draft is sent", () => {
    expect(locateError(draft, "milestoneTemplates.2.dependsOnKeys")).toEqual({
      kind: "template",
      uid: "bilan",
      field: "dependsOn",
    });
    expect(locateError(draft, "milestoneTemplates.0.offsetWorkingDays")).toEqual({
      kind: "template",
      uid: "appel",
      field: "offset",
    });
    expect(locateError(draft, "milestoneTemplates.1.phaseKey")).toMatchObject({ uid: "comite", field: "phaseUid" });
    expect(locateError(draft, "milestoneTemplates.1.expectedDeliverable")).toMatchObject({ field: "deliverable" });
    expect(locateError(draft, "milestoneTemplates.1.title")).toMatchObject({ field: "title" });
    expect(locateError(draft, "milestoneTemplates.1.requiredEvidence")).toMatchObject({ field: "evidence" });
    // A field the form does not have: the milestone, without a field.
    expect(locateError(draft, "milestoneTemplates.1.scope")).toEqual({ kind: "template", uid: "comite", field: null });
    expect(locateError(draft, "phases.1.name")).toEqual({ kind: "phase", uid: "suivi" });
    expect(locateError(draft, "name")).toEqual({ kind: "name" });
    expect(locateError(draft, "durationMonths")).toEqual({ kind: "duration" });
  });

  it("reads the index in phase order even if the list is not grouped yet", () => {
    const mixed = { ...draft, templates: [template("bilan", "suivi"), ...draft.templates.slice(0, 2)] };
    expect(locateError(mixed, "milestoneTemplates.2.title")).toMatchObject({ uid: "bilan" });
  });

  it("falls back on the draft as a whole for a path it cannot resolve", () => {
    expect(locateError(draft, "milestoneTemplates")).toEqual({ kind: "draft" });
    expect(locateError(draft, "milestoneTemplates.9.title")).toEqual({ kind: "draft" });
    expect(locateError(draft, "phases")).toEqual({ kind: "draft" });
    expect(locateError(draft, "versionId")).toEqual({ kind: "draft" });
    expect(locateError(draft, null)).toEqual({ kind: "draft" });
  });
});

describe("toSaveInput", () => {
  it("sends the evidence of project milestones only: a milestone turned into a cohort one drops it", () => {
    const asking = (uid: string, scope: "PROJECT" | "COHORT"): DraftTemplate => ({
      ...template(uid, "selection"),
      scope,
      evidence: "MARKET_STUDY",
    });
    const input = toSaveInput(
      { ...draft, templates: [asking("etude", "PROJECT"), asking("comite", "COHORT")] },
      "v",
      1,
    );
    expect(input.milestoneTemplates.map((t) => t.requiredEvidence)).toEqual(["MARKET_STUDY", null]);
  });
});
