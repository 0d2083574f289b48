import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import { studyErrorMessage, studyFieldKind, validateEmail, validateHeldOn } from "./studyErrors";

const t = createI18n().getFixedT("fr", "projects");

describe("market-study errors", () => {
  it("reads the server's field paths, whatever the row", () => {
    expect(studyFieldKind("students.11.email")).toBe("studentEmail");
    expect(studyFieldKind("students.0.name")).toBe("studentName");
    expect(studyFieldKind("students")).toBe("students");
    expect(studyFieldKind("students.x.email")).toBeNull();
    expect(studyFieldKind("expectedVersion")).toBeNull();
  });

  it("words each code for the field it names", () => {
    expect(studyErrorMessage(t, "REQUIRED", "students.2.email")).toBe(
      "Indiquez l'adresse e-mail de l'école de l'étudiant.",
    );
    expect(studyErrorMessage(t, "TOO_LONG", "keyFindings")).toBe(
      "Ce texte est trop long (4000 caractères au maximum).",
    );
    expect(studyErrorMessage(t, "TOO_LONG", "students")).toBe("Une équipe compte au plus 12 étudiants.");
    // A conflict's server message names who changed the team: it is shown as sent.
    expect(studyErrorMessage(t, "STALE_VERSION", "expectedVersion", "Léa Dupuis a modifié l'équipe.")).toBe(
      "Léa Dupuis a modifié l'équipe.",
    );
  });

  it("has a message for every code of the schema", () => {
    for (const code of enumValues("StudyErrorCode")) {
      const message = studyErrorMessage(t, code as Parameters<typeof studyErrorMessage>[1]);
      expect(message).not.toBe(t("study.errors.unknown"));
      expect(message).not.toMatch(/^study\./);
    }
  });

  it("checks e-mails and dates as the server does", () => {
    expect(validateEmail(t, "prenom.nom@ecole.fr")).toBeNull();
    expect(validateEmail(t, "prenom.nom@ecole")).toMatch(/n'est pas valide/);
    expect(validateEmail(t, "prenom nom@ecole.fr")).toMatch(/n'est pas valide/);
    expect(validateHeldOn(t, "2026-11-23", "2026-11-23")).toBeNull();
    expect(validateHeldOn(t, "2026-11-24", "2026-11-23")).toMatch(/dans le futur/);
    expect(validateHeldOn(t, "", "2026-11-23")).toBe("Indiquez la date de l'entretien.");
  });
});
