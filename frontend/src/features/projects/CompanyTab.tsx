import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";

import { CompanyContactFields } from "./CompanyContactFields";
import { CompanyEditForm, formatSiret } from "./CompanyEditForm";
import { formatSiren } from "./ProjectDetails";

export const CompanyTabCompanyFragment = graphql(`
  fragment CompanyTab_company on Company {
    id
    version
    viewerCanEdit
    name
    siren
    sirenIsDemo
    siret
    nafCode
    nafLabel
    communeCode
    communeName
    departement
    region {
      id
      name
    }
    address {
      street
      postalCode
      communeName
    }
    website
    headcountBand
    revenueBand
    # Null for who may not read it (personal data, confidential like the project's full card).
    contact {
      name
      function
      email
      phone
    }
    contactNotice
  }
`);

export const CompanyTabFragment = graphql(`
  fragment CompanyTab_project on Project {
    id
    region {
      id
      name
    }
    company {
      id
      ...CompanyTab_company
    }
  }
`);

/** « 13.10Z — Préparation de fibres textiles et filature », or the code alone when its label is unknown. */
function nafValue(code: string, label: string | null | undefined): string {
  return label?.trim() ? `${code} — ${label.trim()}` : code;
}

/** « 12 rue des Tisserands, 76770 Malaunay »: what is known of the address, or nothing. */
function addressValue(address: { street: string; postalCode: string; communeName: string }): string {
  const town = [address.postalCode, address.communeName].filter((part) => part.trim()).join(" ");
  return address.street.trim() || address.postalCode.trim()
    ? [address.street.trim(), town].filter(Boolean).join(", ")
    : "";
}

interface Props {
  project: FragmentType<typeof CompanyTabFragment>;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Entreprise »: who carries the project and, for readers of the full card, whom to call there. The
 * region's advisers complete or correct the company's record (« Modifier la fiche »). */
export function CompanyTab(props: Props) {
  const { t } = useTranslation("projects");
  const project = useFragment(CompanyTabFragment, props.project);
  const company = useFragment(CompanyTabCompanyFragment, project.company);
  const { contact } = company;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);

  // The form closed (saved or cancelled): focus goes back to the button that opened it.
  useEffect(() => {
    if (!editing && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    focusEditButton.current = true;
    setEditing(false);
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="entreprise-identite">
        <Group justify="space-between" align="flex-start" mb="sm">
          <Title order={2} size="h3" id="entreprise-identite">
            {t("company.heading")}
          </Title>
          {company.viewerCanEdit && !editing && (
            <Button variant="outline" ref={editButton} onClick={() => setEditing(true)}>
              {t("company.edit.open")}
            </Button>
          )}
        </Group>
        {editing ? (
          <CompanyEditForm
            // A version read again (after a conflict) starts the form afresh from it.
            key={company.version}
            company={company}
            onCancel={close}
            onSaved={close}
            onReload={props.onReload}
          />
        ) : (
          <FieldList
            items={[
              { term: t("detail.companyName"), value: company.name },
              {
                term: t("detail.siren"),
                value: (
                  <Group gap="xs" component="span">
                    <span>{formatSiren(company.siren)}</span>
                    {company.sirenIsDemo && (
                      <Badge variant="light" color="gray" size="sm" radius="sm" tt="none">
                        {t("detail.sirenDemo")}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              ...(company.siret ? [{ term: t("company.siret"), value: formatSiret(company.siret) }] : []),
              ...(company.nafCode
                ? [{ term: t("detail.naf"), value: nafValue(company.nafCode, company.nafLabel) }]
                : []),
              {
                term: t("detail.commune"),
                value: t("detail.communeValue", { commune: company.communeName, departement: company.departement }),
              },
              { term: t("company.region"), value: company.region.name },
              { term: t("company.address"), value: addressValue(company.address) || t("company.notKnown") },
              {
                term: t("company.website"),
                value: company.website ? (
                  <Anchor href={company.website} target="_blank" rel="noopener noreferrer">
                    {company.website}
                    <VisuallyHidden> {t("company.websiteNewTab")}</VisuallyHidden>
                  </Anchor>
                ) : (
                  t("company.notKnown")
                ),
              },
              {
                term: t("company.headcountBand"),
                value: company.headcountBand
                  ? t(`company.headcountBands.${company.headcountBand}`)
                  : t("company.notKnown"),
              },
              {
                term: t("company.revenueBand"),
                value: company.revenueBand ? t(`company.revenueBands.${company.revenueBand}`) : t("company.notKnown"),
              },
            ]}
          />
        )}
      </Paper>

      {/* While the record is edited, the contact is edited with it (in the form above). */}
      {editing ? null : contact ? (
        <Paper withBorder p="md" component="section" aria-labelledby="entreprise-contact">
          <Title order={2} size="h3" id="entreprise-contact" mb="sm">
            {t("company.contactHeading")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {company.contactNotice}
          </Text>
          <CompanyContactFields contact={contact} />
        </Paper>
      ) : (
        <Text c="dimmed">{t("company.contactRestricted", { region: project.region.name })}</Text>
      )}
    </Stack>
  );
}
