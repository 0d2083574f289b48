import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";
import { formatEuros } from "../../lib/numbers";

import { ConfirmDeleteModal } from "./ConfirmDeleteModal";
import { describeFinancingError } from "./financingErrors";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { type EditedSource, FinancingSourceModal, type SchemeChoice } from "./FinancingSourceModal";
import type { Choice } from "./InvestmentPlanTable";
import { usePlanProblem } from "./usePlanProblem";

export const FinancingSourcesFragment = graphql(`
  fragment FinancingSources_plan on FinancingPlan {
    sources {
      id
      version
      kind
      label
      amount
      year
      status
      appliedOn
      decidedOn
      deMinimis
      aidEquivalent
      scheme {
        id
        name
      }
      decisionDocument {
        id
        title
      }
    }
  }
`);

export const DeleteFinancingSourceMutation = graphql(`
  mutation DeleteFinancingSource($input: DeleteFinancingSourceInput!) {
    deleteFinancingSource(input: $input) {
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

const STATUS_COLORS = {
  TO_APPLY: "gray",
  APPLIED: "blue",
  OBTAINED: "teal",
  REFUSED: "red",
  ABANDONED: "gray",
} as const;

interface Props {
  projectId: string;
  plan: FragmentType<typeof FinancingSourcesFragment>;
  canEdit: boolean;
  defaultYear: number;
  /** The schemes a source may come from: those proposed for the project. */
  schemes: readonly SchemeChoice[];
  /** The project's documents, one of which may be the decision. */
  documents: readonly Choice[];
  onReload: () => Promise<unknown>;
}

/** « Plan de financement »: its sources, each with the state of its request; added and changed in a dialog. */
export function FinancingSourcesTable({
  projectId,
  canEdit,
  defaultYear,
  schemes,
  documents,
  onReload,
  ...props
}: Props) {
  const { t } = useTranslation(["financing", "common"]);
  const { sources } = useFragment(FinancingSourcesFragment, props.plan);
  const [editing, setEditing] = useState<EditedSource | "new" | null>(null);
  const [deleting, setDeleting] = useState<EditedSource | null>(null);
  const plan = usePlanProblem(onReload);
  const [remove, removing] = useMutationOutcome(
    DeleteFinancingSourceMutation,
    FinancingErrorFields,
    describeFinancingError(t),
  );
  const nameOf = (source: EditedSource) => source.label || source.scheme?.name || t(`enums.sourceKind.${source.kind}`);

  const confirmDelete = async () => {
    if (!deleting) return;
    const outcome = await remove({
      variables: { input: { id: deleting.id, expectedVersion: deleting.version } },
    });
    if (outcome.status === "failed") return;
    setDeleting(null);
    if (outcome.status === "refused") {
      plan.refuse(outcome.refusal);
      return;
    }
    await plan.succeeded(t("financing.deleted"));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="financement-ressources">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="financement-ressources">
              {t("financing.heading")}
            </Title>
            <Text size="sm" mt={4}>
              {t("financing.intro")}
            </Text>
          </div>
          {canEdit && (
            <Button variant="light" onClick={() => setEditing("new")} aria-haspopup="dialog">
              {t("financing.add")}
            </Button>
          )}
        </Group>
        {plan.problem && (
          <FinancingProblemAlert
            problem={plan.problem}
            failedTitle={t("financing.failedTitle")}
            conflictTitle={t("financing.conflictTitle")}
            reload={plan.reloadAction(t("financing.reload"))}
            onClose={plan.clear}
          />
        )}
        {removing.error && <QueryErrorAlert error={removing.error} />}
        {sources.length === 0 ? (
          <Text>{t("financing.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={880}>
            <Table captionSide="top" verticalSpacing="xs" striped>
              <Table.Caption ta="left" fw={600}>
                {t("financing.caption")}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("financing.columns.kind")}</Table.Th>
                  <Table.Th scope="col">{t("financing.columns.label")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("financing.columns.amount")}
                  </Table.Th>
                  <Table.Th scope="col">{t("financing.columns.year")}</Table.Th>
                  <Table.Th scope="col" miw={130}>
                    {t("financing.columns.status")}
                  </Table.Th>
                  <Table.Th scope="col">{t("financing.columns.scheme")}</Table.Th>
                  <Table.Th scope="col">{t("financing.columns.deMinimis")}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t("financing.columns.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.map((source) => (
                  <Table.Tr key={source.id}>
                    <Table.Td>{t(`enums.sourceKind.${source.kind}`)}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {nameOf(source)}
                    </Table.Th>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {formatEuros(source.amount)}
                    </Table.Td>
                    <Table.Td>{source.year}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Badge variant="light" color={STATUS_COLORS[source.status]} radius="sm" tt="none">
                          {t(`enums.sourceStatus.${source.status}`)}
                        </Badge>
                        {source.appliedOn && (
                          <Text size="xs">
                            {t("financing.appliedOn", { date: formatLongDate(source.appliedOn) ?? source.appliedOn })}
                          </Text>
                        )}
                        {source.decidedOn && (
                          <Text size="xs">
                            {t("financing.decidedOn", { date: formatLongDate(source.decidedOn) ?? source.decidedOn })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{source.scheme?.name ?? t("financing.noScheme")}</Table.Td>
                    <Table.Td>{source.deMinimis ? t("financing.deMinimisYes") : t("financing.deMinimisNo")}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-haspopup="dialog"
                            aria-label={t("financing.editLabel", { label: nameOf(source) })}
                            onClick={() => setEditing(source)}
                          >
                            {t("financing.edit")}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-haspopup="dialog"
                            aria-label={t("financing.deleteLabel", { label: nameOf(source) })}
                            onClick={() => setDeleting(source)}
                          >
                            {t("financing.delete")}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <FinancingSourceModal
          projectId={projectId}
          source={editing === "new" ? null : editing}
          schemes={schemes}
          documents={documents}
          defaultYear={defaultYear}
          onClose={() => setEditing(null)}
          onReload={onReload}
        />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t("financing.confirmTitle")}
        body={
          deleting ? t("financing.confirmBody", { label: nameOf(deleting), amount: formatEuros(deleting.amount) }) : ""
        }
        confirmLabel={t("financing.confirm")}
        cancelLabel={t("financing.confirmCancel")}
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
