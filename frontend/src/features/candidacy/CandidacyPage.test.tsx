import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";

import { fakeUserManager, renderWithProviders } from "../../test/render";

import { AcceleratorEditionQuery } from "./AcceleratorEdition";
import { SubmitCandidacyMutation } from "./CandidacyForm";
import { CandidacyPage, CommunesQuery } from "./CandidacyPage";

/** What the form must send for what `fill` types (spaces around, optional fields left empty). */
const EXPECTED_INPUT = {
  companyName: "Filature du Roumois",
  siren: "732829320",
  siret: null,
  nafCode: null,
  communeCode: "76540",
  projectName: "Fil de lin normand",
  summary: "Relocaliser la filature du lin teillé en Normandie.",
  kind: "RELOCATION",
  sector: "TEXTILE",
  needs: ["MARKET_STUDY", "PRODUCTION_SOURCING"],
  contactName: "Claire Lefort",
  contactEmail: "claire.lefort@filature.example",
  contactPhone: null,
  consent: true,
  website: "",
};

function commune(
  code: string,
  name: string,
  postalCodes: string[],
  departement: [string, string],
  region: [string, string],
  accelerated = true,
) {
  return {
    __typename: "Commune",
    code,
    name,
    postalCodes,
    departement: { __typename: "Departement", code: departement[0], name: departement[1] },
    region: { __typename: "AdministrativeRegion", code: region[0], name: region[1] },
    accelerated,
  };
}

const ROUEN = commune("76540", "Rouen", ["76000", "76100"], ["76", "Seine-Maritime"], ["28", "Normandie"]);
const MALAUNAY = commune("76402", "Malaunay", ["76770"], ["76", "Seine-Maritime"], ["28", "Normandie"]);
const LILLE = commune(
  "59350",
  "Lille",
  ["59000", "59160", "59260", "59777", "59800"],
  ["59", "Nord"],
  ["32", "Hauts-de-France"],
);
const LYON = commune("69123", "Lyon", ["69001"], ["69", "Rhône"], ["84", "Auvergne-Rhône-Alpes"], false);

/** The public commune lookup: what `communes(search, first: 10)` answers for `search`. */
function communesMock(search: string, communes: unknown[]) {
  const result = vi.fn(() => ({ data: { communes } }));
  const mock: MockLink.MockedResponse = {
    request: { query: CommunesQuery, variables: { search, first: 10 } },
    result,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, result };
}

/** Types in « Commune » and chooses `option` in the list. */
async function chooseCommune(user: UserEvent, text: string, option: string) {
  await user.click(screen.getByRole("combobox", { name: /Commune \(nom ou code postal\)/ }));
  await user.paste(text);
  await user.click(await screen.findByRole("option", { name: option }));
}

function field(name: string): HTMLElement {
  return screen.getByRole("textbox", { name });
}

/** The control labelled `label` (with or without the asterisk of a required field). Faster than a
 * role query, which computes the whole accessibility tree: `fill` uses it, the checks use roles. */
function labelled(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return screen.getByLabelText(new RegExp(`^${escaped}( \\*)?$`));
}

/** Clicks into the field and pastes: one change per field keeps these tests fast. */
async function enter(user: UserEvent, label: string, text: string) {
  await user.click(labelled(label));
  await user.paste(text);
}

async function fill(user: UserEvent, changes: { siren?: string; skipCommune?: boolean } = {}) {
  await enter(user, "Nom de l'entreprise", "  Filature du Roumois ");
  await enter(user, "SIREN", changes.siren ?? " 732 829 320");
  if (!changes.skipCommune) await chooseCommune(user, "Rouen", "Rouen (76000, 76100) — Seine-Maritime");
  await enter(user, "Nom du projet", "Fil de lin normand ");
  await enter(user, "Description du projet", "Relocaliser la filature du lin teillé en Normandie.");
  await user.selectOptions(labelled("Nature du projet"), "RELOCATION");
  await user.selectOptions(labelled("Filière"), "TEXTILE");
  await user.click(labelled("Sourcing production"));
  await user.click(labelled("Étude de marché"));
  await enter(user, "Nom et prénom", "Claire Lefort");
  await enter(user, "Adresse e-mail", " claire.lefort@filature.example");
  await user.click(labelled("J'accepte que ces informations soient utilisées pour étudier ma candidature."));
}

function answer(payload: Record<string, unknown>, input: Record<string, unknown> = EXPECTED_INPUT) {
  const result = vi.fn(() => ({ data: { submitCandidacy: payload } }));
  const mock: MockLink.MockedResponse = {
    request: { query: SubmitCandidacyMutation, variables: { input } },
    result,
  };
  return { mock, result };
}

function region(code: string, name: string, dates: Record<string, string | null> = {}) {
  return {
    __typename: "AcceleratorRegion",
    code,
    name,
    startDate: null,
    eventDate: "2027-03-18",
    eventEndDate: "2027-03-19",
    ...dates,
  };
}

const EDITION_2027 = {
  __typename: "AcceleratorEdition",
  year: 2027,
  name: "Édition 2027",
  regions: [
    region("28", "Normandie", { startDate: "2026-11-02" }),
    region("11", "Île-de-France", { eventEndDate: null }),
    region("32", "Hauts-de-France", { eventDate: null, eventEndDate: null }),
  ],
};

/** The public `acceleratorEdition`: the coming edition, or null when none is planned. */
function editionMock(edition: unknown = EDITION_2027): MockLink.MockedResponse {
  return {
    request: { query: AcceleratorEditionQuery },
    result: { data: { acceleratorEdition: edition } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderPage(mocks: MockLink.MockedResponse[], edition: MockLink.MockedResponse = editionMock()) {
  // Nobody is signed in: the page is public, the commune lookup too.
  return renderWithProviders(<CandidacyPage />, {
    route: "/candidater",
    path: "/candidater",
    mocks: [...mocks, communesMock("Rouen", [ROUEN]).mock, edition],
    manager: fakeUserManager(null),
  });
}

const SUBMIT = { name: "Envoyer ma candidature" };

// Filling the whole form re-renders it a few dozen times: seconds in jsdom, under a loaded machine more.
describe("CandidacyPage", () => {
  it("shows one title, the three sections, the needs as a group and a way to sign in", () => {
    renderPage([]);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Candidater à l'Accélérateur de Relocalisations",
    );
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Entreprise",
      "Projet",
      "Contact",
      "Vos données personnelles",
    ]);
    expect(
      within(screen.getByRole("group", { name: "Besoins d'accompagnement" })).getAllByRole("checkbox"),
    ).toHaveLength(6);
    expect(screen.getByText(/utilisées par la CCI de votre région/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/");
    // The honeypot is in the page for robots, hidden from people and from assistive technologies.
    expect(screen.getByLabelText("Ne pas remplir")).toHaveAttribute("tabindex", "-1");
    expect(screen.queryByRole("textbox", { name: "Ne pas remplir" })).toBeNull();
  });

  it("has no serious accessibility violation, before and after a refused submit", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { container } = renderPage([]);
    // Colours cannot be computed in jsdom: contrast is checked in the browser tests.
    const check = async () => {
      const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
      return results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(", ")}`);
    };
    expect(await check()).toEqual([]);
    await user.click(screen.getByRole("button", SUBMIT));
    expect(await check()).toEqual([]);
  });

  it("blocks a SIREN with a wrong key before anything is sent, and focuses it", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { mock, result } = answer(
      {
        __typename: "SubmitCandidacySuccess",
        regionName: "Normandie",
        reference: "NORMANDIE-1",
        acknowledgementSent: true,
      },
      { ...EXPECTED_INPUT, siren: "732829321" },
    );
    renderPage([mock]);
    await fill(user, { siren: "732829321" });
    await user.click(screen.getByRole("button", SUBMIT));
    const siren = field("SIREN");
    expect(siren).toHaveAttribute("aria-invalid", "true");
    expect(siren).toHaveAccessibleDescription(expect.stringContaining("clé de contrôle incorrecte"));
    expect(siren).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result).not.toHaveBeenCalled();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says what is missing when the form is sent empty, focusing the first field", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderPage([]);
    await user.click(screen.getByRole("button", SUBMIT));
    expect(field("Nom de l'entreprise")).toHaveFocus();
    expect(field("Nom de l'entreprise")).toHaveAccessibleDescription("Indiquez le nom de l'entreprise.");
    expect(screen.getByRole("group", { name: "Besoins d'accompagnement" })).toHaveAccessibleDescription(
      expect.stringContaining("Cochez au moins un besoin d'accompagnement."),
    );
  });

  it("sends the exact input and shows the region and the reference", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { mock, result } = answer({
      __typename: "SubmitCandidacySuccess",
      regionName: "Normandie",
      reference: "NORMANDIE-2026-0042",
      acknowledgementSent: false,
    });
    renderPage([mock]);
    await fill(user);
    await user.click(screen.getByRole("button", SUBMIT));
    const status = await screen.findByRole("status");
    expect(result).toHaveBeenCalledTimes(1);
    expect(status).toHaveTextContent(
      "Votre candidature a bien été transmise à l'Accélérateur de Relocalisations Normandie. Référence : NORMANDIE-2026-0042.",
    );
    expect(status).toHaveTextContent(
      "L'accusé de réception n'a pas pu être envoyé par e-mail : notez cette référence.",
    );
    expect(status).toHaveFocus();
    expect(screen.queryByRole("button", SUBMIT)).toBeNull();
  });

  it("answers a robot's success (no region) with a generic confirmation", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { mock } = answer({
      __typename: "SubmitCandidacySuccess",
      regionName: "",
      reference: "",
      acknowledgementSent: false,
    });
    renderPage([mock]);
    await fill(user);
    await user.click(screen.getByRole("button", SUBMIT));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Votre candidature a bien été transmise.");
    expect(status).not.toHaveTextContent("Référence");
    expect(status).not.toHaveTextContent("accusé de réception");
  });

  it("shows the server's message under the commune it refuses, and keeps it until the code changes", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const message =
      "Cette commune (Lille) relève de la région Hauts-de-France : la candidature doit être déposée auprès de " +
      "l'accélérateur Hauts-de-France.";
    const { mock } = answer({
      __typename: "ProjectInvalid",
      field: "communeCode",
      code: "COMMUNE_IN_OTHER_REGION",
      message,
    });
    renderPage([mock]);
    await fill(user);
    await user.click(screen.getByRole("button", SUBMIT));
    const input = screen.getByRole("combobox", { name: /Commune/ });
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveFocus();
    expect(screen.queryByRole("status")).toBeNull();

    // Leaving the field re-runs the local checks: the server's verdict stays.
    await user.tab();
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    await user.clear(input);
    await user.type(input, "Mal");
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it("shows an error without a field, such as too many attempts, in an alert", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const message = "Trop de candidatures ont été envoyées depuis votre connexion. Réessayez dans une heure.";
    const { mock } = answer({ __typename: "ProjectInvalid", field: null, code: "RATE_LIMITED", message });
    renderPage([mock]);
    await fill(user);
    await user.click(screen.getByRole("button", SUBMIT));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("La candidature n'a pas été envoyée");
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole("button", SUBMIT)).toBeInTheDocument();
  });

  it("finds « Malaunay » by its name after a pause, and sends its INSEE code", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const short = communesMock("M", [MALAUNAY]);
    const lookup = communesMock("Malaunay", [MALAUNAY]);
    const { mock, result } = answer(
      {
        __typename: "SubmitCandidacySuccess",
        regionName: "Normandie",
        reference: "NORMANDIE-2026-0043",
        acknowledgementSent: true,
      },
      { ...EXPECTED_INPUT, communeCode: "76402" },
    );
    renderPage([short.mock, lookup.mock, mock]);
    const input = screen.getByRole("combobox", { name: /Commune \(nom ou code postal\)/ });
    await user.type(input, "M");
    await new Promise((resolve) => setTimeout(resolve, 400));
    // One character is not enough to search.
    expect(short.result).not.toHaveBeenCalled();
    await user.type(input, "alaunay");
    const option = await screen.findByRole("option", { name: "Malaunay (76770) — Seine-Maritime" });
    // Typed key by key: one request, after the pause.
    expect(lookup.result).toHaveBeenCalledTimes(1);
    await user.click(option);
    expect(input).toHaveValue("Malaunay (76770) — Seine-Maritime");
    expect(screen.getByText(/Commune choisie : Malaunay, Seine-Maritime, région Normandie/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();

    await user.clear(input);
    await fill(user, { skipCommune: true });
    await user.click(input);
    await user.paste("Malaunay");
    await user.click(await screen.findByRole("option", { name: "Malaunay (76770) — Seine-Maritime" }));
    await user.click(screen.getByRole("button", SUBMIT));
    const status = await screen.findByRole("status");
    expect(result).toHaveBeenCalledTimes(1);
    // What happens next: the region's team, the selection committee, then 4 to 6 months.
    expect(status).toHaveTextContent("L'équipe de l'accélérateur de votre région étudie votre candidature");
    expect(status).toHaveTextContent("Le comité de sélection examine ensuite les candidatures");
    expect(status).toHaveTextContent("l'accompagnement dure de 4 à 6 mois");
    // The region's own event day, from the coming edition.
    expect(status).toHaveTextContent(
      "Édition 2027 : l'événement de clôture de votre région a lieu du 18 au 19 mars 2027.",
    );
  });

  it("says before sending that a commune outside the accelerator's regions cannot apply", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    renderPage([communesMock("Lyon", [LYON]).mock, communesMock("Lille", [LILLE]).mock]);
    await chooseCommune(user, "Lyon", "Lyon (69001) — Rhône");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Cette commune n'est pas couverte par une région qui mène l'accélérateur : Auvergne-Rhône-Alpes n'en fait pas partie",
    );
    expect(alert).toHaveTextContent("Régions qui mènent l'accélérateur : Normandie, Île-de-France et Hauts-de-France.");

    // A commune with many postal codes shows the first ones; one of a covered region is no problem.
    const input = screen.getByRole("combobox", { name: /Commune/ });
    await user.clear(input);
    expect(screen.queryByRole("alert")).toBeNull();
    await user.paste("Lille");
    expect(await screen.findByRole("option", { name: "Lille (59000, 59160, 59260…) — Nord" })).toBeInTheDocument();
  });

  it("requires a commune chosen in the list, and words a refusal of the code without INSEE codes or a search by name", async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { mock } = answer({
      __typename: "ProjectInvalid",
      field: "communeCode",
      code: "UNKNOWN_COMMUNE",
      message:
        "Aucune commune n'a le code INSEE 76540 : ce code n'est pas le code postal, cherchez la commune par son nom.",
    });
    renderPage([mock]);
    const input = screen.getByRole("combobox", { name: /Commune/ });
    await user.click(input);
    await user.paste("Rouen");
    await user.tab();
    // Typed but not chosen: no INSEE code yet.
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining(
        "Tapez le nom ou le code postal de la commune de l'établissement, puis choisissez-la dans la liste.",
      ),
    );
    await user.clear(input);
    await fill(user);
    await user.click(screen.getByRole("button", SUBMIT));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(expect.stringContaining("Cette commune n'a pas été trouvée")),
    );
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining("par son nom"));
  });

  it("tells who is responsible for the data, why, for how long, the rights and whom to ask", () => {
    renderPage([]);
    const notice = screen.getByRole("region", { name: "Vos données personnelles" });
    expect(notice).toHaveTextContent("Responsable du traitement : la CCI de la région de votre établissement");
    expect(notice).toHaveTextContent("instruire votre candidature à l'Accélérateur de Relocalisations");
    expect(notice).toHaveTextContent("trois ans après la fin de l'accompagnement");
    expect(notice).toHaveTextContent(/accéder.*rectifier ou effacer.*vous opposer.*RGPD/);
    expect(notice).toHaveTextContent("adressez-vous à la CCI de votre région");
    expect(notice.textContent).not.toMatch(/@/);
  });

  it("says before the commune which regions run the coming edition, and their dates", async () => {
    renderPage([]);
    const lead = await screen.findByText(
      /Édition 2027 : l'Accélérateur de Relocalisations est mené par les CCI de 3 régions/,
    );
    const list = within(lead.parentElement as HTMLElement).getByRole("list");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Normandie : accompagnement à partir du 2 novembre 2026, événement de clôture du 18 au 19 mars 2027",
      "Île-de-France : événement de clôture le 18 mars 2027",
      "Hauts-de-France : dates à venir",
    ]);
    expect(
      screen.getByText("Votre candidature est transmise à la CCI de la région de votre établissement."),
    ).toBeVisible();
    // Before the commune: read first.
    const commune = screen.getByRole("combobox", { name: /Commune \(nom ou code postal\)/ });
    expect(list.compareDocumentPosition(commune) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says that the next dates are not published when no edition is planned, and names no region", async () => {
    renderPage([], editionMock(null));
    expect(await screen.findByText(/Les dates de la prochaine édition .* ne sont pas encore publiées/)).toBeVisible();
    expect(screen.queryByText(/Normandie/)).toBeNull();
  });
});
