import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { supplierErrorMessage } from "./supplierErrors";

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
      ...SourcingErrorFields
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
  const [addCandidate] = useMutationOutcome(AddSupplierToStageMutation, SourcingErrorFields, (error) =>
    supplierErrorMessage(t, error),
  );
  const [states, setStates] = useState<Record<string, AddState>>({});

  const add = useCallback(
    async (siret: string) => {
      if (!stageId) return;
      const set = (state: AddState) => setStates((current) => ({ ...current, [siret]: state }));
      set({ status: "adding" });
      const outcome = await addCandidate({ variables: { input: { stageId, siret, notes: "" } } });
      if (outcome.status === "done") set({ status: "added" });
      else if (outcome.status === "refused") set({ status: "failed", message: outcome.refusal.message });
      // A network or server error, told next to the supplier (the page shows no alert for it).
      else set({ status: "failed", message: t("add.failed") });
    },
    [addCandidate, stageId, t],
  );

  return { states, add };
}
