import { describe, expect, it } from "vitest";

import { createI18n } from "../i18n/i18n";
import { createAuditTrail } from "../lib/auditTrail";

import { AUDIT_VOCABULARIES } from "./auditVocabularies";

// The features' vocabularies as the app registers them: every sentence the journal and the history tell.
const i18n = createI18n();
const trail = createAuditTrail(AUDIT_VOCABULARIES, i18n);
const describeAuditEvent = trail.describe;
const { actionName, valueLines } = trail;
const KNOWN_ACTIONS = trail.actions;
const t = i18n.getFixedT("fr", "enums");

describe("describeAuditEvent", () => {
  it("tells a status change with the statuses' labels (the trail records them in lower case)", () => {
    expect(
      describeAuditEvent({
        action: "project.status_changed",
        before: { status: "candidate" },
        after: { status: "selected" },
      }),
    ).toBe("a passé le statut de Candidat à Sélectionné");
    expect(
      describeAuditEvent({
        action: "project.status_changed",
        before: { status: "follow_up" },
        after: { status: "rejected", reason: "x" },
      }),
    ).toBe("a passé le statut de Suivi à Non retenu");
  });

  it("tells who was given access to a project, and with whom it was shared, how far and until when", () => {
    expect(
      describeAuditEvent({
        action: "project.member_attached",
        before: null,
        after: { displayName: "Lucas Ferrand", role: "student" },
      }),
    ).toBe("a donné accès au projet à Lucas Ferrand (étudiant)");
    expect(
      describeAuditEvent({
        action: "project.shared",
        before: null,
        after: { organisation: "Bpifrance", scope: "financing", expiresOn: "2027-06-03" },
      }),
    ).toBe("a partagé le projet avec Bpifrance (portée : financement) jusqu'au 3 juin 2027");
    expect(
      describeAuditEvent({ action: "project.grant_revoked", before: { organisation: "Bpifrance" }, after: null }),
    ).toBe("a révoqué le partage avec Bpifrance");
  });

  it("names the fields an update changed", () => {
    expect(
      describeAuditEvent({
        action: "project.updated",
        before: { summary: "a", notes: "b" },
        after: { summary: "c", notes: "d" },
      }),
    ).toBe("a modifié l'objectif et les notes");
    expect(describeAuditEvent({ action: "project.updated", before: { notes: "" }, after: { notes: "n" } })).toBe(
      "a modifié les notes",
    );
  });

  it("names the company's contact, bands, address and website when they change", () => {
    expect(
      describeAuditEvent({
        action: "company.updated",
        before: { contactName: null, headcountBand: null, website: null },
        after: { contactName: "Léa Martin", headcountBand: "10_19", website: "https://exemple.fr" },
      }),
    ).toBe("a modifié le nom du contact, l'effectif et le site web de l'entreprise");
    expect(
      valueLines("company.updated", {
        street: "1 rue",
        postalCode: "76000",
        revenueBand: "x",
        contactEmail: "a@b.fr",
      }).map((line) => line.label),
    ).toEqual(["Adresse", "Code postal", "Chiffre d'affaires", "E-mail du contact"]);
    expect(describeAuditEvent({ action: "milestone.updated", before: null, after: null })).toMatch(/des champs/);
  });

  it("tells comments, candidacies, document versions and a moved J0", () => {
    expect(describeAuditEvent({ action: "project.commented", after: { commentId: 4, mentions: [] } })).toBe(
      "a commenté",
    );
    expect(describeAuditEvent({ action: "project.candidacy_submitted", after: { status: "candidate" } })).toBe(
      "a déposé une candidature",
    );
    expect(describeAuditEvent({ action: "document.version_added", after: { version: 2, fileName: "devis.pdf" } })).toBe(
      "a déposé la version 2 de devis.pdf",
    );
    expect(
      describeAuditEvent({
        action: "cohort.replanned",
        before: { eventDate: "2027-03-05" },
        after: { eventDate: "2027-03-12" },
      }),
    ).toBe("a déplacé J0 au 12 mars 2027");
  });

  it("tells an adviser's assignment and a comment edited or deleted", () => {
    expect(
      describeAuditEvent({
        action: "project.adviser_assigned",
        before: { adviser: null },
        after: { adviser: "Léa Martin" },
      }),
    ).toBe("a attribué le projet à Léa Martin");
    expect(
      describeAuditEvent({
        action: "project.adviser_assigned",
        before: { adviser: "Léa Martin" },
        after: { adviser: "Paul Roux" },
      }),
    ).toBe("a changé le conseiller du projet : Léa Martin → Paul Roux");
    expect(
      describeAuditEvent({
        action: "project.comment_edited",
        before: { commentId: 3, body: "avant" },
        after: { commentId: 3, body: "après" },
      }),
    ).toBe("a modifié un commentaire");
    expect(describeAuditEvent({ action: "project.comment_deleted", before: { commentId: 3, body: "x" } })).toBe(
      "a supprimé un commentaire",
    );
    expect(actionName("project.adviser_assigned")).toBe("Attribution du conseiller d'un projet");
  });

  it("tells the market study and the selection grid", () => {
    expect(describeAuditEvent({ action: "project.scored", after: { total: 9 } })).toBe(
      "a noté la candidature : 9 / 20",
    );
    expect(describeAuditEvent({ action: "study.team_set", before: null, after: { school: "NEOMA" } })).toBe(
      "a déclaré l'équipe étudiante (NEOMA)",
    );
    expect(
      describeAuditEvent({ action: "study.interview_added", after: { heldOn: "2026-11-18", profile: "distributor" } }),
    ).toBe("a saisi un entretien du 18 novembre 2026 (distributeur)");
  });

  it("tells the company's card and the project's lists, saved whole", () => {
    expect(
      describeAuditEvent({
        action: "company.updated",
        before: { name: "Filature Quesnelot", nafCode: "13.10Z" },
        after: { name: "Filature Quesnelot SAS", nafCode: "13.20Z" },
      }),
    ).toBe("a modifié le nom et le code NAF de l'entreprise");
    const product = (name: string) => ({ name, customs_code: null, annual_import_value_eur: null });
    expect(
      describeAuditEvent({
        action: "project.products_set",
        before: { products: [product("Vélo cargo")] },
        after: { products: [product("Vélo cargo"), product("Remorque")] },
      }),
    ).toBe("a enregistré les produits : Vélo cargo et Remorque");
    expect(
      describeAuditEvent({
        action: "project.products_set",
        before: { products: [product("Vélo cargo")] },
        after: { products: [] },
      }),
    ).toBe("a retiré tous les produits");
    const member = (role: string, name: string) => ({ role, name, organisation: "", email: "", expertise: "" });
    expect(
      describeAuditEvent({
        action: "project.team_set",
        before: { team: [] },
        after: { team: [member("coach", "Marie Dupont"), member("expert", "Paul Martin")] },
      }),
    ).toBe("a enregistré le coach et les experts : Marie Dupont (coach) et Paul Martin (expert)");
    expect(
      describeAuditEvent({
        action: "project.supply_chain_set",
        before: { stages: ["Filature"] },
        after: { stages: ["Filature", "Tissage", "Confection"] },
      }),
    ).toBe("a enregistré les étapes de la chaîne d'approvisionnement : Filature, Tissage et Confection");
    expect(
      describeAuditEvent({ action: "project.confidential_read", before: null, after: { fields: ["contact"] } }),
    ).toBe("a consulté les informations confidentielles du projet");
  });

  it("tells the supply chain's suppliers, the region's supplier cards and the sourcing requests", () => {
    expect(
      describeAuditEvent({
        action: "supplier_candidate.added",
        after: { projectId: 9, stage: "Filature", name: "Filature Quesnelot", siret: null },
      }),
    ).toBe("a ajouté Filature Quesnelot à l'étape « Filature » de la chaîne d'approvisionnement");
    expect(
      describeAuditEvent({
        action: "supplier_candidate.status_changed",
        before: { status: "contacted" },
        after: { status: "retained", name: "Filature Quesnelot" },
      }),
    ).toBe("a passé Filature Quesnelot de Contacté à Retenu");
    expect(
      describeAuditEvent({
        action: "supplier_candidate.status_changed",
        before: { status: "contacted" },
        after: { status: "retained" },
      }),
    ).toBe("a passé un fournisseur de Contacté à Retenu");
    expect(
      describeAuditEvent({
        action: "supplier_candidate.updated",
        before: { notes: "", nextActionOn: "2026-12-01" },
        after: { notes: "Échantillons reçus.", nextActionOn: null },
      }),
    ).toBe("a modifié les notes et la date de la prochaine action d'un fournisseur de la chaîne d'approvisionnement");
    expect(
      describeAuditEvent({
        action: "supplier_profile.created",
        before: null,
        after: { siret: "82915341000012", tags: ["lin"] },
      }),
    ).toBe("a créé la fiche du fournisseur de SIRET 82915341000012");
    expect(
      describeAuditEvent({
        action: "supplier_profile.updated",
        before: { tags: ["lin"] },
        after: { siret: "82915341000012", tags: ["lin", "chanvre"] },
      }),
    ).toBe("a modifié la fiche du fournisseur de SIRET 82915341000012");
    expect(
      describeAuditEvent({
        action: "sourcing_request.posted",
        after: { projectId: 9, stage: "Filature", deadline: "2027-01-15", targets: [] },
      }),
    ).toBe("a demandé aux autres régions des fournisseurs pour l'étape « Filature », jusqu'au 15 janvier 2027");
    expect(
      describeAuditEvent({
        action: "sourcing_request.answered",
        after: { answerId: 3, region: "hauts-de-france", sirets: ["82915341000012", "82915341000020"] },
      }),
    ).toBe("a proposé 2 établissements en réponse à une demande de sourcing");
    expect(
      describeAuditEvent({
        action: "sourcing_request.answered",
        after: { answerId: 4, region: "bretagne", sirets: ["82915341000012"] },
      }),
    ).toBe("a proposé 1 établissement en réponse à une demande de sourcing");
  });

  it("shows an action it cannot tell as recorded", () => {
    expect(describeAuditEvent({ action: "milestone.archived", before: null, after: null })).toBe("milestone.archived");
    expect(describeAuditEvent({ action: "toString" })).toBe("toString");
  });

  it("names every action the filter offers", () => {
    for (const action of KNOWN_ACTIONS) {
      const name = actionName(action);
      expect(name).not.toBe(action);
      expect(name).not.toMatch(/actionName/);
    }
    expect(actionName("supplier_candidate.status_changed")).toBe("Changement de statut d'un fournisseur");
    expect(actionName("project.archived")).toBe("project.archived");
  });
});

describe("describeAuditEvent in a project's « Historique »", () => {
  it("writes the statuses of a status change in lower case, mid-sentence", () => {
    expect(
      describeAuditEvent(
        { action: "project.status_changed", before: { status: "selected" }, after: { status: "accelerating" } },
        "history",
      ),
    ).toBe("a passé le statut de sélectionné à en accélération");
  });

  it("tells the market study and the selection grid", () => {
    expect(describeAuditEvent({ action: "project.scored", after: { total: 9 } }, "history")).toBe(
      "a noté la candidature : 9 / 20",
    );
    expect(
      describeAuditEvent({ action: "study.team_set", before: { school: "A" }, after: { school: "B" } }, "history"),
    ).toBe("a modifié l'équipe étudiante (B)");
    expect(
      describeAuditEvent(
        { action: "study.interview_added", after: { heldOn: "2026-10-01", profile: "industrial_user" } },
        "history",
      ),
    ).toBe("a saisi un entretien du 1er octobre 2026 (utilisateur industriel)");
  });

  it("writes a supplier's statuses in lower case too", () => {
    expect(
      describeAuditEvent(
        {
          action: "supplier_candidate.status_changed",
          before: { status: "contacted" },
          after: { status: "rejected", reason: "Trop cher." },
        },
        "history",
      ),
    ).toBe("a passé un fournisseur de contacté à écarté");
  });

  it("leaves the other sentences as the journal has them, and an unknown action as recorded", () => {
    expect(
      describeAuditEvent({ action: "document.version_added", after: { version: 2, fileName: "Devis.pdf" } }, "history"),
    ).toBe("a déposé la version 2 de Devis.pdf");
    expect(describeAuditEvent({ action: "project.archived" }, "history")).toBe("project.archived");
  });
});

describe("accounts", () => {
  it("tells who invited, deactivated, reactivated or renamed whom", () => {
    expect(
      describeAuditEvent({
        action: "user.invited",
        after: { email: "ines.morel@example.fr", displayName: "Inès Morel", role: "adviser", active: false },
      }),
    ).toBe("a invité Inès Morel (Conseiller CCI)");
    expect(describeAuditEvent({ action: "user.invited_again", after: { email: "ines.morel@example.fr" } })).toBe(
      "a renvoyé une invitation à ines.morel@example.fr",
    );
    expect(describeAuditEvent({ action: "user.deactivated", before: { active: true }, after: { active: false } })).toBe(
      "a désactivé le compte",
    );
    expect(describeAuditEvent({ action: "user.reactivated" })).toBe("a réactivé le compte");
    expect(
      describeAuditEvent({
        action: "user.renamed",
        before: { displayName: "Ines Morel" },
        after: { displayName: "Inès Morel" },
      }),
    ).toBe("a renommé le compte de « Ines Morel » en « Inès Morel »");
    expect(valueLines("user.invited", { role: "regional_admin", active: false })).toEqual([
      { key: "role", label: "Rôle", value: "Responsable régional" },
      { key: "active", label: "Actif", value: "Non" },
    ]);
  });
});

describe("valueLines", () => {
  it("reads recorded values as « label : value » lines", () => {
    expect(
      valueLines("project.status_changed", {
        status: "rejected",
        reason: "Hors périmètre",
        eventDate: "2027-03-01",
        notes: "",
        extra: true,
      }),
    ).toEqual([
      { key: "status", label: "Statut", value: "Non retenu" },
      { key: "reason", label: "Motif", value: "Hors périmètre" },
      { key: "eventDate", label: "J0", value: "1er mars 2027" },
      { key: "notes", label: "Notes", value: "(vide)" },
      { key: "extra", label: "extra", value: "Oui" },
    ]);
    expect(
      valueLines("cohort.replanned", { changes: [{ milestoneId: 1 }, { milestoneId: 2 }], mentions: [3, 4] }),
    ).toEqual([
      { key: "changes", label: "Jalons déplacés", value: "2 éléments" },
      { key: "mentions", label: "Personnes mentionnées", value: "3, 4" },
    ]);
    expect(valueLines("project.updated", null)).toEqual([]);
  });

  it("names a supplier's status as the supply chain does, and the sourcing fields in French", () => {
    expect(
      valueLines("supplier_candidate.status_changed", {
        status: "rejected",
        name: "Filature Quesnelot",
        nextActionOn: "2026-12-04",
      }),
    ).toEqual([
      { key: "status", label: "Statut", value: "Écarté" },
      { key: "name", label: "Nom", value: "Filature Quesnelot" },
      { key: "nextActionOn", label: "Prochaine action", value: "4 décembre 2026" },
    ]);
    expect(t("supplierCandidateStatus.REJECTED")).not.toBe(t("projectStatus.REJECTED"));
  });
});

describe("the features' vocabularies, as registered", () => {
  it("word each action and entity type once, and every label in French (no missing key)", () => {
    const actions = AUDIT_VOCABULARIES.flatMap((vocabulary) => Object.keys(vocabulary.actions));
    expect(new Set(actions).size).toBe(actions.length);
    const entityTypes = AUDIT_VOCABULARIES.flatMap((vocabulary) => Object.keys(vocabulary.entityTypes));
    expect(new Set(entityTypes).size).toBe(entityTypes.length);
    for (const type of trail.entityTypes) {
      expect(trail.entityTypeLabel(type)).not.toMatch(/auditTrail/);
    }
    for (const vocabulary of AUDIT_VOCABULARIES) {
      for (const key of Object.keys(vocabulary.fields)) {
        const label = trail.valueLines("?", { [key]: "x" })[0]?.label;
        expect(label).not.toMatch(/auditTrail/);
      }
    }
  });

  it("offer the journal's filters every action and entity type the trail records", () => {
    expect(trail.entityTypes).toEqual([
      "Project",
      "Company",
      "Document",
      "SupplierCandidate",
      "InvestmentLine",
      "FinancingSource",
      "EarlierDeMinimisAid",
      "FinancingScheme",
      "Cohort",
      "Milestone",
      "Edition",
      "CalendarFeed",
      "MethodVersion",
      "SupplierProfile",
      "SourcingRequest",
      "User",
      "Organisation",
      "ApiClient",
      "Event",
      "EventSession",
      "EventPitch",
      "EventPrize",
      "EventRegistration",
      "HackathonTeam",
      "MeetingRequest",
    ]);
    expect(trail.actions).toHaveLength(104);
  });
});
