import { Alert, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
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
import { EarlierAidModal, type EditedAid } from "./EarlierAidModal";
import { describeFinancingError } from "./financingErrors";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { usePlanProblem } from "./usePlanProblem";

export const DeMinimisFragment = graphql(`
  fragment DeMinimisBox_plan on FinancingPlan {
    deMinimis {
      total
      ceiling
      earlierAidAmount
      remaining
      exceeded
      exceedsOn
      earlierAid {
        id
        grantedOn
        amount
        grantedBy
        version
      }
    }
  }
`);

export const DeleteEarlierAidMutation = graphql(`
  mutation DeleteEarlierDeMinimisAid($input: DeleteEarlierDeMinimisAidInput!) {
    deleteEarlierDeMinimisAid(input: $input) {
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

interface Props {
  projectId: string;
  plan: FragmentType<typeof DeMinimisFragment>;
  /** The company's earlier aid is entered by whom edits the plans. */
  canEdit: boolean;
  onReload: () => Promise<unknown>;
}

/** The de minimis check of Regulation (EU) 2023/2831: the aid counted over three rolling years (the
 * company's earlier aid included) against the 300 000 € ceiling; over it, a warning with the figures and
 * the date the plan goes over. */
export function DeMinimisBox({ projectId, canEdit, onReload, ...props }: Props) {
  const { t } = useTranslation(["financing", "common"]);
  const { deMinimis } = useFragment(DeMinimisFragment, props.plan);
  const [editing, setEditing] = useState<EditedAid | "new" | null>(null);
  const [deleting, setDeleting] = useState<EditedAid | null>(null);
  const plan = usePlanProblem(onReload);
  const [remove, removing] = useMutationOutcome(
    DeleteEarlierAidMutation,
    FinancingErrorFields,
    describeFinancingError(t),
  );

  const confirmDelete = async () => {
    if (!deleting) return;
    const outcome = await remove({
      variables: { input: { projectId, id: deleting.id, expectedVersion: deleting.version } },
    });
    if (outcome.status === "failed") return;
    setDeleting(null);
    if (outcome.status === "refused") {
      plan.refuse(outcome.refusal);
      return;
    }
    await plan.succeeded(t("earlierAid.deleted"));
  };

  const figures = {
    total: formatEuros(deMinimis.total),
    ceiling: formatEuros(deMinimis.ceiling),
    excess: formatEuros(Math.max(deMinimis.total - deMinimis.ceiling, 0)),
    remaining: formatEuros(deMinimis.remaining),
  };
  const exceedsOn = deMinimis.exceedsOn ? (formatLongDate(deMinimis.exceedsOn) ?? deMinimis.exceedsOn) : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="financement-de-minimis">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="financement-de-minimis">
            {t("deMinimis.heading")}
          </Title>
          <Text size="sm" mt={4}>
            {t("deMinimis.intro")}
          </Text>
        </div>
        {deMinimis.exceeded ? (
          <Alert color="red" title={t("deMinimis.exceededTitle")} role="alert">
            <Stack gap={4}>
              <span>{t("deMinimis.exceeded", figures)}</span>
              {exceedsOn && <span>{t("deMinimis.exceededOn", { date: exceedsOn })}</span>}
            </Stack>
          </Alert>
        ) : (
          <Alert color="teal" variant="light" title={t("deMinimis.underTitle")} role="status">
            {t("deMinimis.under", figures)}
          </Alert>
        )}
        <Group gap="xl" component="dl" m={0}>
          {(
            [
              ["deMinimis.total", figures.total],
              ["deMinimis.earlier", formatEuros(deMinimis.earlierAidAmount)],
              ["deMinimis.ceiling", figures.ceiling],
              ["deMinimis.remaining", figures.remaining],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" fw={600}>
                {t(label)}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </Group>
        <div>
          <Title order={3} size="h4">
            {t("deMinimis.earlierHeading")}
          </Title>
          <Text size="sm" mt={4}>
            {t("deMinimis.earlierIntro")}
          </Text>
          {plan.problem && (
            <FinancingProblemAlert
              problem={plan.problem}
              failedTitle={t("earlierAid.failedTitle")}
              conflictTitle={t("earlierAid.conflictTitle")}
              reload={plan.reloadAction(t("financing.reload"))}
              onClose={plan.clear}
            />
          )}
          {removing.error && <QueryErrorAlert error={removing.error} />}
          {deMinimis.earlierAid.length === 0 ? (
            <Text mt="xs">{t("deMinimis.earlierNone")}</Text>
          ) : (
            <List mt="xs" spacing={4}>
              {deMinimis.earlierAid.map((aid) => (
                <List.Item key={aid.id}>
                  <Group gap="xs">
                    <span>
                      {t("deMinimis.earlierItem", {
                        amount: formatEuros(aid.amount),
                        date: formatLongDate(aid.grantedOn) ?? aid.grantedOn,
                        grantedBy: aid.grantedBy,
                      })}
                    </span>
                    {canEdit && (
                      <>
                        <Button
                          size="compact-xs"
                          variant="default"
                          aria-haspopup="dialog"
                          aria-label={t("earlierAid.editLabel", { grantedBy: aid.grantedBy })}
                          onClick={() => setEditing(aid)}
                        >
                          {t("earlierAid.edit")}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-haspopup="dialog"
                          aria-label={t("earlierAid.deleteLabel", { grantedBy: aid.grantedBy })}
                          onClick={() => setDeleting(aid)}
                        >
                          {t("earlierAid.delete")}
                        </Button>
                      </>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {canEdit && (
            <Button mt="sm" variant="light" size="xs" aria-haspopup="dialog" onClick={() => setEditing("new")}>
              {t("earlierAid.add")}
            </Button>
          )}
        </div>
      </Stack>
      {editing && (
        <EarlierAidModal
          projectId={projectId}
          aid={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onReload={onReload}
        />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t("earlierAid.confirmTitle")}
        body={
          deleting
            ? t("earlierAid.confirmBody", { amount: formatEuros(deleting.amount), grantedBy: deleting.grantedBy })
            : ""
        }
        confirmLabel={t("earlierAid.confirm")}
        cancelLabel={t("earlierAid.confirmCancel")}
        loading={removing.loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
