import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { DefaultSupplyChainStagesQuery, SetSupplyChainStagesMutation } from "./StagesEditor";
import { PROJECT_ID, boardData, boardMock, indicators, stage, textileStages } from "./supplyChainFixtures";
import { SupplyChainTab } from "./SupplyChainTab";

function saveMock(payload: (input: Record<string, unknown>) => unknown, inputs: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: SetSupplyChainStagesMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables["input"] as Record<string, unknown>;
      inputs.push(input);
      return { data: { setSupplyChainStages: payload(input) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Modifier les étapes" }));
  return screen.findByRole("dialog", { name: "Modifier les étapes" });
}

const row = (dialog: HTMLElement, n: number) => within(dialog).getByRole("group", { name: `Étape ${n}` });
const nameOf = (dialog: HTMLElement, n: number) =>
  within(row(dialog, n)).getByRole("textbox", { name: /Nom de l'étape/ });

describe("StagesEditor (« Modifier les étapes »)", () => {
  it("sends the whole list with the project's version, and shows the server's error under the field it names", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderWithProviders(<SupplyChainTab projectId={PROJECT_ID} />, {
      mocks: [
        boardMock(),
        saveMock(
          () => ({
            __typename: "SourcingInvalid",
            field: "stages.3.name",
            code: "DUPLICATE_NAME",
            message: "L'étape « Distribution » figure deux fois.",
          }),
          inputs,
        ),
      ],
    });
    const dialog = await openEditor(user);
    expect([1, 2, 3].map((n) => nameOf(dialog, n))).toEqual([
      within(dialog).getByDisplayValue("Filature"),
      within(dialog).getByDisplayValue("Tissage"),
      within(dialog).getByDisplayValue("Confection"),
    ]);
    // Stages with suppliers cannot be removed; the empty one can.
    expect(within(row(dialog, 1)).getByRole("button", { name: "Supprimer l'étape 1" })).toBeDisabled();
    expect(
      within(row(dialog, 1)).getByText(/2 fournisseurs envisagés : l'étape ne peut pas être supprimée/),
    ).toBeInTheDocument();
    expect(within(row(dialog, 3)).getByRole("button", { name: "Supprimer l'étape 3" })).toBeEnabled();

    // Rename, reorder (keyboard: the button keeps the focus), describe a need, add a stage.
    await user.clear(nameOf(dialog, 3));
    await user.type(nameOf(dialog, 3), "Confection et finition");
    const up = within(row(dialog, 2)).getByRole("button", { name: "Monter l'étape 2" });
    up.focus();
    await user.keyboard("{Enter}");
    expect(nameOf(dialog, 1)).toHaveValue("Tissage");
    expect(nameOf(dialog, 2)).toHaveValue("Filature");
    await waitFor(() =>
      expect(within(row(dialog, 1)).getByRole("button", { name: "Descendre l'étape 1" })).toHaveFocus(),
    );
    await user.type(within(row(dialog, 1)).getByRole("textbox", { name: /Besoin/ }), "Toile de coton bio");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter une étape" }));
    await user.type(nameOf(dialog, 4), "filature ");
    // Checked as typed, like the server: the same name twice.
    expect(await within(row(dialog, 4)).findByText(/Cette étape figure déjà dans la chaîne/)).toBeInTheDocument();
    await user.clear(nameOf(dialog, 4));
    await user.type(nameOf(dialog, 4), "Distribution");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer les étapes" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: PROJECT_ID,
      expectedVersion: 5,
      stages: [
        { id: "U3RhZ2U6Mg", name: "Tissage", needs: "Toile de coton bio" },
        { id: "U3RhZ2U6MQ", name: "Filature", needs: "Fil de coton bio, 2 t par an" },
        { id: "U3RhZ2U6Mw", name: "Confection et finition", needs: "" },
        { id: null, name: "Distribution", needs: "" },
      ],
    });
    // The server's message names the stage.
    const error = await within(row(dialog, 4)).findByText("L'étape « Distribution » figure deux fois.");
    const field = nameOf(dialog, 4);
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field.getAttribute("aria-describedby")).toContain(error.id);
    expect(field).toHaveFocus();
    expect(nameOf(dialog, 1)).not.toHaveAttribute("aria-invalid", "true");
  });

  it("starts from the default stages when the chain has none, and shows the board once saved", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const saved = [stage("U3RhZ2U6MTA", "Matière première"), stage("U3RhZ2U6MTE", "Transformation")];
    renderWithProviders(<SupplyChainTab projectId={PROJECT_ID} />, {
      mocks: [
        boardMock(boardData({ stages: [] })),
        {
          request: { query: DefaultSupplyChainStagesQuery },
          result: { data: { defaultSupplyChainStages: ["Matière première", "Transformation", "Distribution"] } },
        },
        saveMock(
          () => ({
            __typename: "SupplyChainSuccess",
            project: {
              __typename: "Project",
              id: PROJECT_ID,
              version: 6,
              supplyChain: {
                __typename: "SupplyChain",
                indicators: indicators({ stages: 2, stagesWithRetained: 0, retained: 0 }),
                stages: saved,
              },
            },
          }),
          inputs,
        ),
      ],
    });
    expect(
      await screen.findByText(/La chaîne n'a pas encore d'étape : « Modifier les étapes » propose/),
    ).toBeInTheDocument();
    const dialog = await openEditor(user);
    expect(await within(dialog).findByText(/voici les étapes types/)).toBeInTheDocument();
    expect([1, 2, 3].map((n) => (nameOf(dialog, n) as HTMLInputElement).value)).toEqual([
      "Matière première",
      "Transformation",
      "Distribution",
    ]);
    await user.click(within(row(dialog, 3)).getByRole("button", { name: "Supprimer l'étape 3" }));
    expect(within(dialog).queryByRole("group", { name: "Étape 3" })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer les étapes" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: PROJECT_ID,
      expectedVersion: 5,
      stages: [
        { id: null, name: "Matière première", needs: "" },
        { id: null, name: "Transformation", needs: "" },
      ],
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await screen.findByRole("heading", { level: 3, name: "1. Matière première" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "2. Transformation" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Modifier les étapes" })).toHaveFocus();
  });

  it("explains a stage that still has suppliers, and a conflict with a way to read the chain again", async () => {
    const user = userEvent.setup();
    const stale =
      "Léa Dupuis a modifié cet élément le 23 novembre 2026 à 10 h 05 (étapes) depuis que vous l'avez ouvert.";
    let calls = 0;
    const renamed = textileStages();
    renamed[2] = stage("U3RhZ2U6Mw", "Confection (Léa)");
    renderWithProviders(<SupplyChainTab projectId={PROJECT_ID} />, {
      mocks: [
        boardMock(boardData(), 1),
        saveMock(
          () =>
            ++calls === 1
              ? {
                  __typename: "SourcingInvalid",
                  field: "stages",
                  code: "STAGE_NOT_EMPTY",
                  message: "L'étape « Confection » a des fournisseurs : déplacez-les ou écartez-les.",
                }
              : { __typename: "SourcingConflict", field: "expectedVersion", code: "STALE_VERSION", message: stale },
          [],
        ),
        boardMock(boardData({ stages: renamed, version: 6 })),
      ],
    });
    const dialog = await openEditor(user);
    await user.click(within(dialog).getByRole("button", { name: "Supprimer l'étape 3" }));
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer les étapes" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Une étape qui a des fournisseurs envisagés, même écartés, ne peut pas être supprimée",
    );

    await user.click(within(dialog).getByRole("button", { name: "Enregistrer les étapes" }));
    const alert = await within(dialog).findByRole("alert", { name: "Ce projet a été modifié entre-temps" });
    expect(alert).toHaveTextContent(stale);
    expect(within(dialog).getByRole("button", { name: "Enregistrer les étapes" })).toBeDisabled();
    await user.click(within(alert).getByRole("button", { name: "Recharger la chaîne" }));
    // The form starts again from the chain read.
    await waitFor(() => expect(nameOf(dialog, 3)).toHaveValue("Confection (Léa)"));
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
  });
});
