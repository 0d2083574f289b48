import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import { renderWithProviders } from "../../test/render";

import { MethodDraftEditor, MethodDraftEditorFragment, SaveMethodDraftMutation } from "./MethodDraftEditor";

type Variables = Record<string, unknown>;

function template(
  key: string,
  phase: string,
  title: string,
  offset: number,
  position: number,
  dependsOn: string[] = [],
) {
  return {
    __typename: "MilestoneTemplate" as const,
    id: `TWlsZXN0b25lVGVtcGxhdGU6${key}`,
    key,
    title,
    phase: { __typename: "Phase" as const, id: `UGhhc2U6${phase}`, key: phase },
    scope: "PROJECT" as const,
    offsetWorkingDays: offset,
    owner: "ADVISER" as const,
    expectedDeliverable: `Livrable ${title}`,
    position,
    dependsOnKeys: dependsOn,
  };
}

function draftVersion(templates = defaultTemplates()) {
  return makeFragmentData(
    {
      __typename: "MethodVersion",
      id: "TWV0aG9kVmVyc2lvbjoy",
      number: 2,
      name: "Méthode nationale",
      version: 4,
      durationMonths: 6,
      phases: {
        __typename: "PhaseConnection",
        edges: [
          {
            __typename: "PhaseEdge",
            node: { __typename: "Phase", id: "UGhhc2U6c2VsZWN0aW9u", key: "selection", name: "Sélection", position: 0 },
          },
          {
            __typename: "PhaseEdge",
            node: { __typename: "Phase", id: "UGhhc2U6c3Vpdmk", key: "suivi", name: "Suivi", position: 1 },
          },
        ],
      },
      milestoneTemplates: {
        __typename: "MilestoneTemplateConnection",
        edges: templates.map((node) => ({ __typename: "MilestoneTemplateEdge", node })),
      },
    },
    MethodDraftEditorFragment,
  );
}

function defaultTemplates() {
  return [
    template("appel", "selection", "Appel à candidatures", -120, 0),
    template("comite", "selection", "Comité de sélection", -105, 1, ["appel"]),
    template("diagnostic", "selection", "Diagnostic", -98, 2, ["comite"]),
    template("bilan", "suivi", "Bilan", 40, 0),
  ];
}

function saveMock(inputs: Variables[], payload: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: SaveMethodDraftMutation, variables: () => true },
    result: (variables: Variables) => {
      inputs.push(variables["input"] as Variables);
      return { data: { saveMethodDraft: payload } };
    },
  };
}

describe("MethodDraftEditor", () => {
  it("reorders a milestone with the keyboard and sends the whole draft in the new order", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [
        saveMock(inputs, {
          __typename: "MethodInvalid",
          field: "dependsOn",
          code: "DEPENDENCY_AFTER_DEPENDENT",
          message: "x",
        }),
      ],
    });

    // Keyboard only: focus « Descendre » on « Appel à candidatures » and press Enter.
    const down = screen.getByRole("button", { name: "Descendre le jalon « Appel à candidatures »" });
    down.focus();
    await user.keyboard("{Enter}");
    const list = screen.getByRole("list", { name: "Jalons de la phase « Sélection »" });
    const titles = within(list)
      .getAllByRole("listitem")
      .map((item) => within(item).getByText(/^(Appel|Comité|Diagnostic)/).textContent);
    expect(titles).toEqual(["Comité de sélection", "Appel à candidatures", "Diagnostic"]);
    expect(screen.getByText("Modifications non enregistrées.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    const input = inputs[0]!;
    expect(input).toMatchObject({
      versionId: "TWV0aG9kVmVyc2lvbjoy",
      expectedVersion: 4,
      name: "Méthode nationale",
      durationMonths: 6,
      phases: [
        { key: "selection", name: "Sélection" },
        { key: "suivi", name: "Suivi" },
      ],
    });
    const sent = input["milestoneTemplates"] as { key: string; phaseKey: string; dependsOnKeys: string[] }[];
    expect(sent.map((t) => t.key)).toEqual(["comite", "appel", "diagnostic", "bilan"]);
    expect(sent.map((t) => t.phaseKey)).toEqual(["selection", "selection", "selection", "suivi"]);
    expect(sent[0]).toMatchObject({ title: "Comité de sélection", offsetWorkingDays: -105, dependsOnKeys: ["appel"] });
  });

  it("moves a whole phase with its milestones", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [saveMock(inputs, { __typename: "MethodInvalid", field: null, code: "REQUIRED", message: "x" })],
    });
    await user.click(screen.getByRole("button", { name: "Monter la phase « Suivi »" }));
    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect((inputs[0]!["phases"] as { key: string }[]).map((p) => p.key)).toEqual(["suivi", "selection"]);
    expect((inputs[0]!["milestoneTemplates"] as { key: string }[]).map((t) => t.key)).toEqual([
      "bilan",
      "appel",
      "comite",
      "diagnostic",
    ]);
  });

  it("shows the server's MethodInvalid error next to the milestone it concerns", async () => {
    const user = userEvent.setup();
    const templates = defaultTemplates();
    templates[2] = template("diagnostic", "selection", "Diagnostic", -200, 2, ["comite"]);
    renderWithProviders(<MethodDraftEditor version={draftVersion(templates)} onReload={vi.fn()} />, {
      mocks: [
        saveMock([], {
          __typename: "MethodInvalid",
          field: "offsetWorkingDays",
          code: "OFFSET_OUT_OF_RANGE",
          message:
            "« Diagnostic » tombe à J-200, hors de la durée du programme (6 mois, soit 126 jours ouvrés avant ou après J0).",
        }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ce jalon tombe hors de la durée du programme.");
    expect(alert).toHaveTextContent("« Diagnostic » tombe à J-200");
    // In the item of « Diagnostic », not in another one, and focused for screen readers.
    const item = screen.getByRole("button", { name: "Modifier le jalon « Diagnostic »" }).closest("li")!;
    expect(within(item).getByRole("alert")).toBe(alert);
    expect(alert).toHaveFocus();
  });

  it("puts an error on the name of the version under its field", async () => {
    const user = userEvent.setup();
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [
        saveMock([], {
          __typename: "MethodInvalid",
          field: "name",
          code: "REQUIRED",
          message: "Le nom est obligatoire.",
        }),
      ],
    });
    await user.clear(screen.getByRole("textbox", { name: /Nom de la version/ }));
    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    const name = screen.getByRole("textbox", { name: /Nom de la version/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Ce champ est obligatoire/));
  });

  it("explains a conflict and offers to reload", async () => {
    const user = userEvent.setup();
    const onReload = vi.fn(() => Promise.resolve());
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={onReload} />, {
      mocks: [
        saveMock([], { __typename: "MethodConflict", field: "expectedVersion", code: "STALE_VERSION", message: "x" }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    expect(await screen.findByText(/modifié entre-temps par quelqu'un d'autre/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recharger le brouillon" }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
