import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { InvestmentCategory, InvestmentStatus } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";
import { formatEuros } from "../../lib/numbers";

import { ConfirmDeleteModal } from "./ConfirmDeleteModal";
import { describeFinancingError, validateLine } from "./financingErrors";
import { parseEuros, parseYear, periodLabel } from "./financingFormat";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { InvestmentTotals } from "./InvestmentTotals";
import { usePlanProblem } from "./usePlanProblem";

export const InvestmentPlanFragment = graphql(`
  fragment InvestmentPlan_plan on InvestmentPlan {
    lines {
      id
      version
      category
      label
      amount
      year
      quarter
      status
      supplierCandidate {
        id
        name
      }
      quoteDocument {
        id
        title
      }
    }
    ...InvestmentTotals_plan
  }
`);

export const SaveInvestmentLineMutation = graphql(`
  mutation SaveInvestmentLine($input: SaveInvestmentLineInput!) {
    saveInvestmentLine(input: $input) {
      __typename
      ... on InvestmentLineSuccess {
        line {
          id
          version
        }
      }
      ...FinancingErrorFields
    }
  }
`);

export const DeleteInvestmentLineMutation = graphql(`
  mutation DeleteInvestmentLine($input: DeleteInvestmentLineInput!) {
    deleteInvestmentLine(input: $input) {
      __typename
      ... on FinancingPlanChangeSuccess {
        project {
          id
        }
      }
      ...FinancingErrorFields
    }
  }
`);

export const CATEGORIES = Object.values(InvestmentCategory);
export const LINE_STATUSES = Object.values(InvestmentStatus);

/** A choice offered on a line: a supplier of the project's chain, or one of its documents. */
export interface Choice {
  id: string;
  name: string;
}

interface Draft {
  /** The line's id; null for a new one. */
  id: string | null;
  version: number | null;
  category: InvestmentCategory;
  label: string;
  amount: string;
  year: string;
  quarter: string;
  status: InvestmentStatus;
  supplierCandidateId: string;
  quoteDocumentId: string;
}

type DraftField =
  "category" | "label" | "amount" | "year" | "quarter" | "status" | "supplierCandidateId" | "quoteDocumentId";
const DRAFT_FIELDS: readonly string[] = [
  "category",
  "label",
  "amount",
  "year",
  "quarter",
  "status",
  "supplierCandidateId",
  "quoteDocumentId",
];

interface Props {
  projectId: string;
  plan: FragmentType<typeof InvestmentPlanFragment>;
  canEdit: boolean;
  /** The year a new line starts with (this year, in France). */
  defaultYear: number;
  suppliers: readonly Choice[];
  documents: readonly Choice[];
  /** Reads the plans again: after a save (totals, balance, proposals move), and after a conflict. */
  onReload: () => Promise<unknown>;
}

/** « Plan d'investissement »: an editable table, one line edited at a time — « Modifier » (or a new line)
 * turns the row into inputs; Enter saves it, Escape gives it up; « Supprimer » asks first. */
export function InvestmentPlanTable({
  projectId,
  canEdit,
  defaultYear,
  suppliers,
  documents,
  onReload,
  ...props
}: Props) {
  const { t } = useTranslation(["financing", "common"]);
  const plan = useFragment(InvestmentPlanFragment, props.plan);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const outcomes = usePlanProblem(onReload);
  const [deleting, setDeleting] = useState<{ id: string; version: number; label: string; amount: number } | null>(null);
  const describe = describeFinancingError(t);
  const [save, saving] = useMutationOutcome(SaveInvestmentLineMutation, FinancingErrorFields, describe);
  const [remove, removing] = useMutationOutcome(DeleteInvestmentLineMutation, FinancingErrorFields, describe);
  const table = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the row has been re-rendered: its first input, or back to a button.
  const [focusTarget, setFocusTarget] = useState<{ selector: string } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.selector === "add"
        ? addButton.current
        : table.current?.querySelector<HTMLElement>(focusTarget.selector);
    (target ?? addButton.current)?.focus();
  }, [focusTarget]);

  const lines = plan.lines;
  const rowNumber = (id: string | null) =>
    id === null ? lines.length + 1 : lines.findIndex((line) => line.id === id) + 1;

  const startEditing = (line: (typeof lines)[number] | null) => {
    setErrors({});
    outcomes.clear();
    setDraft(
      line
        ? {
            id: line.id,
            version: line.version,
            category: line.category,
            label: line.label,
            amount: String(line.amount),
            year: String(line.year),
            quarter: line.quarter ? String(line.quarter) : "",
            status: line.status,
            supplierCandidateId: line.supplierCandidate?.id ?? "",
            quoteDocumentId: line.quoteDocument?.id ?? "",
          }
        : {
            id: null,
            version: null,
            category: "MACHINES",
            label: "",
            amount: "",
            year: String(defaultYear),
            quarter: "",
            status: "ESTIMATED",
            supplierCandidateId: "",
            quoteDocumentId: "",
          },
    );
    setFocusTarget({ selector: `[data-field="category"]` });
  };

  const stopEditing = (id: string | null) => {
    setDraft(null);
    setErrors({});
    setFocusTarget({ selector: id ? `[data-edit="${id}"]` : "add" });
  };

  const submit = async () => {
    if (!draft || saving.loading) return;
    outcomes.clear();
    const amount = parseEuros(draft.amount);
    const year = parseYear(draft.year);
    const found = validateLine(t, { label: draft.label, amount, amountText: draft.amount, year, yearText: draft.year });
    setErrors(found);
    const first = DRAFT_FIELDS.find((field) => field in found);
    if (first || amount === null || year === null) {
      if (first) table.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    const outcome = await save({
      variables: {
        input: {
          projectId,
          id: draft.id,
          expectedVersion: draft.version,
          category: draft.category,
          label: draft.label.trim(),
          amount,
          year,
          quarter: draft.quarter ? Number(draft.quarter) : null,
          status: draft.status,
          supplierCandidateId: draft.supplierCandidateId || null,
          quoteDocumentId: draft.quoteDocumentId || null,
        },
      },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      await outcomes.succeeded(t("investment.saved"));
      stopEditing(outcome.result.line.id);
      return;
    }
    const { refusal } = outcome;
    const field = refusal.field && DRAFT_FIELDS.includes(refusal.field) ? (refusal.field as DraftField) : null;
    if (refusal.kind === "invalid" && field) {
      setErrors({ [field]: refusal.message });
      table.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
      return;
    }
    outcomes.refuse(refusal);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const outcome = await remove({ variables: { input: { id: deleting.id, expectedVersion: deleting.version } } });
    if (outcome.status === "failed") return;
    setDeleting(null);
    if (outcome.status === "refused") {
      outcomes.refuse(outcome.refusal);
      return;
    }
    await outcomes.succeeded(t("investment.deleted"));
    setFocusTarget({ selector: "add" });
  };

  // Enter saves the row being edited (but on a button, which does its own thing), Escape gives it up.
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!draft) return;
    if (event.key === "Escape") {
      event.preventDefault();
      stopEditing(draft.id);
    } else if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      void submit();
    }
  };

  const set = (field: DraftField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((current) => (current ? { ...current, [field]: value } : current));
  };

  const editingRow = (n: number) =>
    draft && (
      <Table.Tr key={draft.id ?? "new"} onKeyDown={onRowKeyDown} data-editing>
        <Table.Td>
          <NativeSelect
            aria-label={t("investment.field.category", { n })}
            data-field="category"
            miw={170}
            value={draft.category}
            onChange={set("category")}
            data={CATEGORIES.map((value) => ({ value, label: t(`enums.category.${value}`) }))}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t("investment.field.label", { n })}
            data-field="label"
            miw={220}
            value={draft.label}
            onChange={set("label")}
            error={errors.label}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t("investment.field.amount", { n })}
            data-field="amount"
            miw={140}
            inputMode="numeric"
            value={draft.amount}
            onChange={set("amount")}
            error={errors.amount}
            rightSection="€"
          />
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <TextInput
              aria-label={t("investment.field.year", { n })}
              data-field="year"
              inputMode="numeric"
              maxLength={4}
              miw={80}
              value={draft.year}
              onChange={set("year")}
              error={errors.year}
            />
            <NativeSelect
              aria-label={t("investment.field.quarter", { n })}
              data-field="quarter"
              miw={130}
              value={draft.quarter}
              onChange={set("quarter")}
              error={errors.quarter}
              data={[
                { value: "", label: t("investment.noQuarter") },
                ...[1, 2, 3, 4].map((quarter) => ({
                  value: String(quarter),
                  label: t("investment.quarter", { quarter }),
                })),
              ]}
            />
          </Group>
        </Table.Td>
        <Table.Td>
          <NativeSelect
            aria-label={t("investment.field.status", { n })}
            data-field="status"
            miw={140}
            value={draft.status}
            onChange={set("status")}
            data={LINE_STATUSES.map((value) => ({ value, label: t(`enums.lineStatus.${value}`) }))}
          />
        </Table.Td>
        <Table.Td>
          <NativeSelect
            aria-label={t("investment.field.supplier", { n })}
            data-field="supplierCandidateId"
            miw={170}
            value={draft.supplierCandidateId}
            onChange={set("supplierCandidateId")}
            error={errors.supplierCandidateId}
            data={[
              { value: "", label: t("investment.noSupplier") },
              ...suppliers.map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
        </Table.Td>
        <Table.Td>
          <NativeSelect
            aria-label={t("investment.field.quote", { n })}
            data-field="quoteDocumentId"
            miw={170}
            value={draft.quoteDocumentId}
            onChange={set("quoteDocumentId")}
            error={errors.quoteDocumentId}
            data={[
              { value: "", label: t("investment.noQuote") },
              ...documents.map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
        </Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              onClick={() => void submit()}
              loading={saving.loading}
              aria-label={t("investment.saveLabel", { n })}
            >
              {t("investment.save")}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => stopEditing(draft.id)}
              aria-label={t("investment.cancelLabel", { n })}
            >
              {t("investment.cancel")}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="financement-investissement">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="financement-investissement">
            {t("investment.heading")}
          </Title>
          <Text size="sm" mt={4}>
            {canEdit ? t("investment.intro") : t("investment.readOnlyIntro")}
          </Text>
        </div>
        {outcomes.problem && (
          <FinancingProblemAlert
            problem={outcomes.problem}
            failedTitle={t("investment.failedTitle")}
            conflictTitle={t("investment.conflictTitle")}
            reload={outcomes.reloadAction(t("investment.reload"), () => setDraft(null))}
            onClose={outcomes.clear}
          />
        )}
        {saving.error && <QueryErrorAlert error={saving.error} />}
        {removing.error && <QueryErrorAlert error={removing.error} />}
        {lines.length === 0 && !draft ? (
          <Text>{canEdit ? t("investment.emptyEditable") : t("investment.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={canEdit ? 1100 : 760}>
            <Table ref={table} captionSide="top" verticalSpacing="xs" striped>
              <Table.Caption ta="left" fw={600}>
                {t("investment.caption")}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("investment.columns.category")}</Table.Th>
                  <Table.Th scope="col">{t("investment.columns.label")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("investment.columns.amount")}
                  </Table.Th>
                  <Table.Th scope="col">{t("investment.columns.period")}</Table.Th>
                  <Table.Th scope="col">{t("investment.columns.status")}</Table.Th>
                  <Table.Th scope="col">{t("investment.columns.supplier")}</Table.Th>
                  <Table.Th scope="col">{t("investment.columns.quote")}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t("investment.columns.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, index) =>
                  draft?.id === line.id ? (
                    editingRow(index + 1)
                  ) : (
                    <Table.Tr key={line.id}>
                      <Table.Td>{t(`enums.category.${line.category}`)}</Table.Td>
                      <Table.Th scope="row" fw={400}>
                        {line.label}
                      </Table.Th>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {formatEuros(line.amount)}
                      </Table.Td>
                      <Table.Td>{periodLabel(t, line.year, line.quarter)}</Table.Td>
                      <Table.Td>{t(`enums.lineStatus.${line.status}`)}</Table.Td>
                      <Table.Td>{line.supplierCandidate?.name ?? ""}</Table.Td>
                      <Table.Td>{line.quoteDocument?.title ?? ""}</Table.Td>
                      {canEdit && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              data-edit={line.id}
                              aria-label={t("investment.editLabel", { label: line.label })}
                              disabled={draft !== null}
                              onClick={() => startEditing(line)}
                            >
                              {t("investment.edit")}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={t("investment.deleteLabel", { label: line.label })}
                              disabled={draft !== null}
                              onClick={() =>
                                setDeleting({
                                  id: line.id,
                                  version: line.version,
                                  label: line.label,
                                  amount: line.amount,
                                })
                              }
                            >
                              {t("investment.delete")}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ),
                )}
                {draft?.id === null && editingRow(rowNumber(null))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canEdit && (
          <Group>
            <Button ref={addButton} variant="light" onClick={() => startEditing(null)} disabled={draft !== null}>
              {t("investment.add")}
            </Button>
          </Group>
        )}
        {lines.length > 0 && <InvestmentTotals plan={plan} />}
      </Stack>
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t("investment.confirmTitle")}
        body={
          deleting ? t("investment.confirmBody", { label: deleting.label, amount: formatEuros(deleting.amount) }) : ""
        }
        confirmLabel={t("investment.confirm")}
        cancelLabel={t("investment.confirmCancel")}
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
