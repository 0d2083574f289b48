import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { ADVISER_USER_ID, regionIdf, regionNormandie, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { DashboardPage, DashboardQuery } from "./DashboardPage";

type Variables = Record<string, unknown>;

const connection = (typename: string, nodes: object[], totalCount = nodes.length) => ({
  __typename: `${typename}Connection`,
  totalCount,
  unavailableRegions: [],
  edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })),
});

const milestone = (id: string, title: string, status: string, dueDate: string) => ({
  __typename: "Milestone",
  id,
  title,
  status,
  dueDate,
  project: { __typename: "Project", id: "UHJvamVjdDpub3JtYW5kaWU6OA", name: "Sèche-linge à pompe à chaleur" },
  cohort: { __typename: "Cohort", id: "Q29ob3J0OjM", name: "Cohorte 2027" },
});

const myProject = (id: string, name: string, next: object | null) => ({
  __typename: "Project",
  id,
  name,
  company: { __typename: "Company", id: `Q29tcGFueTo${id}`, name: "ECOLAVE" },
  nextMilestone: next,
});

const notification = {
  __typename: "InboxItem",
  id: "SW5ib3hJdGVtOjE",
  kind: "MENTION",
  createdAt: "2026-11-20T09:05:00+00:00",
  actorName: "Léa Dupuis",
  projectName: "Sèche-linge à pompe à chaleur",
  region: regionNormandie,
};

const request = {
  __typename: "SourcingRequest",
  id: "U291cmNpbmdSZXF1ZXN0OjE",
  projectName: "Gourdes en inox",
  stageName: "Emboutissage",
  deadline: "2026-12-18",
  region: regionIdf,
};

/** The answer to the dashboard's query: its common part, and the blocks the test names. */
function dashboardMock(blocks: Record<string, unknown>, calls: Variables[]): MockLink.MockedResponse {
  return {
    request: { query: DashboardQuery, variables: () => true },
    result: (variables: Variables) => {
      calls.push(variables);
      return {
        data: {
          viewer: { __typename: "Viewer", today: "2026-11-23" },
          inboxUnreadCount: 1,
          inbox: connection("InboxItem", [notification]),
          ...blocks,
        },
      };
    },
  };
}

function renderDashboard(role: Role, blocks: Record<string, unknown>) {
  const calls: Variables[] = [];
  const rendered = renderWithProviders(<DashboardPage />, { mocks: [dashboardMock(blocks, calls)], viewer: role });
  return { ...rendered, calls };
}

const block = (name: string) => screen.getByRole("region", { name });

describe("DashboardPage", () => {
  it("gives an adviser their projects and next deadlines, their milestones, requests and notifications", async () => {
    const { calls, container } = renderDashboard("ADVISER", {
      // By name, as the API lists them; the dashboard puts the nearest deadline first.
      myProjects: connection("Project", [
        myProject("UHJvamVjdDpub3JtYW5kaWU6OQ", "Semelles de chaussures recyclées", null),
        myProject(
          "UHJvamVjdDpub3JtYW5kaWU6OA",
          "Sèche-linge à pompe à chaleur",
          milestone("TWlsZXN0b25lOjE", "Questionnaire validé", "LATE", "2026-11-02"),
        ),
      ]),
      myMilestones: connection("Milestone", [
        milestone("TWlsZXN0b25lOjE", "Questionnaire validé", "LATE", "2026-11-02"),
        milestone("TWlsZXN0b25lOjI", "Besoins de R&D qualifiés", "TODO", "2026-11-30"),
        milestone("TWlsZXN0b25lOjM", "Pitch répété", "IN_PROGRESS", "2026-12-01"),
      ]),
      awaitingRequests: connection("SourcingRequest", [request]),
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Mon tableau de bord" })).toBeInTheDocument();
    expect(screen.getByText(/Ce qui vous attend aujourd'hui, 23 novembre 2026/)).toBeInTheDocument();
    // One request, each block asked for only when the capabilities open it.
    expect(calls).toEqual([
      expect.objectContaining({
        withProjects: true,
        projectsRegion: "normandie",
        adviser: [ADVISER_USER_ID],
        withMilestones: true,
        withCandidacies: false,
        withSourcing: true,
        withRegions: false,
      }),
    ]);

    const projects = block("Mes projets");
    expect(projects).toHaveTextContent("Vous suivez 2 projets.");
    const [late, none] = within(projects).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(late).getByRole("link", { name: "Sèche-linge à pompe à chaleur" })).toHaveAttribute(
      "href",
      "/projets/UHJvamVjdDpub3JtYW5kaWU6OA",
    );
    expect(late).toHaveTextContent("Prochaine échéance : Questionnaire validé, le 2 novembre 2026");
    expect(within(late).getByText("En retard")).toBeInTheDocument();
    expect(none).toHaveTextContent("Aucune échéance à venir");
    expect(within(projects).getByRole("link", { name: "Voir mes projets" })).toHaveAttribute("href", "/projets");

    const milestones = block("Mes jalons");
    expect(milestones).toHaveTextContent("1 jalon en retard, 2 à venir dans les 10 prochains jours ouvrés.");
    expect(within(milestones).getAllByRole("listitem")).toHaveLength(3);
    expect(within(milestones).getAllByRole("link", { name: "Sèche-linge à pompe à chaleur" })[0]).toHaveAttribute(
      "href",
      "/projets/UHJvamVjdDpub3JtYW5kaWU6OA?onglet=jalons",
    );
    expect(within(milestones).getByRole("link", { name: "Voir mes jalons" })).toHaveAttribute("href", "/mes-jalons");

    const sourcing = block("Demandes de sourcing");
    expect(sourcing).toHaveTextContent("1 demande attend la réponse de votre région.");
    expect(sourcing).toHaveTextContent("Gourdes en inox (Île-de-France)");
    expect(sourcing).toHaveTextContent("Réponse attendue au plus tard le 18 décembre 2026");

    const inbox = block("Notifications");
    expect(inbox).toHaveTextContent("1 notification non lue.");
    expect(inbox).toHaveTextContent("Léa Dupuis vous a mentionné : Sèche-linge à pompe à chaleur (Normandie)");
    expect(within(inbox).getByRole("link", { name: "Voir mes notifications" })).toHaveAttribute(
      "href",
      "/notifications",
    );

    expect(screen.queryByRole("region", { name: "Candidatures à examiner" })).not.toBeInTheDocument();
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("says in words when a block is empty", async () => {
    renderDashboard("ADVISER", {
      myProjects: connection("Project", []),
      myMilestones: connection("Milestone", []),
      awaitingRequests: connection("SourcingRequest", []),
    });
    expect(await screen.findByText("Aucun projet ne vous est attribué pour le moment.")).toBeInTheDocument();
    expect(block("Mes jalons")).toHaveTextContent("Rien en retard ni à venir dans les 10 prochains jours ouvrés.");
    expect(block("Demandes de sourcing")).toHaveTextContent("Aucune demande n'attend la réponse de votre région.");
    expect(within(block("Mes projets")).queryByRole("list")).not.toBeInTheDocument();
  });

  it("puts the region's candidacies before its head, who follows no project", async () => {
    const candidate = {
      __typename: "Project",
      id: "UHJvamVjdDpub3JtYW5kaWU6MjA",
      name: "Fil de lin normand",
      company: { __typename: "Company", id: "Q29tcGFueToy", name: "Filature du Roumois", communeName: "Malaunay" },
    };
    const { calls } = renderDashboard("REGIONAL_ADMIN", {
      myMilestones: connection("Milestone", []),
      candidacies: connection("Project", [candidate], 3),
      awaitingRequests: connection("SourcingRequest", []),
    });
    const candidacies = await screen.findByRole("region", { name: "Candidatures à examiner" });
    expect(calls[0]).toMatchObject({ withProjects: false, withCandidacies: true, candidaciesRegion: "normandie" });
    expect(candidacies).toHaveTextContent("3 candidatures attendent votre décision.");
    expect(within(candidacies).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      "/projets/UHJvamVjdDpub3JtYW5kaWU6MjA",
    );
    expect(candidacies).toHaveTextContent("Filature du Roumois, Malaunay");
    expect(within(candidacies).getByRole("link", { name: "Examiner les candidatures" })).toHaveAttribute(
      "href",
      "/candidatures",
    );
    expect(screen.queryByRole("region", { name: "Mes projets" })).not.toBeInTheDocument();
  });

  it("gives CCI France the regions side by side and the requests nobody answered", async () => {
    const counts = (candidates: number, following: number) =>
      ["CANDIDATE", "SELECTED", "ACCELERATING", "PITCHED", "FOLLOW_UP", "CLOSED", "REJECTED", "ABANDONED"].map(
        (status) => ({
          __typename: "ProjectStatusCount",
          status,
          count: status === "CANDIDATE" ? candidates : status === "FOLLOW_UP" ? following : 1,
        }),
      );
    const { calls } = renderDashboard("NATIONAL", {
      awaitingRequests: connection("SourcingRequest", [request]),
      overview: {
        __typename: "RegionConnection",
        edges: [
          { __typename: "RegionEdge", node: { ...regionNormandie, projectCounts: counts(0, 5) } },
          { __typename: "RegionEdge", node: { ...regionIdf, projectCounts: counts(2, 2) } },
        ],
      },
    });
    const regions = await screen.findByRole("region", { name: "Projets par région" });
    expect(calls[0]).toMatchObject({ withProjects: false, withMilestones: false, withRegions: true });
    const table = within(regions).getByRole("table", { name: "Projets de chaque région, par étape" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "RégionCandidatSélectionnéEn accélérationSuiviTotal",
      "Normandie01151" + "1",
      "Île-de-France2112" + "10",
    ]);
    expect(within(table).getByRole("link", { name: "Île-de-France" })).toHaveAttribute(
      "href",
      "/projets?region=ile-de-france",
    );
    expect(block("Demandes de sourcing")).toHaveTextContent("1 demande ouverte n'a encore reçu aucune réponse.");
    expect(screen.queryByRole("region", { name: "Mes jalons" })).not.toBeInTheDocument();
  });
});
