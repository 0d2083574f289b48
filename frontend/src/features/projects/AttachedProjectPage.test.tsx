import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import type { Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { LATEST_INTERVIEWS, MarketStudyQuery } from "./MarketStudySection";
import { commentsConnection, pageData, pageProject } from "./projectFixtures";
import {
  COMMENTS_PAGE_SIZE,
  ProjectCommentsQuery,
  ProjectDocumentsQuery,
  ProjectPage,
  ProjectPageQuery,
} from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6MQ";

/** What the API answers those attached to a project (backend `programmes/views.py`): the CCI's notes,
 * status reasons and members are never theirs. */
const CLOSED = { notes: null, statusHistory: null, members: null, viewerCanEdit: false, nextSteps: [] };

const STUDENT_CARD = {
  ...CLOSED,
  access: "SUMMARY",
  contact: null,
  products: null,
  team: null,
  comments: null,
  milestones: null,
  marketStudy: { __typename: "MarketStudy", interviewCount: 0 },
  documents: [],
};
const EXPERT_CARD = {
  ...CLOSED,
  access: "SUMMARY",
  contact: null,
  products: null,
  team: null,
  documents: null,
  milestones: null,
  marketStudy: null,
  comments: { __typename: "ProjectCommentConnection", totalCount: 0 },
};
const COACH_CARD = { ...CLOSED, access: "FULL" };

function mocks(card: Record<string, unknown>): MockLink.MockedResponse[] {
  const project = pageProject({ id: ID, ...card });
  return [
    {
      request: { query: ProjectPageQuery, variables: { id: ID } },
      result: { data: pageData(project) },
      maxUsageCount: 9,
    },
    {
      request: { query: MarketStudyQuery, variables: { id: ID, interviews: LATEST_INTERVIEWS } },
      result: {
        data: {
          viewer: { __typename: "Viewer", today: "2026-11-23" },
          node: {
            __typename: "Project",
            id: ID,
            viewerCanEdit: false,
            marketStudy: {
              __typename: "MarketStudy",
              team: null,
              interviewCount: 0,
              byProfile: [],
              firstInterview: null,
              lastInterview: null,
              interviews: [],
            },
          },
        },
      },
      maxUsageCount: 9,
    },
    {
      request: { query: ProjectDocumentsQuery, variables: { id: ID } },
      result: { data: { node: project } },
      maxUsageCount: 9,
    },
    {
      request: { query: ProjectCommentsQuery, variables: { id: ID, first: COMMENTS_PAGE_SIZE } },
      result: { data: { node: { __typename: "Project", id: ID, comments: commentsConnection([]) } } },
      maxUsageCount: 9,
    },
  ];
}

function renderPage(role: Role, card: Record<string, unknown>, search = "") {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}${search}`,
    path: "/projets/:projectId",
    mocks: mocks(card),
    viewer: role,
  });
}

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent);

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe("ProjectPage, for those attached to the project", () => {
  it("opens a student's project on the market study, where they record interviews, with the study's documents", async () => {
    const events = userEvent.setup();
    const { container } = renderPage("STUDENT", STUDENT_CARD);
    const study = await screen.findByRole("tabpanel", { name: "Étude de marché" });
    expect(tabNames()).toEqual(["Synthèse", "Étude de marché", "Documents"]);
    expect(screen.getByRole("tab", { name: "Étude de marché" })).toHaveAttribute("aria-selected", "true");
    expect(await within(study).findByRole("region", { name: "Ajouter un entretien" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour à mes projets" })).toHaveAttribute("href", "/");
    await noViolations(container);

    await events.click(screen.getByRole("tab", { name: "Synthèse" }));
    const summary = screen.getByRole("tabpanel", { name: "Synthèse" });
    expect(within(summary).queryByRole("heading", { name: "Notes internes" })).not.toBeInTheDocument();
    // Their summary card is what they need: no notice of what the CCI keeps to itself.
    expect(within(summary).queryByText("Fiche résumée")).not.toBeInTheDocument();
    expect(within(summary).getByText("Camille Lemoine")).toBeInTheDocument();

    await events.click(screen.getByRole("tab", { name: "Documents" }));
    const documents = screen.getByRole("tabpanel", { name: "Documents" });
    expect(await within(documents).findByRole("region", { name: "Déposer un document" })).toBeInTheDocument();
    await noViolations(container);
  });

  it("gives the coach the full card but the CCI's notes and trail, and the comment box", async () => {
    const events = userEvent.setup();
    const { container } = renderPage("COACH", COACH_CARD);
    const summary = await screen.findByRole("tabpanel", { name: "Synthèse" });
    expect(tabNames()).toEqual([
      "Synthèse",
      "Entreprise",
      "Produits",
      "Équipe",
      "Jalons",
      "Étude de marché",
      "Documents",
      "Commentaires",
    ]);
    expect(within(summary).queryByRole("heading", { name: "Notes internes" })).not.toBeInTheDocument();
    expect(within(summary).queryByRole("region", { name: "Parcours" })).not.toBeInTheDocument();

    await events.click(screen.getByRole("tab", { name: "Entreprise" }));
    expect(screen.getByRole("tabpanel", { name: "Entreprise" })).toHaveTextContent("Inès Martin");

    await events.click(screen.getByRole("tab", { name: "Commentaires" }));
    const thread = screen.getByRole("tabpanel", { name: "Commentaires" });
    expect(await within(thread).findByRole("region", { name: "Ajouter un commentaire" })).toBeInTheDocument();
    await noViolations(container);
  });

  it("gives an expert the summary and the thread, where they comment", async () => {
    const events = userEvent.setup();
    renderPage("EXPERT", EXPERT_CARD);
    await screen.findByRole("tabpanel", { name: "Synthèse" });
    expect(tabNames()).toEqual(["Synthèse", "Commentaires"]);
    await events.click(screen.getByRole("tab", { name: "Commentaires" }));
    const thread = screen.getByRole("tabpanel", { name: "Commentaires" });
    expect(await within(thread).findByRole("region", { name: "Ajouter un commentaire" })).toBeInTheDocument();
  });
});
