import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { AddInterviewMutation } from "./InterviewForm";
import { LATEST_INTERVIEWS, MarketStudyQuery, MarketStudySection } from "./MarketStudySection";
import { SetStudentTeamMutation } from "./StudentTeamForm";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";

function team(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "StudentTeam",
    school: "NEOMA Business School",
    teacherName: "Claire Martin",
    version: 2,
    students: [{ __typename: "Student", name: "Léo Bernard", email: "leo.bernard@neoma.fr" }],
    ...overrides,
  };
}

function interview(id: string, heldOn: string, respondentProfile: string, channel: string, keyFindings: string) {
  return {
    __typename: "Interview",
    id,
    heldOn,
    respondentProfile,
    channel,
    keyFindings,
    recordedBy: "Camille Lemoine",
  };
}

function study(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "MarketStudy",
    team: team(),
    interviewCount: 3,
    byProfile: [
      { __typename: "ProfileCount", profile: "DISTRIBUTOR", count: 2 },
      { __typename: "ProfileCount", profile: "CONSUMER", count: 1 },
    ],
    firstInterview: "2026-10-03",
    lastInterview: "2026-11-20",
    interviews: [
      interview("SW50ZXJ2aWV3OjM", "2026-11-20", "DISTRIBUTOR", "PHONE", "Prêt à référencer à 30 % sous l'import."),
      interview("SW50ZXJ2aWV3OjI", "2026-10-15", "CONSUMER", "SURVEY", "Sensible au made in France."),
      interview("SW50ZXJ2aWV3OjE", "2026-10-03", "DISTRIBUTOR", "FACE_TO_FACE", "Délais d'import trop longs."),
    ],
    ...overrides,
  };
}

function studyMock(
  marketStudy: ReturnType<typeof study> | null,
  options: { viewerCanEdit?: boolean; maxUsageCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: { query: MarketStudyQuery, variables: { id: ID, interviews: LATEST_INTERVIEWS } },
    result: {
      data: {
        viewer: { __typename: "Viewer", today: "2026-11-23" },
        node: { __typename: "Project", id: ID, viewerCanEdit: options.viewerCanEdit ?? true, marketStudy },
      },
    },
    maxUsageCount: options.maxUsageCount ?? Number.POSITIVE_INFINITY,
  };
}

function mutationMock(
  query: MockLink.MockedResponse["request"]["query"],
  data: Record<string, unknown>,
  inputs: unknown[],
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data };
    },
  };
}

function renderSection(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<MarketStudySection projectId={ID} />, { mocks });
}

// Whole forms filled in through the user's events: slow when the suite runs in parallel.
describe("MarketStudySection (« Étude de marché »)", () => {
  it("shows the team, the interviews' synthesis by profile and period, and the latest interviews", async () => {
    renderSection([studyMock(study(), { viewerCanEdit: false })]);
    const teamSection = await screen.findByRole("region", { name: "Équipe étudiante" });
    expect(within(teamSection).getByText("École").nextSibling).toHaveTextContent("NEOMA Business School");
    expect(within(teamSection).getByText("Enseignant référent").nextSibling).toHaveTextContent("Claire Martin");
    expect(within(teamSection).getByRole("listitem")).toHaveTextContent("Léo Bernard (leo.bernard@neoma.fr)");

    const interviews = screen.getByRole("region", { name: "Entretiens" });
    expect(within(interviews).getByText("Nombre d'entretiens").nextSibling).toHaveTextContent("3");
    expect(within(interviews).getByText("Période").nextSibling).toHaveTextContent("du 3 octobre au 20 novembre 2026");
    const byProfile = within(interviews).getByRole("table", { name: "Entretiens par profil" });
    expect(
      within(byProfile)
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(["Distributeur2", "Consommateur1"]);

    const latest = within(interviews).getByRole("table", { name: "Les entretiens les plus récents d'abord" });
    const first = within(latest).getAllByRole("row")[1]!;
    expect(
      within(first)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      "20 novembre 2026",
      "Distributeur",
      "Téléphone",
      "Prêt à référencer à 30 % sous l'import.",
      "Camille Lemoine",
    ]);

    // Read-only: no form.
    expect(screen.queryByRole("heading", { name: "Ajouter un entretien" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer l'équipe" })).not.toBeInTheDocument();
  });

  it("tells a summary reader that the study is confidential", async () => {
    renderSection([studyMock(null, { viewerCanEdit: false })]);
    expect(
      await screen.findByText(
        "L'étude de marché fait partie des informations confidentielles du projet : vous n'y avez pas accès.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Équipe étudiante" })).not.toBeInTheDocument();
  });

  it("validates the team as it is typed, and sends exactly the team shown, rows added and removed", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const saved = team({
      school: "NEOMA BS Rouen",
      version: 3,
      students: [
        { __typename: "Student", name: "Léo Bernard", email: "leo.bernard@neoma.fr" },
        { __typename: "Student", name: "Inès Moreau", email: "ines.moreau@neoma.fr" },
      ],
    });
    renderSection([
      studyMock(study(), { maxUsageCount: 1 }),
      mutationMock(
        SetStudentTeamMutation,
        { setStudentTeam: { __typename: "SetStudentTeamSuccess", team: saved } },
        inputs,
      ),
      studyMock(study({ team: saved }), { maxUsageCount: 1 }),
    ]);
    const form = await screen.findByRole("region", { name: "Modifier l'équipe étudiante" });
    const school = within(form).getByRole("textbox", { name: /École/ });
    await user.clear(school);
    expect(await within(form).findByText("Indiquez le nom de l'école.")).toBeInTheDocument();
    await user.click(school);
    await user.paste("  NEOMA BS Rouen ");
    expect(within(form).queryByText("Indiquez le nom de l'école.")).not.toBeInTheDocument();

    await user.click(within(form).getByRole("button", { name: "Ajouter un étudiant" }));
    await user.click(within(form).getByRole("button", { name: "Ajouter un étudiant" }));
    const second = within(form).getByRole("group", { name: "Étudiant 2" });
    await user.click(within(second).getByRole("textbox", { name: /Nom/ }));
    await user.paste("Paul Durand");
    const third = within(form).getByRole("group", { name: "Étudiant 3" });
    await user.click(within(third).getByRole("textbox", { name: /Nom/ }));
    await user.paste("Inès Moreau");
    const email = within(third).getByRole("textbox", { name: /E-mail de l'école/ });
    await user.click(email);
    await user.paste("ines.moreau@neoma");
    expect(within(third).getByText(/Cette adresse e-mail n'est pas valide/)).toBeInTheDocument();
    expect(email).toHaveAttribute("aria-invalid", "true");
    await user.type(email, ".fr");
    expect(within(third).queryByText(/Cette adresse e-mail n'est pas valide/)).not.toBeInTheDocument();

    await user.click(within(second).getByRole("button", { name: "Retirer l'étudiant 2" }));
    expect(within(form).queryByRole("group", { name: "Étudiant 3" })).not.toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Enregistrer l'équipe" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      school: "NEOMA BS Rouen",
      teacherName: "Claire Martin",
      students: [
        { name: "Léo Bernard", email: "leo.bernard@neoma.fr" },
        { name: "Inès Moreau", email: "ines.moreau@neoma.fr" },
      ],
      expectedVersion: 2,
    });
    // The study is read again: the synthesis shows the saved team.
    const teamSection = screen.getByRole("region", { name: "Équipe étudiante" });
    await waitFor(() => expect(within(teamSection).getByText("École").nextSibling).toHaveTextContent("NEOMA BS Rouen"));
    expect(within(teamSection).getAllByRole("listitem")).toHaveLength(2);
  });

  it("shows the server's error under the field its path names (students.1.email)", async () => {
    const user = userEvent.setup();
    renderSection([
      studyMock(
        study({
          team: team({
            students: [
              { __typename: "Student", name: "Léo Bernard", email: "leo.bernard@neoma.fr" },
              { __typename: "Student", name: "Inès Moreau", email: "ines.moreau@neoma.fr" },
            ],
          }),
        }),
      ),
      mutationMock(
        SetStudentTeamMutation,
        {
          setStudentTeam: {
            __typename: "StudyInvalid",
            field: "students.1.email",
            code: "INVALID_EMAIL",
            message: "L'adresse e-mail de l'école n'est pas valide.",
          },
        },
        [],
      ),
    ]);
    const form = await screen.findByRole("region", { name: "Modifier l'équipe étudiante" });
    await user.click(within(form).getByRole("button", { name: "Enregistrer l'équipe" }));

    const second = within(form).getByRole("group", { name: "Étudiant 2" });
    const email = within(second).getByRole("textbox", { name: /E-mail de l'école/ });
    const error = await within(second).findByText(
      "Cette adresse e-mail n'est pas valide ; elle s'écrit par exemple « prenom.nom@ecole.fr ».",
    );
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email.getAttribute("aria-describedby")).toContain(error.id);
    expect(email).toHaveFocus();
    // Only that field: the first student's e-mail is fine.
    const first = within(form).getByRole("group", { name: "Étudiant 1" });
    expect(within(first).getByRole("textbox", { name: /E-mail de l'école/ })).not.toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("declares a first team with expectedVersion null", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderSection([
      studyMock(study({ team: null })),
      mutationMock(
        SetStudentTeamMutation,
        { setStudentTeam: { __typename: "SetStudentTeamSuccess", team: team() } },
        inputs,
      ),
    ]);
    const form = await screen.findByRole("region", { name: "Déclarer l'équipe étudiante" });
    expect(screen.getByText("Aucune équipe étudiante n'a encore été déclarée pour ce projet.")).toBeInTheDocument();
    await user.click(within(form).getByRole("textbox", { name: /École/ }));
    await user.paste("NEOMA Business School");
    await user.click(within(form).getByRole("textbox", { name: /Enseignant référent/ }));
    await user.paste("Claire Martin");
    const first = within(form).getByRole("group", { name: "Étudiant 1" });
    expect(within(first).queryByRole("button", { name: /Retirer/ })).not.toBeInTheDocument();
    await user.click(within(first).getByRole("textbox", { name: /Nom/ }));
    await user.paste("Léo Bernard");
    await user.click(within(first).getByRole("textbox", { name: /E-mail de l'école/ }));
    await user.paste("leo.bernard@neoma.fr");
    await user.click(within(form).getByRole("button", { name: "Enregistrer l'équipe" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      school: "NEOMA Business School",
      teacherName: "Claire Martin",
      students: [{ name: "Léo Bernard", email: "leo.bernard@neoma.fr" }],
      expectedVersion: null,
    });
  });

  it("adds an interview: a reminder never to write the person's name, a counter, no future date, the exact input", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderSection([
      studyMock(study()),
      mutationMock(
        AddInterviewMutation,
        {
          addInterview: {
            __typename: "AddInterviewSuccess",
            interview: { __typename: "Interview", id: "SW50ZXJ2aWV3OjQ" },
          },
        },
        inputs,
      ),
    ]);
    const form = await screen.findByRole("region", { name: "Ajouter un entretien" });
    expect(within(form).getByText("Ne notez jamais le nom de la personne interrogée")).toBeVisible();

    const date = within(form).getByLabelText(/Date de l'entretien/);
    // Typed day first, as in France (no native date input: it writes mm/dd/yyyy in an English browser).
    fireEvent.change(date, { target: { value: "24/11/2026" } });
    expect(
      await within(form).findByText("Un entretien se saisit une fois mené : sa date ne peut pas être dans le futur."),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Ajouter l'entretien" }));
    expect(inputs).toHaveLength(0);

    fireEvent.change(date, { target: { value: "20/11/2026" } });
    await user.selectOptions(
      within(form).getByRole("combobox", { name: /Profil de la personne interrogée/ }),
      "Distributeur",
    );
    await user.selectOptions(within(form).getByRole("combobox", { name: /Mode d'entretien/ }), "Téléphone");
    const findings = within(form).getByRole("textbox", { name: /Enseignements clés/ });
    await user.type(findings, "Référencement possible. ");
    expect(within(form).getByText("24 / 4000 caractères")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Ajouter l'entretien" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      heldOn: "2026-11-20",
      respondentProfile: "DISTRIBUTOR",
      channel: "PHONE",
      keyFindings: "Référencement possible.",
    });
    // Saved: the form starts afresh.
    await waitFor(() => expect(findings).toHaveValue(""));
  });

  it("refuses key findings longer than 4000 characters as they are typed, and shows the server's error at its field", async () => {
    const user = userEvent.setup();
    renderSection([
      studyMock(study()),
      mutationMock(
        AddInterviewMutation,
        {
          addInterview: {
            __typename: "StudyInvalid",
            field: "heldOn",
            code: "FUTURE_DATE",
            message: "Un entretien se saisit une fois mené.",
          },
        },
        [],
      ),
    ]);
    const form = await screen.findByRole("region", { name: "Ajouter un entretien" });
    const findings = within(form).getByRole("textbox", { name: /Enseignements clés/ });
    await user.click(findings);
    await user.paste("a".repeat(4001));
    expect(await within(form).findByText("Ce texte est trop long (4000 caractères au maximum).")).toBeInTheDocument();
    await user.clear(findings);
    await user.type(findings, "Prix cible atteignable.");

    const date = within(form).getByLabelText(/Date de l'entretien/);
    fireEvent.change(date, { target: { value: "2026-11-23" } });
    await user.selectOptions(within(form).getByRole("combobox", { name: /Profil/ }), "Expert");
    await user.selectOptions(within(form).getByRole("combobox", { name: /Mode/ }), "Visioconférence");
    await user.click(within(form).getByRole("button", { name: "Ajouter l'entretien" }));

    const error = await within(form).findByText(
      "Un entretien se saisit une fois mené : sa date ne peut pas être dans le futur.",
    );
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date.getAttribute("aria-describedby")).toContain(error.id);
  });
});
