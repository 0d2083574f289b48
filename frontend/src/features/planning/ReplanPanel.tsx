import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ReplanCohortMutation } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { planningErrorMessage, planningErrorText } from "./planningErrors";

export const ReplanPanelFragment = graphql(`
  fragment ReplanPanel_cohort on Cohort {
    id
    version
    eventDate
  }
`);

export const ReplanCohortMutationDocument = graphql(`
  mutation ReplanCohort($input: ReplanCohortInput!) {
    replanCohort(input: $input) {
      __typename
      ... on ReplanCohortSuccess {
        applied
        cohort {
          id
          version
          eventDate
        }
        changes {
          oldDate
          newDate
          milestone {
            id
            title
            project {
              id
              name
            }
          }
        }
        brokenDependencies {
          id
          title
          dueDate
          project {
            id
            name
          }
        }
      }
      ...PlanningErrorFields
    }
  }
`);

type Preview = Extract<ReplanCohortMutation["replanCohort"], { __typename: "ReplanCohortSuccess" }>;

interface Props {
  cohort: FragmentType<typeof ReplanPanelFragment>;
  /** Reads the cohort again once the new plan is applied. */
  onApplied: () => Promise<unknown>;
}

/** « Déplacer J0 »: preview the new due dates (nothing written), then apply them. */
export function ReplanPanel(props: Props) {
  const { t } = useTranslation(["planning", "common"]);
  const cohort = useFragment(ReplanPanelFragment, props.cohort);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState("");
  const [preview, setPreview] = useState<{ date: string; result: Preview } | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [replan, { loading, error }] = useMutationOutcome(ReplanCohortMutationDocument, PlanningErrorFields, (error) =>
    planningErrorText(t, error),
  );

  const run = async (dryRun: boolean) => {
    setFieldError(null);
    setConflict(false);
    const eventDate = dryRun ? date : (preview?.date ?? date);
    const outcome = await replan({
      variables: { input: { cohortId: cohort.id, eventDate, expectedVersion: cohort.version, dryRun } },
    });
    switch (outcome.status) {
      case "failed":
        return; // shown by <QueryErrorAlert>
      case "done": {
        const payload = outcome.result;
        if (dryRun) {
          setPreview({ date: eventDate, result: payload });
        } else {
          notifications.show({
            title: t("replan.appliedTitle"),
            message: t("replan.applied", {
              date: formatLongDate(eventDate) ?? eventDate,
              count: payload.changes.length,
            }),
            color: "teal",
            closeButtonProps: { "aria-label": t("common:close") },
          });
          setPreview(null);
          setDate("");
          setOpen(false);
          await props.onApplied();
        }
        return;
      }
      case "refused":
        if (outcome.refusal.kind === "conflict") setConflict(true);
        else setFieldError(outcome.refusal.message);
    }
  };

  if (!open) {
    return (
      <Button variant="outline" onClick={() => setOpen(true)}>
        {t("replan.open")}
      </Button>
    );
  }

  const changes = preview?.result.changes ?? [];
  const broken = preview?.result.brokenDependencies ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cohorte-deplacer-j0">
      <Stack gap="md">
        <Title order={3} id="cohorte-deplacer-j0">
          {t("replan.heading")}
        </Title>
        <Text size="sm">
          {t("replan.intro", {
            date: cohort.eventDate ? (formatLongDate(cohort.eventDate) ?? cohort.eventDate) : t("facts.unknown"),
          })}
        </Text>
        {conflict && (
          <Alert color="orange" role="alert" title={t("replan.conflictTitle")}>
            <Stack gap="sm" align="flex-start">
              <span>{planningErrorMessage(t, "STALE_VERSION")}</span>
              <Button variant="outline" color="orange" onClick={() => void props.onApplied()}>
                {t("replan.reload")}
              </Button>
            </Stack>
          </Alert>
        )}
        {error && <QueryErrorAlert error={error} />}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (date) void run(true);
          }}
          noValidate
        >
          <Group align="flex-end">
            <DateField
              label={t("replan.date")}
              value={date}
              onChange={(value) => {
                setDate(value);
                setPreview(null);
              }}
              error={fieldError}
              required
            />
            <Button type="submit" variant="outline" disabled={!date} loading={loading && !preview}>
              {t("replan.preview")}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("replan.cancel")}
            </Button>
          </Group>
        </form>

        {preview && (
          <Stack gap="sm" aria-live="polite">
            <Text fw={600}>
              {t("replan.summary", {
                count: changes.length,
                date: formatLongDate(preview.date) ?? preview.date,
              })}
            </Text>
            {broken.length > 0 && (
              <Alert color="orange" title={t("replan.brokenTitle")}>
                <List size="sm">
                  {broken.map((milestone) => (
                    <List.Item key={milestone.id}>
                      {t("replan.broken", {
                        title: milestone.title,
                        project: milestone.project?.name ?? t("table.cohortWide"),
                        date: milestone.dueDate ? (formatLongDate(milestone.dueDate) ?? milestone.dueDate) : "—",
                      })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {changes.length > 0 && (
              <Table.ScrollContainer minWidth={600} mah={360}>
                <Table captionSide="top" striped verticalSpacing={4}>
                  <Table.Caption ta="left">{t("replan.caption")}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("replan.columns.milestone")}</Table.Th>
                      <Table.Th scope="col">{t("replan.columns.project")}</Table.Th>
                      <Table.Th scope="col">{t("replan.columns.oldDate")}</Table.Th>
                      <Table.Th scope="col">{t("replan.columns.newDate")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {changes.map((change) => (
                      <Table.Tr key={change.milestone.id}>
                        <Table.Th scope="row" fw="normal">
                          {change.milestone.title}
                        </Table.Th>
                        <Table.Td>{change.milestone.project?.name ?? t("table.cohortWide")}</Table.Td>
                        <Table.Td>
                          {change.oldDate ? (formatLongDate(change.oldDate) ?? change.oldDate) : t("table.noDueDate")}
                        </Table.Td>
                        <Table.Td>{formatLongDate(change.newDate) ?? change.newDate}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Group>
              <Button onClick={() => void run(false)} loading={loading}>
                {t("replan.apply")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
