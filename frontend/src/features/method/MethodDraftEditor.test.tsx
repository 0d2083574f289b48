import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import { renderWithProviders } from "../../test/render";

import {
  MethodDraftEditor,
  MethodDraftEditorFragment,
  PublishMethodVersionMutation,
  SaveMethodDraftMutation,
} from "./MethodDraftEditor";

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
    requiredEvidence: null,
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
          field: "milestoneTemplates.0.dependsOnKeys",
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

  it("puts the server's error on the milestone its path names, in the order sent, and on the field in the form", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    const message = "« Appel à candidatures » (J-105) dépend de « Comité de sélection », prévu après lui (J-98).";
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [
        saveMock(inputs, {
          __typename: "MethodInvalid",
          field: "milestoneTemplates.1.dependsOnKeys",
          code: "DEPENDENCY_AFTER_DEPENDENT",
          message,
        }),
      ],
    });
    // Nothing in the draft breaks a rule the editor could see: only the server knows, and says where.
    await user.click(screen.getByRole("button", { name: "Descendre le jalon « Appel à candidatures »" }));
    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Ce jalon dépend d'un jalon prévu après lui.");
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent("Champ concerné : Dépend de.");
    // Index 1 of the list sent (« Comité », « Appel », « Diagnostic », « Bilan »): « Appel à candidatures ».
    expect((inputs[0]!["milestoneTemplates"] as { key: string }[])[1]).toMatchObject({ key: "appel" });
    const item = screen.getByRole("button", { name: "Modifier le jalon « Appel à candidatures »" }).closest("li")!;
    expect(within(item).getByRole("alert")).toBe(alert);
    expect(alert).toHaveFocus();

    // « Corriger » opens the milestone's form with the message under « Dépend de », which has the focus.
    await user.click(
      within(alert).getByRole("button", {
        name: "Corriger le champ « Dépend de » du jalon « Appel à candidatures »",
      }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Modifier le jalon" });
    const dependsOn = within(dialog).getByRole("combobox", { name: "Dépend de" });
    expect(dependsOn).toHaveAccessibleDescription(expect.stringContaining(message) as string);
    await waitFor(() => expect(dependsOn).toHaveFocus());
  });

  it("lets CCI France set the evidence a project milestone asks for, and sends it with the draft", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [saveMock(inputs, { __typename: "MethodInvalid", field: null, code: "NOT_A_DRAFT", message: "x" })],
    });
    await user.click(screen.getByRole("button", { name: "Modifier le jalon « Diagnostic »" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier le jalon" });
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: /Preuve demandée/ }),
      "Questionnaire (document du projet)",
    );
    await user.click(within(dialog).getByRole("button", { name: "Appliquer les modifications" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByText(/preuve demandée : Questionnaire \(document du projet\)/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    const sent = inputs[0]!["milestoneTemplates"] as { key: string; requiredEvidence: string | null }[];
    expect(sent.map((t) => [t.key, t.requiredEvidence])).toEqual([
      ["appel", null],
      ["comite", null],
      ["diagnostic", "QUESTIONNAIRE_DOCUMENT"],
      ["bilan", null],
    ]);
  });

  it("leaves the method's rules to the server: an offset far from J0 is sent, and its error lands on it", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [
        saveMock(inputs, {
          __typename: "MethodInvalid",
          field: "milestoneTemplates.2.offsetWorkingDays",
          code: "OFFSET_OUT_OF_RANGE",
          message:
            "« Diagnostic » tombe à J-200, hors de la durée du programme (6 mois, soit 126 jours ouvrés avant ou après J0).",
        }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Modifier le jalon « Diagnostic »" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier le jalon" });
    const offset = within(dialog).getByRole("textbox", { name: /Décalage en jours ouvrés/ });
    await user.clear(offset);
    await user.type(offset, "-200");
    await user.click(within(dialog).getByRole("button", { name: "Appliquer les modifications" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    const alert = await screen.findByRole("alert");
    expect((inputs[0]!["milestoneTemplates"] as { offsetWorkingDays: number }[])[2]!.offsetWorkingDays).toBe(-200);
    expect(alert).toHaveTextContent("Ce jalon tombe hors de la durée du programme.");
    expect(alert).toHaveTextContent("Champ concerné : Décalage en jours ouvrés par rapport à J0.");
    const item = screen.getByRole("button", { name: "Modifier le jalon « Diagnostic »" }).closest("li")!;
    expect(within(item).getByRole("alert")).toBe(alert);
    expect(alert).toHaveFocus();
  });

  it("puts a publication error on the milestone and a phase error on the phase's name", async () => {
    const user = userEvent.setup();
    renderWithProviders(<MethodDraftEditor version={draftVersion()} onReload={vi.fn()} />, {
      mocks: [
        {
          request: { query: PublishMethodVersionMutation, variables: () => true },
          result: {
            data: {
              publishMethodVersion: {
                __typename: "MethodInvalid",
                field: "milestoneTemplates.3.dependsOnKeys",
                code: "DEPENDENCY_CYCLE",
                message: "Les dépendances forment une boucle : « Bilan » → « Appel à candidatures » → « Bilan ».",
              },
            },
          },
        },
        saveMock([], {
          __typename: "MethodInvalid",
          field: "phases.1.name",
          code: "TOO_LONG",
          message: "Le nom d'une phase ne doit pas dépasser 200 caractères.",
        }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Publier la version" }));
    const alert = await screen.findByRole("alert");
    const bilan = screen.getByRole("button", { name: "Modifier le jalon « Bilan »" }).closest("li")!;
    expect(within(bilan).getByRole("alert")).toBe(alert);
    expect(alert).toHaveTextContent("Les dépendances forment une boucle.");

    await user.click(screen.getByRole("button", { name: "Enregistrer le brouillon" }));
    const phase = screen.getByRole("textbox", { name: /Nom de la phase 2/ });
    await waitFor(() => expect(phase).toHaveAccessibleDescription(/ne doit pas dépasser 200 caractères/));
    expect(phase).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
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
