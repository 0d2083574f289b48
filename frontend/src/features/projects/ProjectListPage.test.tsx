import type { MockLink } from "@apollo/client/testing";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ADVISER_USER_ID, project, projectsConnection, regionsConnection, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { advisersByRegion } from "./projectFixtures";
import { ProjectListContextQuery, ProjectListPage, ProjectListQuery } from "./ProjectListPage";
import { MentionableAdvisersQuery } from "./ProjectPage";

type Variables = Record<string, unknown>;
const contextMock: MockLink.MockedResponse = {
  request: { query: ProjectListContextQuery },
  result: { data: { regions: regionsConnection() } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Every region's advisers (Normandie: Camille Lemoine, Léa Dupuis; Île-de-France: Mathis Carpentier,
 * Lucas Lefèvre), for the « Conseiller » filter. */
const advisersMock: MockLink.MockedResponse = {
  request: { query: MentionableAdvisersQuery },
  result: { data: advisersByRegion() },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Answers every ProjectList request with `respond(variables)` and records the variables. */
function listMock(
  calls: Variables[],
  respond: (variables: Variables) => ReturnType<typeof projectsConnection>,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectListQuery, variables: () => true },
    result: (variables: Variables) => {
      calls.push(variables);
      return { data: { projects: respond(variables) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderList(
  role: Role,
  respond: (variables: Variables) => ReturnType<typeof projectsConnection>,
  route = "/projets",
) {
  const calls: Variables[] = [];
  const rendered = renderWithProviders(<ProjectListPage />, {
    route,
    path: "/projets",
    mocks: [contextMock, advisersMock, listMock(calls, respond)],
    viewer: role,
  });
  return { ...rendered, calls };
}

const twoProjects = () =>
  projectsConnection([
    project({ name: "Atelier de linge de bain en circuit court", access: "FULL" }),
    project({
      name: "Relocalisation des approvisionnements textiles",
      access: "SUMMARY",
      notes: null,
      sector: "TEXTILE",
      status: "CANDIDATE",
    }),
  ]);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The adviser's own project when the list is filtered on them, both projects otherwise. */
const mineOrAll = (variables: Variables) => {
  const filter = variables["filter"] as { adviser?: string[] | null } | null;
  return filter?.adviser
    ? projectsConnection([project({ name: "Atelier de linge de bain en circuit court" })])
    : twoProjects();
};

describe("ProjectListPage, « Mes projets » and « Tous »", () => {
  it("opens an adviser's list on their projects at once, and « Tous » in one click undone by « Précédent »", async () => {
    const user = userEvent.setup();
    const { calls, router } = renderList("ADVISER", mineOrAll);
    expect(await screen.findByText("1 projet")).toBeInTheDocument();
    // Their own id is known: the first request does not wait for the list of advisers.
    expect(calls[0]).toMatchObject({ region: "normandie", filter: { adviser: [ADVISER_USER_ID] } });
    const view = screen.getByRole("radiogroup", { name: "Projets affichés" });
    expect(within(view).getByRole("radio", { name: "Mes projets" })).toBeChecked();
    expect(router.state.location.search).toBe("");

    await user.click(within(view).getByText("Tous"));
    expect(await screen.findByText("2 projets")).toBeInTheDocument();
    expect(router.state.location.search).toBe("?conseiller=tous");
    expect(calls.at(-1)).toMatchObject({ region: "normandie", filter: null });
    expect(within(view).getByRole("radio", { name: "Tous" })).toBeChecked();

    await act(() => router.navigate(-1));
    expect(await screen.findByText("1 projet")).toBeInTheDocument();
    expect(router.state.location.search).toBe("");
    expect(within(view).getByRole("radio", { name: "Mes projets" })).toBeChecked();
  });

  it("shows the adviser chosen in the « Conseiller » filter, and « Effacer les filtres » shows every project", async () => {
    const user = userEvent.setup();
    const { router } = renderList("ADVISER", mineOrAll);
    await screen.findByText("1 projet");
    await waitFor(() =>
      expect(
        within(screen.getByRole("listbox", { name: "Conseiller", hidden: true }))
          .getAllByRole("option", { hidden: true, selected: true })
          .map((option) => option.textContent),
      ).toEqual(["Camille Lemoine"]),
    );
    await user.click(screen.getByRole("button", { name: "Effacer les filtres" }));
    await waitFor(() => expect(router.state.location.search).toBe("?conseiller=tous"));
    expect(await screen.findByText("2 projets")).toBeInTheDocument();
  });

  it("says when no project of the region is the adviser's", async () => {
    renderList("ADVISER", (variables) =>
      (variables["filter"] as { adviser?: string[] } | null)?.adviser ? projectsConnection([]) : twoProjects(),
    );
    expect(
      await screen.findByText(
        "Aucun projet de cette région ne vous est attribué. « Tous » montre ceux de vos collègues.",
      ),
    ).toBeInTheDocument();
  });

  it("opens on every project for who follows none: the regional admin, CCI France, and in another region", async () => {
    for (const role of ["REGIONAL_ADMIN", "NATIONAL"] as const) {
      const { calls, unmount } = renderList(role, mineOrAll);
      expect(await screen.findByText("2 projets")).toBeInTheDocument();
      expect(calls[0]).toMatchObject({ filter: null });
      expect(screen.queryByRole("radiogroup", { name: "Projets affichés" })).not.toBeInTheDocument();
      unmount();
    }
    const { calls } = renderList("ADVISER", mineOrAll, "/projets?region=ile-de-france");
    expect(await screen.findByText("2 projets")).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ region: "ile-de-france", filter: null });
    expect(screen.queryByRole("radiogroup", { name: "Projets affichés" })).not.toBeInTheDocument();
  });
});

describe("ProjectListPage", () => {
  it("lists projects with links, French labels, and the « Fiche résumée » badge on summary cards only", async () => {
    renderList("ADVISER", twoProjects);

    expect(screen.getByRole("heading", { level: 1, name: "Projets" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Projets — Normandie" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);

    const [full, summary] = rows as [HTMLElement, HTMLElement];
    expect(within(full).getByRole("link", { name: "Atelier de linge de bain en circuit court" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/projets\/UHJvamVjd/),
    );
    expect(within(full).queryByText("Fiche résumée")).not.toBeInTheDocument();
    expect(within(summary).getByText("Fiche résumée")).toBeInTheDocument();
    expect(within(summary).getByText("Textile et habillement")).toBeInTheDocument();
    expect(within(summary).getByText("Candidat")).toBeInTheDocument();
    expect(within(full).getByText("Rouen (76)")).toBeInTheDocument();
    expect(screen.getByText("2 projets")).toBeInTheDocument();
    for (const header of ["Projet", "Entreprise", "Filière", "Statut", "Région", "Conseiller"]) {
      expect(within(table).getByRole("columnheader", { name: header })).toBeInTheDocument();
    }
  });

  it("opens on the adviser's own region, and on every region for CCI France", async () => {
    const adviser = renderList("ADVISER", twoProjects);
    await screen.findByRole("table");
    expect(adviser.calls[0]).toMatchObject({ region: "normandie", first: 20, after: null });
    expect(screen.getByLabelText("Région")).toHaveValue("normandie");
    adviser.unmount();

    const national = renderList("NATIONAL", twoProjects);
    await screen.findByRole("table", { name: "Projets — Toutes les régions" });
    expect(national.calls[0]).toMatchObject({ region: null });
    expect(screen.getByLabelText("Région")).toHaveValue("toutes");
    const options = within(screen.getByLabelText("Région"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Normandie", "Île-de-France", "Toutes les régions"]);
  });

  it("puts the region and the filters in the URL and in the query variables", async () => {
    const user = userEvent.setup();
    const { calls, router } = renderList("ADVISER", twoProjects);
    await screen.findByRole("table");

    await user.selectOptions(screen.getByLabelText("Région"), "Île-de-France");
    await waitFor(() => expect(router.state.location.search).toBe("?region=ile-de-france"));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ region: "ile-de-france", filter: null }));

    await user.click(screen.getByRole("combobox", { name: "Statut" }));
    const statusList = await screen.findByRole("listbox", { name: "Statut" });
    expect(
      within(statusList)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Candidat",
      "Sélectionné",
      "En accélération",
      "Pitch présenté",
      "Suivi",
      "Clôturé",
      "Non retenu",
      "Abandonné",
    ]);
    await user.click(within(statusList).getByRole("option", { name: "Candidat" }));
    await waitFor(() => expect(router.state.location.search).toBe("?region=ile-de-france&statut=CANDIDATE"));
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({
        region: "ile-de-france",
        filter: { status: ["CANDIDATE"], sector: null, text: null },
      }),
    );
  });

  it("debounces the text search before changing the URL and the query", async () => {
    const user = userEvent.setup();
    const { calls, router } = renderList("NATIONAL", twoProjects);
    await screen.findByRole("table");
    const before = calls.length;

    await user.type(screen.getByRole("searchbox", { name: "Rechercher" }), "lin");
    expect(router.state.location.search).toBe("");
    await waitFor(() => expect(router.state.location.search).toBe("?q=lin"));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ filter: { text: "lin" } }));
    // One request for the whole word, not one per key.
    expect(calls.length - before).toBe(1);
  });

  it("reads filters from a shared link", async () => {
    const { calls } = renderList(
      "ADVISER",
      twoProjects,
      "/projets?region=toutes&statut=SELECTED&filiere=TEXTILE&q=lin&statut=BOGUS",
    );
    await screen.findByRole("table");
    expect(calls[0]).toMatchObject({
      region: null,
      filter: { status: ["SELECTED"], sector: ["TEXTILE"], text: "lin" },
    });
    expect(screen.getByRole("searchbox", { name: "Rechercher" })).toHaveValue("lin");
  });

  it("filters by need, adviser and département, in the URL and in the query variables", async () => {
    const user = userEvent.setup();
    // « Tous »: every adviser's projects, not only the viewer's.
    const { calls, router } = renderList("ADVISER", twoProjects, "/projets?conseiller=tous");
    await screen.findByRole("table");

    await user.click(screen.getByRole("combobox", { name: "Besoin" }));
    const needs = await screen.findByRole("listbox", { name: "Besoin" });
    expect(
      within(needs)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Conseil", "Étude de marché", "Financement", "R&D", "Sourcing distribution", "Sourcing production"]);
    await user.click(within(needs).getByRole("option", { name: "Financement" }));
    await waitFor(() => expect(router.state.location.search).toBe("?besoin=FINANCING&conseiller=tous"));

    // The adviser's own region: its advisers only.
    await user.click(screen.getByRole("combobox", { name: "Conseiller" }));
    const advisers = await screen.findByRole("listbox", { name: "Conseiller" });
    expect(
      within(advisers)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Camille Lemoine", "Léa Dupuis"]);
    await user.click(within(advisers).getByRole("option", { name: "Léa Dupuis" }));
    await waitFor(() => expect(router.state.location.search).toBe("?besoin=FINANCING&conseiller=VXNlcjoy"));

    const departement = screen.getByRole("combobox", { name: "Département" });
    await user.type(departement, "2a{Enter}");
    await user.type(departement, "7{Enter}");
    expect(await screen.findByText("Pas un code de département : 7. Exemples : 76, 2A, 971.")).toBeInTheDocument();
    await user.type(departement, "76{Enter}");
    await waitFor(() =>
      expect(router.state.location.search).toBe("?besoin=FINANCING&conseiller=VXNlcjoy&departement=2A&departement=76"),
    );
    expect(screen.queryByText(/Pas un code de département/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({
        region: "normandie",
        filter: {
          status: null,
          sector: null,
          need: ["FINANCING"],
          adviser: ["VXNlcjoy"],
          departement: ["2A", "76"],
          text: null,
        },
      }),
    );

    await user.click(screen.getByRole("button", { name: "Effacer les filtres" }));
    // Still every adviser's projects: the adviser's own would otherwise come back.
    await waitFor(() => expect(router.state.location.search).toBe("?conseiller=tous"));
    expect(screen.queryByRole("button", { name: "Effacer les filtres" })).not.toBeInTheDocument();
    expect(screen.queryByText("2A")).not.toBeInTheDocument();
    // The unfiltered list, as first shown (from the cache).
    expect(await screen.findByText("2 projets")).toBeInTheDocument();
  });

  it("reads need, adviser and département from a shared link, dropping an adviser of another region", async () => {
    const { calls } = renderList(
      "NATIONAL",
      twoProjects,
      "/projets?region=normandie&besoin=CONSULTING&besoin=NOPE&conseiller=VXNlcjox&conseiller=VXNlcjoz" +
        "&departement=2a&departement=123",
    );
    await screen.findByRole("table");
    // The first request already has the advisers checked: no request with an adviser not shown.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      region: "normandie",
      filter: { need: ["CONSULTING"], adviser: ["VXNlcjox"], departement: ["2A"] },
    });
    const filters = screen.getByRole("search", { name: "Filtres" });
    // The options chosen in the (closed) lists: the filters shown are the filters sent.
    const chosen = (name: string) =>
      within(screen.getByRole("listbox", { name, hidden: true }))
        .getAllByRole("option", { hidden: true, selected: true })
        .map((option) => option.textContent);
    expect(chosen("Besoin")).toEqual(["Conseil"]);
    expect(chosen("Conseiller")).toEqual(["Camille Lemoine"]);
    expect(within(filters).getByText("2A")).toBeInTheDocument();
  });

  it("offers every region's advisers, by region, when the list shows every region", async () => {
    const user = userEvent.setup();
    renderList("NATIONAL", twoProjects);
    await screen.findByRole("table");
    await user.click(screen.getByRole("combobox", { name: "Conseiller" }));
    const advisers = await screen.findByRole("listbox", { name: "Conseiller" });
    expect(within(advisers).getByText("Normandie")).toBeInTheDocument();
    expect(within(advisers).getByText("Île-de-France")).toBeInTheDocument();
    expect(
      within(advisers)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Camille Lemoine", "Léa Dupuis", "Mathis Carpentier", "Lucas Lefèvre"]);
  });

  it("exports the list with the filters shown, through the authenticated download", async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(
        new Response("xlsx", {
          status: 200,
          headers: { "Content-Disposition": 'attachment; filename="projets-normandie-2026-11-23.xlsx"' },
        }),
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal(
      "URL",
      Object.assign(URL, { createObjectURL: vi.fn(() => "blob:projets"), revokeObjectURL: vi.fn() }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { calls } = renderList(
      "ADVISER",
      twoProjects,
      "/projets?statut=SELECTED&statut=ACCELERATING&filiere=TEXTILE&besoin=FINANCING&conseiller=VXNlcjoy" +
        "&conseiller=VXNlcjoz&departement=76&departement=2B&q=lin",
    );
    await screen.findByRole("table");
    expect(calls[0]).toMatchObject({
      region: "normandie",
      filter: {
        status: ["SELECTED", "ACCELERATING"],
        sector: ["TEXTILE"],
        need: ["FINANCING"],
        adviser: ["VXNlcjoy"],
        departement: ["76", "2B"],
        text: "lin",
      },
    });

    await user.click(screen.getByRole("button", { name: "Exporter (.xlsx)" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    const sent = new URL(url, "https://filiere.test");
    expect(sent.pathname).toBe("/exports/projects.xlsx");
    // Exactly the filters the query got: the adviser of another region is left out of both.
    expect([...sent.searchParams]).toEqual([
      ["region", "normandie"],
      ["status", "SELECTED"],
      ["status", "ACCELERATING"],
      ["sector", "TEXTILE"],
      ["need", "FINANCING"],
      ["adviser", "VXNlcjoy"],
      ["departement", "76"],
      ["departement", "2B"],
      ["text", "lin"],
    ]);
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token");
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says when the export failed", async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response("{}", { status: 503 }))),
    );
    renderList("NATIONAL", twoProjects);
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Exporter (.xlsx)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "L'export n'a pas abouti. Réessayez dans quelques instants.",
    );
  });

  it("says when nothing matches the filters", async () => {
    renderList("ADVISER", () => projectsConnection([]), "/projets?q=introuvable");
    expect(await screen.findByText("Aucun projet ne correspond à ces critères.")).toBeInTheDocument();
    expect(screen.getByText("0 projet")).toBeInTheDocument();
  });

  it("names the regions that could not be read", async () => {
    renderList("NATIONAL", () => projectsConnection([project()], { unavailable: ["Hauts-de-France"] }));
    const alert = await screen.findByText(/Les projets de ces régions ne sont pas affichés : Hauts-de-France/);
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole("table")).toBeInTheDocument();
  });

  it("pages forward with the end cursor and back with the previous one", async () => {
    const user = userEvent.setup();
    const { calls } = renderList("NATIONAL", (variables) =>
      variables["after"] === "page-2"
        ? projectsConnection([project({ name: "Deuxième page" })], { totalCount: 21, hasNextPage: false })
        : projectsConnection([project({ name: "Première page" })], {
            totalCount: 21,
            hasNextPage: true,
            endCursor: "page-2",
          }),
    );
    await screen.findByRole("link", { name: "Première page" });
    expect(screen.getByText("Page 1 sur 2")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Page précédente" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Page suivante" }));
    await screen.findByRole("link", { name: "Deuxième page" });
    expect(calls.at(-1)).toMatchObject({ after: "page-2" });
    expect(screen.getByText("Page 2 sur 2")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Page précédente" }));
    await screen.findByRole("link", { name: "Première page" });
    await act(async () => {});
    expect(screen.getByRole("button", { name: "Page suivante" })).toBeEnabled();
  });
});
