import { useMutation } from "@apollo/client/react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import { graphql } from "../../graphql/generated/gql";

export const AddSupplierToStageMutation = graphql(`
  mutation AddSupplierToStage($input: AddSupplierCandidateInput!) {
    addSupplierCandidate(input: $input) {
      __typename
      ... on SupplierCandidateSuccess {
        candidate {
          id
          siret
          name
          status
        }
      }
      ... on SourcingInvalid {
        field
        code
        message
      }
      ... on SourcingConflict {
        field
        code
        message
      }
      ... on SourcingNotAllowed {
        field
        code
        message
      }
    }
  }
`);

export type AddState = { status: "adding" } | { status: "added" } | { status: "failed"; message: string };

export interface AddToStage {
  /** What became of each SIRET sent (absent: not sent yet). */
  states: Record<string, AddState>;
  add: (siret: string) => Promise<void>;
}

/** « Ajouter à l'étape »: each supplier of the directory chosen becomes a candidate of the stage the
 * board sent us from. A refusal (already in the stage, stage gone…) shows the server's French message:
 * sourcing messages are mapped to our wording by the supply-chain feature, which this one cannot import;
 * the API's are written for users. */
export function useAddToStage(stageId: string | null): AddToStage {
  const { t } = useTranslation("suppliers");
  const [addCandidate] = useMutation(AddSupplierToStageMutation);
  const [states, setStates] = useState<Record<string, AddState>>({});

  const add = useCallback(
    async (siret: string) => {
      if (!stageId) return;
      const set = (state: AddState) => setStates((current) => ({ ...current, [siret]: state }));
      set({ status: "adding" });
      const { data } = await addCandidate({ variables: { input: { stageId, siret, notes: "" } } }).catch(() => ({
        data: undefined,
      }));
      const payload = data?.addSupplierCandidate;
      if (!payload) {
        set({ status: "failed", message: t("add.failed") });
      } else if (payload.__typename === "SupplierCandidateSuccess") {
        set({ status: "added" });
      } else {
        set({ status: "failed", message: payload.message.trim() || t("add.failed") });
      }
    },
    [addCandidate, stageId, t],
  );

  return { states, add };
}
