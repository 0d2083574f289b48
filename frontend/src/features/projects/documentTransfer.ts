import type { DocumentErrorCode } from "../../graphql/generated/graphql";

import { documentErrorCodeOf } from "./documentErrors";

/** Where and how to send a file: the answer of `requestDocumentUpload`. */
export interface UploadForm {
  url: string;
  fields: readonly { name: string; value: string }[];
}

export type TransferOutcome =
  | { ok: true }
  /** The store answered and refused: `code` when it said why in a way we know, `message` when it said
   * it in French (the embedded store; S3 answers in English, which is not shown). */
  | { ok: false; reason: "refused"; status: number; code: DocumentErrorCode | null; message: string | null }
  | { ok: false; reason: "network" }
  | { ok: false; reason: "aborted" };

export interface TransferOptions {
  /** Whole percents of the file sent, 0 to 100. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  /** Tests hand in a fake. */
  createRequest?: () => XMLHttpRequest;
}

/** S3's error codes (XML answers to a presigned POST) that mean something to the user. */
const S3_CODES: Record<string, DocumentErrorCode> = {
  EntityTooLarge: "TOO_LARGE",
  EntityTooSmall: "EMPTY",
  SignatureDoesNotMatch: "LINK_INVALID",
  InvalidPolicyDocument: "LINK_INVALID",
  InvalidAccessKeyId: "LINK_INVALID",
};

function refusal(status: number, body: string): TransferOutcome {
  let code: DocumentErrorCode | null = null;
  let message: string | null = null;
  try {
    const json = JSON.parse(body) as { code?: unknown; message?: unknown };
    code = documentErrorCodeOf(json.code);
    message = typeof json.message === "string" ? json.message : null;
  } catch {
    const s3Code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
    if (s3Code === "AccessDenied") {
      code = /expired/i.test(body) ? "LINK_EXPIRED" : "LINK_INVALID";
    } else if (s3Code) {
      code = S3_CODES[s3Code] ?? null;
    }
  }
  if (!code && status === 413) code = "TOO_LARGE"; // a proxy in front of the store
  return { ok: false, reason: "refused", status, code, message };
}

/**
 * Step 2 of an upload: the multipart form POSTed straight to the store — every field first, then the
 * file as `file`, as S3's presigned POST requires. XMLHttpRequest rather than fetch: only it reports
 * upload progress. The URL is relative (embedded store, same origin) or absolute (S3); either way the
 * request carries no Authorization header: the signed URL and fields are the credential, and the
 * bearer token must never reach another origin.
 */
export function sendUploadForm(form: UploadForm, file: File, options: TransferOptions = {}): Promise<TransferOutcome> {
  const { onProgress, signal, createRequest = () => new XMLHttpRequest() } = options;
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, reason: "aborted" });
      return;
    }
    const request = createRequest();
    const body = new FormData();
    for (const field of form.fields) body.append(field.name, field.value);
    body.append("file", file, file.name);

    request.open("POST", form.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress?.(Math.min(100, Math.floor((event.loaded * 100) / event.total)));
      }
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve({ ok: true });
      else resolve(refusal(request.status, typeof request.responseText === "string" ? request.responseText : ""));
    };
    request.onerror = () => resolve({ ok: false, reason: "network" });
    request.ontimeout = () => resolve({ ok: false, reason: "network" });
    request.onabort = () => resolve({ ok: false, reason: "aborted" });
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(body);
  });
}
