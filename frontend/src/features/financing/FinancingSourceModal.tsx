import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import {
  FinancingSourceKind,
  FinancingSourceStatus,
  type FinancingSourceKind as Kind,
  type FinancingSourceStatus as Status,
} from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";

import { describeFinancingError, validateLine } from "./financingErrors";
import { parseEuros, parseYear } from "./financingFormat";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { useFocusFirstError } from "./useFocusFirstError";
import { usePlanProblem } from "./usePlanProblem";

export const SaveFinancingSourceMutation = graphql(`
  mutation SaveFinancingSource($input: SaveFinancingSourceInput!) {
    saveFinancingSource(input: $input) {
      __typename
      ... on FinancingSourceSuccess {
        source {
          id
          version
        }
      }
      ...FinancingErrorFields
    }
  }
`);

export const SOURCE_KINDS = Object.values(FinancingSourceKind);
export const SOURCE_STATUSES = Object.values(FinancingSourceStatus);

/** A source as the dialog edits it. */
export interface EditedSource {
  id: string;
  version: number;
  kind: Kind;
  label: string;
  amount: number;
  year: number;
  status: Status;
  appliedOn: string | null;
  decidedOn: string | null;
  deMinimis: boolean;
  aidEquivalent: number | null;
  scheme: { id: string; name: string } | null;
  decisionDocument: { id: string; title: string } | null;
}

/** A scheme the source may come from, with the de minimis default it gives the source. */
export interface SchemeChoice {
  id: string;
  name: string;
  deMinimis: boolean;
}

type Field =
  | "kind"
  | "label"
  | "amount"
  | "year"
  | "status"
  | "appliedOn"
  | "decidedOn"
  | "schemeId"
  | "aidEquivalent"
  | "decisionDocumentId";
const FIELDS: readonly string[] = [
  "kind",
  "label",
  "amount",
  "year",
  "status",
  "appliedOn",
  "decidedOn",
  "schemeId",
  "aidEquivalent",
  "decisionDocumentId",
];

interface Props {
  projectId: string;
  /** The source to edit; null: a new one. */
  source: EditedSource | null;
  /** A new source's first values: a scheme proposed for the project, to apply for. */
  preset?: { kind: Kind; label: string; scheme: SchemeChoice };
  schemes: readonly SchemeChoice[];
  /** The project's documents, one of which may be the decision (empty for who does not edit). */
  documents?: readonly { id: string; name: string }[];
  defaultYear: number;
  onClose: () => void;
  /** Reads the plans again: after a save, and after a conflict. */
  onReload: () => Promise<unknown>;
}

/** « Nouvelle ressource » and « Modifier la ressource »: its nature, amount, year, the state of the request
 * with its dates, the scheme it comes from and whether it is de minimis aid (the scheme's default). */
export function FinancingSourceModal({
  projectId,
  source,
  preset,
  schemes,
  documents = [],
  defaultYear,
  onClose,
  onReload,
}: Props) {
  const { t } = useTranslation(["financing", "common"]);
  const [values, setValues] = useState({
    kind: source?.kind ?? preset?.kind ?? "",
    label: source?.label ?? preset?.label ?? "",
    amount: source ? String(source.amount) : "",
    year: String(source?.year ?? defaultYear),
    status: source?.status ?? "TO_APPLY",
    appliedOn: source?.appliedOn ?? "",
    decidedOn: source?.decidedOn ?? "",
    schemeId: source?.scheme?.id ?? preset?.scheme.id ?? "",
    deMinimis: source?.deMinimis ?? preset?.scheme.deMinimis ?? false,
    aidEquivalent: source?.aidEquivalent != null ? String(source.aidEquivalent) : "",
    decisionDocumentId: source?.decisionDocument?.id ?? "",
  });
  // The source's own decision stays offered even when the list does not have it.
  const decisions =
    source?.decisionDocument && !documents.some((document) => document.id === source.decisionDocument?.id)
      ? [{ id: source.decisionDocument.id, name: source.decisionDocument.title }, ...documents]
      : documents;
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const formRef = useFocusFirstError(errors);
  const plan = usePlanProblem(onReload);
  const [save, saving] = useMutationOutcome(
    SaveFinancingSourceMutation,
    FinancingErrorFields,
    describeFinancingError(t),
  );
  // The source's own scheme stays offered even when it is no longer proposed.
  const choices =
    source?.scheme && !schemes.some((scheme) => scheme.id === source.scheme?.id)
      ? [{ ...source.scheme, deMinimis: source.deMinimis }, ...schemes]
      : schemes;

  const text = (field: "label" | "amount" | "year" | "aidEquivalent") => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  const submit = async () => {
    plan.clear();
    const amount = parseEuros(values.amount);
    const year = parseYear(values.year);
    const found: Partial<Record<Field, string>> = validateLine(
      t,
      { label: values.label, amount, amountText: values.amount, year, yearText: values.year },
      false,
    );
    const kind = SOURCE_KINDS.find((known) => known === values.kind);
    if (!kind) found.kind = t("errors.REQUIRED_kind");
    const aidEquivalent = values.aidEquivalent.trim() ? parseEuros(values.aidEquivalent) : null;
    if (values.aidEquivalent.trim() && aidEquivalent === null) found.aidEquivalent = t("errors.INVALID_AMOUNT");
    setErrors(found);
    if (!kind || amount === null || year === null || Object.keys(found).length > 0) return;
    const outcome = await save({
      variables: {
        input: {
          projectId,
          id: source?.id ?? null,
          expectedVersion: source?.version ?? null,
          kind,
          label: values.label.trim(),
          amount,
          year,
          status: values.status,
          appliedOn: values.appliedOn || null,
          decidedOn: values.decidedOn || null,
          schemeId: values.schemeId || null,
          deMinimis: values.deMinimis,
          aidEquivalent,
          decisionDocumentId: values.decisionDocumentId || null,
        },
      },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      await plan.succeeded(t("sourceForm.saved"));
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
      size="lg"
      title={source ? t("sourceForm.editTitle") : t("sourceForm.createTitle")}
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
              failedTitle={t("financing.failedTitle")}
              conflictTitle={t("sourceForm.conflictTitle")}
              reload={plan.reloadAction(t("sourceForm.reload"), onClose)}
            />
          )}
          {saving.error && <QueryErrorAlert error={saving.error} />}
          <NativeSelect
            label={t("sourceForm.kind")}
            required
            data-autofocus
            value={values.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              setValues((current) => ({ ...current, kind }));
            }}
            error={errors.kind}
            data={[
              ...(source ? [] : [{ value: "", label: t("sourceForm.chooseKind") }]),
              ...SOURCE_KINDS.map((value) => ({ value, label: t(`enums.sourceKind.${value}`) })),
            ]}
          />
          <TextInput label={t("sourceForm.label")} description={t("sourceForm.labelHelp")} {...text("label")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("sourceForm.amount")}
              required
              inputMode="numeric"
              rightSection="€"
              {...text("amount")}
            />
            <TextInput label={t("sourceForm.year")} required inputMode="numeric" maxLength={4} {...text("year")} />
          </SimpleGrid>
          <NativeSelect
            label={t("sourceForm.status")}
            required
            value={values.status}
            onChange={(event) => {
              const status = SOURCE_STATUSES.find((known) => known === event.currentTarget.value) ?? "TO_APPLY";
              setValues((current) => ({ ...current, status }));
            }}
            error={errors.status}
            data={SOURCE_STATUSES.map((value) => ({ value, label: t(`enums.sourceStatus.${value}`) }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("sourceForm.appliedOn")}
              value={values.appliedOn}
              onChange={(appliedOn) => setValues((current) => ({ ...current, appliedOn }))}
              error={errors.appliedOn}
            />
            <DateField
              label={t("sourceForm.decidedOn")}
              value={values.decidedOn}
              onChange={(decidedOn) => setValues((current) => ({ ...current, decidedOn }))}
              error={errors.decidedOn}
            />
          </SimpleGrid>
          <NativeSelect
            label={t("sourceForm.scheme")}
            value={values.schemeId}
            onChange={(event) => {
              const schemeId = event.currentTarget.value;
              const scheme = choices.find((choice) => choice.id === schemeId);
              // The scheme says whether its aid is de minimis: the flag follows it, and may be changed after.
              setValues((current) => ({
                ...current,
                schemeId,
                deMinimis: scheme ? scheme.deMinimis : current.deMinimis,
              }));
            }}
            error={errors.schemeId}
            data={[
              { value: "", label: t("sourceForm.noScheme") },
              ...choices.map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
          <Checkbox
            label={t("sourceForm.deMinimis")}
            description={t("sourceForm.deMinimisHelp")}
            checked={values.deMinimis}
            onChange={(event) => {
              const deMinimis = event.currentTarget.checked;
              setValues((current) => ({ ...current, deMinimis }));
            }}
          />
          <NativeSelect
            label={t("sourceForm.decisionDocument")}
            description={t("sourceForm.decisionDocumentHelp")}
            value={values.decisionDocumentId}
            onChange={(event) => {
              const decisionDocumentId = event.currentTarget.value;
              setValues((current) => ({ ...current, decisionDocumentId }));
            }}
            error={errors.decisionDocumentId}
            data={[
              { value: "", label: t("sourceForm.noDocument") },
              ...decisions.map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
          <TextInput
            label={t("sourceForm.aidEquivalent")}
            description={t("sourceForm.aidEquivalentHelp")}
            inputMode="numeric"
            rightSection="€"
            {...text("aidEquivalent")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("sourceForm.cancel")}
            </Button>
            <Button type="submit" loading={saving.loading} disabled={plan.problem?.conflict ?? false}>
              {source ? t("sourceForm.save") : t("sourceForm.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
