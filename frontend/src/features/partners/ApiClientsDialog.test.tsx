import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { CreateApiClientMutation, RevokeApiClientMutation, RotateApiClientSecretMutation } from "./ApiClientsDialog";
import { ManagedOrganisationsQuery, OrganisationsPage } from "./OrganisationsPage";

const USED = {
  __typename: "ApiClient",
  id: "QXBpQ2xpZW50Om5hdGlvbmFsOjE=",
  clientId: "filiere-partner-0123456789abcdef",
  name: "ERP Bpifrance",
  createdAt: "2026-03-02T09:00:00+00:00",
  lastUsedAt: "2026-03-03T13:05:00+00:00",
  revokedAt: null,
  rotatingUntil: null,
};
const REVOKED = {
  ...USED,
  id: "QXBpQ2xpZW50Om5hdGlvbmFsOjI=",
  clientId: "filiere-partner-fedcba9876543210",
  name: "Ancien ERP",
  lastUsedAt: null,
  revokedAt: "2026-03-04T08:00:00+00:00",
};
const NEW = {
  ...USED,
  id: "QXBpQ2xpZW50Om5hdGlvbmFsOjM=",
  clientId: "filiere-partner-aaaabbbbccccdddd",
  name: "API Bpifrance",
  lastUsedAt: null,
};
const SECRET = "s3cr3t-Zq9xW1vB7nK2mP5rT8yU0iO4aS6dF3gH";

function organisation(apiClients: object[]) {
  return {
    __typename: "Organisation",
    id: "T3JnYW5pc2F0aW9uOm5hdGlvbmFsOjE=",
    slug: "bpifrance",
    name: "Bpifrance",
    kind: "FINANCER",
    website: null,
    userCount: 1,
    apiClients,
  };
}

/** The list, as the server answers it now (`clients` changes when a mutation « writes »). */
function listMock(clients: { current: object[] }): MockLink.MockedResponse {
  return {
    request: { query: ManagedOrganisationsQuery, variables: { first: 50, after: null } },
    result: () => ({
      data: {
        organisations: {
          __typename: "OrganisationConnection",
          totalCount: 1,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: [{ __typename: "OrganisationEdge", node: organisation(clients.current) }],
        },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function answering(
  query: MockLink.MockedResponse["request"]["query"],
  inputs: unknown[],
  answer: object,
  then?: () => void,
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      then?.();
      return { data: answer };
    },
  };
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

async function openClients(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<OrganisationsPage />, {
    route: "/organisations",
    path: "/organisations",
    mocks,
    viewer: "PLATFORM_ADMIN",
  });
  await user.click(await screen.findByRole("button", { name: "Clients d'API de Bpifrance" }));
  const dialog = await screen.findByRole("dialog", { name: "Clients d'API — Bpifrance" });
  return { user, dialog };
}

describe("« Clients d'API »", () => {
  it("lists the organisation's clients, their last use and who is revoked, and how they get a token", async () => {
    const { dialog } = await openClients([listMock({ current: [USED, REVOKED] })]);
    const rows = within(within(dialog).getByRole("table", { name: "Clients d'API de Bpifrance" })).getAllByRole("row");
    expect(rows[1]).toHaveTextContent(
      "ERP Bpifrancefiliere-partner-0123456789abcdef2 mars 2026 à 10:003 mars 2026 à 14:05Actif",
    );
    expect(rows[2]).toHaveTextContent("Ancien ERPfiliere-partner-fedcba9876543210");
    expect(rows[2]).toHaveTextContent("jamais utiliséRévoqué le 4 mars 2026 à 09:00");
    // A revoked client can be neither renewed nor revoked again.
    expect(within(rows[2] as HTMLElement).queryByRole("button")).not.toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByRole("button", { name: "Révoquer ERP Bpifrance" })).toBeEnabled();
    expect(dialog).toHaveTextContent(`${window.location.origin}/auth/token`);
    expect(dialog).toHaveTextContent("grant_type=client_credentials");
    expect(dialog).toHaveTextContent("docs/partners-api.md");
    await noViolations(dialog);
  });

  it("creates a client and shows its secret once, with a copy button and a warning", async () => {
    const clients = { current: [] as object[] };
    const inputs: unknown[] = [];
    const { user, dialog } = await openClients([
      listMock(clients),
      answering(
        CreateApiClientMutation,
        inputs,
        { createApiClient: { __typename: "CreateApiClientSuccess", secret: SECRET, client: NEW } },
        () => (clients.current = [NEW]),
      ),
    ]);
    expect(dialog).toHaveTextContent("Aucun client d'API pour cette organisation.");
    await user.click(within(dialog).getByRole("button", { name: "Nouveau client" }));

    const secretDialog = await screen.findByRole("dialog", { name: "Secret du client « API Bpifrance »" });
    expect(inputs).toEqual([{ organisationId: "T3JnYW5pc2F0aW9uOm5hdGlvbmFsOjE=", name: null }]);
    expect(secretDialog).toHaveTextContent("Ce secret ne sera plus affiché");
    expect(within(secretDialog).getByRole("textbox", { name: "Secret" })).toHaveValue(SECRET);
    expect(within(secretDialog).getByRole("textbox", { name: "Secret" })).toHaveFocus();
    expect(within(secretDialog).getByRole("textbox", { name: "Identifiant du client" })).toHaveValue(NEW.clientId);
    expect(within(secretDialog).getByRole("button", { name: "Copier le secret" })).toBeInTheDocument();
    await noViolations(secretDialog);

    await user.click(within(secretDialog).getByRole("button", { name: "J'ai copié le secret" }));
    const list = await screen.findByRole("dialog", { name: "Clients d'API — Bpifrance" });
    await waitFor(() => expect(list).toHaveTextContent("API Bpifrancefiliere-partner-aaaabbbbccccdddd"));
    expect(list).not.toHaveTextContent(SECRET);
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
  });

  it("shows the server's refusal of a name in French", async () => {
    const inputs: unknown[] = [];
    const message = "Le nom ne doit pas dépasser 120 caractères.";
    const { user, dialog } = await openClients([
      listMock({ current: [] }),
      answering(CreateApiClientMutation, inputs, {
        createApiClient: { __typename: "ApiClientInvalid", field: "name", code: "TOO_LONG", message },
      }),
    ]);
    await user.type(within(dialog).getByRole("textbox", { name: "Nom du nouveau client" }), "ERP");
    await user.click(within(dialog).getByRole("button", { name: "Nouveau client" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(message);
    expect(inputs).toEqual([{ organisationId: "T3JnYW5pc2F0aW9uOm5hdGlvbmFsOjE=", name: "ERP" }]);
  });

  it("renews a secret after a confirmation that explains the grace period", async () => {
    const inputs: unknown[] = [];
    const { user, dialog } = await openClients([
      listMock({ current: [USED] }),
      answering(RotateApiClientSecretMutation, inputs, {
        rotateApiClientSecret: {
          __typename: "RotateApiClientSecretSuccess",
          secret: SECRET,
          previousSecretValidUntil: "2026-03-05T10:00:00+00:00",
          client: { __typename: "ApiClient", id: USED.id, rotatingUntil: "2026-03-05T10:00:00+00:00" },
        },
      }),
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Renouveler le secret de ERP Bpifrance" }));
    const confirmation = await screen.findByRole("dialog", { name: "Renouveler le secret de « ERP Bpifrance » ?" });
    expect(confirmation).toHaveTextContent("L'ancien continuera de fonctionner pendant un délai de grâce");
    expect(within(confirmation).getByRole("button", { name: "Annuler" })).toHaveFocus();
    await noViolations(confirmation);
    expect(inputs).toEqual([]);

    await user.click(within(confirmation).getByRole("button", { name: "Renouveler le secret" }));
    const secretDialog = await screen.findByRole("dialog", { name: "Secret du client « ERP Bpifrance »" });
    expect(inputs).toEqual([{ clientId: USED.clientId }]);
    expect(within(secretDialog).getByRole("textbox", { name: "Secret" })).toHaveValue(SECRET);
    expect(secretDialog).toHaveTextContent("L'ancien secret fonctionne encore jusqu'au 5 mars 2026 à 11:00");
    expect(secretDialog).toHaveTextContent("Ce secret ne sera plus affiché");
    await noViolations(secretDialog);
  });

  it("revokes a client after a confirmation, and cancelling changes nothing", async () => {
    const clients = { current: [USED] as object[] };
    const inputs: unknown[] = [];
    const revoked = { ...USED, revokedAt: "2026-03-04T08:00:00+00:00" };
    const { user, dialog } = await openClients([
      listMock(clients),
      answering(
        RevokeApiClientMutation,
        inputs,
        {
          revokeApiClient: {
            __typename: "RevokeApiClientSuccess",
            client: {
              __typename: "ApiClient",
              id: USED.id,
              lastUsedAt: USED.lastUsedAt,
              revokedAt: revoked.revokedAt,
              rotatingUntil: null,
            },
          },
        },
        () => (clients.current = [revoked]),
      ),
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Révoquer ERP Bpifrance" }));
    let confirmation = await screen.findByRole("dialog", { name: "Révoquer « ERP Bpifrance » ?" });
    expect(confirmation).toHaveTextContent("La révocation est définitive");
    await noViolations(confirmation);
    await user.click(within(confirmation).getByRole("button", { name: "Annuler" }));
    expect(inputs).toEqual([]);

    await user.click(
      within(await screen.findByRole("dialog", { name: "Clients d'API — Bpifrance" })).getByRole("button", {
        name: "Révoquer ERP Bpifrance",
      }),
    );
    confirmation = await screen.findByRole("dialog", { name: "Révoquer « ERP Bpifrance » ?" });
    await user.click(within(confirmation).getByRole("button", { name: "Révoquer" }));
    const list = await screen.findByRole("dialog", { name: "Clients d'API — Bpifrance" });
    await waitFor(() => expect(list).toHaveTextContent("Révoqué le 4 mars 2026 à 09:00"));
    expect(inputs).toEqual([{ clientId: USED.clientId }]);
  });
});

describe("« Organisations » without the right to manage API clients", () => {
  it("offers no « Clients d'API » action", async () => {
    renderWithProviders(<OrganisationsPage />, {
      route: "/organisations",
      path: "/organisations",
      mocks: [listMock({ current: [] })],
      viewer: "NATIONAL",
    });
    expect(await screen.findByRole("button", { name: "Modifier Bpifrance" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Clients d'API de Bpifrance" })).not.toBeInTheDocument();
  });
});
