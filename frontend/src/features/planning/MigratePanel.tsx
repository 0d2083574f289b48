import { Alert, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { MigrateCohortMutation } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";
import { formatRelativeDay } from "../../lib/relativeDay";

import { planningErrorText } from "./planningErrors";

export const MigrateCohortMutationDocument = graphql(`
  mutation MigrateCohort($input: MigrateCohortInput!) {
    migrateCohort(input: $input) {
      __typename
      ... on MigrateCohortSuccess {
        applied
        keptDone
        added {
          key
          title
          beforeOffset
          afterOffset
          milestones
        }
        removed {
          key
          title
          beforeOffset
          afterOffset
          milestones
        }
        moved {
          key
          title
          beforeOffset
          afterOffset
          milestones
        }
        cohort {
          id
          version
          methodOutdated
        }
      }
      ...PlanningErrorFields
    }
  }
`);

type Preview = Extract<MigrateCohortMutation["migrateCohort"], { __typename: "MigrateCohortSuccess" }>;

interface Props {
  cohortId: string;
  cohortVersion: number;
  target: { id: string; number: number };
  onMigrated: () => Promise<unknown>;
}

const day = (offset: number | null | undefined) =>
  offset === null || offset === undefined ? "—" : formatRelativeDay(offset);

/** Moves the cohort to the method version its edition now follows: preview, then apply. */
export function MigratePanel({ cohortId, cohortVersion, target, onMigrated }: Props) {
  const { t } = useTranslation(["planning", "common"]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [migrate, { loading, error }] = useMutationOutcome(
    MigrateCohortMutationDocument,
    PlanningErrorFields,
    (error) => planningErrorText(t, error),
  );

  const run = async (dryRun: boolean) => {
    setFailure(null);
    const outcome = await migrate({
      variables: { input: { cohortId, methodVersionId: target.id, expectedVersion: cohortVersion, dryRun } },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "refused") {
      setFailure(outcome.refusal.message);
      return;
    }
    if (dryRun) {
      setPreview(outcome.result);
      return;
    }
    notifications.show({
      message: t("migrate.applied", { number: target.number }),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    setPreview(null);
    await onMigrated();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cohorte-migration">
      <Stack gap="sm">
        <Title order={3} id="cohorte-migration">
          {t("migrate.heading", { number: target.number })}
        </Title>
        <Text size="sm">{t("migrate.intro")}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {error && <QueryErrorAlert error={error} />}
        <Group>
          <Button variant="outline" onClick={() => void run(true)} loading={loading && !preview}>
            {t("migrate.preview")}
          </Button>
        </Group>
        {preview && (
          <Stack gap="xs" aria-live="polite">
            <Text fw={600}>
              {t("migrate.summary", {
                added: t("migrate.addedCount", { count: preview.added.length }),
                removed: t("migrate.removedCount", { count: preview.removed.length }),
                moved: t("migrate.movedCount", { count: preview.moved.length }),
              })}
            </Text>
            {preview.keptDone > 0 && <Text size="sm">{t("migrate.keptDone", { count: preview.keptDone })}</Text>}
            {(
              [
                ["added", preview.added],
                ["removed", preview.removed],
                ["moved", preview.moved],
              ] as const
            ).map(([kind, items]) =>
              items.length ? (
                <div key={kind}>
                  <Text size="sm" fw={600}>
                    {t(`migrate.${kind}`)}
                  </Text>
                  <List size="sm">
                    {items.map((item) => (
                      <List.Item key={item.key}>
                        {t("migrate.item", {
                          title: item.title,
                          before: day(item.beforeOffset),
                          after: day(item.afterOffset),
                          count: item.milestones,
                        })}
                      </List.Item>
                    ))}
                  </List>
                </div>
              ) : null,
            )}
            <Group>
              <Button onClick={() => void run(false)} loading={loading}>
                {t("migrate.apply")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
