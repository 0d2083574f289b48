import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { EndAllSessionsMutation, EndSessionMutation, MySessionsPage, MySessionsQuery } from "./MySessionsPage";

const OFFICE = {
  __typename: "SignInSession",
  id: "U2lnbkluU2Vzc2lvbjpuYXRpb25hbDoy",
  startedAt: "2026-12-07T08:00:00+00:00",
  lastActiveAt: "2026-12-07T09:30:00+00:00",
  expiresAt: "2026-12-21T08:00:00+00:00",
  device: "Firefox 133 · Windows",
  address: "192.0.2.10",
  current: true,
};
const PHONE = {
  ...OFFICE,
  id: "U2lnbkluU2Vzc2lvbjpuYXRpb25hbDox",
  startedAt: "2026-12-01T17:15:00+00:00",
  lastActiveAt: "2026-12-01T17:15:00+00:00",
  expiresAt: "2026-12-15T17:15:00+00:00",
  device: null,
  address: "198.51.100.7",
  current: false,
};

function listMock(
  nodes: object[],
  { external = false, uses = Number.POSITIVE_INFINITY } = {},
): MockLink.MockedResponse {
  return {
    request: { query: MySessionsQuery, variables: { first: 20, after: null } },
    result: {
      data: {
        mySessions: {
          __typename: "MySessions",
          managedByExternalIssuer: external,
          sessions: {
            __typename: "SignInSessionConnection",
            totalCount: nodes.length,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            edges: nodes.map((node) => ({ __typename: "SignInSessionEdge", node })),
          },
        },
      },
    },
    maxUsageCount: uses,
  };
}

async function noViolations(element: Element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<MySessionsPage />, { route: "/mes-sessions", path: "/mes-sessions", mocks });
}

describe("« Mes sessions »", () => {
  it("lists the open sessions with French dates and signs out of one", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const { container } = renderPage([
      listMock([OFFICE, PHONE], { uses: 1 }),
      listMock([OFFICE]),
      {
        request: { query: EndSessionMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          inputs.push(variables["input"]);
          return { data: { endSession: { __typename: "EndSessionSuccess", sessionId: PHONE.id } } };
        },
      },
    ]);
    const table = await screen.findByRole("table", { name: "Sessions ouvertes" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("7 décembre 2026 à 09:00");
    expect(rows[1]).toHaveTextContent("7 décembre 2026 à 10:30");
    expect(rows[2]).toHaveTextContent("1 décembre 2026 à 18:15");
    expect(screen.getByText("2 sessions ouvertes")).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent("Firefox 133 · Windows");
    expect(rows[1]).toHaveTextContent("Cette session");
    expect(rows[1]).toHaveTextContent("192.0.2.10");
    expect(rows[2]).toHaveTextContent("Navigateur non reconnu");
    expect(rows[2]).not.toHaveTextContent("Cette session");
    await noViolations(container);

    await user.click(
      screen.getByRole("button", { name: "Se déconnecter de cette session, ouverte le 1 décembre 2026 à 18:15" }),
    );
    expect(await screen.findByText("La session est terminée : cet appareil devra se reconnecter.")).toBeInTheDocument();
    expect(inputs).toEqual([{ sessionId: PHONE.id }]);
    await waitFor(() => expect(screen.getByText("1 session ouverte")).toBeInTheDocument());
  });

  it("asks before signing out everywhere, then signs out here too", async () => {
    const user = userEvent.setup();
    let sent = 0;
    const { manager } = renderPage([
      listMock([OFFICE, PHONE]),
      {
        request: { query: EndAllSessionsMutation },
        result: () => {
          sent += 1;
          return { data: { endAllSessions: { __typename: "EndAllSessionsSuccess", endedCount: 2 } } };
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Se déconnecter partout" }));
    const dialog = await screen.findByRole("dialog", { name: "Se déconnecter partout ?" });
    expect(dialog).toHaveTextContent("celle-ci comprise");
    await noViolations(dialog);
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(sent).toBe(0);

    await user.click(screen.getByRole("button", { name: "Se déconnecter partout" }));
    const again = await screen.findByRole("dialog", { name: "Se déconnecter partout ?" });
    await user.click(within(again).getByRole("button", { name: "Se déconnecter partout" }));
    await waitFor(() => expect(manager.signoutRedirect).toHaveBeenCalledTimes(1));
    expect(sent).toBe(1);
  });

  it("says that an external identity provider manages the sessions", async () => {
    renderPage([listMock([], { external: true })]);
    expect(await screen.findByText(/vos sessions se gèrent chez lui/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Se déconnecter partout" })).not.toBeInTheDocument();
  });
});
