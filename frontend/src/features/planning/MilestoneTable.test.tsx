import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import type { MilestoneStatus } from "../../graphql/generated/graphql";
import { renderWithProviders } from "../../test/render";

import { MilestoneRowFragment, MilestoneTable } from "./MilestoneTable";

function row(id: string, title: string, status: MilestoneStatus, viewerCanUpdate = true) {
  return {
    id,
    row: makeFragmentData(
      {
        __typename: "Milestone",
        id,
        title,
        phase: { __typename: "MilestonePhase", key: "etude", name: "Étude de marché", position: 1 },
        dueDate: "2026-11-02",
        offsetWorkingDays: -95,
        status,
        pinned: false,
        breaksDependency: false,
        viewerCanUpdate,
        assignee: { __typename: "User", id: "VXNlcjox", displayName: "Hugo Bertin" },
        project: null,
      },
      MilestoneRowFragment,
    ),
  };
}

describe("MilestoneTable", () => {
  it("captions the list, says « En retard » for a late milestone and gives its due date and J−n", () => {
    renderWithProviders(
      <MilestoneTable
        milestones={[row("a", "Équipes étudiantes constituées", "LATE"), row("b", "Comité de sélection", "DONE")]}
        onOpen={vi.fn()}
      />,
    );
    const table = screen.getByRole("table", { name: "Liste des jalons" });
    expect(within(table).getByRole("columnheader", { name: "Échéance" })).toBeInTheDocument();
    const late = within(table).getByRole("row", { name: /Équipes étudiantes constituées/ });
    expect(within(late).getByText("En retard")).toBeInTheDocument();
    expect(late).toHaveTextContent("2 novembre 2026");
    expect(late).toHaveTextContent("J−95");
    expect(late).toHaveTextContent("Toute la cohorte");
    expect(within(table).getByRole("row", { name: /Comité de sélection/ })).toHaveTextContent("Fait");
  });

  it("opens a milestone the viewer may update, and only those", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    renderWithProviders(
      <MilestoneTable
        milestones={[
          row("a", "Équipes étudiantes constituées", "TODO"),
          row("b", "Comité de sélection", "TODO", false),
        ]}
        onOpen={onOpen}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Équipes étudiantes constituées" }));
    expect(onOpen).toHaveBeenCalledWith("a");
    expect(screen.queryByRole("button", { name: "Comité de sélection" })).not.toBeInTheDocument();
  });
});
