import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import { GrantErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { isUploading, useDocumentUpload } from "./useDocumentUpload";

export const AttachConsentDocumentMutation = graphql(`
  mutation AttachConsentDocument($input: AttachConsentDocumentInput!) {
    attachConsentDocument(input: $input) {
      __typename
      ... on GrantSuccess {
        grant {
          id
          ...GrantRow_grant
        }
      }
      ...GrantErrorFields
    }
  }
`);

/**
 * The company's signed consent joined to a grant: the file is uploaded as a project document of kind
 * « accord » (read only by those who read the project's grants), then attached to the grant. `problem` says
 * in French why it was not, whichever step failed; the grant itself is never undone.
 */
export function useConsentDocument(projectId: string) {
  const { t } = useTranslation("projects");
  const upload = useDocumentUpload(projectId);
  // The API's message is French and says what to change (`GrantErrorCode`).
  const [attach, attaching] = useMutationOutcome(AttachConsentDocumentMutation, GrantErrorFields, (e) => e.message);
  const [problem, setProblem] = useState<string | null>(null);
  const { start } = upload;

  const join = useCallback(
    async (file: File, grantId: string): Promise<boolean> => {
      setProblem(null);
      const documentId = await start(file, { kind: "CONSENT", documentId: null });
      if (documentId === null) return false;
      const outcome = await attach({ variables: { input: { grantId, documentId } } });
      if (outcome.status === "done") return true;
      setProblem(outcome.status === "refused" ? outcome.refusal.message : t("sharing.consentDocument.failed"));
      return false;
    },
    [attach, start, t],
  );

  const state = upload.state;
  const uploadProblem = state.step === "failed" ? (state.message ?? t("sharing.consentDocument.failed")) : null;
  return {
    join,
    busy: isUploading(state) || attaching.loading,
    percent: state.step === "sending" ? state.percent : null,
    problem: problem ?? uploadProblem,
  };
}
