import { Anchor, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { routes } from "../../lib/routes";

interface Props {
  /** Whether an adviser follows the project already. */
  hasAdviser: boolean;
  /** Whether the project is in a cohort already. */
  inCohort: boolean;
  /** Opens « Attribuer le conseiller »; absent when the API does not let the viewer assign. */
  onAssignAdviser?: () => void;
  /** The viewer may add projects to a cohort of the project's region (`MANAGE_COHORT` there). */
  canAddToCohort: boolean;
  /** The project's region (its slug): the cohorts page opens on it. */
  region: string;
}

/** After « Sélectionner »: what the project needs next — its adviser and its cohort — with the way to
 * do each the viewer may take. Nothing when both are done, or when the viewer may do neither. */
export function ProjectNextSteps({ hasAdviser, inCohort, onAssignAdviser, canAddToCohort, region }: Props) {
  const { t } = useTranslation("projects");
  const assign = !hasAdviser && onAssignAdviser;
  const cohort = !inCohort && canAddToCohort;
  if (!assign && !cohort) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="projet-prochaines-etapes">
      <Title order={2} size="h3" id="projet-prochaines-etapes" mb="sm">
        {t("nextSteps.heading")}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Text>{t("nextSteps.intro")}</Text>
        <Stack component="ol" gap="sm" m={0} pl="lg">
          {assign && (
            <li>
              <Text mb={4}>{t("nextSteps.adviser")}</Text>
              <Button onClick={onAssignAdviser}>{t("nextSteps.assignAdviser")}</Button>
            </li>
          )}
          {cohort && (
            <li>
              <Text mb={4}>{t("nextSteps.cohort")}</Text>
              <Anchor component={Link} to={routes.cohorts(new URLSearchParams({ region }))}>
                {t("nextSteps.openCohorts")}
              </Anchor>
            </li>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
