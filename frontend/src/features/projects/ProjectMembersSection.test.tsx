import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AttachProjectMemberMutation } from "./AttachMemberModal";
import { LATEST_INTERVIEWS, MarketStudyQuery } from "./MarketStudySection";
import { pageData, pageProject } from "./projectFixtures";
import { DetachProjectMemberMutation } from "./ProjectMembersSection";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6MQ";

function user(id: string, displayName: string, email: string, role: string) {
  return { __typename: "User", id, displayName, email, role };
}

function member(account: ReturnType<typeof user>, attachedAt: string, invitationPending = false) {
  return { __typename: "ProjectMember", user: account, attachedAt, invitationPending };
}

const COACH = member(
  user("VXNlcjoyMQ", "Hélène Roussel", "coach.normandie@demo.filiere.fr", "COACH"),
  "2026-10-05T08:00:00+00:00",
);
const STUDENT = member(
  user("VXNlcjoyMw", "Léo Bernard", "etudiant.normandie@demo.filiere.fr", "STUDENT"),
  "2026-10-12T08:00:00+00:00",
);
const NEW_EXPERT = member(
  user("VXNlcjozMA", "Nadia Benali", "nadia.benali@expert.example", "EXPERT"),
  "2026-11-23T09:00:00+00:00",
  true,
);

function pageMock(members: unknown[] | null): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(pageProject({ id: ID, name: "Fabrication de marques complémentaires en lin", members })) },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const studyMock: MockLink.MockedResponse = {
  request: { query: MarketStudyQuery, variables: { id: ID, interviews: LATEST_INTERVIEWS } },
  result: {
    data: {
      viewer: { __typename: "Viewer", today: "2026-11-23" },
      node: { __typename: "Project", id: ID, viewerCanEdit: true, marketStudy: null },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function projectWith(members: unknown[]) {
  return {
    __typename: "Project",
    id: ID,
    name: "Fabrication de marques complémentaires en lin",
    region: { __typename: "Region", id: "UmVnaW9uOm5vcm1hbmRpZQ", slug: "normandie" },
    members,
  };
}

function renderTab(mocks: MockLink.MockedResponse[], viewer: Role = "ADVISER") {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}?onglet=equipe`,
    path: "/projets/:projectId",
    mocks: [studyMock, ...mocks],
    viewer,
  });
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const rowsOf = (section: HTMLElement) =>
  within(section)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [
      within(row).getByRole("rowheader").textContent,
      ...within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ]);

describe("« Accès à Filière » (Équipe)", () => {
  it("lists who reads the project in Filière, with their role, their pending invitation and the day of their access", async () => {
    const { container } = renderTab([pageMock([COACH, STUDENT, NEW_EXPERT])]);
    const section = await screen.findByRole("region", { name: "Accès à Filière" });
    expect(rowsOf(section)).toEqual([
      ["Hélène Roussel", "Coach", "coach.normandie@demo.filiere.fr", "5 octobre 2026", "Retirer l'accès"],
      ["Léo Bernard", "Étudiant", "etudiant.normandie@demo.filiere.fr", "12 octobre 2026", "Retirer l'accès"],
      [
        "Nadia BenaliInvitation en attente",
        "Expert",
        "nadia.benali@expert.example",
        "23 novembre 2026",
        "Retirer l'accès",
      ],
    ]);
    expect(within(section).getByRole("button", { name: "Donner accès" })).toBeInTheDocument();
    await noViolations(container);
  });

  it("gives access from a dialog: the server's refusal under its field, then the invitation sent, the list updated", async () => {
    const events = userEvent.setup();
    const inputs: unknown[] = [];
    const answers = [
      {
        __typename: "MembershipInvalid",
        field: "email",
        code: "ROLE_MISMATCH",
        message: "Ce compte existe déjà avec un autre rôle (Coach) : il ne peut pas être rattaché comme expert.",
      },
      {
        __typename: "AttachProjectMemberSuccess",
        invitationSent: true,
        member: { __typename: "ProjectMember", user: NEW_EXPERT.user },
        project: projectWith([COACH, NEW_EXPERT]),
      },
    ];
    const attach: MockLink.MockedResponse = {
      request: { query: AttachProjectMemberMutation, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        inputs.push(variables["input"]);
        return { data: { attachProjectMember: answers[inputs.length - 1] } };
      },
      maxUsageCount: 2,
    };
    renderTab([pageMock([COACH]), attach]);
    const section = await screen.findByRole("region", { name: "Accès à Filière" });
    await events.click(within(section).getByRole("button", { name: "Donner accès" }));
    const dialog = await screen.findByRole("dialog", { name: "Donner accès au projet" });
    await noViolations(dialog);

    // Checked before sending: an address is needed.
    await events.click(within(dialog).getByRole("button", { name: "Donner accès" }));
    expect(within(dialog).getByText("Indiquez l'adresse e-mail de la personne.")).toBeInTheDocument();
    expect(inputs).toEqual([]);

    await events.type(within(dialog).getByRole("textbox", { name: /Adresse e-mail/ }), "nadia.benali@expert.example");
    await events.type(within(dialog).getByRole("textbox", { name: /Nom et prénom/ }), "Nadia Benali");
    await events.selectOptions(within(dialog).getByRole("combobox", { name: /Rôle/ }), "EXPERT");
    expect(
      within(within(dialog).getByRole("combobox", { name: /Rôle/ }))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Coach", "Expert", "Étudiant"]);
    await events.click(within(dialog).getByRole("button", { name: "Donner accès" }));
    const email = within(dialog).getByRole("textbox", { name: /Adresse e-mail/ });
    expect(await within(dialog).findByText(/Ce compte existe déjà avec un autre rôle/)).toBeInTheDocument();
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveFocus();

    await events.click(within(dialog).getByRole("button", { name: "Donner accès" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs[1]).toEqual({
      projectId: ID,
      email: "nadia.benali@expert.example",
      name: "Nadia Benali",
      role: "EXPERT",
    });
    expect(within(section).getByRole("status")).toHaveTextContent("Invitation envoyée à nadia.benali@expert.example.");
    expect(within(section).getByRole("rowheader", { name: /Nadia Benali/ })).toHaveTextContent("Invitation en attente");
  });

  it("withdraws an access after a confirmation, and shows the server's refusal in the dialog", async () => {
    const events = userEvent.setup();
    const inputs: unknown[] = [];
    const answers = [
      {
        __typename: "MembershipConflict",
        field: null,
        code: "PROJECT_CLOSED",
        message: "Le projet est clos : ses accès ne changent plus.",
      },
      { __typename: "DetachProjectMemberSuccess", detachedUserId: NEW_EXPERT.user.id, project: projectWith([COACH]) },
    ];
    const detach: MockLink.MockedResponse = {
      request: { query: DetachProjectMemberMutation, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        inputs.push(variables["input"]);
        return { data: { detachProjectMember: answers[inputs.length - 1] } };
      },
      maxUsageCount: 2,
    };
    renderTab([pageMock([COACH, NEW_EXPERT]), detach]);
    const section = await screen.findByRole("region", { name: "Accès à Filière" });
    await events.click(within(section).getByRole("button", { name: "Retirer l'accès de Nadia Benali" }));
    const dialog = await screen.findByRole("dialog", { name: "Retirer l'accès au projet" });
    expect(dialog).toHaveTextContent("Nadia Benali (nadia.benali@expert.example) ne pourra plus lire");
    await noViolations(dialog);

    await events.click(within(dialog).getByRole("button", { name: "Retirer l'accès" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Le projet est clos");

    await events.click(within(dialog).getByRole("button", { name: "Retirer l'accès" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([
      { projectId: ID, userId: NEW_EXPERT.user.id },
      { projectId: ID, userId: NEW_EXPERT.user.id },
    ]);
    expect(within(section).queryByText("Nadia Benali")).not.toBeInTheDocument();
    expect(within(section).getByRole("rowheader", { name: "Hélène Roussel" })).toBeInTheDocument();
  });

  it("shows CCI France the list without offering to change it, and nothing to who may not see it", async () => {
    renderTab([pageMock([COACH])], "NATIONAL");
    const section = await screen.findByRole("region", { name: "Accès à Filière" });
    expect(within(section).getByRole("rowheader", { name: "Hélène Roussel" })).toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });

  it("is left out when the API does not give the members", async () => {
    renderTab([pageMock(null)]);
    expect(await screen.findByRole("region", { name: "Coach et experts" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Accès à Filière" })).not.toBeInTheDocument();
  });
});
