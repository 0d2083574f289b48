import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import { createAuditTrail } from "../../lib/auditTrail";
import { renderWithProviders } from "../../test/render";

import { partnersAuditVocabulary } from "./auditSentences";
import { CreateOrganisationMutation, UpdateOrganisationMutation } from "./OrganisationModal";
import { ManagedOrganisationsQuery, OrganisationsPage } from "./OrganisationsPage";

const BPIFRANCE = {
  __typename: "Organisation",
  id: "T3JnYW5pc2F0aW9uOjE=",
  slug: "bpifrance",
  name: "Bpifrance",
  kind: "FINANCER",
  website: null,
  userCount: 1,
  apiClients: [],
};
const EY = { ...BPIFRANCE, id: "T3JnYW5pc2F0aW9uOjI=", slug: "ey", name: "EY", kind: "CONSULTANCY", userCount: 0 };

function listMock(nodes: object[]): MockLink.MockedResponse {
  return {
    request: { query: ManagedOrganisationsQuery, variables: { first: 50, after: null } },
    result: {
      data: {
        organisations: {
          __typename: "OrganisationConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "OrganisationEdge", node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function answering(query: MockLink.MockedResponse["request"]["query"], inputs: unknown[], answers: object[]) {
  return answers.map((answer) => ({
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: answer };
    },
  }));
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<OrganisationsPage />, {
    route: "/organisations",
    path: "/organisations",
    mocks,
    viewer: "PLATFORM_ADMIN",
  });
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe("« Organisations »", () => {
  it("lists the organisations with their kind, website and number of accounts", async () => {
    const { container } = renderPage([listMock([BPIFRANCE, { ...EY, website: "https://www.ey.com" }])]);
    const table = await screen.findByRole("table", { name: "Organisations partenaires" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("BpifranceFinanceurNon renseigné1 compte");
    expect(rows[2]).toHaveTextContent("EYCabinet de conseilwww.ey.com (nouvel onglet)0 compte");
    expect(screen.getByRole("status")).toHaveTextContent("2 organisations");
    expect(within(rows[1] as HTMLElement).getByRole("button", { name: "Modifier Bpifrance" })).toBeInTheDocument();
    await noViolations(container);
  });

  it("creates an organisation, the server's refusal shown on its field", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      listMock([BPIFRANCE]),
      ...answering(CreateOrganisationMutation, inputs, [
        {
          createOrganisation: {
            __typename: "OrganisationInvalid",
            field: "website",
            code: "INVALID_URL",
            message: "Le site internet doit être une adresse http ou https complète.",
          },
        },
        {
          createOrganisation: {
            __typename: "OrganisationSuccess",
            organisation: { ...EY, slug: "credit-agricole", name: "Crédit Agricole", kind: "FINANCER" },
          },
        },
      ]),
    ]);
    await user.click(await screen.findByRole("button", { name: "Nouvelle organisation" }));
    const dialog = await screen.findByRole("dialog", { name: "Nouvelle organisation" });
    await noViolations(dialog);

    await user.click(within(dialog).getByRole("button", { name: "Créer l'organisation" }));
    expect(within(dialog).getByRole("textbox", { name: "Nom" })).toHaveAccessibleDescription(
      "Ce champ est obligatoire.",
    );
    expect(inputs).toEqual([]);

    await user.type(within(dialog).getByRole("textbox", { name: "Nom" }), "Crédit Agricole");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Type" }), "FINANCER");
    await user.type(within(dialog).getByRole("textbox", { name: "Site internet" }), "ftp://ca.fr");
    await user.click(within(dialog).getByRole("button", { name: "Créer l'organisation" }));
    await waitFor(() =>
      expect(within(dialog).getByRole("textbox", { name: "Site internet" })).toHaveAccessibleDescription(
        expect.stringContaining("Le site internet doit être une adresse http ou https complète."),
      ),
    );

    const website = within(dialog).getByRole("textbox", { name: "Site internet" });
    await user.clear(website);
    await user.type(website, "https://www.credit-agricole.fr");
    await user.click(within(dialog).getByRole("button", { name: "Créer l'organisation" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([
      { name: "Crédit Agricole", kind: "FINANCER", website: "ftp://ca.fr", slug: null },
      { name: "Crédit Agricole", kind: "FINANCER", website: "https://www.credit-agricole.fr", slug: null },
    ]);
  });

  it("edits an organisation's name, kind and website, not its slug", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      listMock([BPIFRANCE]),
      ...answering(UpdateOrganisationMutation, inputs, [
        {
          updateOrganisation: {
            __typename: "OrganisationSuccess",
            organisation: { ...BPIFRANCE, name: "Bpifrance Normandie", website: "https://www.bpifrance.fr" },
          },
        },
      ]),
    ]);
    await user.click(await screen.findByRole("button", { name: "Modifier Bpifrance" }));
    const dialog = await screen.findByRole("dialog", { name: "Modifier Bpifrance" });
    expect(dialog).toHaveTextContent("Identifiant : bpifrance (il ne change pas).");
    expect(within(dialog).getByRole("combobox", { name: "Type" })).toHaveValue("FINANCER");
    await noViolations(dialog);

    const name = within(dialog).getByRole("textbox", { name: "Nom" });
    await user.clear(name);
    await user.type(name, "Bpifrance Normandie");
    await user.type(within(dialog).getByRole("textbox", { name: "Site internet" }), "https://www.bpifrance.fr");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([
      {
        organisationId: BPIFRANCE.id,
        name: "Bpifrance Normandie",
        kind: "FINANCER",
        website: "https://www.bpifrance.fr",
      },
    ]);
    expect(await screen.findByRole("rowheader", { name: "Bpifrance Normandie" })).toBeInTheDocument();
  });
});

describe("the organisations' audit trail", () => {
  const trail = createAuditTrail([partnersAuditVocabulary], createI18n());

  it("tells who added or changed an organisation, the kind by its label", () => {
    expect(trail.describe({ action: "organisation.created", before: null, after: { name: "EY" } })).toBe(
      "a ajouté l'organisation « EY »",
    );
    expect(trail.actionName("organisation.updated")).toBe("Modification d'une organisation");
    expect(trail.entityTypeLabel("Organisation")).toBe("Organisation");
    expect(trail.valueLines("organisation.updated", { kind: "public_authority" })).toEqual([
      { key: "kind", label: "Type", value: "Collectivité ou autorité publique" },
    ]);
  });
});
