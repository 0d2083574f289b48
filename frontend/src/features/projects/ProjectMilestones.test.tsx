import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { pageData, pageProject } from "./projectFixtures";
import { ProjectMilestonesQuery, ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6MTE";

function milestone(id: string, title: string, dueDate: string | null, status: string) {
  return { __typename: "Milestone", id, title, dueDate, status, doneOn: status === "DONE" ? dueDate : null };
}

const LATE = milestone("TWlsZXN0b25lOjE", "Questionnaire validé", "2026-11-02", "LATE");
const NEXT = milestone("TWlsZXN0b25lOjI", "Synthèse des entretiens", "2026-12-14", "TODO");
const DONE = milestone("TWlsZXN0b25lOjM", "Cadrage", "2026-10-05", "DONE");

function mocks(nextMilestone: ReturnType<typeof milestone> | null): MockLink.MockedResponse[] {
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
              totalCount: 3,
              edges: [DONE, NEXT, LATE].map((node) => ({ __typename: "MilestoneEdge", node })),
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
      "Questionnaire validé2 novembre 2026En retard",
      "Synthèse des entretiensProchain jalon14 décembre 2026À faire",
      "Cadrage5 octobre 2026Fait",
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
});
