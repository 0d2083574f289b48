import { Anchor, Box, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { graphql } from "../../graphql/generated/gql";
import type { SupplierProfile_ProfileFragment } from "../../graphql/generated/graphql";
import { formatDayOf, formatLongDate } from "../../lib/dates";

/** What the viewer's region knows of a supplier (the API gives each region its own), and its last
 * changes (the older ones are counted). */
export const SupplierProfileFragment = graphql(`
  fragment SupplierProfile_profile on SupplierProfile {
    tags
    capabilityNafCodes
    certifications
    capacityNotes
    contactName
    contactEmail
    contactPhone
    lastContactOn
    changedBy
    updatedAt
    version
    history(first: 5) {
      totalCount
      edges {
        node {
          occurredAt
          actorName
          fields
        }
      }
    }
  }
`);

export type SupplierProfileData = SupplierProfile_ProfileFragment;

/** The profile as a description list, then who changed it and what. */
export function SupplierProfileView({ profile }: { profile: SupplierProfileData }) {
  const { t } = useTranslation(["suppliers", "enums"]);
  const empty = (
    <Text span c="dimmed" size="sm">
      {t("profile.empty")}
    </Text>
  );
  const lastContact = profile.lastContactOn ? formatLongDate(profile.lastContactOn) : null;
  const contact = [profile.contactName, profile.contactPhone].filter(Boolean).join(" · ");
  return (
    <Stack gap="sm">
      <FieldList
        items={[
          { term: t("profile.tags"), value: profile.tags.length ? profile.tags.join(", ") : empty },
          {
            term: t("profile.capabilityNafCodes"),
            value: profile.capabilityNafCodes.length ? profile.capabilityNafCodes.join(", ") : empty,
          },
          {
            term: t("profile.certifications"),
            value: profile.certifications.length
              ? profile.certifications.map((value) => t(`enums:supplierCertification.${value}`)).join(", ")
              : empty,
          },
          {
            term: t("profile.capacityNotes"),
            value: profile.capacityNotes ? (
              <Text span style={{ whiteSpace: "pre-line" }}>
                {profile.capacityNotes}
              </Text>
            ) : (
              empty
            ),
          },
          {
            term: t("profile.contact"),
            value:
              contact || profile.contactEmail ? (
                <>
                  {contact}
                  {contact && profile.contactEmail && " · "}
                  {profile.contactEmail && (
                    <Anchor href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</Anchor>
                  )}
                </>
              ) : (
                empty
              ),
          },
          { term: t("profile.lastContactOn"), value: lastContact ?? empty },
        ]}
      />
      <Text size="sm" c="dimmed">
        {t("profile.updated", {
          date: formatDayOf(profile.updatedAt) ?? profile.updatedAt,
          person: profile.changedBy,
        })}
      </Text>
      <SupplierProfileHistory history={profile.history} />
    </Stack>
  );
}

function SupplierProfileHistory({ history }: { history: SupplierProfileData["history"] }) {
  const { t } = useTranslation("suppliers");
  if (history.edges.length === 0) return null;
  const more = history.totalCount - history.edges.length;
  return (
    <Stack gap={4} component="section" aria-labelledby="fiche-historique">
      <Title order={4} size="h6" id="fiche-historique">
        {t("profile.history")}
      </Title>
      <Box component="ul" m={0} pl="lg">
        {history.edges.map(({ node }) => {
          const date = formatDayOf(node.occurredAt) ?? node.occurredAt;
          return (
            <Text component="li" size="sm" key={`${node.occurredAt}-${node.actorName}`}>
              {node.fields.length
                ? t("profile.historyLine", { person: node.actorName, date, fields: node.fields.join(", ") })
                : t("profile.historyLineNoFields", { person: node.actorName, date })}
            </Text>
          );
        })}
      </Box>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t("profile.historyMore", { count: more })}
        </Text>
      )}
    </Stack>
  );
}
