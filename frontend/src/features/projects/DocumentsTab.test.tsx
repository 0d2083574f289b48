import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../test/render";

import type { TransferOptions, TransferOutcome, UploadForm } from "./documentTransfer";
import { documentVersion, pageData, pageProject, projectDocument } from "./projectFixtures";
import { ProjectDocumentsQuery, ProjectPage, ProjectPageQuery } from "./ProjectPage";
import { ConfirmDocumentUploadMutation, RequestDocumentUploadMutation } from "./useDocumentUpload";

// The transfer to the store (XMLHttpRequest) is tested on its own (documentTransfer.test.ts).
const transfer = vi.hoisted(() => ({
  send: vi.fn<(form: UploadForm, file: File, options?: TransferOptions) => Promise<TransferOutcome>>(),
}));
vi.mock("./documentTransfer", () => ({ sendUploadForm: transfer.send }));

const ID = "UHJvamVjdDpub3JtYW5kaWU6Mw";
const DOC_ID = "RG9jdW1lbnQ6bm9ybWFuZGllOjE";
const NEW_DOC_ID = "RG9jdW1lbnQ6bm9ybWFuZGllOjI";
const FIELDS = [
  { __typename: "UploadFormField", name: "key", value: "normandie/abc" },
  { __typename: "UploadFormField", name: "policy", value: "signée" },
];

function pdf(name = "synthese.pdf", size = 2048): File {
  return new File(["%PDF-1.7\n".padEnd(size, "x")], name, { type: "application/pdf" });
}

function renderTab(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}?onglet=documents`,
    path: "/projets/:projectId",
    mocks,
  });
}

function pageMocks(documents: unknown[] | null, overrides: Record<string, unknown> = {}): MockLink.MockedResponse[] {
  const project = pageProject({ id: ID, documents, ...overrides });
  return [
    {
      request: { query: ProjectPageQuery, variables: { id: ID } },
      result: { data: pageData(project) },
      maxUsageCount: 9,
    },
    {
      request: { query: ProjectDocumentsQuery, variables: { id: ID } },
      result: { data: { node: project } },
      maxUsageCount: 9,
    },
  ];
}

/** Each step of an upload, in the order they happen, with what it received. */
type Call = { step: "request" | "send" | "confirm"; input: unknown };

function requestMock(calls: Call[], payload: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: RequestDocumentUploadMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      calls.push({ step: "request", input: variables["input"] });
      return { data: { requestDocumentUpload: payload } };
    },
  };
}

function confirmMock(calls: Call[], payload: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: ConfirmDocumentUploadMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      calls.push({ step: "confirm", input: variables["input"] });
      return { data: { confirmDocumentUpload: payload } };
    },
  };
}

const ticket = {
  __typename: "RequestDocumentUploadSuccess",
  uploadId: "envoi-42",
  url: "/files/upload/jeton-signe",
  fields: FIELDS,
  expiresAt: "2026-11-23T09:15:00+00:00",
  maxBytes: 50 * 1024 * 1024,
};

/** A transfer that reports 40 %, then waits for the test to let it finish. */
function pausedTransfer(calls: Call[]) {
  let finish: (outcome: TransferOutcome) => void = () => undefined;
  transfer.send.mockImplementation((form, file, options) => {
    calls.push({ step: "send", input: { url: form.url, fields: form.fields, file } });
    options?.onProgress?.(40);
    return new Promise((resolve) => {
      finish = resolve;
    });
  });
  return (outcome: TransferOutcome) => finish(outcome);
}

beforeEach(() => {
  transfer.send.mockReset();
});

describe("Documents tab", () => {
  it("lists the documents: kind, version, size, date, who, a download link and the previous versions on demand", async () => {
    const user = userEvent.setup();
    renderTab(pageMocks([projectDocument(DOC_ID, 2)], { viewerCanEdit: false }));

    const card = await screen.findByRole("article", { name: "Synthèse des entretiens" });
    expect(screen.getByRole("tab", { name: "Documents", selected: true })).toBeInTheDocument();
    expect(within(card).getByText("Synthèse", { selector: "span" })).toBeInTheDocument();
    const field = (term: string) => within(card).getByText(term).nextSibling;
    expect(field("Version")).toHaveTextContent("2");
    expect(field("Fichier")).toHaveTextContent("synthese-v2.pdf");
    expect(field("Taille")).toHaveTextContent("1,5 Mo");
    expect(field("Déposé le")).toHaveTextContent("23 novembre 2026");
    expect(field("Par")).toHaveTextContent("Léa Dupuis");
    expect(
      within(card).getByRole("link", { name: "Télécharger « Synthèse des entretiens », version 2" }),
    ).toHaveAttribute("href", "/files/download/jeton-2");

    // A reader who may not edit: no drop zone, no « Nouvelle version ».
    expect(screen.queryByRole("heading", { name: "Déposer un document" })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: /Nouvelle version/ })).not.toBeInTheDocument();

    const toggle = within(card).getByRole("button", { name: "Version précédente (1)" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(within(card).queryByRole("link", { name: /version 1$/ })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const previous = within(card).getByRole("list", { name: "Versions précédentes de « Synthèse des entretiens »" });
    expect(previous).toHaveTextContent("Version 1 — synthese-v1.pdf, 1,5 Mo, déposée le 23 novembre 2026");
    expect(
      within(previous).getByRole("link", { name: "Télécharger « Synthèse des entretiens », version 1" }),
    ).toHaveAttribute("href", "/files/download/jeton-1");
  });

  it("uploads in three steps — request, transfer to the store, confirm — with progress, then lists the document", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    const finish = pausedTransfer(calls);
    const added = projectDocument(NEW_DOC_ID, 1, {
      kind: "PERSONA",
      title: "synthese.pdf",
      currentVersion: documentVersion(1, { fileName: "synthese.pdf", size: 2048 }),
      versions: [documentVersion(1, { fileName: "synthese.pdf", size: 2048 })],
    });
    renderTab([
      ...pageMocks([projectDocument(DOC_ID)]),
      requestMock(calls, ticket),
      confirmMock(calls, { __typename: "ConfirmDocumentUploadSuccess", document: added }),
    ]);

    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    await user.selectOptions(within(zone).getByRole("combobox", { name: "Nature du document" }), "Persona");
    const file = pdf();
    await user.upload(within(zone).getByLabelText("Fichier à déposer"), file);

    expect(await within(zone).findByRole("progressbar", { name: "Envoi de synthese.pdf : 40 %" })).toBeInTheDocument();
    expect(calls.map((call) => call.step)).toEqual(["request", "send"]);
    finish({ ok: true });

    expect(await within(zone).findByText("synthese.pdf a été déposé.")).toBeInTheDocument();
    expect(calls).toEqual([
      {
        step: "request",
        input: { projectId: ID, fileName: "synthese.pdf", contentType: "application/pdf", size: 2048, kind: "PERSONA" },
      },
      {
        step: "send",
        input: { url: "/files/upload/jeton-signe", fields: ticket.fields, file },
      },
      { step: "confirm", input: { uploadId: "envoi-42" } },
    ]);
    // The new document heads the list (newest first), from the cache.
    const cards = screen.getAllByRole("article");
    expect(cards.map((card) => within(card).getByRole("heading").textContent)).toEqual([
      "synthese.pdf",
      "Synthèse des entretiens",
    ]);
  });

  it("takes a file dropped on the zone", async () => {
    const calls: Call[] = [];
    transfer.send.mockResolvedValue({ ok: true });
    renderTab([
      ...pageMocks([]),
      requestMock(calls, { __typename: "DocumentInvalid", field: "fileName", code: "TYPE_NOT_ALLOWED", message: "x" }),
    ]);
    const text = await screen.findByText("Glissez-déposez un fichier ici, ou");
    fireEvent.drop(text, { dataTransfer: { files: [pdf("entretiens.pdf")] } });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.input).toMatchObject({ fileName: "entretiens.pdf", kind: "OTHER" });
    // Refused at the first step: nothing is sent to the store.
    expect(await screen.findByRole("alert")).toHaveTextContent(/Ce type de fichier n'est pas accepté/);
    expect(transfer.send).not.toHaveBeenCalled();
  });

  it("shows the server's message when the content does not match the type (CONTENT_MISMATCH)", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    transfer.send.mockResolvedValue({ ok: true });
    const mismatch = "Le contenu du fichier ne correspond pas à son type : ce n'est pas un PDF. Il a été refusé.";
    renderTab([
      ...pageMocks([]),
      requestMock(calls, ticket),
      confirmMock(calls, {
        __typename: "DocumentInvalid",
        field: "file",
        code: "CONTENT_MISMATCH",
        message: mismatch,
      }),
    ]);
    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    await user.upload(within(zone).getByLabelText("Fichier à déposer"), pdf());

    const alert = await within(zone).findByRole("alert");
    expect(alert).toHaveTextContent("Le dépôt de synthese.pdf a échoué");
    expect(within(alert).getByText(mismatch)).toBeInTheDocument();
    expect(calls.map((call) => call.step)).toEqual(["request", "confirm"]);
    expect(screen.getByText("Aucun document n'a encore été déposé pour ce projet.")).toBeInTheDocument();
  });

  it("shows the limit the server names when the file is too large, and does not send it", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    renderTab([
      ...pageMocks([]),
      requestMock(calls, {
        __typename: "DocumentInvalid",
        field: "size",
        code: "TOO_LARGE",
        message: "Le fichier dépasse la taille maximale autorisée (50 Mo).",
      }),
    ]);
    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    await user.upload(within(zone).getByLabelText("Fichier à déposer"), pdf());
    expect(await within(zone).findByRole("alert")).toHaveTextContent(
      "Le fichier dépasse la taille maximale autorisée (50 Mo).",
    );
    expect(transfer.send).not.toHaveBeenCalled();
  });

  it("says so when the transfer is cut, and when the store refuses it", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    transfer.send.mockResolvedValueOnce({ ok: false, reason: "network" });
    transfer.send.mockResolvedValueOnce({
      ok: false,
      reason: "refused",
      status: 403,
      code: "LINK_EXPIRED",
      message: "Ce lien a expiré. Recommencez depuis l'application.",
    });
    renderTab([...pageMocks([]), requestMock(calls, ticket), requestMock(calls, ticket)]);
    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    const input = within(zone).getByLabelText("Fichier à déposer");

    await user.upload(input, pdf());
    expect(await within(zone).findByRole("alert")).toHaveTextContent(
      "L'envoi du fichier a été interrompu. Vérifiez votre connexion puis recommencez.",
    );
    await user.upload(input, pdf());
    await waitFor(() =>
      expect(within(zone).getByRole("alert")).toHaveTextContent("Le délai d'envoi est dépassé. Recommencez le dépôt."),
    );
    expect(calls.map((call) => call.step)).toEqual(["request", "request"]);
  });

  it("refuses an empty file before asking the API", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    renderTab([...pageMocks([]), requestMock(calls, ticket)]);
    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    await user.upload(within(zone).getByLabelText("Fichier à déposer"), new File([], "vide.pdf"));
    expect(await within(zone).findByRole("alert")).toHaveTextContent("Le fichier est vide.");
    expect(calls).toHaveLength(0);
  });

  it("sends a new version with the document's id, kind and version, and shows its progress on its card", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    const finish = pausedTransfer(calls);
    const updated = projectDocument(DOC_ID, 3);
    renderTab([
      ...pageMocks([projectDocument(DOC_ID, 2)]),
      requestMock(calls, ticket),
      confirmMock(calls, { __typename: "ConfirmDocumentUploadSuccess", document: updated }),
    ]);
    const card = await screen.findByRole("article", { name: "Synthèse des entretiens" });
    expect(within(card).getByRole("button", { name: "Nouvelle version de « Synthèse des entretiens »" })).toBeEnabled();
    await user.upload(
      within(card).getByLabelText("Fichier de la nouvelle version de « Synthèse des entretiens »"),
      pdf("synthese-v3.pdf"),
    );
    expect(
      await within(card).findByRole("progressbar", { name: "Envoi de synthese-v3.pdf : 40 %" }),
    ).toBeInTheDocument();
    // One upload at a time.
    expect(within(card).getByRole("button", { name: /Nouvelle version/ })).toBeDisabled();
    finish({ ok: true });

    expect(await within(card).findByText("synthese-v3.pdf a été déposé.")).toBeInTheDocument();
    expect(calls[0]).toEqual({
      step: "request",
      input: {
        projectId: ID,
        fileName: "synthese-v3.pdf",
        contentType: "application/pdf",
        size: 2048,
        kind: "SYNTHESIS",
        documentId: DOC_ID,
        expectedVersion: 2,
      },
    });
    expect(within(card).getByText("Version").nextSibling).toHaveTextContent("3");
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("offers to reload the documents when someone put a version in first (STALE_VERSION)", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    renderTab([
      ...pageMocks([projectDocument(DOC_ID, 2)]),
      requestMock(calls, {
        __typename: "DocumentConflict",
        field: "expectedVersion",
        code: "STALE_VERSION",
        message: "Ce document a changé entre-temps : rechargez la page.",
      }),
    ]);
    const card = await screen.findByRole("article", { name: "Synthèse des entretiens" });
    await user.upload(
      within(card).getByLabelText("Fichier de la nouvelle version de « Synthèse des entretiens »"),
      pdf("synthese-v3.pdf"),
    );
    const alert = await within(card).findByRole("alert");
    expect(alert).toHaveTextContent("Quelqu'un a déposé une autre version de ce document");
    expect(within(alert).getByRole("button", { name: "Recharger les documents" })).toBeInTheDocument();
  });

  it("cancels a transfer on demand", async () => {
    const user = userEvent.setup();
    const calls: Call[] = [];
    transfer.send.mockImplementation((_form, _file, options) => {
      options?.onProgress?.(10);
      return new Promise((resolve) =>
        options?.signal?.addEventListener("abort", () => resolve({ ok: false, reason: "aborted" })),
      );
    });
    renderTab([...pageMocks([]), requestMock(calls, ticket), confirmMock(calls, {})]);
    const zone = await screen.findByRole("region", { name: "Déposer un document" });
    await user.upload(within(zone).getByLabelText("Fichier à déposer"), pdf());
    await user.click(await within(zone).findByRole("button", { name: "Annuler l'envoi" }));
    expect(await within(zone).findByText("L'envoi de synthese.pdf a été annulé.")).toBeInTheDocument();
    expect(calls.map((call) => call.step)).toEqual(["request"]);
  });
});
