import { Badge, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { MilestoneStatus } from "../graphql/generated/graphql";

const COLORS: Record<MilestoneStatus, MantineColor> = {
  TODO: "gray",
  IN_PROGRESS: "filiere",
  DONE: "teal",
  LATE: "red",
};

/** « À faire », « En cours », « Fait », « En retard »: the label carries the meaning, the colour helps.
 * Shared by the planning pages and the project page's « Jalons ». */
export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation("enums");
  return (
    <Badge variant="light" color={COLORS[status]} radius="sm" tt="none" miw="max-content">
      {t(`milestoneStatus.${status}`)}
    </Badge>
  );
}
