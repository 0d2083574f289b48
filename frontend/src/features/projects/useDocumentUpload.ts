import type { Reference } from "@apollo/client";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { DocumentErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { DocumentErrorCode, DocumentKind } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";

import { documentErrorMessage, tooLargeMessage } from "./documentErrors";
import { sendUploadForm } from "./documentTransfer";

export const RequestDocumentUploadMutation = graphql(`
  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      __typename
      ... on RequestDocumentUploadSuccess {
        uploadId
        url
        fields {
          name
          value
        }
        expiresAt
        maxBytes
      }
      ...DocumentErrorFields
    }
  }
`);

export const ConfirmDocumentUploadMutation = graphql(`
  mutation ConfirmDocumentUpload($input: ConfirmDocumentUploadInput!) {
    confirmDocumentUpload(input: $input) {
      __typename
      ... on ConfirmDocumentUploadSuccess {
        document {
          id
          ...DocumentsTab_document
        }
      }
      ...DocumentErrorFields
    }
  }
`);

/** A new document of a kind, or a new version of a document as it was read (`expectedVersion`). */
export type UploadTarget =
  { kind: DocumentKind; documentId: null } | { kind: DocumentKind; documentId: string; expectedVersion: number };

interface Subject {
  /** The document a new version is for; null for a new document. */
  documentId: string | null;
  fileName: string;
}

export type UploadState =
  | { step: "idle" }
  | (Subject & { step: "preparing" | "checking" })
  | (Subject & { step: "sending"; percent: number })
  | (Subject & { step: "done" | "cancelled" })
  /** `message`: a refusal, in French; `error`: a failed request (network, server), for <QueryErrorAlert>;
   * `stale`: someone else put a version in first, reading the documents again helps. */
  | (Subject & { step: "failed"; message: string | null; error: unknown; stale: boolean });

export function isUploading(state: UploadState): boolean {
  return state.step === "preparing" || state.step === "sending" || state.step === "checking";
}

/** Types browsers leave empty (OpenDocument on Windows, for one): the server decides by the extension. */
const UNKNOWN_TYPE = "application/octet-stream";

/**
 * An upload in three steps: `requestDocumentUpload` (the API checks name, type and size, and hands a
 * signed form), the file POSTed straight to the store (progress shown), `confirmDocumentUpload` (the
 * API checks what arrived — size, real type, SHA-256 — and records the version). One at a time.
 */
export function useDocumentUpload(projectId: string) {
  const { t } = useTranslation("projects");
  const describe = (error: { code: DocumentErrorCode; message: string }) =>
    documentErrorMessage(t, error.code, error.message);
  const [requestUpload] = useMutationOutcome(RequestDocumentUploadMutation, DocumentErrorFields, describe);
  const [confirmUpload] = useMutationOutcome(ConfirmDocumentUploadMutation, DocumentErrorFields, describe);
  const [state, setState] = useState<UploadState>({ step: "idle" });
  const current = useRef<AbortController | null>(null);

  /** Resolves to the document's id once its version is recorded; null when it was not (the state says why). */
  const start = useCallback(
    async (file: File, target: UploadTarget): Promise<string | null> => {
      if (current.current) return null;
      const controller = new AbortController();
      current.current = controller;
      const subject: Subject = { documentId: target.documentId, fileName: file.name };
      const refuse = (message: string, stale = false) =>
        setState({ ...subject, step: "failed", message, error: null, stale });
      const failed = (error: unknown) => setState({ ...subject, step: "failed", message: null, error, stale: false });
      const cancelled = () => setState({ ...subject, step: "cancelled" });
      try {
        if (file.size === 0) {
          refuse(documentErrorMessage(t, "EMPTY"));
          return null;
        }
        setState({ ...subject, step: "preparing" });
        const requested = await requestUpload({
          variables: {
            input: {
              projectId,
              fileName: file.name,
              contentType: file.type || UNKNOWN_TYPE,
              size: file.size,
              kind: target.kind,
              ...(target.documentId !== null
                ? { documentId: target.documentId, expectedVersion: target.expectedVersion }
                : {}),
            },
          },
        });
        if (requested.status === "failed") {
          failed(requested.error);
          return null;
        }
        if (requested.status === "refused") {
          refuse(requested.refusal.message, requested.refusal.code === "STALE_VERSION");
          return null;
        }
        const ticket = requested.result;
        if (controller.signal.aborted) {
          cancelled();
          return null;
        }
        // The API checked the announced size already; a limit lower than the file means the file changed.
        if (file.size > ticket.maxBytes) {
          refuse(tooLargeMessage(t, ticket.maxBytes));
          return null;
        }

        setState({ ...subject, step: "sending", percent: 0 });
        const sent = await sendUploadForm(ticket, file, {
          signal: controller.signal,
          onProgress: (percent) =>
            setState((previous) => (previous.step === "sending" ? { ...previous, percent } : previous)),
        });
        if (!sent.ok) {
          if (sent.reason === "aborted") cancelled();
          else if (sent.reason === "network") refuse(t("documentErrors.network"));
          else refuse(documentErrorMessage(t, sent.code ?? "NOT_UPLOADED", sent.message));
          return null;
        }

        setState({ ...subject, step: "checking" });
        const confirmed = await confirmUpload({
          variables: { input: { uploadId: ticket.uploadId } },
          // A new document joins the project's list (newest first); a new version updates its document in
          // the cache by id, nothing to add.
          updateCache(cache, { document: added }) {
            cache.modify({
              id: cache.identify({ __typename: "Project", id: projectId }),
              fields: {
                documents(existing: readonly Reference[] | null, { readField, toReference }) {
                  if (!existing || existing.some((ref) => readField("id", ref) === added.id)) return existing;
                  const ref = toReference({ __typename: "Document", id: added.id });
                  return ref ? [ref, ...existing] : existing;
                },
              },
            });
          },
        });
        if (confirmed.status === "failed") {
          failed(confirmed.error);
          return null;
        }
        if (confirmed.status === "refused") {
          refuse(confirmed.refusal.message, confirmed.refusal.code === "STALE_VERSION");
          return null;
        }
        setState({ ...subject, step: "done" });
        return confirmed.result.document.id;
      } catch (error) {
        failed(error);
        return null;
      } finally {
        current.current = null;
      }
    },
    [confirmUpload, projectId, requestUpload, t],
  );

  const cancel = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => setState({ step: "idle" }), []);

  return { state, start, cancel, reset };
}
