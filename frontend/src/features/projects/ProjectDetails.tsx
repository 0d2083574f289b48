import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { can, onlyAttached } from "../../lib/capabilities";
import { formatDateTime } from "../../lib/dates";
import { useViewer } from "../../lib/viewer";

import { StatusBadge } from "./StatusBadge";

export const ProjectDetailsFragment = graphql(`
  fragment ProjectDetails_project on Project {
    id
    summary
    kind
    sector
    status
    needs
    access
    notes
    updatedAt
    viewerCanAssignAdviser
    region {
      id
      name
    }
    adviser {
      id
      displayName
    }
    company {
      id
      name
      siren
      sirenIsDemo
      nafCode
      communeName
      departement
    }
  }
`);

/** « 123 456 789 », as SIRENs are usually written. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3") : siren;
}

interface Props {
  project: FragmentType<typeof ProjectDetailsFragment>;
  /** Opens « Attribuer le conseiller » (shown when the API lets the viewer assign). */
  onAssignAdviser?: () => void;
}

export function ProjectDetails(props: Props) {
  const { t } = useTranslation(["projects", "enums"]);
  const project = useFragment(ProjectDetailsFragment, props.project);
  const { company } = project;
  const viewer = useViewer();
  // The CCI's internal notes are closed to the coach, who reads the rest of the full card.
  const notesVisible = project.access === "FULL" && can(viewer, "VIEW_PROJECT_NOTES");

  return (
    <Stack gap="lg">
      {/* Those attached to the project read the summary card they need: no notice of what is closed. */}
      {project.access === "SUMMARY" && !onlyAttached(viewer, "VIEW_PROJECT_SUMMARY") && (
        <Alert color="filiere" variant="light" title={t("detail.summaryCardTitle")}>
          {t("detail.summaryCard", { region: project.region.name })}
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="projet-entreprise">
        <Title order={2} size="h3" id="projet-entreprise" mb="sm">
          {t("detail.company")}
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
            ...(company.nafCode ? [{ term: t("detail.naf"), value: company.nafCode }] : []),
            {
              term: t("detail.commune"),
              value: t("detail.communeValue", { commune: company.communeName, departement: company.departement }),
            },
          ]}
        />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="projet-fiche">
        <Title order={2} size="h3" id="projet-fiche" mb="sm">
          {t("detail.project")}
        </Title>
        <FieldList
          items={[
            { term: t("detail.kind"), value: t(`enums:projectKind.${project.kind}`) },
            { term: t("detail.sector"), value: t(`enums:sector.${project.sector}`) },
            { term: t("detail.status"), value: <StatusBadge status={project.status} /> },
            {
              term: t("detail.needs"),
              value: project.needs.length ? (
                <Group gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {project.needs.map((need) => (
                    <li key={need}>
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        {t(`enums:projectNeed.${need}`)}
                      </Badge>
                    </li>
                  ))}
                </Group>
              ) : (
                t("detail.noNeeds")
              ),
            },
            { term: t("detail.region"), value: project.region.name },
            {
              term: t("detail.adviser"),
              value: (
                <Group gap="sm" component="span">
                  <span>{project.adviser?.displayName ?? t("detail.noAdviser")}</span>
                  {project.viewerCanAssignAdviser && props.onAssignAdviser && (
                    <Button
                      variant="light"
                      size="compact-sm"
                      onClick={props.onAssignAdviser}
                      aria-label={project.adviser ? t("adviser.changeLabel") : t("adviser.assignLabel")}
                      aria-haspopup="dialog"
                    >
                      {project.adviser ? t("adviser.change") : t("adviser.assign")}
                    </Button>
                  )}
                </Group>
              ),
            },
            { term: t("detail.updatedAt"), value: formatDateTime(project.updatedAt) ?? project.updatedAt },
          ]}
        />
      </Paper>

      <section aria-labelledby="projet-objectif">
        <Title order={2} size="h3" id="projet-objectif" mb="xs">
          {t("detail.summary")}
        </Title>
        <Text style={{ whiteSpace: "pre-line" }}>{project.summary}</Text>
      </section>

      {notesVisible && (
        <section aria-labelledby="projet-notes">
          <Title order={2} size="h3" id="projet-notes" mb="xs">
            {t("detail.notes")}
          </Title>
          <Text style={{ whiteSpace: "pre-line" }}>{project.notes?.trim() ? project.notes : t("detail.noNotes")}</Text>
        </section>
      )}
    </Stack>
  );
}
