import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import limits from "../../graphql/inputLimits.json";
import type { Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import {
  AnswerProjectQuestionMutation,
  AskProjectQuestionMutation,
  PartnerQuestions,
  ProjectQuestionsQuery,
  QUESTION_MAX_LENGTH,
  QUESTIONS_PAGE_SIZE,
} from "./PartnerQuestions";
import { advisersByRegion, commentsConnection, pageData, pageProject } from "./projectFixtures";
import {
  COMMENTS_PAGE_SIZE,
  MentionableAdvisersQuery,
  ProjectCommentsQuery,
  ProjectPage,
  ProjectPageQuery,
} from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6NA";
const BPI = { __typename: "Organisation", id: "T3JnOmJwaQ", name: "Bpifrance" };
const EY = { __typename: "Organisation", id: "T3JnOmV5", name: "EY" };

function message(id: number, body: string, organisation: typeof BPI, authorName: string, viewerIsAuthor = false) {
  return {
    __typename: "PartnerQuestionMessage",
    id: `M${id}`,
    body,
    createdAt: "2026-12-07T10:00:00+00:00",
    authorName,
    viewerIsAuthor,
    organisation,
  };
}

function connection(messages: ReturnType<typeof message>[] | null) {
  return (
    messages && {
      __typename: "PartnerQuestionMessageConnection",
      totalCount: messages.length,
      edges: messages.map((node) => ({ __typename: "PartnerQuestionMessageEdge", node })),
    }
  );
}

function questionsMock(
  partner: ReturnType<typeof message>[] | null,
  viewer: ReturnType<typeof message>[] | null,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectQuestionsQuery, variables: { id: ID, first: QUESTIONS_PAGE_SIZE } },
    result: {
      data: {
        node: {
          __typename: "Project",
          id: ID,
          partnerQuestions: connection(partner),
          viewerQuestions: connection(viewer),
        },
      },
    },
    maxUsageCount: 9,
  };
}

function mutationMock(
  query: typeof AskProjectQuestionMutation | typeof AnswerProjectQuestionMutation,
  inputs: unknown[],
  payload: Record<string, unknown>,
): MockLink.MockedResponse {
  const field = query === AskProjectQuestionMutation ? "askProjectQuestion" : "answerProjectQuestion";
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: { [field]: payload } };
    },
  };
}

const posted = { __typename: "ProjectQuestionSuccess", posted: { __typename: "PartnerQuestionMessage", id: "M9" } };

async function expectAccessible(element: HTMLElement) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations).toEqual([]);
}

describe("PartnerQuestions", () => {
  it("lets a partner read its thread and send a question to the adviser", async () => {
    const inputs: unknown[] = [];
    const { container } = renderWithProviders(<PartnerQuestions projectId={ID} mode="partner" />, {
      viewer: "PARTNER",
      mocks: [
        questionsMock(null, [
          message(1, "Quel montant ?", BPI, "Inès Bpi", true),
          message(2, "Environ 200 000 €.", BPI, "Camille Lemoine"),
        ]),
        mutationMock(AskProjectQuestionMutation, inputs, posted),
      ],
    });
    const section = await screen.findByRole("region", { name: "Vos questions au conseiller" });
    expect(within(section).getByText("Environ 200 000 €.")).toBeInTheDocument();
    await expectAccessible(container);

    const user = userEvent.setup();
    await user.click(within(section).getByRole("button", { name: "Envoyer la question" }));
    expect(await within(section).findByText("Écrivez votre message.")).toBeInTheDocument();
    expect(inputs).toEqual([]);

    await user.type(within(section).getByRole("textbox", { name: /Votre question/ }), "  Quelle échéance ?  ");
    await user.click(within(section).getByRole("button", { name: "Envoyer la question" }));
    await waitFor(() => expect(inputs).toEqual([{ projectId: ID, body: "Quelle échéance ?" }]));
    await waitFor(() => expect(within(section).getByRole("textbox", { name: /Votre question/ })).toHaveValue(""));
  });

  it("shows the adviser every organisation's questions, grouped, each with « Répondre »", async () => {
    const inputs: unknown[] = [];
    const { container } = renderWithProviders(<PartnerQuestions projectId={ID} mode="team" canAnswer />, {
      mocks: [
        questionsMock(
          [message(1, "Quel montant ?", BPI, "Inès Bpi"), message(2, "Quels délais ?", EY, "Paul EY")],
          null,
        ),
        mutationMock(AnswerProjectQuestionMutation, inputs, posted),
      ],
    });
    const bpi = await screen.findByRole("region", { name: "Bpifrance" });
    const ey = screen.getByRole("region", { name: "EY" });
    expect(within(bpi).getByText("Quel montant ?")).toBeInTheDocument();
    expect(within(bpi).queryByText("Quels délais ?")).toBeNull();
    expect(within(ey).getByText("Quels délais ?")).toBeInTheDocument();
    await expectAccessible(container);

    const user = userEvent.setup();
    await user.type(within(bpi).getByRole("textbox", { name: /Votre réponse à Bpifrance/ }), "Environ 200 000 €.");
    await user.click(within(bpi).getByRole("button", { name: "Répondre" }));
    await waitFor(() =>
      expect(inputs).toEqual([{ projectId: ID, organisationId: BPI.id, body: "Environ 200 000 €." }]),
    );
    expect(within(ey).getByRole("textbox", { name: /Votre réponse à EY/ })).toHaveValue("");
  });

  it("shows CCI France the threads without « Répondre »: it reads them, the region's team answers", async () => {
    renderWithProviders(<PartnerQuestions projectId={ID} mode="team" />, {
      viewer: "NATIONAL",
      mocks: [questionsMock([message(1, "Quel montant ?", BPI, "Inès Bpi")], null)],
    });
    const bpi = await screen.findByRole("region", { name: "Bpifrance" });
    expect(within(bpi).getByText("Quel montant ?")).toBeInTheDocument();
    expect(within(bpi).queryByRole("textbox")).toBeNull();
    expect(within(bpi).queryByRole("button", { name: "Répondre" })).toBeNull();
  });

  it("stops a message at the API's limit and counts its characters in French", async () => {
    expect(QUESTION_MAX_LENGTH).toBe(limits.question.body);
    renderWithProviders(<PartnerQuestions projectId={ID} mode="partner" />, {
      viewer: "PARTNER",
      mocks: [questionsMock(null, [])],
    });
    const field = await screen.findByRole("textbox", { name: /Votre question/ });
    expect(field).toHaveAttribute("maxLength", String(limits.question.body));
    expect(screen.getByText(`0 / ${limits.question.body} caractères`)).toBeInTheDocument();
    await userEvent.setup().type(field, "Bonjour");
    expect(screen.getByText(`7 / ${limits.question.body} caractères`)).toBeInTheDocument();
  });

  it("shows the API's refusal in French", async () => {
    const refusal = {
      __typename: "ProjectInvalid",
      code: "TOO_LONG",
      field: "body",
      message: "Le message ne doit pas dépasser 4000 caractères.",
    };
    renderWithProviders(<PartnerQuestions projectId={ID} mode="partner" />, {
      viewer: "PARTNER",
      mocks: [questionsMock(null, []), mutationMock(AskProjectQuestionMutation, [], refusal)],
    });
    expect(await screen.findByText("Aucune question pour l'instant.")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /Votre question/ }), "Bonjour");
    await user.click(screen.getByRole("button", { name: "Envoyer la question" }));
    expect(await screen.findByText("Le message ne doit pas dépasser 4000 caractères.")).toBeInTheDocument();
  });

  it("renders nothing when the API gives this reader no thread", async () => {
    renderWithProviders(<PartnerQuestions projectId={ID} mode="team" />, { mocks: [questionsMock(null, null)] });
    await waitFor(() => expect(screen.queryByText(/Chargement/)).toBeNull());
    expect(screen.queryByRole("region")).toBeNull();
  });
});

describe("PartnerQuestions on the project page", () => {
  function renderPage(
    viewer: Role,
    route: string,
    node: ReturnType<typeof pageProject>,
    extra: MockLink.MockedResponse[] = [],
  ) {
    return renderWithProviders(<ProjectPage />, {
      route: `/projets/${ID}${route}`,
      path: "/projets/:projectId",
      viewer,
      mocks: [
        { request: { query: ProjectPageQuery, variables: { id: ID } }, result: { data: pageData(node) } },
        questionsMock([message(1, "Quel montant ?", BPI, "Inès Bpi")], [message(1, "Quel montant ?", BPI, "Inès Bpi")]),
        ...extra,
      ],
    });
  }

  it("gives a partner its organisation's thread, with « Envoyer la question »", async () => {
    const summary = pageProject({ id: ID, access: "SUMMARY", viewerCanEdit: false, nextSteps: [] });
    renderPage("PARTNER", "", summary);
    const section = await screen.findByRole("region", { name: "Vos questions au conseiller" });
    expect(within(section).getByText("Quel montant ?")).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Envoyer la question" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Questions des partenaires" })).toBeNull();
  });

  it("gives the region's team every organisation's thread under the CCI's own, with « Répondre »", async () => {
    renderPage("ADVISER", "?onglet=commentaires", pageProject({ id: ID }), [
      {
        request: { query: ProjectCommentsQuery, variables: { id: ID, first: COMMENTS_PAGE_SIZE } },
        result: { data: { node: { __typename: "Project", id: ID, comments: commentsConnection([]) } } },
      },
      { request: { query: MentionableAdvisersQuery }, result: { data: advisersByRegion() } },
    ]);
    const section = await screen.findByRole("region", { name: "Questions des partenaires" });
    const bpi = within(section).getByRole("region", { name: "Bpifrance" });
    expect(within(bpi).getByText("Quel montant ?")).toBeInTheDocument();
    expect(within(bpi).getByRole("button", { name: "Répondre" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Vos questions au conseiller" })).toBeNull();
  });
});
