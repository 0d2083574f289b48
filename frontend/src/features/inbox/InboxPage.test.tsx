import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { regionIdf, regionNormandie, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { InboxButton, InboxUnreadCountQuery } from "./InboxButton";
import { INBOX_PAGE_SIZE, InboxPage, InboxQuery } from "./InboxPage";
import { MarkInboxReadMutation } from "./markInboxRead";

const PROJECT_ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";

function item(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "InboxItem",
    id: `SW5ib3hJdGVtOjE6${n}`,
    kind: "MENTION",
    sourcingRequestId: null,
    commentId: "UHJvamVjdENvbW1lbnQ6Nw",
    createdAt: "2026-11-23T09:05:00+00:00",
    readAt: null,
    actorName: "Camille Lemoine",
    excerpt: "@Hugo peux-tu relancer le fournisseur de lin ?",
    projectName: "Fil de lin normand",
    region: regionNormandie,
    project: { __typename: "Project", id: PROJECT_ID, name: "Fil de lin normand" },
    ...overrides,
  };
}

const ITEMS = [
  item(1),
  item(2, {
    actorName: "Léa Dubois",
    readAt: "2026-11-22T10:00:00+00:00",
    projectName: "Vélo taxi",
    region: regionIdf,
    project: null,
    excerpt: "Merci @Hugo",
  }),
];

function inbox(nodes: ReturnType<typeof item>[], unread: number): MockLink.MockedResponse {
  return {
    request: { query: InboxQuery, variables: { first: INBOX_PAGE_SIZE } },
    result: {
      data: {
        inboxUnreadCount: unread,
        inbox: {
          __typename: "InboxItemConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "InboxItemEdge", node })),
        },
      },
    },
  };
}

function marked(input: Record<string, unknown>, unreadCount: number, sent: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: MarkInboxReadMutation, variables: { input } },
    result: () => {
      sent.push(input);
      return { data: { markInboxRead: { __typename: "MarkInboxReadSuccess", marked: 1, unreadCount } } };
    },
  };
}

function renderInbox(mocks: MockLink.MockedResponse[], viewer: Role = "ADVISER") {
  return renderWithProviders(
    <>
      <InboxButton />
      <InboxPage />
    </>,
    {
      route: "/notifications",
      path: "/notifications",
      mocks: [{ request: { query: InboxUnreadCountQuery }, result: { data: { inboxUnreadCount: 1 } } }, ...mocks],
      routes: [
        { path: "/projets/:projectId", element: <p>Page du projet</p> },
        { path: "/demandes-de-sourcing", element: <p>Demandes de sourcing</p> },
      ],
      viewer,
    },
  );
}

async function notifications() {
  const list = await screen.findByRole("list", { name: "Vos notifications" });
  return within(list).getAllByRole("listitem");
}

describe("InboxPage", () => {
  it("lists the mentions, newest first, unread ones marked in words too", async () => {
    renderInbox([inbox(ITEMS, 1)]);
    const [first, second] = await notifications();
    expect(first).toHaveTextContent(
      "Non lueCamille Lemoine vous a mentionné sur le projet Fil de lin normand (Normandie)",
    );
    // A mention opens the project's thread.
    expect(within(first!).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      `/projets/${PROJECT_ID}?onglet=commentaires`,
    );
    expect(within(first!).getByText("@Hugo peux-tu relancer le fournisseur de lin ?").tagName).toBe("BLOCKQUOTE");
    expect(within(first!).getByText(/^Reçue le 23 novembre 2026 à/)).toBeInTheDocument();

    // Read, and a project the person can no longer open: the name without a link.
    expect(second).toHaveTextContent("Léa Dubois vous a mentionné sur le projet Vélo taxi (Île-de-France)");
    expect(within(second!).queryByText("Non lue")).toBeNull();
    expect(within(second!).queryByRole("link")).toBeNull();
    expect(within(second!).queryByRole("button", { name: "Marquer comme lu" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("1 notification non lue");
  });

  it("words an assignment « X vous a attribué le projet Y » and opens the project", async () => {
    const assignment = item(6, {
      kind: "ASSIGNMENT",
      actorName: "Léa Dupuis",
      commentId: null,
      excerpt: "Vous suivez désormais le projet « Fil de lin normand ».",
    });
    renderInbox([inbox([assignment], 1)]);
    const [first] = await notifications();
    expect(first).toHaveTextContent("Léa Dupuis vous a attribué le projet Fil de lin normand (Normandie)");
    expect(within(first!).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      `/projets/${PROJECT_ID}`,
    );
  });

  it("tells a partner's user a project was shared with their organisation, and opens it", async () => {
    const shared = item(7, {
      kind: "PROJECT_SHARED",
      actorName: "Camille Lemoine",
      commentId: null,
      excerpt: "Financement jusqu'au 3 juin 2027. Étude d'un prêt d'amorçage.",
    });
    renderInbox([inbox([shared], 1)], "PARTNER");
    const [first] = await notifications();
    expect(first).toHaveTextContent(
      "Camille Lemoine a partagé le projet Fil de lin normand (Normandie) avec votre organisation",
    );
    expect(first).toHaveTextContent("Financement jusqu'au 3 juin 2027.");
    expect(within(first!).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      `/projets/${PROJECT_ID}`,
    );
  });

  it("warns the adviser who shared a project that the grant ends, and opens its « Partage » tab", async () => {
    const expiring = item(8, {
      kind: "GRANT_EXPIRING",
      actorName: "Filière",
      commentId: null,
      excerpt: "Le partage avec Bpifrance prend fin le 3 juin 2027 : prolongez-le si l'entreprise est d'accord.",
    });
    renderInbox([inbox([expiring], 1)]);
    const [first] = await notifications();
    expect(first).toHaveTextContent("Un partage du projet Fil de lin normand (Normandie) arrive à sa fin");
    expect(first).toHaveTextContent("Le partage avec Bpifrance prend fin le 3 juin 2027");
    expect(within(first!).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      `/projets/${PROJECT_ID}?onglet=partage`,
    );
  });

  it("words the sourcing notifications and links them to the right tab of the requests", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const request = item(4, {
      kind: "SOURCING_REQUEST",
      actorName: "Camille Lemoine",
      region: regionNormandie,
      project: null,
      sourcingRequestId: "U291cmNpbmdSZXF1ZXN0Om5vcm1hbmRpZTox",
      excerpt: "Filature : une filature de lin (jusqu'au 23 décembre 2026)",
    });
    const answer = item(5, {
      kind: "SOURCING_ANSWER",
      actorName: "Léa Dupuis (Hauts-de-France)",
      sourcingRequestId: "U291cmNpbmdSZXF1ZXN0Om5vcm1hbmRpZToy",
      excerpt: "2 établissement(s) proposé(s) pour « Filature »",
    });
    const { router } = renderInbox([inbox([request, answer], 2), marked({ ids: [answer.id] }, 1, sent)]);
    const [first, second] = await notifications();
    expect(first).toHaveTextContent("Camille Lemoine (Normandie) demande des fournisseurs : Fil de lin normand");
    expect(within(first!).getByRole("link", { name: "Fil de lin normand" })).toHaveAttribute(
      "href",
      "/demandes-de-sourcing",
    );
    expect(within(first!).queryByText("Vous n'avez plus accès à ce projet.")).toBeNull();
    expect(second).toHaveTextContent(
      "Léa Dupuis (Hauts-de-France) a répondu à votre demande de sourcing pour Fil de lin normand",
    );
    const link = within(second!).getByRole("link", { name: "Fil de lin normand" });
    expect(link).toHaveAttribute("href", "/demandes-de-sourcing?onglet=postees");
    await user.click(link);
    expect(await screen.findByText("Demandes de sourcing")).toBeInTheDocument();
    expect(router.state.location.search).toBe("?onglet=postees");
    await vi.waitFor(() => expect(sent).toEqual([{ ids: [answer.id] }]));
  });

  it("marks one notification read with its id, and updates the list and the badge", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderInbox([inbox(ITEMS, 1), marked({ ids: [ITEMS[0]!.id] }, 0, sent)]);
    const [first] = await notifications();
    expect(await screen.findByRole("link", { name: "Notifications 1 non lue" })).toBeInTheDocument();
    await user.click(within(first!).getByRole("button", { name: "Marquer comme lu" }));

    await vi.waitFor(() => expect(within(first!).queryByText("Non lue")).toBeNull());
    expect(sent).toEqual([{ ids: [ITEMS[0]!.id] }]);
    expect(within(first!).queryByRole("button", { name: "Marquer comme lu" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Aucune notification non lue");
    expect(screen.getByRole("link", { name: "Notifications" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tout marquer comme lu" })).toBeDisabled();
  });

  it("marks everything read with no ids", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderInbox([inbox([item(1), item(3)], 2), marked({}, 0, sent)]);
    await notifications();
    expect(screen.getAllByText("Non lue")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Tout marquer comme lu" }));
    await vi.waitFor(() => expect(screen.queryByText("Non lue")).toBeNull());
    expect(sent).toEqual([{}]);
  });

  it("marks the notification read when its project is opened", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const { router } = renderInbox([inbox(ITEMS, 1), marked({ ids: [ITEMS[0]!.id] }, 0, sent)]);
    const [first] = await notifications();
    await user.click(within(first!).getByRole("link", { name: "Fil de lin normand" }));
    expect(await screen.findByText("Page du projet")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/projets/${PROJECT_ID}`);
    await vi.waitFor(() => expect(sent).toEqual([{ ids: [ITEMS[0]!.id] }]));
  });

  it("says so when there is nothing yet", async () => {
    renderInbox([inbox([], 0)]);
    expect(await screen.findByText(/Aucune notification pour le moment/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tout marquer comme lu" })).toBeDisabled();
  });
});
