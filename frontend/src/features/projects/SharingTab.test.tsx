import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import type { Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { ACCESS_LOG_PAGE_SIZE, ProjectAccessLogQuery } from "./AccessLogSection";
import { RevokeGrantMutation, UpdateGrantMutation } from "./EditGrantModal";
import { ShareProjectMutation } from "./ShareProjectModal";
import {
  GRANTS_PAGE_SIZE,
  ProjectGrantsQuery,
  ShareableOrganisationsQuery,
  SharingSettingsQuery,
  SharingTab,
} from "./SharingTab";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";
const PROJECT = { id: ID, name: "MIJUIN", region: { slug: "normandie" } };
const BPI = { __typename: "Organisation", id: "T3JnYW5pc2F0aW9uOjE", name: "Bpifrance" };
const EY = { __typename: "Organisation", id: "T3JnYW5pc2F0aW9uOjI", name: "EY" };

function grant(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Grant",
    id,
    organisation: BPI,
    scope: "FINANCING",
    expiresOn: "2027-06-03",
    purpose: "Étude d'un prêt d'amorçage",
    consent: { __typename: "GrantConsent", givenBy: "Jeanne Martin", givenOn: "2026-12-02", document: null },
    grantedBy: { __typename: "User", id: "VXNlcjox", displayName: "Camille Lemoine" },
    grantedAt: "2026-12-02T09:00:00+00:00",
    revokedAt: null,
    status: "ACTIVE",
    ...overrides,
  };
}

function grantsMock(nodes: ReturnType<typeof grant>[]): MockLink.MockedResponse {
  return {
    request: { query: ProjectGrantsQuery, variables: { id: ID, first: GRANTS_PAGE_SIZE } },
    result: {
      data: {
        node: {
          __typename: "Project",
          id: ID,
          grants: {
            __typename: "GrantConnection",
            totalCount: nodes.length,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            edges: nodes.map((node) => ({ __typename: "GrantEdge", node })),
          },
        },
      },
    },
  };
}

const SCOPES = [
  ["SUMMARY", "Fiche résumée : le nom du projet, son objectif, son secteur, ses besoins, son conseiller."],
  ["FINANCING", "Financement : la fiche résumée, les besoins et les produits concernés."],
  ["DOCUMENTS", "Documents : la fiche résumée et les documents du projet."],
  ["FULL", "Dossier complet : tout ce qu'un partenaire peut voir du projet, hors notes internes de la CCI."],
] as const;

const settingsMock: MockLink.MockedResponse = {
  request: { query: SharingSettingsQuery },
  result: {
    data: {
      grantSettings: {
        __typename: "GrantSettings",
        defaultExpiresOn: "2027-06-03",
        maxExpiresOn: "2027-12-03",
        scopes: SCOPES.map(([scope, label]) => ({ __typename: "GrantScopeChoice", scope, label })),
      },
      viewer: { __typename: "Viewer", today: "2026-12-03" },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const organisationsMock: MockLink.MockedResponse = {
  request: { query: ShareableOrganisationsQuery },
  result: {
    data: {
      organisations: {
        __typename: "OrganisationConnection",
        edges: [BPI, EY].map((node) => ({ __typename: "OrganisationEdge", node })),
      },
    },
  },
};

function accessLogMock(entries: { readAt: string; readerName: string; what: string }[]): MockLink.MockedResponse {
  return {
    request: { query: ProjectAccessLogQuery, variables: { id: ID, first: ACCESS_LOG_PAGE_SIZE } },
    result: {
      data: {
        node: {
          __typename: "Project",
          id: ID,
          accessLog: {
            __typename: "ProjectAccessEntryConnection",
            totalCount: entries.length,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            edges: entries.map((entry, index) => ({
              __typename: "ProjectAccessEntryEdge",
              cursor: `c${index}`,
              node: { __typename: "ProjectAccessEntry", organisation: BPI, whatKind: "FINANCING", ...entry },
            })),
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function renderTab(mocks: MockLink.MockedResponse[], viewer: Role = "ADVISER") {
  return renderWithProviders(<SharingTab project={PROJECT} grantsVisible accessLogVisible />, { mocks, viewer });
}

describe("« Partage »", () => {
  it("lists the grants with scope, expiry, purpose, consent and who granted them, and the partners' reads", async () => {
    const { container } = renderTab([
      grantsMock([
        grant("R3JhbnQ6MQ"),
        grant("R3JhbnQ6Mg", {
          organisation: EY,
          scope: "SUMMARY",
          consent: null,
          purpose: "",
          status: "REVOKED",
          revokedAt: "2026-12-10T09:00:00+00:00",
        }),
      ]),
      settingsMock,
      accessLogMock([
        {
          readAt: "2027-03-03T09:12:00+00:00",
          readerName: "Jeanne Martin",
          what: "le volet financement",
        },
      ]),
    ]);
    const list = await screen.findByRole("list", { name: "Partages du projet" });
    const [bpi, ey] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(bpi).toHaveTextContent("Financement — jusqu'au 3 juin 2027");
    expect(bpi).toHaveTextContent("Objet : Étude d'un prêt d'amorçage");
    expect(bpi).toHaveTextContent("Accord de Jeanne Martin le 2 décembre 2026");
    expect(bpi).toHaveTextContent("Partagé par Camille Lemoine le 2 décembre 2026");
    expect(within(bpi).getByRole("button", { name: "Actions sur le partage avec Bpifrance" })).toBeInTheDocument();
    expect(ey).toHaveTextContent("Révoqué");
    expect(ey).toHaveTextContent("sans accord de l'entreprise enregistré");
    // An ended grant is not changed any more.
    expect(within(ey).queryByRole("button")).not.toBeInTheDocument();

    const log = await screen.findByRole("list", { name: "Consultations du projet par des partenaires" });
    expect(log).toHaveTextContent("Bpifrance (Jeanne Martin) a consulté le volet financement — 3 mars 2027 à 10 h 12");
    expect(screen.getByRole("button", { name: "Exporter (.xlsx)" })).toBeInTheDocument();
    await noViolations(container);
  });

  it("offers the sharing adviser to join the signed consent, and links to it once joined", async () => {
    const signed = {
      __typename: "GrantConsent",
      givenBy: "Jeanne Martin",
      givenOn: "2026-12-02",
      document: {
        __typename: "Document",
        id: "RG9jdW1lbnQ6bm9ybWFuZGllOjk",
        title: "accord.pdf",
        currentVersion: { __typename: "DocumentVersion", number: 1, downloadUrl: "/files/download/t" },
      },
    };
    const { container } = renderTab([
      grantsMock([grant("R3JhbnQ6MQ"), grant("R3JhbnQ6Mg", { organisation: EY, consent: signed })]),
      settingsMock,
      accessLogMock([]),
    ]);
    const list = await screen.findByRole("list", { name: "Partages du projet" });
    const [bpi, ey] = within(list).getAllByRole("listitem") as [HTMLElement, HTMLElement];
    expect(within(bpi).getByRole("button", { name: "Joindre l'accord signé du partage avec Bpifrance" })).toBeVisible();
    const link = within(ey).getByRole("link", { name: "Télécharger l'accord signé « accord.pdf » du partage avec EY" });
    expect(link).toHaveAttribute("href", "/files/download/t");
    expect(within(ey).queryByRole("button", { name: /Joindre l'accord signé/ })).not.toBeInTheDocument();
    await noViolations(container);
  });

  it("explains the empty log, and gives CCI France no button to share nor menu", async () => {
    renderTab([grantsMock([grant("R3JhbnQ6MQ")]), accessLogMock([])], "NATIONAL");
    expect(await screen.findByText(/Chaque consultation par un partenaire apparaît ici/)).toBeInTheDocument();
    await screen.findByRole("list", { name: "Partages du projet" });
    expect(screen.queryByRole("button", { name: "Partager avec un partenaire" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Actions sur le partage/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Joindre l'accord signé/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Exporter (.xlsx)" })).not.toBeInTheDocument();
  });

  it("shares with a partner: consent required beyond the summary card, the server's refusal under its field, then the list read again", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const shareMock = (payload: unknown): MockLink.MockedResponse => ({
      request: {
        query: ShareProjectMutation,
        variables: (variables) => {
          sent.push(variables["input"]);
          return true;
        },
      },
      result: { data: { shareProject: payload } },
    });
    renderTab([
      grantsMock([]),
      settingsMock,
      organisationsMock,
      accessLogMock([]),
      shareMock({
        __typename: "GrantInvalid",
        field: "consent.givenBy",
        code: "TOO_LONG",
        message: "Le nom de la personne est trop long.",
      }),
      shareMock({ __typename: "GrantSuccess", grant: grant("R3JhbnQ6Mw") }),
      grantsMock([grant("R3JhbnQ6Mw")]),
    ]);
    expect(await screen.findByText("Ce projet n'est partagé avec aucun partenaire.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Partager avec un partenaire" }));
    const dialog = await screen.findByRole("dialog", { name: "Partager avec un partenaire" });
    const organisation = await within(dialog).findByRole("combobox", { name: /^Organisation partenaire/ });
    expect(within(dialog).getByRole("textbox", { name: /^Partagé jusqu.au/ })).toHaveValue("03/06/2027");
    // The summary card needs no consent: its fields show with the other scopes only.
    expect(within(dialog).queryByRole("textbox", { name: /^Qui a donné son accord/ })).not.toBeInTheDocument();
    await noViolations(dialog);

    await user.click(within(dialog).getByRole("radio", { name: /^Financement :/ }));
    await user.click(organisation);
    await user.type(organisation, "Bpi");
    await user.click(await within(dialog).findByRole("option", { name: "Bpifrance" }));
    await user.click(within(dialog).getByRole("button", { name: "Partager" }));
    const consentBy = within(dialog).getByRole("textbox", { name: /^Qui a donné son accord/ });
    expect(consentBy).toHaveAccessibleDescription(/Indiquez qui, dans l'entreprise, a donné son accord/);
    expect(sent).toEqual([]);
    await noViolations(dialog);

    await user.type(consentBy, "Jeanne Martin, gérante");
    await user.type(within(dialog).getByRole("textbox", { name: "Pourquoi ce partage" }), "Prêt d'amorçage");
    await user.click(within(dialog).getByRole("button", { name: "Partager" }));
    expect(await within(dialog).findByText("Le nom de la personne est trop long.")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Partager" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(sent.at(-1)).toEqual({
      projectId: ID,
      organisationId: BPI.id,
      scope: "FINANCING",
      expiresOn: "2027-06-03",
      purpose: "Prêt d'amorçage",
      consent: { givenBy: "Jeanne Martin, gérante", givenOn: "2026-12-03" },
    });
    const list = await screen.findByRole("list", { name: "Partages du projet" });
    expect(list).toHaveTextContent("Bpifrance");
  });

  it("changes a grant from its menu, and revokes one after a confirmation", async () => {
    const user = userEvent.setup();
    const { baseElement } = renderTab([
      grantsMock([grant("R3JhbnQ6MQ")]),
      settingsMock,
      accessLogMock([]),
      {
        request: {
          query: UpdateGrantMutation,
          variables: { input: { grantId: "R3JhbnQ6MQ", scope: "DOCUMENTS", expiresOn: "2027-09-30" } },
        },
        result: {
          data: {
            updateGrant: {
              __typename: "GrantSuccess",
              grant: grant("R3JhbnQ6MQ", { scope: "DOCUMENTS", expiresOn: "2027-09-30" }),
            },
          },
        },
      },
      {
        request: { query: RevokeGrantMutation, variables: { input: { grantId: "R3JhbnQ6MQ" } } },
        result: {
          data: {
            revokeGrant: {
              __typename: "GrantSuccess",
              grant: grant("R3JhbnQ6MQ", {
                scope: "DOCUMENTS",
                expiresOn: "2027-09-30",
                status: "REVOKED",
                revokedAt: "2026-12-03T10:00:00+00:00",
              }),
            },
          },
        },
      },
    ]);
    const list = await screen.findByRole("list", { name: "Partages du projet" });
    await user.click(within(list).getByRole("button", { name: "Actions sur le partage avec Bpifrance" }));
    const menu = await screen.findByRole("menu");
    await noViolations(baseElement);
    await user.click(within(menu).getByRole("menuitem", { name: "Modifier" }));

    const edit = await screen.findByRole("dialog", { name: "Modifier le partage avec Bpifrance" });
    await user.click(within(edit).getByRole("radio", { name: /^Documents :/ }));
    const expiry = within(edit).getByRole("textbox", { name: /^Partagé jusqu.au/ });
    await user.clear(expiry);
    await user.type(expiry, "31/12/2027");
    await user.click(within(edit).getByRole("button", { name: "Enregistrer" }));
    expect(within(edit).getByText("Au plus tard le 3 décembre 2027.")).toBeInTheDocument();
    await noViolations(edit);
    await user.clear(expiry);
    await user.type(expiry, "30/09/2027");
    await user.click(within(edit).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(list).toHaveTextContent("Documents — jusqu'au 30 septembre 2027");

    await user.click(within(list).getByRole("button", { name: "Actions sur le partage avec Bpifrance" }));
    await user.click(await screen.findByRole("menuitem", { name: "Révoquer" }));
    const revoke = await screen.findByRole("dialog", { name: "Révoquer le partage" });
    expect(revoke).toHaveTextContent("Bpifrance ne lira plus rien de « MIJUIN »");
    await noViolations(revoke);
    await user.click(within(revoke).getByRole("button", { name: "Révoquer le partage" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(list).getByRole("listitem")).toHaveTextContent("Révoqué");
    expect(within(list).queryByRole("button")).not.toBeInTheDocument();
  });
});
