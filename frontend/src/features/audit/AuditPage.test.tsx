import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { regionIdf, regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AUDIT_PAGE_SIZE, AuditContextQuery, AuditEventsQuery, AuditPage } from "./AuditPage";

type Role = "REGIONAL_ADMIN" | "NATIONAL";

function staff(id: string, displayName: string) {
  return { __typename: "UserEdge", node: { __typename: "User", id, displayName } };
}

function context() {
  return {
    request: { query: AuditContextQuery },
    result: {
      data: {
        regions: {
          __typename: "RegionConnection",
          edges: [
            {
              __typename: "RegionEdge",
              node: {
                ...regionNormandie,
                advisers: {
                  __typename: "UserConnection",
                  edges: [staff("VXNlcjox", "Camille Lemoine"), staff("VXNlcjoy", "Hugo Martin")],
                },
              },
            },
            {
              __typename: "RegionEdge",
              node: {
                ...regionIdf,
                advisers: { __typename: "UserConnection", edges: [staff("VXNlcjoz", "Léa Dubois")] },
              },
            },
          ],
        },
      },
    },
  } satisfies MockLink.MockedResponse;
}

function auditEvent(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "AuditEvent",
    id: `QXVkaXRFdmVudDpub3JtYW5kaWU6${n}`,
    occurredAt: "2026-11-23T09:05:00+00:00",
    actorName: "Camille Lemoine",
    actorRole: "ADVISER",
    action: "project.status_changed",
    entityType: "Project",
    entityId: "UHJvamVjdDpub3JtYW5kaWU6MQ",
    entityLabel: "MIJUIN" as string | null,
    before: { status: "candidate" },
    after: { status: "selected" },
    requestId: `req-${n}`,
    region: regionNormandie,
    ...overrides,
  };
}

function events(
  variables: Record<string, unknown>,
  nodes: ReturnType<typeof auditEvent>[],
  page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: { query: AuditEventsQuery, variables: { first: AUDIT_PAGE_SIZE, ...variables } },
    result: {
      data: {
        auditEvents: {
          __typename: "AuditEventConnection",
          totalCount: page.totalCount ?? nodes.length,
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: page.hasNextPage ?? false,
            endCursor: page.endCursor ?? null,
          },
          unavailableRegions: [],
          edges: nodes.map((node) => ({ __typename: "AuditEventEdge", node })),
        },
      },
    },
  };
}

function renderAudit(route: string, viewer: Role, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<AuditPage />, { route, path: "/audit", mocks, viewer });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("AuditPage", () => {
  it("shows a regional admin their region's trail as sentences, with no region selector", async () => {
    renderAudit("/audit", "REGIONAL_ADMIN", [
      context(),
      events({ region: "normandie", filter: null }, [
        auditEvent(1),
        auditEvent(2, {
          actorName: "Jeanne Martin (candidature en ligne)",
          actorRole: null,
          action: "project.candidacy_submitted",
          before: null,
          after: { status: "candidate" },
        }),
      ]),
    ]);
    const table = await screen.findByRole("table", { name: "Journal d'audit : Normandie" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]!).getByText("a passé le statut de Candidat à Sélectionné")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Conseiller CCI")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("a déposé une candidature")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Candidature en ligne")).toBeInTheDocument();

    expect(screen.queryByRole("combobox", { name: "Région" })).toBeNull();
    const people = within(screen.getByRole("combobox", { name: "Personne" }))
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(people).toEqual(["Toutes les personnes", "Camille Lemoine", "Hugo Martin"]);
  });

  it("lets CCI France choose a region, every region by default, and keeps the choice in the URL", async () => {
    const user = userEvent.setup();
    const { router } = renderAudit("/audit", "NATIONAL", [
      context(),
      events({ region: null, filter: null }, [auditEvent(1)]),
      events({ region: "ile-de-france", filter: null }, [
        auditEvent(3, { region: regionIdf, action: "project.commented" }),
      ]),
    ]);
    await screen.findByRole("table", { name: "Journal d'audit : Toutes les régions" });
    const region = screen.getByRole("combobox", { name: "Région" });
    expect(region).toHaveDisplayValue("Toutes les régions");
    await user.selectOptions(region, "Île-de-France");
    expect(await screen.findByText("a commenté")).toBeInTheDocument();
    expect(router.state.location.search).toBe("?region=ile-de-france");
  });

  it("reveals the recorded values behind « Détails », with the request id", async () => {
    const user = userEvent.setup();
    renderAudit("/audit", "REGIONAL_ADMIN", [
      context(),
      events({ region: "normandie", filter: null }, [auditEvent(1)]),
    ]);
    const before = await screen.findByText("Statut : Candidat");
    expect(before).not.toBeVisible();
    await user.click(screen.getByText("Détails"));
    expect(before).toBeVisible();
    expect(screen.getByText("Statut : Sélectionné")).toBeVisible();
    expect(screen.getByText("Requête req-1")).toBeVisible();
  });

  it("names each row's object (« Projet MIJUIN »), its type alone when it has no name any more", async () => {
    renderAudit("/audit", "REGIONAL_ADMIN", [
      context(),
      events({ region: "normandie", filter: null }, [
        auditEvent(1),
        auditEvent(2, { action: "project.commented", entityLabel: null }),
        auditEvent(3, { entityType: "Cohort", entityLabel: "Cohorte 2027 (démonstration)" }),
      ]),
    ]);
    const table = await screen.findByRole("table", { name: "Journal d'audit : Normandie" });
    const [, named, unnamed, cohort] = within(table).getAllByRole("row");
    // A name that already says its type is not prefixed twice.
    expect(within(cohort!).getByText("Cohorte 2027 (démonstration)")).toBeInTheDocument();
    expect(within(cohort!).queryByText(/Cohorte Cohorte/)).not.toBeInTheDocument();
    expect(within(named!).getByRole("link", { name: "Projet MIJUIN" })).toHaveAttribute(
      "href",
      "/projets/UHJvamVjdDpub3JtYW5kaWU6MQ",
    );
    expect(within(unnamed!).getByRole("link", { name: "Projet" })).toBeInTheDocument();
  });

  it("exports the trail with the filters shown, through the authenticated download", async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response("Date;Personne\r\n", { status: 200 })),
    );
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:audit"), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderAudit("/audit?type=Project&action=project.status_changed&du=2026-11-02&au=2026-11-02", "REGIONAL_ADMIN", [
      context(),
      events(
        {
          region: "normandie",
          filter: {
            entity: null,
            entityType: "Project",
            actor: null,
            action: "project.status_changed",
            since: "2026-11-02T00:00:00+01:00",
            until: "2026-11-03T00:00:00+01:00",
          },
        },
        [auditEvent(1)],
      ),
    ]);
    await screen.findByText("a passé le statut de Candidat à Sélectionné");
    await user.click(screen.getByRole("button", { name: "Exporter en CSV" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    const sent = new URL(url, "https://filiere.test");
    expect(sent.pathname).toBe("/exports/audit.csv");
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      region: "normandie",
      entityType: "Project",
      action: "project.status_changed",
      since: "2026-11-02T00:00:00+01:00",
      until: "2026-11-03T00:00:00+01:00",
    });
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("adds the next events with « Afficher plus »", async () => {
    const user = userEvent.setup();
    renderAudit("/audit", "REGIONAL_ADMIN", [
      context(),
      events({ region: "normandie", filter: null }, [auditEvent(1)], {
        hasNextPage: true,
        endCursor: "c1",
        totalCount: 2,
      }),
      events(
        { region: "normandie", filter: null, after: "c1" },
        [
          auditEvent(2, {
            action: "document.version_added",
            entityType: "Document",
            before: null,
            after: { version: 3, fileName: "devis.pdf" },
          }),
        ],
        { totalCount: 2 },
      ),
    ]);
    expect(await screen.findByText("1 sur 2 affichés")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Afficher plus" }));
    expect(await screen.findByText("a déposé la version 3 de devis.pdf")).toBeInTheDocument();
    expect(screen.getByText("a passé le statut de Candidat à Sélectionné")).toBeInTheDocument();
    expect(screen.getByText("2 sur 2 affichés")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Afficher plus" })).toBeNull();
  });
});
