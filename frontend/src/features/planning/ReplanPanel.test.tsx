import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import { renderWithProviders } from "../../test/render";

import { ReplanCohortMutationDocument, ReplanPanel, ReplanPanelFragment } from "./ReplanPanel";

type Variables = Record<string, unknown>;
const COHORT = "Q29ob3J0Om5vcm1hbmRpZToz";

const cohort = makeFragmentData(
  { __typename: "Cohort", id: COHORT, version: 7, eventDate: "2027-03-18" },
  ReplanPanelFragment,
);

function success(applied: boolean) {
  return {
    __typename: "ReplanCohortSuccess",
    applied,
    cohort: {
      __typename: "Cohort",
      id: COHORT,
      version: applied ? 8 : 7,
      eventDate: applied ? "2027-03-25" : "2027-03-18",
    },
    changes: [
      {
        __typename: "MilestoneDateChange",
        oldDate: "2027-01-21",
        newDate: "2027-01-28",
        milestone: {
          __typename: "Milestone",
          id: "TWlsZXN0b25lOjE",
          title: "Restitution des experts R&D",
          project: { __typename: "Project", id: "UHJvamVjdDox", name: "Sèche-linge à pompe à chaleur" },
        },
      },
    ],
    brokenDependencies: [
      {
        __typename: "Milestone",
        id: "TWlsZXN0b25lOjI",
        title: "Pitch de 3 minutes",
        dueDate: "2027-03-11",
        project: { __typename: "Project", id: "UHJvamVjdDox", name: "Sèche-linge à pompe à chaleur" },
      },
    ],
  };
}

function replanMock(inputs: Variables[]): MockLink.MockedResponse {
  return {
    request: { query: ReplanCohortMutationDocument, variables: () => true },
    result: (variables: Variables) => {
      const input = variables["input"] as Variables;
      inputs.push(input);
      return { data: { replanCohort: success(input["dryRun"] === false) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe("ReplanPanel", () => {
  it("previews the new due dates (old → new, pinned warnings), then applies with dryRun false and expectedVersion", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    const onApplied = vi.fn(() => Promise.resolve());
    renderWithProviders(<ReplanPanel cohort={cohort} onApplied={onApplied} />, { mocks: [replanMock(inputs)] });

    await user.click(screen.getByRole("button", { name: "Déplacer J0" }));
    await user.type(screen.getByLabelText(/Nouvelle date de J0/), "2027-03-25");
    await user.click(screen.getByRole("button", { name: "Prévisualiser" }));

    const table = await screen.findByRole("table", { name: "Échéances qui changent (ancienne → nouvelle)" });
    const row = within(table).getByRole("row", { name: /Restitution des experts R&D/ });
    expect(row).toHaveTextContent("21 janvier 2027");
    expect(row).toHaveTextContent("28 janvier 2027");
    expect(screen.getByText("Avec J0 le 25 mars 2027, 1 échéance change.")).toBeInTheDocument();
    expect(
      screen.getByText(/« Pitch de 3 minutes » \(Sèche-linge à pompe à chaleur\), fixé au 11 mars 2027/),
    ).toBeInTheDocument();
    expect(inputs).toEqual([{ cohortId: COHORT, eventDate: "2027-03-25", expectedVersion: 7, dryRun: true }]);
    expect(onApplied).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(onApplied).toHaveBeenCalledTimes(1));
    expect(inputs[1]).toEqual({ cohortId: COHORT, eventDate: "2027-03-25", expectedVersion: 7, dryRun: false });
  });

  it("shows the server's refusal of a day off under the date", async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReplanPanel cohort={cohort} onApplied={vi.fn()} />, {
      mocks: [
        {
          request: { query: ReplanCohortMutationDocument, variables: () => true },
          result: {
            data: {
              replanCohort: {
                __typename: "PlanningInvalid",
                field: "eventDate",
                code: "NOT_A_WORKING_DAY",
                message: "Le 25/12/2027 n'est pas un jour ouvré (Noël).",
              },
            },
          },
        },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Déplacer J0" }));
    await user.type(screen.getByLabelText(/Nouvelle date de J0/), "2027-12-25");
    await user.click(screen.getByRole("button", { name: "Prévisualiser" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Nouvelle date de J0/)).toHaveAccessibleDescription(
        "Cette date n'est pas un jour ouvré. Le 25/12/2027 n'est pas un jour ouvré (Noël).",
      ),
    );
    expect(screen.queryByRole("button", { name: "Appliquer" })).not.toBeInTheDocument();
  });
});
