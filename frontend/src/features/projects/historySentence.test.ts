import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import type { AuditT } from "../../lib/auditEvents";

import { formatHistoryTime, historySentence } from "./historySentence";

const i18n = createI18n();
const t = i18n.getFixedT("fr", "projects");
const auditT: AuditT = i18n.getFixedT("fr", ["audit", "enums"]);

describe("formatHistoryTime", () => {
  it("writes the day and the hour as French running text does", () => {
    expect(formatHistoryTime("2026-11-23T09:05:00Z", t, "Europe/Paris")).toBe("23 novembre 2026 à 10 h 05");
    expect(formatHistoryTime("2027-03-01T08:00:00Z", t, "Europe/Paris")).toBe("1er mars 2027 à 9 h 00");
    // Late in the evening in Paris is already the next day in Réunion.
    expect(formatHistoryTime("2026-11-30T22:30:00Z", t, "Europe/Paris")).toBe("30 novembre 2026 à 23 h 30");
    expect(formatHistoryTime("2026-11-30T22:30:00Z", t, "Indian/Reunion")).toBe("1er décembre 2026 à 2 h 30");
    expect(formatHistoryTime("hier", t)).toBe("hier");
  });
});

describe("historySentence", () => {
  it("writes the statuses of a status change in lower case, mid-sentence", () => {
    expect(
      historySentence(
        { action: "project.status_changed", before: { status: "selected" }, after: { status: "accelerating" } },
        t,
        auditT,
      ),
    ).toBe("a passé le statut de sélectionné à en accélération");
  });

  it("tells the market study and the selection grid, which the journal does not know", () => {
    expect(historySentence({ action: "project.scored", after: { total: 9 } }, t, auditT)).toBe(
      "a noté la candidature : 9 / 20",
    );
    expect(
      historySentence({ action: "study.team_set", before: { school: "A" }, after: { school: "B" } }, t, auditT),
    ).toBe("a modifié l'équipe étudiante (B)");
    expect(
      historySentence(
        { action: "study.interview_added", after: { heldOn: "2026-10-01", profile: "industrial_user" } },
        t,
        auditT,
      ),
    ).toBe("a saisi un entretien du 1er octobre 2026 (utilisateur industriel)");
  });

  it("leaves the journal's other sentences as they are, and an unknown action as recorded", () => {
    expect(
      historySentence({ action: "document.version_added", after: { version: 2, fileName: "Devis.pdf" } }, t, auditT),
    ).toBe("a déposé la version 2 de Devis.pdf");
    expect(historySentence({ action: "project.archived" }, t, auditT)).toBe("project.archived");
  });
});
