import { describe, expect, it } from "vitest";

import { enumValues } from "../test/schema";

import enums from "./fr/enums.json";

const LABELS: Record<string, Record<string, string>> = enums;
const SCHEMA_ENUMS: Record<string, string> = {
  projectStatus: "ProjectStatus",
  projectKind: "ProjectKind",
  projectNeed: "ProjectNeed",
  sector: "Sector",
  role: "Role",
  organisationKind: "OrganisationKind",
  milestoneStatus: "MilestoneStatus",
  milestoneState: "MilestoneState",
  milestoneScope: "MilestoneScope",
  milestoneOwner: "MilestoneOwner",
  methodStatus: "MethodStatus",
  teamRole: "TeamRole",
  supplierTier: "SupplierTier",
  supplierCertification: "SupplierCertification",
  supplierCandidateStatus: "SupplierCandidateStatus",
};

describe("French labels of the schema's enums", () => {
  it.each(Object.entries(SCHEMA_ENUMS))("labels every value of %s", (key, schemaName) => {
    const values = enumValues(schemaName);
    const labels = LABELS[key] ?? {};
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value]?.trim()).toBeTruthy();
  });

  it("uses the programme's wording", () => {
    expect(enums.projectStatus).toEqual({
      CANDIDATE: "Candidat",
      SELECTED: "Sélectionné",
      ACCELERATING: "En accélération",
      PITCHED: "Pitch présenté",
      FOLLOW_UP: "Suivi",
      CLOSED: "Clôturé",
      REJECTED: "Non retenu",
      ABANDONED: "Abandonné",
    });
    expect(enums.role).toMatchObject({
      ADVISER: "Conseiller CCI",
      REGIONAL_ADMIN: "Responsable régional",
      NATIONAL: "CCI France",
    });
    expect(enums.projectKind.NEW_PRODUCTION).toBe("Nouvelle production industrielle");
    expect(enums.projectNeed.RESEARCH_DEVELOPMENT).toBe("R&D");
  });
});
