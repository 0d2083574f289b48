import { Alert, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { planningErrorText } from "./planningErrors";

export const AddProjectToCohortMutation = graphql(`
  mutation AddProjectToCohort($input: AddProjectToCohortInput!) {
    addProjectToCohort(input: $input) {
      __typename
      ... on CohortSuccess {
        cohort {
          id
          version
        }
      }
      ...PlanningErrorFields
    }
  }
`);

interface Props {
  cohortId: string;
  cohortVersion: number;
  /** The region's projects that are not in this cohort. */
  candidates: readonly { id: string; name: string }[];
  onAdded: () => Promise<unknown>;
}

/** « Ajouter un projet »: the project receives every per-project milestone of the method. */
export function AddProjectPanel({ cohortId, cohortVersion, candidates, onAdded }: Props) {
  const { t } = useTranslation(["planning", "common"]);
  const [projectId, setProjectId] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading, error }] = useMutationOutcome(AddProjectToCohortMutation, PlanningErrorFields, (error) =>
    planningErrorText(t, error),
  );

  const submit = async () => {
    setFailure(null);
    const outcome = await add({
      variables: { input: { cohortId, projectId, expectedVersion: cohortVersion } },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "done") {
      const name = candidates.find((candidate) => candidate.id === projectId)?.name ?? "";
      notifications.show({
        message: t("addProject.added", { name }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      setProjectId("");
      await onAdded();
      return;
    }
    setFailure(outcome.refusal.message);
  };

  if (candidates.length === 0) return <Text size="sm">{t("addProject.none")}</Text>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (projectId) void submit();
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end">
          <NativeSelect
            label={t("addProject.project")}
            description={t("addProject.help")}
            value={projectId}
            onChange={(event) => setProjectId(event.currentTarget.value)}
            data={[
              { value: "", label: t("addProject.choose") },
              ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.name })),
            ]}
          />
          <Button type="submit" variant="outline" disabled={!projectId} loading={loading}>
            {t("addProject.submit")}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {error && <QueryErrorAlert error={error} />}
      </Stack>
    </form>
  );
}
