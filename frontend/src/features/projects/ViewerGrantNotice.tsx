import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { useViewer } from "../../lib/viewer";

export const ViewerGrantNoticeFragment = graphql(`
  fragment ViewerGrantNotice_project on Project {
    viewerGrant {
      scope
      expiresOn
      purpose
    }
  }
`);

/** On a project shared with the partner's organisation: what the grant opens, until when, and why
 * (« Partagé avec Bpifrance jusqu'au 3 juin 2027 — portée : financement. Objet : … »). Nothing for the
 * others: `viewerGrant` is null for them. */
export function ViewerGrantNotice(props: { project: FragmentType<typeof ViewerGrantNoticeFragment> }) {
  const { t } = useTranslation("partners");
  const viewer = useViewer();
  const grant = useFragment(ViewerGrantNoticeFragment, props.project).viewerGrant;
  if (!grant) return null;
  const terms = {
    organisation: viewer.organisation?.name ?? t("shared.noticeOrganisation"),
    scope: t(`shared.scopeInline.${grant.scope}`),
  };
  return (
    <Alert color="filiere" variant="light">
      <Text>
        {grant.expiresOn
          ? t("shared.notice", { ...terms, date: formatLongDate(grant.expiresOn) ?? grant.expiresOn })
          : t("shared.noticeNoExpiry", terms)}
      </Text>
      {grant.purpose && <Text mt={4}>{t("shared.noticePurpose", { purpose: grant.purpose })}</Text>}
    </Alert>
  );
}
