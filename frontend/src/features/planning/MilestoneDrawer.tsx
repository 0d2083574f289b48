import {
  Alert,
  Button,
  Drawer,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { FieldList } from "../../components/FieldList";
import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MilestoneState, UpdateMilestoneInput } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";
import { formatRelativeDay } from "../../lib/relativeDay";

import { planningErrorMessage, planningErrorText } from "./planningErrors";

export const MilestoneDrawerFragment = graphql(`
  fragment MilestoneDrawer_milestone on Milestone {
    id
    title
    version
    status
    startedOn
    doneOn
    dueDate
    pinned
    breaksDependency
    offsetWorkingDays
    expectedDeliverable
    owner
    evidence
    evidenceUrl
    viewerCanUpdate
    phase {
      key
      name
    }
    assignee {
      id
      displayName
    }
    project {
      id
      name
    }
  }
`);

/** Who a milestone may be assigned to: the region's active advisers and regional admins. */
export const MilestoneDrawerRegionFragment = graphql(`
  fragment MilestoneDrawer_region on Region {
    id
    advisers(first: 100) {
      edges {
        node {
          id
          displayName
          email
          role
        }
      }
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      __typename
      ... on MilestoneSuccess {
        milestone {
          id
          ...MilestoneDrawer_milestone
          ...MilestoneRow_milestone
          ...RetroplanningGantt_milestone
        }
      }
      ...PlanningErrorFields
    }
  }
`);

type Field = "state" | "doneOn" | "evidence" | "evidenceUrl" | "assigneeId" | "pinnedDate";
const FIELDS: readonly string[] = ["state", "doneOn", "evidence", "evidenceUrl", "assigneeId", "pinnedDate"];

interface Props {
  milestone: FragmentType<typeof MilestoneDrawerFragment>;
  /** The cohort's region, whose advisers the milestone may be assigned to. */
  region: FragmentType<typeof MilestoneDrawerRegionFragment>;
  /** The server's today (ISO date), the default done date. */
  today: string | null;
  /** The signed-in user, marked « vous » among the advisers. */
  me: { id: string; displayName: string } | null;
  onClose: () => void;
  /** Called after a change that may move other milestones (a pinned date): the page reads them again. */
  onReplanned: () => Promise<unknown>;
}

const NOBODY = "";

/** Updates one milestone: state, done date, evidence, assignee, a date fixed by hand. */
export function MilestoneDrawer(props: Props) {
  const { t } = useTranslation(["planning", "enums", "common"]);
  const milestone = useFragment(MilestoneDrawerFragment, props.milestone);
  const region = useFragment(MilestoneDrawerRegionFragment, props.region);
  const initialState: MilestoneState = milestone.doneOn ? "DONE" : milestone.startedOn ? "IN_PROGRESS" : "TODO";
  const [state, setState] = useState<MilestoneState>(initialState);
  const [doneOn, setDoneOn] = useState(milestone.doneOn ?? props.today ?? "");
  const [evidence, setEvidence] = useState(milestone.evidence ?? "");
  const [evidenceUrl, setEvidenceUrl] = useState(milestone.evidenceUrl ?? "");
  const [assigneeId, setAssigneeId] = useState(milestone.assignee?.id ?? NOBODY);
  const [pinnedDate, setPinnedDate] = useState(milestone.pinned ? (milestone.dueDate ?? "") : "");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [update, { loading, error }] = useMutationOutcome(UpdateMilestoneMutation, PlanningErrorFields, (error) =>
    planningErrorText(t, error),
  );

  const advisers = region.advisers.edges.map((edge) => edge.node);
  const assigneeOptions = [
    { value: NOBODY, label: t("drawer.nobody") },
    ...advisers.map((adviser) => ({
      value: adviser.id,
      label: t(adviser.id === props.me?.id ? "drawer.adviserMe" : "drawer.adviser", {
        name: adviser.displayName,
        role: t(`enums:role.${adviser.role}`),
      }),
    })),
    // Assigned to someone who no longer is an active adviser of the region: still shown as such.
    ...(milestone.assignee && !advisers.some((adviser) => adviser.id === milestone.assignee?.id)
      ? [{ value: milestone.assignee.id, label: milestone.assignee.displayName }]
      : []),
  ];

  const send = async (input: UpdateMilestoneInput, replans: boolean) => {
    setErrors({});
    setFormError(null);
    setConflict(false);
    const outcome = await update({ variables: { input } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      notifications.show({
        message: t("drawer.saved", { title: milestone.title }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      if (replans) await props.onReplanned();
      props.onClose();
      return;
    }
    const { kind, field, message } = outcome.refusal;
    if (kind === "conflict") setConflict(true);
    else if (field && FIELDS.includes(field)) setErrors({ [field as Field]: message });
    else setFormError(message);
  };

  const onSubmit = () => {
    const input: UpdateMilestoneInput = { milestoneId: milestone.id, expectedVersion: milestone.version };
    if (state !== initialState || (state === "DONE" && doneOn !== milestone.doneOn)) {
      input.state = state;
      if (state === "DONE") input.doneOn = doneOn || null;
    }
    if (evidence !== (milestone.evidence ?? "")) input.evidence = evidence;
    if (evidenceUrl !== (milestone.evidenceUrl ?? "")) input.evidenceUrl = evidenceUrl;
    if (assigneeId !== (milestone.assignee?.id ?? NOBODY)) input.assigneeId = assigneeId || null;
    const pinChanged = pinnedDate !== (milestone.pinned ? (milestone.dueDate ?? "") : "") && pinnedDate !== "";
    if (pinChanged) input.pinnedDate = pinnedDate;
    void send(input, pinChanged);
  };

  const backToPlan = () =>
    void send({ milestoneId: milestone.id, expectedVersion: milestone.version, pinnedDate: null }, true);

  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h3" component="span">
          {milestone.title}
        </Title>
      }
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <Stack gap="md">
        <FieldList
          items={[
            { term: t("drawer.phase"), value: milestone.phase.name },
            { term: t("drawer.project"), value: milestone.project?.name ?? t("table.cohortWide") },
            {
              term: t("drawer.dueDate"),
              value: milestone.dueDate
                ? t("drawer.dueDateValue", {
                    date: formatLongDate(milestone.dueDate) ?? milestone.dueDate,
                    day: formatRelativeDay(milestone.offsetWorkingDays),
                  })
                : t("table.noDueDate"),
            },
            { term: t("drawer.status"), value: <MilestoneStatusBadge status={milestone.status} /> },
            { term: t("drawer.owner"), value: t(`enums:milestoneOwner.${milestone.owner}`) },
            { term: t("drawer.deliverable"), value: milestone.expectedDeliverable || t("drawer.noDeliverable") },
          ]}
        />
        {milestone.breaksDependency && (
          <Alert color="orange" title={t("drawer.breaksDependencyTitle")}>
            {t("drawer.breaksDependency")}
          </Alert>
        )}
        {conflict && (
          <Alert color="orange" role="alert" title={t("drawer.conflictTitle")}>
            {planningErrorMessage(t, "STALE_VERSION")}
          </Alert>
        )}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {error && <QueryErrorAlert error={error} />}

        {milestone.viewerCanUpdate && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
            noValidate
          >
            <Stack gap="md">
              <Radio.Group label={t("drawer.state")} value={state} onChange={setState} error={errors.state}>
                <Group gap="lg" mt={4}>
                  <Radio value="TODO" label={t("enums:milestoneState.TODO")} />
                  <Radio value="IN_PROGRESS" label={t("enums:milestoneState.IN_PROGRESS")} />
                  <Radio value="DONE" label={t("enums:milestoneState.DONE")} />
                </Group>
              </Radio.Group>
              {state === "DONE" && (
                <DateField label={t("drawer.doneOn")} value={doneOn} onChange={setDoneOn} error={errors.doneOn} />
              )}
              <Textarea
                label={t("drawer.evidence")}
                description={t("drawer.evidenceHelp")}
                autosize
                minRows={2}
                maxRows={8}
                value={evidence}
                onChange={(event) => setEvidence(event.currentTarget.value)}
                error={errors.evidence}
              />
              <TextInput
                type="url"
                label={t("drawer.evidenceUrl")}
                placeholder="https://"
                value={evidenceUrl}
                onChange={(event) => setEvidenceUrl(event.currentTarget.value)}
                error={errors.evidenceUrl}
              />
              <NativeSelect
                label={t("drawer.assignee")}
                description={t("drawer.assigneeHelp")}
                data={assigneeOptions}
                value={assigneeId}
                onChange={(event) => setAssigneeId(event.currentTarget.value)}
                error={errors.assigneeId}
              />
              <DateField
                label={t("drawer.pinnedDate")}
                description={t("drawer.pinnedDateHelp")}
                value={pinnedDate}
                onChange={setPinnedDate}
                error={errors.pinnedDate}
              />
              <Group>
                <Button type="submit" loading={loading}>
                  {t("drawer.save")}
                </Button>
                {milestone.pinned && (
                  <Button variant="outline" onClick={backToPlan} disabled={loading}>
                    {t("drawer.backToPlan")}
                  </Button>
                )}
                <Button variant="default" onClick={props.onClose}>
                  {t("drawer.cancel")}
                </Button>
              </Group>
              {milestone.evidenceUrl && (
                <Text size="sm">
                  {t("drawer.currentLink")}{" "}
                  <a href={milestone.evidenceUrl} target="_blank" rel="noreferrer noopener">
                    {milestone.evidenceUrl}
                  </a>
                </Text>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Drawer>
  );
}
