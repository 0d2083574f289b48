import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { describeFinancingError, financingErrorMessage } from "./financingErrors";
import { parseEuros } from "./financingFormat";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { useFocusFirstError } from "./useFocusFirstError";
import { usePlanProblem } from "./usePlanProblem";

export const SaveEarlierAidMutation = graphql(`
  mutation SaveEarlierDeMinimisAid($input: SaveEarlierDeMinimisAidInput!) {
    saveEarlierDeMinimisAid(input: $input) {
      __typename
      ... on EarlierDeMinimisAidSuccess {
        aid {
          id
          version
        }
      }
      ...FinancingErrorFields
    }
  }
`);

export interface EditedAid {
  id: string;
  version: number;
  grantedOn: string;
  amount: number;
  grantedBy: string;
}

type Field = "grantedOn" | "amount" | "grantedBy";
const FIELDS: readonly string[] = ["grantedOn", "amount", "grantedBy"];

interface Props {
  projectId: string;
  /** The aid to change; null: a new one. */
  aid: EditedAid | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** An earlier de minimis aid of the company, entered once on its record: when, how much (gross grant
 * equivalent), by whom and for what. */
export function EarlierAidModal({ projectId, aid, onClose, onReload }: Props) {
  const { t } = useTranslation(["financing", "common"]);
  const [values, setValues] = useState({
    grantedOn: aid?.grantedOn ?? "",
    amount: aid ? String(aid.amount) : "",
    grantedBy: aid?.grantedBy ?? "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const formRef = useFocusFirstError(errors);
  const plan = usePlanProblem(onReload);
  const [save, saving] = useMutationOutcome(SaveEarlierAidMutation, FinancingErrorFields, describeFinancingError(t));

  const submit = async () => {
    plan.clear();
    const amount = parseEuros(values.amount);
    const found: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.grantedOn)) found.grantedOn = t("earlierAid.dateRequired");
    if (!values.amount.trim()) found.amount = financingErrorMessage(t, "REQUIRED", "amount");
    else if (amount === null) found.amount = financingErrorMessage(t, "INVALID_AMOUNT", "amount");
    if (!values.grantedBy.trim()) found.grantedBy = t("earlierAid.grantedByRequired");
    setErrors(found);
    if (amount === null || Object.keys(found).length > 0) return;
    const outcome = await save({
      variables: {
        input: {
          projectId,
          id: aid?.id ?? null,
          expectedVersion: aid?.version ?? null,
          grantedOn: values.grantedOn,
          amount,
          grantedBy: values.grantedBy.trim(),
        },
      },
    });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      await plan.succeeded(t("earlierAid.saved"));
      onClose();
      return;
    }
    const { refusal } = outcome;
    if (refusal.kind === "invalid" && refusal.field && FIELDS.includes(refusal.field)) {
      setErrors({ [refusal.field as Field]: refusal.message });
      return;
    }
    plan.refuse(refusal);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={aid ? t("earlierAid.editTitle") : t("earlierAid.createTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          {plan.problem && (
            <FinancingProblemAlert
              problem={plan.problem}
              failedTitle={t("earlierAid.failedTitle")}
              conflictTitle={t("earlierAid.conflictTitle")}
              reload={plan.reloadAction(t("financing.reload"), onClose)}
            />
          )}
          {saving.error && <QueryErrorAlert error={saving.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("earlierAid.grantedOn")}
              required
              data-autofocus
              value={values.grantedOn}
              onChange={(grantedOn) => setValues((current) => ({ ...current, grantedOn }))}
              error={errors.grantedOn}
            />
            <TextInput
              label={t("earlierAid.amount")}
              description={t("earlierAid.amountHelp")}
              required
              inputMode="numeric"
              rightSection="€"
              value={values.amount}
              onChange={(event) => {
                const amount = event.currentTarget.value;
                setValues((current) => ({ ...current, amount }));
              }}
              error={errors.amount}
            />
          </SimpleGrid>
          <TextInput
            label={t("earlierAid.grantedBy")}
            description={t("earlierAid.grantedByHelp")}
            required
            value={values.grantedBy}
            onChange={(event) => {
              const grantedBy = event.currentTarget.value;
              setValues((current) => ({ ...current, grantedBy }));
            }}
            error={errors.grantedBy}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("earlierAid.cancel")}
            </Button>
            <Button type="submit" loading={saving.loading} disabled={plan.problem?.conflict ?? false}>
              {aid ? t("earlierAid.save") : t("earlierAid.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
