import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import {
  AnswerProjectQuestionMutation,
  AskProjectQuestionMutation,
  PartnerQuestions,
  ProjectQuestionsQuery,
  QUESTIONS_PAGE_SIZE,
} from "./PartnerQuestions";

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
    const { container } = renderWithProviders(<PartnerQuestions projectId={ID} mode="team" />, {
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
