import { Anchor, Box, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { type TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { type AuditTrail, useAuditTrail, type ValueLine } from "../../lib/auditTrail";
import { formatDateTime } from "../../lib/dates";
import { routes } from "../../lib/routes";

export const AuditEventRowFragment = graphql(`
  fragment AuditEventRow_event on AuditEvent {
    id
    occurredAt
    actorName
    actorRole
    action
    entityType
    entityId
    entityLabel
    before
    after
    requestId
    region {
      id
      slug
      name
    }
  }
`);

interface Props {
  caption: string;
  events: { id: string; row: FragmentType<typeof AuditEventRowFragment> }[];
  busy?: boolean;
}

/** The trail: when, who (and as what), where, what — and the recorded values behind « Détails ». */
export function AuditTable({ caption, events, busy }: Props) {
  const { t } = useTranslation(["audit", "enums"]);
  const trail = useAuditTrail();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table captionSide="top" verticalSpacing="sm" striped aria-busy={busy || undefined}>
        <Table.Caption ta="left" fw={600}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("table.date")}</Table.Th>
            <Table.Th scope="col">{t("table.person")}</Table.Th>
            <Table.Th scope="col">{t("table.region")}</Table.Th>
            <Table.Th scope="col">{t("table.action")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event.row} trail={trail} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditRow({ event: ref, trail }: { event: FragmentType<typeof AuditEventRowFragment>; trail: AuditTrail }) {
  const { t } = useTranslation(["audit", "enums"]);
  const event = useFragment(AuditEventRowFragment, ref);
  const type = trail.entityTypeLabel(event.entityType);
  const object = objectName(type, event.entityLabel, t);
  const before = trail.valueLines(event.action, event.before);
  const after = trail.valueLines(event.action, event.after);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt) ?? event.occurredAt}</time>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {event.actorName}
        </Text>
        <Text size="xs" c="dimmed">
          {event.actorRole ? t(`enums:role.${event.actorRole}`) : t("table.publicActor")}
        </Text>
      </Table.Td>
      <Table.Td>{event.region?.name ?? t("table.nationalData")}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm">{trail.describe(event)}</Text>
          <Text size="xs" c="dimmed">
            {event.entityType === "Project" ? (
              <Anchor component={Link} to={routes.project(event.entityId)} size="xs">
                {object}
              </Anchor>
            ) : (
              object
            )}
          </Text>
          <Box component="details">
            <Box component="summary" style={{ cursor: "pointer" }} fz="sm" c="filiere.8">
              {t("table.details")}
            </Box>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              <Values title={t("table.before")} lines={before} empty={t("table.nothingRecorded")} />
              <Values title={t("table.after")} lines={after} empty={t("table.nothingRecorded")} />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="xs">
              {t("table.requestId", { requestId: event.requestId })}
            </Text>
          </Box>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function Values({ title, lines, empty }: { title: string; lines: ValueLine[]; empty: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
          {lines.map((line) => (
            <li key={line.key}>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {line.label} : {line.value}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** « Projet MIJUIN »: the object as it is named today; its type alone when it has no name (or is gone);
 * its name alone when the name already says the type (« Cohorte 2027 », not « Cohorte Cohorte 2027 »). */
function objectName(type: string, label: string | null | undefined, t: TFunction<["audit", "enums"]>): string {
  if (!label) return type;
  const saysType = label.toLocaleLowerCase("fr-FR").startsWith(`${type.toLocaleLowerCase("fr-FR")} `);
  return saysType ? label : t("table.object", { type, label });
}
