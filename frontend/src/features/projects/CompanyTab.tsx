import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";

import { formatSiren } from "./ProjectDetails";

export const CompanyTabFragment = graphql(`
  fragment CompanyTab_project on Project {
    id
    access
    region {
      id
      name
    }
    contact {
      name
      email
      phone
    }
    company {
      id
      name
      siren
      sirenIsDemo
      siret
      nafCode
      communeName
      departement
      region {
        id
        name
      }
    }
  }
`);

/** « 829 153 410 00012 »: the SIREN, then the establishment's number. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, "$1 $2 $3 $4") : siret;
}

/** « Entreprise »: who carries the project and, for readers of the full card, whom to call there. */
export function CompanyTab(props: { project: FragmentType<typeof CompanyTabFragment> }) {
  const { t } = useTranslation("projects");
  const project = useFragment(CompanyTabFragment, props.project);
  const { company, contact } = project;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="entreprise-identite">
        <Title order={2} size="h3" id="entreprise-identite" mb="sm">
          {t("company.heading")}
        </Title>
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
            ...(company.nafCode ? [{ term: t("detail.naf"), value: company.nafCode }] : []),
            {
              term: t("detail.commune"),
              value: t("detail.communeValue", { commune: company.communeName, departement: company.departement }),
            },
            { term: t("company.region"), value: company.region.name },
          ]}
        />
      </Paper>

      {project.access === "FULL" ? (
        <Paper withBorder p="md" component="section" aria-labelledby="entreprise-contact">
          <Title order={2} size="h3" id="entreprise-contact" mb="sm">
            {t("company.contactHeading")}
          </Title>
          {contact ? (
            <FieldList
              items={[
                { term: t("company.contactName"), value: contact.name },
                ...(contact.email.trim()
                  ? [
                      {
                        term: t("company.contactEmail"),
                        value: <Anchor href={`mailto:${contact.email.trim()}`}>{contact.email}</Anchor>,
                      },
                    ]
                  : []),
                ...(contact.phone.trim()
                  ? [
                      {
                        term: t("company.contactPhone"),
                        value: <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</Anchor>,
                      },
                    ]
                  : []),
              ]}
            />
          ) : (
            <Text>{t("company.noContact")}</Text>
          )}
        </Paper>
      ) : (
        <Text c="dimmed">{t("company.contactRestricted", { region: project.region.name })}</Text>
      )}
    </Stack>
  );
}
