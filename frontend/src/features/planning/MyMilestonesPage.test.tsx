import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import {
  MyCalendarFeedsQuery,
  MyMilestonesPage,
  MyMilestonesQuery,
  QuickUpdateMilestoneMutation,
} from "./MyMilestonesPage";

type Variables = Record<string, unknown>;

function milestone(id: string, title: string, status: string, dueDate: string, startedOn: string | null = null) {
  return {
    __typename: "Milestone",
    id,
    title,
    status,
    dueDate,
    offsetWorkingDays: -80,
    startedOn,
    version: 3,
    viewerCanUpdate: true,
    project: { __typename: "Project", id: "UHJvamVjdDox", name: "Sèche-linge à pompe à chaleur" },
    cohort: { __typename: "Cohort", id: "Q29ob3J0OjM", name: "Cohorte 2027" },
  };
}

function listMock(nodes: ReturnType<typeof milestone>[]): MockLink.MockedResponse {
  return {
    request: { query: MyMilestonesQuery, variables: { horizon: 10, first: 100 } },
    result: {
      data: {
        viewer: { __typename: "Viewer", today: "2026-11-23" },
        myMilestones: {
          __typename: "MilestoneConnection",
          totalCount: nodes.length,
          unavailableRegions: [],
          edges: nodes.map((node) => ({ __typename: "MilestoneEdge", node })),
        },
      },
    },
  };
}

describe("MyMilestonesPage", () => {
  it("separates late milestones from those due in the next 10 working days, and marks one done today", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    const late = milestone("TWlsZXN0b25lOjE", "Équipes étudiantes constituées", "LATE", "2026-11-02");
    const soon = milestone("TWlsZXN0b25lOjI", "Besoins de R&D qualifiés", "IN_PROGRESS", "2026-11-24", "2026-11-20");
    renderWithProviders(<MyMilestonesPage />, {
      route: "/mes-jalons",
      path: "/mes-jalons",
      mocks: [
        {
          request: { query: MyCalendarFeedsQuery },
          result: { data: { calendarFeeds: { __typename: "CalendarFeedConnection", edges: [] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        listMock([late, soon]),
        {
          request: { query: QuickUpdateMilestoneMutation, variables: () => true },
          result: (variables: Variables) => {
            inputs.push(variables["input"] as Variables);
            return {
              data: {
                updateMilestone: {
                  __typename: "MilestoneSuccess",
                  milestone: {
                    __typename: "Milestone",
                    id: late.id,
                    status: "DONE",
                    startedOn: "2026-11-23",
                    doneOn: "2026-11-23",
                    version: 4,
                  },
                },
              },
            };
          },
        },
        // After the change, the list is read again: the done milestone has left it.
        listMock([soon]),
      ],
    });

    expect(screen.getByRole("heading", { level: 1, name: "Mes jalons" })).toBeInTheDocument();
    const lateSection = await screen.findByRole("table", { name: "En retard" });
    const soonSection = screen.getByRole("table", { name: "Dans les 10 prochains jours ouvrés" });
    expect(within(lateSection).getByRole("row", { name: /Équipes étudiantes constituées/ })).toHaveTextContent(
      "En retard",
    );
    expect(within(soonSection).getByRole("row", { name: /Besoins de R&D qualifiés/ })).toHaveTextContent("En cours");
    // The project opens its page; « J−80 » reads as a place in the plan, not as 80 days left.
    const lateRow = within(lateSection).getByRole("row", { name: /Équipes étudiantes constituées/ });
    expect(within(lateRow).getByRole("link", { name: "Sèche-linge à pompe à chaleur" })).toHaveAttribute(
      "href",
      "/projets/UHJvamVjdDox",
    );
    const position = within(lateRow).getByText("J−80 dans le plan");
    expect(position).toHaveAttribute("title", "80 jours ouvrés avant J0, le jour de l'événement");
    expect(within(lateSection).queryByText(/Besoins de R&D/)).not.toBeInTheDocument();
    // Already started: no « Commencer ».
    expect(within(soonSection).queryByRole("button", { name: /^Commencer/ })).not.toBeInTheDocument();
    expect(
      within(lateSection).getByRole("button", { name: "Commencer « Équipes étudiantes constituées »" }),
    ).toBeInTheDocument();

    await user.click(
      within(lateSection).getByRole("button", { name: "Marquer comme fait « Équipes étudiantes constituées »" }),
    );
    await waitFor(() => expect(inputs).toHaveLength(1));
    // No date: the server records today.
    expect(inputs[0]).toEqual({ milestoneId: late.id, expectedVersion: 3, state: "DONE" });
    expect(await screen.findByText("Aucun jalon en retard.")).toBeInTheDocument();
  });
});
