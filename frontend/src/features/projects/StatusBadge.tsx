import { Badge, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { ProjectStatus } from "../../graphql/generated/graphql";

/** Workflow order (codegen sorts enum values alphabetically). A new status is a type error here. */
const RANK: Record<ProjectStatus, number> = {
  CANDIDATE: 0,
  SELECTED: 1,
  ACCELERATING: 2,
  PITCHED: 3,
  FOLLOW_UP: 4,
  CLOSED: 5,
  // The two ways out come last: « non retenu » (a candidate) and « abandonné » (under way).
  REJECTED: 6,
  ABANDONED: 7,
};

export function byWorkflowOrder(a: ProjectStatus, b: ProjectStatus): number {
  return RANK[a] - RANK[b];
}

const COLORS: Record<ProjectStatus, MantineColor> = {
  CANDIDATE: "gray",
  SELECTED: "cyan",
  ACCELERATING: "filiere",
  PITCHED: "violet",
  FOLLOW_UP: "teal",
  CLOSED: "dark",
  REJECTED: "red",
  ABANDONED: "orange",
};

/** The colour only helps scanning: the label carries the meaning. */
export function StatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation("enums");
  return (
    // min-width: Mantine clips badges (overflow: hidden), and tables would squeeze them to "Sélectio…".
    <Badge variant="light" color={COLORS[status]} radius="sm" tt="none" miw="max-content">
      {t(`projectStatus.${status}`)}
    </Badge>
  );
}
