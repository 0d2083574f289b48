import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { project, projectsConnection, regionIdf, regionsConnection } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { ProjectListContextQuery } from "./ProjectListPage";
import { SHARED_PAGE_SIZE, SharedProjectsPage, SharedProjectsQuery } from "./SharedProjectsPage";

type Variables = Record<string, unknown>;

const contextMock: MockLink.MockedResponse = {
  request: { query: ProjectListContextQuery },
  result: { data: { regions: regionsConnection() } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A project as a partner reads it: its progress, the grant's terms, the products only under a financing
 * or full grant. */
function shared(overrides: Record<string, unknown>, grant: { scope: string; expiresOn: string | null }) {
  return {
    products: null,
    milestoneProgress: { __typename: "MilestoneProgress", passed: 4, total: 12 },
    ...project(overrides),
    viewerGrant: { __typename: "ViewerGrant", ...grant },
  };
}

const MIJUIN = shared(
  {
    name: "Fabrication de marques complémentaires en lin",
    sector: "TEXTILE",
    needs: ["FINANCING"],
    company: {
      __typename: "Company",
      id: "Q29tcGFueTpub3JtYW5kaWU6MQ",
      name: "MIJUIN",
      communeName: "Caen",
      departement: "14",
    },
    products: [{ __typename: "ProjectProduct", name: "Linge de maison en lin" }],
  },
  { scope: "FINANCING", expiresOn: "2027-06-03" },
);
const PIERCAN = shared(
  {
    name: "Nouveaux marchés pour les boîtes à gants",
    sector: "HEALTH",
    needs: [],
    region: regionIdf,
    company: {
      __typename: "Company",
      id: "Q29tcGFueTpub3JtYW5kaWU6Mg",
      name: "PIERCAN",
      communeName: "Flers",
      departement: "61",
    },
    milestoneProgress: { __typename: "MilestoneProgress", passed: 0, total: 0 },
  },
  { scope: "DOCUMENTS", expiresOn: "2026-12-05" },
);

function renderShared(nodes: object[], route = "/projets") {
  const calls: Variables[] = [];
  const listMock: MockLink.MockedResponse = {
    request: { query: SharedProjectsQuery, variables: () => true },
    result: (variables: Variables) => {
      calls.push(variables);
      return { data: { projects: projectsConnection(nodes as ReturnType<typeof project>[]) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  const rendered = renderWithProviders(<SharedProjectsPage />, {
    route,
    path: "/projets",
    mocks: [contextMock, listMock],
    viewer: "PARTNER",
  });
  return { ...rendered, calls };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00+01:00") });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("SharedProjectsPage", () => {
  it("lists the projects shared with the organisation, with what each grant opens and until when", async () => {
    const { calls } = renderShared([MIJUIN, PIERCAN]);
    const table = await screen.findByRole("table", { name: "Projets partagés avec Bpifrance" });
    expect(screen.getByRole("heading", { level: 1, name: "Projets partagés" })).toBeInTheDocument();
    expect(screen.getByText("2 projets partagés")).toBeInTheDocument();
    // Every region: the API lists only the shared projects, one page of them.
    expect(calls[0]).toMatchObject({ region: null, first: SHARED_PAGE_SIZE, filter: null });

    const [, mijuin, piercan] = within(table).getAllByRole("row");
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(within(mijuin!).getByRole("rowheader")).toHaveTextContent("Fabrication de marques complémentaires en lin");
    expect(cells(mijuin!)).toEqual([
      "MIJUINCaen (14)",
      "Normandie",
      "Textile et habillement",
      "Linge de maison en lin",
      "Financement",
      "Suivi",
      "4 / 12",
      "Financement",
      "3 juin 2027",
    ]);
    // The documents grant opens no products; its end is near.
    expect(cells(piercan!)).toEqual([
      "PIERCANFlers (61)",
      "Île-de-France",
      "Santé",
      "— hors du partage",
      "Aucun besoin renseigné",
      "Suivi",
      "Aucun jalon",
      "Documents",
      "5 décembre 2026expire dans 12 jours",
    ]);
    expect(within(piercan!).getByRole("link", { name: "Nouveaux marchés pour les boîtes à gants" })).toHaveAttribute(
      "href",
      `/projets/${PIERCAN.id}`,
    );
  });

  it("filters by scope in the page, and keeps the choice in the URL", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { router } = renderShared([MIJUIN, PIERCAN]);
    await screen.findByRole("table");
    await user.selectOptions(screen.getByRole("combobox", { name: "Portée du partage" }), "Documents");
    expect(router.state.location.search).toBe("?portee=DOCUMENTS");
    expect(screen.getByText("1 projet affiché pour la portée choisie")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Fabrication de marques complémentaires en lin" })).toBeNull();
    expect(screen.getByRole("link", { name: "Nouveaux marchés pour les boîtes à gants" })).toBeInTheDocument();
    expect(screen.queryByText(/L'export reprend/)).toBeNull();
  });

  it("sends the region and the sector to the API, the scope staying in the URL", async () => {
    const { calls } = renderShared([MIJUIN], "/projets?region=normandie&filiere=TEXTILE&portee=FINANCING");
    await screen.findByRole("table");
    expect(calls[0]).toMatchObject({ region: "normandie", filter: { sector: ["TEXTILE"] } });
    expect(screen.getByRole("combobox", { name: "Portée du partage" })).toHaveValue("FINANCING");
  });

  it("exports the shared projects as shown: same filters, same scope, each cell as its grant allows", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response("xlsx")));
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:x"), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderShared([MIJUIN], "/projets?filiere=TEXTILE&portee=FINANCING");
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Exporter (.xlsx)" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const sent = new URL(fetchMock.mock.calls[0]![0], "https://filiere.test");
    expect(sent.pathname).toBe("/exports/shared-projects.xlsx");
    expect([...sent.searchParams]).toEqual([
      ["sector", "TEXTILE"],
      ["scope", "FINANCING"],
    ]);
  });

  it("offers no export when the chosen scope leaves no project shown", async () => {
    renderShared([MIJUIN], "/projets?portee=FULL");
    expect(await screen.findByText("Aucun projet partagé ne correspond à ces critères.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Exporter (.xlsx)" })).toBeDisabled();
  });

  it("tells the partner when nothing has been shared with their organisation yet, and only then", async () => {
    renderShared([]);
    expect(
      await screen.findByText(
        "Aucun projet n'a encore été partagé avec votre organisation (Bpifrance). Un conseiller CCI peut vous donner accès à une fiche projet.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("search")).not.toBeInTheDocument();
  });

  it("says that nothing matches, not that nothing is shared, when filters leave no project", async () => {
    renderShared([], "/projets?filiere=HEALTH");
    expect(await screen.findByText("Aucun projet partagé ne correspond à ces critères.")).toBeInTheDocument();
    expect(screen.getByRole("search")).toBeInTheDocument();
  });
});
