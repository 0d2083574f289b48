import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { pageData, pageProject } from "./projectFixtures";
import { ProjectMilestonesQuery, ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6MTE";

interface Check {
  kind: string;
  found: boolean;
  interviewCount?: number;
  document?: { id: string; title: string } | null;
}

function milestone(id: string, title: string, dueDate: string | null, status: string, check: Check | null = null) {
  return {
    __typename: "Milestone",
    id,
    title,
    dueDate,
    status,
    doneOn: status === "DONE" ? dueDate : null,
    evidenceCheck: check && {
      __typename: "MilestoneEvidenceCheck",
      interviewCount: 0,
      ...check,
      document: check.document ? { __typename: "Document", ...check.document } : null,
    },
  };
}

const LATE = milestone("TWlsZXN0b25lOjE", "Questionnaire validé", "2026-11-02", "LATE");
const NEXT = milestone("TWlsZXN0b25lOjI", "Synthèse des entretiens", "2026-12-14", "TODO");
const DONE = milestone("TWlsZXN0b25lOjM", "Cadrage", "2026-10-05", "DONE");

type Row = ReturnType<typeof milestone>;

function mocks(nextMilestone: Row | null, plan: Row[] = [DONE, NEXT, LATE]): MockLink.MockedResponse[] {
  return [
    {
      request: { query: ProjectPageQuery, variables: { id: ID } },
      result: {
        data: pageData(
          pageProject({
            id: ID,
            nextMilestone,
            milestones: { __typename: "MilestoneConnection", totalCount: 3 },
          }),
        ),
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: ProjectMilestonesQuery, variables: { id: ID } },
      result: {
        data: {
          node: {
            __typename: "Project",
            id: ID,
            milestones: {
              __typename: "MilestoneConnection",
              totalCount: plan.length,
              edges: plan.map((node) => ({ __typename: "MilestoneEdge", node })),
            },
            nextMilestone: nextMilestone && { __typename: "Milestone", id: nextMilestone.id },
          },
        },
      },
    },
  ];
}

describe("the project's milestones", () => {
  it("lists them in « Jalons »: late first, then to come, then done, with French dates and their status", async () => {
    renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}?onglet=jalons`,
      path: "/projets/:projectId",
      mocks: mocks(NEXT),
    });
    const panel = await screen.findByRole("tabpanel", { name: "Jalons" });
    const table = await within(panel).findByRole("table", { name: /Jalons du rétroplanning/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "Questionnaire validé2 novembre 2026En retardAucune demandée",
      "Synthèse des entretiensProchain jalon14 décembre 2026À faireAucune demandée",
      "Cadrage5 octobre 2026FaitAucune demandée",
    ]);
    expect(within(panel).getByRole("status")).toHaveTextContent("1 jalon fait sur 3 — 1 en retard");
  });

  it("shows the next deadline in the header, « en retard » when it is late", async () => {
    const { unmount } = renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}`,
      path: "/projets/:projectId",
      mocks: mocks(NEXT),
    });
    expect(
      await screen.findByText("Prochaine échéance : Synthèse des entretiens, le 14 décembre 2026"),
    ).toBeInTheDocument();
    expect(screen.queryByText("en retard")).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}`,
      path: "/projets/:projectId",
      mocks: mocks(LATE),
    });
    expect(
      await screen.findByText("Prochaine échéance : Questionnaire validé, le 2 novembre 2026"),
    ).toBeInTheDocument();
    expect(screen.getByText("en retard")).toBeInTheDocument();
  });

  it("links each milestone to its evidence, says « Preuve manquante » and flags a milestone done without it", async () => {
    const questionnaire = milestone("TWlsZXN0b25lOjQ", "Questionnaire d'étude validé", "2026-10-12", "DONE", {
      kind: "QUESTIONNAIRE_DOCUMENT",
      found: false,
    });
    const interviews = milestone("TWlsZXN0b25lOjU", "Entretiens réalisés", "2026-11-09", "DONE", {
      kind: "MARKET_STUDY",
      found: true,
      interviewCount: 3,
    });
    const synthesis = milestone("TWlsZXN0b25lOjY", "Synthèse validée", "2026-12-14", "TODO", {
      kind: "SYNTHESIS_DOCUMENT",
      found: true,
      document: { id: "RG9jdW1lbnQ6Nw", title: "Synthèse et personas" },
    });
    renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}?onglet=jalons`,
      path: "/projets/:projectId",
      mocks: mocks(synthesis, [questionnaire, interviews, synthesis]),
    });
    const panel = await screen.findByRole("tabpanel", { name: "Jalons" });
    const table = await within(panel).findByRole("table", { name: /Jalons du rétroplanning/ });
    expect(within(panel).getByRole("status")).toHaveTextContent("2 jalons faits sur 3 — 1 fait sans preuve");

    const missing = within(table).getByRole("row", { name: /Questionnaire d'étude validé/ });
    expect(missing).toHaveTextContent("FaitFait sans preuve");
    expect(missing).toHaveTextContent("Preuve manquanteAttendu : Questionnaire (document du projet).");
    expect(within(missing).getByRole("link", { name: "Voir les documents" })).toHaveAttribute(
      "href",
      `/projets/${ID}?onglet=documents`,
    );

    const study = within(table).getByRole("row", { name: /Entretiens réalisés/ });
    expect(study).not.toHaveTextContent("Fait sans preuve");
    expect(within(study).getByRole("link", { name: "Étude de marché : 3 entretiens saisis" })).toHaveAttribute(
      "href",
      `/projets/${ID}?onglet=etude-de-marche`,
    );
    const synthesisRow = within(table).getByRole("row", { name: /Synthèse validée/ });
    expect(within(synthesisRow).getByRole("link", { name: "Synthèse et personas" })).toHaveAttribute(
      "href",
      `/projets/${ID}?onglet=documents`,
    );
  });
});
