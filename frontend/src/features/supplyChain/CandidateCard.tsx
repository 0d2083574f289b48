import { Button, Group, Menu, Modal, Paper, Stack, Text } from "@mantine/core";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { SupplierCandidateStatus } from "../../graphql/generated/graphql";
import { formatDayOf, formatLongDate } from "../../lib/dates";

import { CandidateFollowUpForm } from "./CandidateFollowUpForm";
import type { MovableCandidate } from "./statusMove";

export const CandidateCardFragment = graphql(`
  fragment CandidateCard_candidate on SupplierCandidate {
    id
    siret
    name
    communeName
    departement
    country
    status
    nextStatuses
    reason
    notes
    nextActionOn
    changedBy
    updatedAt
    version
  }
`);

/** « 829 153 410 00012 »: the SIREN three by three, then the establishment's number. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

interface Props {
  candidate: FragmentType<typeof CandidateCardFragment>;
  stageId: string;
  canEdit: boolean;
  /** A status chosen in « Changer le statut » (the board asks the reason for « Écarté »). */
  onMove: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void;
  /** Reads the chain again (after a conflict). */
  onReload: () => Promise<unknown>;
  /** The drag handle, when the card can be dragged. */
  handle?: ReactNode;
  /** Set when the card has just changed lane: it takes the focus, which its old place lost. */
  focused?: boolean;
}

/** A supplier considered for a stage: where it is (commune and département, or its country), why it
 * was rejected, its next action and notes, who changed it last; « Changer le statut » does what
 * dragging does, from the keyboard. */
export function CandidateCard(props: Props) {
  const { t } = useTranslation(["supplyChain", "enums", "common"]);
  const candidate = useFragment(CandidateCardFragment, props.candidate);
  const titleId = useId();
  const title = useRef<HTMLParagraphElement>(null);
  const [editing, setEditing] = useState(false);
  const { focused } = props;
  useEffect(() => {
    if (focused) title.current?.focus();
  }, [focused]);

  const movable: MovableCandidate = {
    id: candidate.id,
    name: candidate.name,
    stageId: props.stageId,
    status: candidate.status,
    nextStatuses: candidate.nextStatuses,
    version: candidate.version,
  };
  const place =
    candidate.country !== "France"
      ? candidate.country
      : candidate.communeName && candidate.departement
        ? t("card.commune", { commune: candidate.communeName, departement: candidate.departement })
        : candidate.communeName || candidate.country;
  const nextAction = candidate.nextActionOn ? formatLongDate(candidate.nextActionOn) : null;

  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} id={titleId} ref={title} tabIndex={-1} style={{ overflowWrap: "anywhere" }}>
            {candidate.name}
          </Text>
          {props.handle}
        </Group>
        <Text size="sm">{place}</Text>
        {candidate.siret && (
          <Text size="xs" c="dimmed">
            {t("card.siret", { siret: formatSiret(candidate.siret) })}
          </Text>
        )}
        {candidate.status === "REJECTED" && candidate.reason.trim() && (
          <Text size="sm" style={{ whiteSpace: "pre-line" }}>
            {t("card.reason", { reason: candidate.reason })}
          </Text>
        )}
        {nextAction && <Text size="sm">{t("card.nextAction", { date: nextAction })}</Text>}
        {candidate.notes.trim() && (
          <Text size="sm" lineClamp={4} style={{ whiteSpace: "pre-line" }}>
            {candidate.notes}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t("card.changed", {
            person: candidate.changedBy,
            date: formatDayOf(candidate.updatedAt) ?? candidate.updatedAt,
          })}
        </Text>
        {props.canEdit && (
          <Group gap="xs" mt={4}>
            {candidate.nextStatuses.length > 0 && (
              <Menu position="bottom-start" shadow="md">
                <Menu.Target>
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t("card.changeStatusOf", { name: candidate.name })}
                  >
                    {t("card.changeStatus")}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {candidate.nextStatuses.map((status) => (
                    <Menu.Item
                      key={status}
                      color={status === "REJECTED" ? "red" : undefined}
                      onClick={() => props.onMove(movable, status)}
                    >
                      {status === "REJECTED"
                        ? t("card.reject")
                        : t("card.moveTo", { status: t(`enums:supplierCandidateStatus.${status}`) })}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t("card.followUpOf", { name: candidate.name })}
              onClick={() => setEditing(true)}
            >
              {t("card.followUp")}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        closeButtonProps={{ "aria-label": t("common:close") }}
        title={t("followUp.title", { name: candidate.name })}
      >
        {editing && (
          <CandidateFollowUpForm
            candidateId={candidate.id}
            name={candidate.name}
            version={candidate.version}
            notes={candidate.notes}
            nextActionOn={candidate.nextActionOn ?? null}
            onCancel={() => setEditing(false)}
            onSaved={() => setEditing(false)}
            onReload={props.onReload}
          />
        )}
      </Modal>
    </Paper>
  );
}
