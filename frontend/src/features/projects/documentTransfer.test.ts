import { describe, expect, it } from "vitest";

import { sendUploadForm } from "./documentTransfer";

/** Records what an XMLHttpRequest is asked to do; the test plays the network's part. */
class FakeRequest {
  method = "";
  url = "";
  headers: [string, string][] = [];
  body: FormData | null = null;
  status = 0;
  responseText = "";
  aborted = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers.push([name, value]);
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, text = "") {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

const FORM = {
  url: "/files/upload/jeton-signe",
  fields: [
    { name: "key", value: "normandie/abc" },
    { name: "Content-Type", value: "application/pdf" },
    { name: "policy", value: "signée" },
  ],
};

function start(options: { signal?: AbortSignal } = {}) {
  const request = new FakeRequest();
  const progress: number[] = [];
  const file = new File(["%PDF-1.7 contenu"], "synthese.pdf", { type: "application/pdf" });
  const outcome = sendUploadForm(FORM, file, {
    ...options,
    onProgress: (percent) => progress.push(percent),
    createRequest: () => request as unknown as XMLHttpRequest,
  });
  return { request, progress, file, outcome };
}

describe("sendUploadForm", () => {
  it("POSTs every field, in order, then the file as « file », with no Authorization header", async () => {
    const { request, file, outcome } = start();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/files/upload/jeton-signe");
    expect(request.headers).toEqual([]);
    const entries = [...request.body!.entries()];
    expect(entries.map(([name]) => name)).toEqual(["key", "Content-Type", "policy", "file"]);
    expect(entries.slice(0, 3).map(([, value]) => value)).toEqual(["normandie/abc", "application/pdf", "signée"]);
    const sent = entries[3]![1] as File;
    expect(sent.name).toBe("synthese.pdf");
    expect(await sent.text()).toBe(await file.text());

    request.answer(204);
    expect(await outcome).toEqual({ ok: true });
  });

  it("reports the progress in whole percents", async () => {
    const { request, progress, outcome } = start();
    request.progress(0, 2000);
    request.progress(801, 2000);
    request.progress(2000, 2000);
    request.answer(201);
    await outcome;
    expect(progress).toEqual([0, 40, 100]);
  });

  it("reads the embedded store's refusal: its code and its French message", async () => {
    const { request, outcome } = start();
    request.answer(
      413,
      JSON.stringify({ code: "too_large", message: "Le fichier dépasse la taille maximale autorisée." }),
    );
    expect(await outcome).toEqual({
      ok: false,
      reason: "refused",
      status: 413,
      code: "TOO_LARGE",
      message: "Le fichier dépasse la taille maximale autorisée.",
    });
  });

  it("reads S3's XML refusals by their code, without their English message", async () => {
    const tooLarge = start();
    tooLarge.request.answer(400, "<Error><Code>EntityTooLarge</Code><Message>Your proposed upload…</Message></Error>");
    expect(await tooLarge.outcome).toMatchObject({ reason: "refused", code: "TOO_LARGE", message: null });

    const expired = start();
    expired.request.answer(
      403,
      "<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy expired.</Message></Error>",
    );
    expect(await expired.outcome).toMatchObject({ reason: "refused", code: "LINK_EXPIRED" });

    const unknown = start();
    unknown.request.answer(500, "<html>Erreur</html>");
    expect(await unknown.outcome).toMatchObject({ reason: "refused", status: 500, code: null });
  });

  it("tells a cut connection from a refusal", async () => {
    const { request, outcome } = start();
    request.onerror?.();
    expect(await outcome).toEqual({ ok: false, reason: "network" });
  });

  it("aborts the request when the signal fires, and sends nothing if it fired already", async () => {
    const controller = new AbortController();
    const { request, outcome } = start({ signal: controller.signal });
    controller.abort();
    expect(request.aborted).toBe(true);
    expect(await outcome).toEqual({ ok: false, reason: "aborted" });

    const before = new AbortController();
    before.abort();
    const late = start({ signal: before.signal });
    expect(await late.outcome).toEqual({ ok: false, reason: "aborted" });
    expect(late.request.body).toBeNull();
  });
});
