import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import type { Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { formatHistoryTime, HISTORY_PAGE_SIZE, HistorySection, ProjectHistoryQuery } from "./HistorySection";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";

/** An instant given at France's time in winter (UTC+1: every date below is between November and
 * March), as the trail is told whatever the reader's time zone. */
function parisInstant(year: number, month: number, day: number, hours: number, minutes: number) {
  return new Date(Date.UTC(year, month - 1, day, hours - 1, minutes)).toISOString();
}

function event(
  id: number,
  action: string,
  occurredAt: string,
  before: unknown,
  after: unknown,
  actorName = "Marie Dupont",
) {
  return {
    __typename: "AuditEvent",
    id: `QXVkaXRFdmVudDpub3JtYW5kaWU6${id}`,
    occurredAt,
    actorName,
    actorRole: "ADVISER",
    action,
    entityType: "Project",
    before,
    after,
  };
}

function historyMock(
  events: ReturnType<typeof event>[],
  options: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockLink.MockedResponse {
  const variables: Record<string, unknown> = { id: ID, first: HISTORY_PAGE_SIZE };
  if (options.after) variables["after"] = options.after;
  return {
    request: { query: ProjectHistoryQuery, variables },
    result: {
      data: {
        auditEvents: {
          __typename: "AuditEventConnection",
          totalCount: options.totalCount ?? events.length,
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: options.hasNextPage ?? false,
            endCursor: options.hasNextPage ? `cursor-${events.length}` : null,
          },
          unavailableRegions: [],
          edges: events.map((node) => ({ __typename: "AuditEventEdge", node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderSection(role: Role, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<HistorySection projectId={ID} region="normandie" />, { mocks, viewer: role });
}

async function items() {
  const list = await screen.findByRole("list", { name: "Modifications du projet" });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

describe("formatHistoryTime", () => {
  const t = createI18n().getFixedT("fr", "projects");

  it("writes the day and the hour as French running text does", () => {
    expect(formatHistoryTime("2026-11-23T09:05:00Z", t, "Europe/Paris")).toBe("23 novembre 2026 à 10 h 05");
    expect(formatHistoryTime("2027-03-01T08:00:00Z", t, "Europe/Paris")).toBe("1er mars 2027 à 9 h 00");
    // Late in the evening in Paris is already the next day in Réunion.
    expect(formatHistoryTime("2026-11-30T22:30:00Z", t, "Europe/Paris")).toBe("30 novembre 2026 à 23 h 30");
    expect(formatHistoryTime("2026-11-30T22:30:00Z", t, "Indian/Reunion")).toBe("1er décembre 2026 à 2 h 30");
    expect(formatHistoryTime("hier", t)).toBe("hier");
  });
});

describe("HistorySection (« Historique »)", () => {
  it("tells a status change as a French sentence, newest first, with the comment the step carried", async () => {
    renderSection("REGIONAL_ADMIN", [
      historyMock([
        event(
          3,
          "project.status_changed",
          parisInstant(2026, 11, 23, 10, 5),
          { status: "selected" },
          { status: "accelerating" },
        ),
        event(
          2,
          "project.status_changed",
          parisInstant(2026, 11, 1, 9, 0),
          { status: "candidate" },
          { status: "selected", reason: "Retenu par le comité." },
          "Léa Dupuis",
        ),
        event(1, "project.updated", parisInstant(2026, 10, 28, 16, 42), { notes: "" }, { notes: "Appel fait." }),
      ]),
    ]);
    expect(await screen.findByRole("heading", { name: "Historique" })).toBeInTheDocument();
    expect(await items()).toEqual([
      "23 novembre 2026 à 10 h 05 — Marie Dupont a passé le statut de sélectionné à en accélération",
      "1er novembre 2026 à 9 h 00 — Léa Dupuis a passé le statut de candidat à sélectionnéCommentaire : Retenu par le comité.",
      "28 octobre 2026 à 16 h 42 — Marie Dupont a modifié les notes",
    ]);
    const first = screen.getAllByRole("listitem")[0]!;
    expect(within(first).getByText("23 novembre 2026 à 10 h 05")).toHaveAttribute(
      "datetime",
      parisInstant(2026, 11, 23, 10, 5),
    );
  });

  it("tells the market study's and the selection grid's changes", async () => {
    renderSection("NATIONAL", [
      historyMock([
        event(6, "project.scored", parisInstant(2026, 11, 20, 11, 0), null, { scores: {}, total: 14 }),
        event(5, "study.interview_added", parisInstant(2026, 11, 19, 11, 0), null, {
          interviewId: 4,
          heldOn: "2026-11-18",
          profile: "distributor",
        }),
        event(4, "study.team_set", parisInstant(2026, 11, 2, 11, 0), null, { school: "NEOMA", students: 3 }),
      ]),
    ]);
    expect(await items()).toEqual([
      "20 novembre 2026 à 11 h 00 — Marie Dupont a noté la candidature : 14 / 20",
      "19 novembre 2026 à 11 h 00 — Marie Dupont a saisi un entretien du 18 novembre 2026 (distributeur)",
      "2 novembre 2026 à 11 h 00 — Marie Dupont a déclaré l'équipe étudiante (NEOMA)",
    ]);
  });

  it("adds the next events at the end on « Afficher plus »", async () => {
    const user = userEvent.setup();
    renderSection("REGIONAL_ADMIN", [
      historyMock(
        [event(2, "project.commented", parisInstant(2026, 11, 23, 10, 5), null, { commentId: 2, mentions: [] })],
        { hasNextPage: true, totalCount: 2 },
      ),
      historyMock(
        [event(1, "project.candidacy_submitted", parisInstant(2026, 11, 2, 8, 30), null, { status: "candidate" })],
        { after: "cursor-1", totalCount: 2 },
      ),
    ]);
    expect(await items()).toHaveLength(1);
    expect(screen.getByText("1 modification affichée sur 2")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Afficher plus" }));
    await waitFor(async () =>
      expect(await items()).toEqual([
        "23 novembre 2026 à 10 h 05 — Marie Dupont a commenté",
        "2 novembre 2026 à 8 h 30 — Marie Dupont a déposé une candidature",
      ]),
    );
    expect(screen.queryByRole("button", { name: "Afficher plus" })).not.toBeInTheDocument();
  });

  it("tells an adviser, who gets no trail, that it is reserved to the regional admins and CCI France", async () => {
    // The trail is not even asked for (no mock): the API would refuse it.
    renderSection("ADVISER", []);
    expect(
      await screen.findByText("L'historique détaillé est réservé aux responsables régionaux et à CCI France."),
    ).toBeInTheDocument();
    expect(
      screen.queryByText("Aucune modification n'a encore été enregistrée pour ce projet."),
    ).not.toBeInTheDocument();
  });

  it("tells an admin that nothing was recorded yet", async () => {
    renderSection("REGIONAL_ADMIN", [historyMock([])]);
    expect(
      await screen.findByText("Aucune modification n'a encore été enregistrée pour ce projet."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/réservé aux responsables régionaux/)).not.toBeInTheDocument();
  });
});
