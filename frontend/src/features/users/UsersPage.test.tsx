import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { regionNormandie, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { InviteUserAgainMutation } from "./InviteAgainModal";
import { InviteUserMutation } from "./InviteUserModal";
import { RenameUserMutation } from "./RenameUserModal";
import { DeactivateUserMutation } from "./UserActiveModal";
import { ManageableRolesQuery, UsersPage, UsersQuery } from "./UsersPage";

const LEA = {
  __typename: "User",
  id: "VXNlcjoy",
  displayName: "Léa Dupuis",
  email: "lea.dupuis@example.fr",
  role: "ADVISER",
  active: true,
  invitationPending: false,
  lastSignInAt: "2026-11-23T08:05:00+00:00",
  region: regionNormandie,
  organisation: null,
};
const HUGO = {
  ...LEA,
  id: "VXNlcjo1",
  displayName: "Hugo Marchand",
  email: "hugo.marchand@example.fr",
  active: false,
  invitationPending: true,
  lastSignInAt: null,
};
/** Closed by a manager: not active, no invitation waiting — even if never signed in. */
const NINA = {
  ...HUGO,
  id: "VXNlcjo3",
  displayName: "Nina Petit",
  email: "nina.petit@example.fr",
  role: "PARTNER",
  invitationPending: false,
  region: null,
  organisation: { __typename: "Organisation", id: "T3JnOjE=", name: "Bpifrance" },
};

interface Filters {
  role?: string | null;
  region?: string | null;
  active?: boolean | null;
}

function listMock(filters: Filters, nodes: object[], uses = Number.POSITIVE_INFINITY): MockLink.MockedResponse {
  return {
    request: {
      query: UsersQuery,
      variables: { first: 25, after: null, role: null, region: null, active: null, ...filters },
    },
    result: {
      data: {
        users: {
          __typename: "UserConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "UserEdge", node })),
        },
      },
    },
    maxUsageCount: uses,
  };
}

/** As the API answers (`MANAGED_ROLES` and `auth/principal.py`'s rules): the operators manage every role,
 * a regional admin the advisers. */
const info = (role: string, needsRegion = false, needsOrganisation = false, mayHaveOrganisation = false) => ({
  __typename: "RoleInfo",
  role,
  needsRegion,
  needsOrganisation,
  mayHaveOrganisation,
});
const MANAGEABLE: Partial<Record<Role, object[]>> = {
  PLATFORM_ADMIN: [
    info("ADVISER", true),
    info("REGIONAL_ADMIN", true),
    info("NATIONAL"),
    info("PARTNER", false, true, true),
    info("JUROR", false, false, true),
    info("PLATFORM_ADMIN"),
  ],
  REGIONAL_ADMIN: [info("ADVISER", true)],
};

function renderPage(role: Role, mocks: MockLink.MockedResponse[], route = "/utilisateurs") {
  const manageable: MockLink.MockedResponse = {
    request: { query: ManageableRolesQuery },
    result: { data: { viewer: { __typename: "Viewer", manageableRoleInfos: MANAGEABLE[role] ?? [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return renderWithProviders(<UsersPage />, {
    route,
    path: "/utilisateurs",
    mocks: [manageable, ...mocks],
    viewer: role,
  });
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe("« Utilisateurs »", () => {
  it("lists the accounts with their state and last sign-in, filters kept in the URL", async () => {
    const user = userEvent.setup();
    const { router, container } = renderPage(
      "PLATFORM_ADMIN",
      [
        listMock({ role: "ADVISER" }, [LEA, HUGO, NINA]),
        listMock({ role: "ADVISER", region: "normandie" }, [LEA, HUGO]),
        listMock({ role: "ADVISER", region: "normandie", active: false }, [HUGO]),
      ],
      "/utilisateurs?role=ADVISER",
    );
    const table = await screen.findByRole("table", { name: "Comptes" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Léa Dupuis");
    expect(rows[1]).toHaveTextContent("Actif");
    expect(rows[1]).toHaveTextContent("23 novembre 2026 à 09:05");
    expect(rows[2]).toHaveTextContent("Invitation en attente");
    expect(rows[2]).toHaveTextContent("Jamais");
    expect(rows[3]).toHaveTextContent("Désactivé");
    expect(rows[3]).toHaveTextContent("Bpifrance");
    expect(screen.getByRole("status")).toHaveTextContent("3 comptes");
    expect(screen.getByRole("combobox", { name: "Rôle" })).toHaveValue("ADVISER");
    await noViolations(container);

    await user.selectOptions(screen.getByRole("combobox", { name: "Région" }), "normandie");
    await user.selectOptions(screen.getByRole("combobox", { name: "État" }), "non");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 compte"));
    expect(new URLSearchParams(router.state.location.search).toString()).toBe(
      "role=ADVISER&region=normandie&actif=non",
    );
  });

  it("invites an adviser of the region and says until when the invitation's link works", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const invited = { ...HUGO, id: "VXNlcjo5", displayName: "Inès Morel", email: "ines.morel@example.fr" };
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [LEA]),
      {
        request: { query: InviteUserMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          inputs.push(variables["input"]);
          return {
            data: {
              inviteUser: {
                __typename: "InviteUserSuccess",
                invitationExpiresAt: "2026-12-14T09:00:00+00:00",
                invitationSent: true,
                user: invited,
              },
            },
          };
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Inviter" }));
    const dialog = await screen.findByRole("dialog", { name: "Inviter une personne" });
    // A regional admin is offered the one role they manage, in their own region.
    const role = within(dialog).getByRole("combobox", { name: "Rôle" });
    expect(
      within(role)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Conseiller CCI"]);
    expect(within(dialog).getByRole("combobox", { name: "Région" })).toHaveValue("normandie");
    await noViolations(dialog);

    await user.click(within(dialog).getByRole("button", { name: "Inviter" }));
    expect(within(dialog).getByRole("textbox", { name: "Adresse e-mail" })).toHaveAccessibleDescription(
      "Ce champ est obligatoire.",
    );
    expect(inputs).toEqual([]);

    await user.type(within(dialog).getByRole("textbox", { name: "Adresse e-mail" }), "ines.morel@example.fr");
    await user.type(within(dialog).getByRole("textbox", { name: "Nom affiché" }), "Inès Morel");
    await user.click(within(dialog).getByRole("button", { name: "Inviter" }));
    expect(await within(dialog).findByText("Invitation créée")).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      "Le compte de Inès Morel est créé et son invitation envoyée à ines.morel@example.fr. Le lien est valable jusqu'au 14 décembre 2026 à 10:00.",
    );
    expect(inputs).toEqual([
      { email: "ines.morel@example.fr", name: "Inès Morel", role: "ADVISER", region: "normandie", organisation: null },
    ]);
  });

  it("says so when the invitation's e-mail could not leave", async () => {
    const user = userEvent.setup();
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [LEA]),
      {
        request: { query: InviteUserMutation, variables: () => true },
        result: {
          data: {
            inviteUser: {
              __typename: "InviteUserSuccess",
              invitationExpiresAt: "2026-12-14T09:00:00+00:00",
              invitationSent: false,
              user: { ...HUGO, id: "VXNlcjo5", displayName: "Inès Morel", email: "ines.morel@example.fr" },
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Inviter" }));
    const dialog = await screen.findByRole("dialog", { name: "Inviter une personne" });
    await user.type(within(dialog).getByRole("textbox", { name: "Adresse e-mail" }), "ines.morel@example.fr");
    await user.type(within(dialog).getByRole("textbox", { name: "Nom affiché" }), "Inès Morel");
    await user.click(within(dialog).getByRole("button", { name: "Inviter" }));
    expect(await within(dialog).findByText("Compte créé, e-mail non parti")).toBeInTheDocument();
    expect(dialog).toHaveTextContent("mais l'e-mail d'invitation n'a pas pu partir.");
  });

  it("puts the server's typed refusal under its field", async () => {
    const user = userEvent.setup();
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [LEA]),
      {
        request: { query: InviteUserMutation, variables: () => true },
        result: {
          data: {
            inviteUser: {
              __typename: "AccountInvalid",
              field: "email",
              code: "EMAIL_ALREADY_USED",
              message: "Un compte existe déjà avec cette adresse e-mail.",
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Inviter" }));
    const dialog = await screen.findByRole("dialog", { name: "Inviter une personne" });
    await user.type(within(dialog).getByRole("textbox", { name: "Adresse e-mail" }), "lea.dupuis@example.fr");
    await user.type(within(dialog).getByRole("textbox", { name: "Nom affiché" }), "Léa Dupuis");
    await user.click(within(dialog).getByRole("button", { name: "Inviter" }));
    await waitFor(() =>
      expect(within(dialog).getByRole("textbox", { name: "Adresse e-mail" })).toHaveAccessibleDescription(
        "Un compte existe déjà avec cette adresse e-mail.",
      ),
    );
  });

  it("asks before deactivating an account, saying its sessions end at once, then sends the mutation", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [LEA], 1),
      // Read again once deactivated.
      listMock({}, [{ ...LEA, active: false }]),
      {
        request: { query: DeactivateUserMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          inputs.push(variables["input"]);
          return {
            data: {
              deactivateUser: {
                __typename: "UserAccountSuccess",
                user: { __typename: "User", id: LEA.id, active: false },
              },
            },
          };
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Actions pour Léa Dupuis" }));
    const menu = await screen.findByRole("menu");
    await noViolations(menu);
    expect(within(menu).queryByRole("menuitem", { name: "Renvoyer l'invitation" })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole("menuitem", { name: "Désactiver" }));
    const dialog = await screen.findByRole("dialog", { name: "Désactiver le compte de Léa Dupuis ?" });
    expect(dialog).toHaveTextContent("Ses sessions prennent fin immédiatement");
    await noViolations(dialog);
    expect(inputs).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Désactiver le compte" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([{ userId: LEA.id }]);
    expect(await screen.findByText("Désactivé")).toBeInTheDocument();
  });

  it("renames an account from its row's menu", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [LEA]),
      {
        request: { query: RenameUserMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          inputs.push(variables["input"]);
          return {
            data: {
              renameUser: {
                __typename: "UserAccountSuccess",
                user: { __typename: "User", id: LEA.id, displayName: "Léa Dupuis-Martin" },
              },
            },
          };
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Actions pour Léa Dupuis" }));
    await user.click(await screen.findByRole("menuitem", { name: "Renommer" }));
    const dialog = await screen.findByRole("dialog", { name: "Renommer le compte de Léa Dupuis" });
    const name = within(dialog).getByRole("textbox", { name: "Nom affiché" });
    await user.clear(name);
    await user.click(within(dialog).getByRole("button", { name: "Renommer" }));
    expect(name).toHaveAccessibleDescription("Ce champ est obligatoire.");
    expect(inputs).toEqual([]);
    await noViolations(dialog);
    await user.type(name, "  Léa Dupuis-Martin ");
    await user.click(within(dialog).getByRole("button", { name: "Renommer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([{ userId: LEA.id, name: "Léa Dupuis-Martin" }]);
    expect(await screen.findByText("Léa Dupuis-Martin")).toBeInTheDocument();
  });

  it("sends the invitation again to an account never opened, saying until when the new link works", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage("REGIONAL_ADMIN", [
      listMock({}, [HUGO]),
      {
        request: { query: InviteUserAgainMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          inputs.push(variables["input"]);
          return {
            data: {
              inviteUserAgain: {
                __typename: "InviteUserSuccess",
                invitationExpiresAt: "2026-12-14T09:00:00+00:00",
                invitationSent: true,
                user: { __typename: "User", id: HUGO.id, invitationPending: true },
              },
            },
          };
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Actions pour Hugo Marchand" }));
    const menu = await screen.findByRole("menu");
    // Never opened: nothing to deactivate yet.
    expect(within(menu).queryByRole("menuitem", { name: "Désactiver" })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole("menuitem", { name: "Renvoyer l'invitation" }));
    const dialog = await screen.findByRole("dialog", { name: "Renvoyer l'invitation à Hugo Marchand ?" });
    expect(dialog).toHaveTextContent("le lien précédent ne fonctionne plus");
    await noViolations(dialog);
    await user.click(within(dialog).getByRole("button", { name: "Renvoyer l'invitation" }));
    expect(await within(dialog).findByText("Invitation renvoyée")).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      "Un nouveau lien est parti à hugo.marchand@example.fr. Il est valable jusqu'au 14 décembre 2026 à 10:00.",
    );
    expect(inputs).toEqual([{ userId: HUGO.id }]);
  });
});
