import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../test/render";

import {
  CalendarFeedsQuery,
  CohortPage,
  CohortPageQuery,
  CohortProjectsQuery,
  MILESTONES_PER_COHORT,
} from "./CohortPage";
import { UpdateMilestoneMutation } from "./MilestoneDrawer";

// The chart library does not run in jsdom; the table « Liste des jalons » says the same.
vi.mock("./RetroplanningGantt", () => ({ RetroplanningGantt: () => null }));

type Variables = Record<string, unknown>;

const COHORT = "Q29ob3J0Om5vcm1hbmRpZToz";
const ME = "VXNlcjpub3JtYW5kaWU6MQ";
const ADMIN = "VXNlcjpub3JtYW5kaWU6Mg";
const PROJECT = { __typename: "Project", id: "UHJvamVjdDpub3JtYW5kaWU6NQ", name: "Sèche-linge à pompe à chaleur" };

const adviser = (id: string, displayName: string, email: string, role: string) => ({
  __typename: "User",
  id,
  displayName,
  email,
  role,
});

function milestone(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Milestone",
    id: "TWlsZXN0b25lOm5vcm1hbmRpZTo0Mg",
    title: "Besoins de R&D qualifiés",
    version: 3,
    status: "TODO",
    startedOn: null,
    doneOn: null,
    dueDate: "2026-12-03",
    pinned: false,
    breaksDependency: false,
    offsetWorkingDays: -74,
    expectedDeliverable: "Fiche besoins",
    owner: "ADVISER",
    evidence: null,
    evidenceUrl: null,
    viewerCanUpdate: true,
    dependsOnIds: [],
    phase: { __typename: "Phase", key: "diagnostic", name: "Diagnostic", position: 1 },
    assignee: { __typename: "User", id: ME, displayName: "Camille Lemoine" },
    project: PROJECT,
    ...overrides,
  };
}

function cohort() {
  return {
    __typename: "Cohort",
    id: COHORT,
    name: "Cohorte 2027 (démonstration)",
    version: 7,
    eventDate: "2027-03-18",
    eventEndDate: null,
    startDate: null,
    todayRelativeDay: -81,
    venue: "Rouen",
    schoolPartner: null,
    viewerCanManage: true,
    viewerCanUpdateMilestones: true,
    methodOutdated: false,
    region: {
      __typename: "Region",
      id: "UmVnaW9uOm5vcm1hbmRpZQ",
      slug: "normandie",
      name: "Normandie",
      advisers: {
        __typename: "UserConnection",
        edges: [
          adviser(ADMIN, "Claire Martin", "admin.normandie@demo.filiere.fr", "REGIONAL_ADMIN"),
          adviser(ME, "Camille Lemoine", "conseiller.normandie@demo.filiere.fr", "ADVISER"),
        ].map((node) => ({ __typename: "UserEdge", node })),
      },
    },
    edition: {
      __typename: "Edition",
      id: "RWRpdGlvbjoy",
      name: "Édition 2027",
      methodVersion: { __typename: "MethodVersion", id: "TWV0aG9kVmVyc2lvbjox", number: 1 },
    },
    methodVersion: { __typename: "MethodVersion", id: "TWV0aG9kVmVyc2lvbjox", number: 1, name: "Méthode nationale" },
    adherence: {
      __typename: "AdherenceType",
      due: 0,
      doneOnTime: 0,
      doneLate: 0,
      overdue: 0,
      onTimeRate: null,
    },
    milestones: {
      __typename: "MilestoneConnection",
      totalCount: 1,
      edges: [{ __typename: "MilestoneEdge", node: milestone() }],
    },
  };
}

function pageMocks(extra: MockLink.MockedResponse[] = []): MockLink.MockedResponse[] {
  return [
    {
      request: { query: CohortPageQuery, variables: { id: COHORT, first: MILESTONES_PER_COHORT } },
      result: {
        data: {
          viewer: {
            __typename: "Viewer",
            today: "2026-11-23",
            user: { __typename: "User", id: ME, displayName: "Camille Lemoine" },
          },
          node: cohort(),
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      // Only selected projects that follow no cohort: the server filters, the page shows what it answers.
      request: {
        query: CohortProjectsQuery,
        variables: { region: "normandie", filter: { inCohort: false, status: ["SELECTED", "ACCELERATING"] } },
      },
      result: {
        data: {
          projects: {
            __typename: "ProjectConnection",
            edges: [
              {
                __typename: "ProjectEdge",
                node: { __typename: "Project", id: "UHJvamVjdDpub3JtYW5kaWU6OQ", name: "Projet sans cohorte" },
              },
            ],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: CalendarFeedsQuery },
      result: { data: { calendarFeeds: { __typename: "CalendarFeedConnection", edges: [] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<CohortPage />, {
    route: `/cohortes/${COHORT}`,
    path: "/cohortes/:cohortId",
    mocks,
  });
}

describe("CohortPage", () => {
  it("offers to add only the region's selected projects that follow no cohort, and says today from Viewer.today", async () => {
    renderPage(pageMocks());
    expect(await screen.findByRole("heading", { level: 1, name: "Cohorte 2027 (démonstration)" })).toBeInTheDocument();
    const select = await screen.findByRole("combobox", { name: /Projet de la région/ });
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual(["Choisir un projet…", "Projet sans cohorte"]),
    );
    expect(screen.getByText("23 novembre 2026 (J−81)")).toBeInTheDocument();
  });

  it("shows the retroplanning (its chart and list) before the other sections", async () => {
    renderPage(pageMocks());
    await screen.findByRole("heading", { level: 1, name: "Cohorte 2027 (démonstration)" });
    await screen.findByRole("heading", { level: 2, name: "Gérer la cohorte" });
    const sections = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(sections[0]).toBe("Rétroplanning");
    expect(sections).toContain("En bref");
  });

  it("assigns a milestone to another adviser of the region from the drawer", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderPage(
      pageMocks([
        {
          request: { query: UpdateMilestoneMutation, variables: () => true },
          result: (variables: Variables) => {
            inputs.push(variables["input"] as Variables);
            return {
              data: {
                updateMilestone: {
                  __typename: "MilestoneSuccess",
                  milestone: milestone({
                    version: 4,
                    assignee: { __typename: "User", id: ADMIN, displayName: "Claire Martin" },
                  }),
                },
              },
            };
          },
        },
      ]),
    );
    const table = await screen.findByRole("table", { name: /Liste des jalons/ });
    await user.click(within(table).getByRole("button", { name: "Besoins de R&D qualifiés" }));
    const drawer = await screen.findByRole("dialog", { name: "Besoins de R&D qualifiés" });
    const assignee = within(drawer).getByRole("combobox", { name: /Attribué à/ });
    expect(
      within(assignee)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Personne", "Claire Martin — Responsable régional", "Camille Lemoine — Conseiller CCI (vous)"]);
    expect(assignee).toHaveValue(ME);
    await user.selectOptions(assignee, "Claire Martin — Responsable régional");
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      milestoneId: "TWlsZXN0b25lOm5vcm1hbmRpZTo0Mg",
      expectedVersion: 3,
      assigneeId: ADMIN,
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(table).getByRole("row", { name: /Besoins de R&D qualifiés/ })).toHaveTextContent("Claire Martin");
  });
});
