import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Drawer, Group, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { FieldList } from "../../components/FieldList";
import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectNeed } from "../../graphql/generated/graphql";
import { regionsWhere } from "../../lib/capabilities";
import { formatDayOf } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { formatNumber } from "../../lib/numbers";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { CandidateDecision } from "./CandidateDecision";
import { sortCandidates } from "./candidateOrder";
import { CompanyContactFields } from "./CompanyContactFields";
import { formatSiren } from "./ProjectDetails";
import { SelectionGrid } from "./SelectionGrid";

/** The API's largest page: a region's candidates fit in one or two, all read before sorting. */
export const CANDIDATES_PAGE_SIZE = 100;

export const CandidatesContextQuery = graphql(`
  query CandidatesContext {
    selectionCriteria {
      key
      label
      maxPoints
    }
  }
`);

export const CandidatesQuery = graphql(`
  query Candidates($region: String!, $first: Int!, $after: String) {
    projects(region: $region, first: $first, after: $after, filter: { status: [CANDIDATE] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          name
          status
          version
          summary
          needs
          kind
          sector
          createdAt
          nextSteps {
            status
            reasonRequired
          }
          company {
            id
            name
            siren
            sirenIsDemo
            nafCode
            nafLabel
            communeName
            departement
            contact {
              name
              function
              email
              phone
            }
            contactNotice
          }
          selectionReview {
            count
            average
            lowest
            highest
          }
          ...SelectionGrid_project
        }
      }
    }
  }
`);

/** « Candidatures »: the region's candidates, best average of the selection committee first, each opened in a panel to score it on
 * the selection grid and to select it or not. A candidate decided on leaves the list. */
export function CandidatesPage() {
  const { t } = useTranslation(["projects", "enums", "common"]);
  useDocumentTitle(t("candidates.title"));
  const heading = useRef<HTMLHeadingElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // The project just selected: its next steps (adviser, cohort) are proposed on top of the list.
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);

  const viewer = useViewer();
  const context = useQuery(CandidatesContextQuery);
  // The region whose candidates the viewer scores and decides on: where they may edit projects.
  const region = regionsWhere(viewer, "EDIT_PROJECT")[0] ?? null;
  const list = useQuery(CandidatesQuery, {
    skip: !region,
    variables: { region: region?.slug ?? "", first: CANDIDATES_PAGE_SIZE },
    errorPolicy: "all",
  });

  // Sorting needs every candidate: read the following pages, if any, as soon as one arrives.
  const connection = list.data?.projects;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  const { fetchMore } = list;
  const requested = useRef(new Set<string>());
  useEffect(() => {
    if (!nextCursor || requested.current.has(nextCursor)) return;
    requested.current.add(nextCursor);
    void fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        projects: {
          ...fetchMoreResult.projects,
          edges: [...previous.projects.edges, ...fetchMoreResult.projects.edges],
        },
      }),
    }).catch(() => undefined);
  }, [nextCursor, fetchMore]);

  const criteria = context.data?.selectionCriteria ?? [];
  const max = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  // A decision changes the project's status in the cache: it is no longer a candidate.
  const candidates = sortCandidates(
    (connection?.edges ?? []).map((edge) => edge.node).filter((node) => node.status === "CANDIDATE"),
  );
  const open = candidates.find((candidate) => candidate.id === openId) ?? null;
  const needs = (values: readonly ProjectNeed[]) =>
    values.length ? values.map((need) => t(`enums:projectNeed.${need}`)).join(", ") : t("candidates.noNeeds");

  // The button that opened the panel is gone with its row after a decision: focus goes to the page.
  // The row may leave (the cache answers first) before `onDecided` runs: hence `openId` below too.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (open === null && focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [open, openId]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
          {t("candidates.title")}
        </Title>
        <Text mt="xs">{t("candidates.intro")}</Text>
      </div>

      {selected && (
        <Alert
          color="teal"
          variant="light"
          title={t("candidates.nextSteps.title", { name: selected.name })}
          withCloseButton
          closeButtonLabel={t("common:close")}
          onClose={() => setSelected(null)}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("candidates.nextSteps.body")}</Text>
            <Group gap="md">
              <Anchor component={Link} to={routes.project(selected.id)}>
                {t("candidates.nextSteps.openProject")}
              </Anchor>
              {region && (
                <Anchor component={Link} to={routes.cohorts(new URLSearchParams({ region: region.slug }))}>
                  {t("candidates.nextSteps.openCohorts")}
                </Anchor>
              )}
            </Group>
          </Stack>
        </Alert>
      )}

      {context.error && !context.data && (
        <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />
      )}
      {(context.loading || list.loading) && !connection && <LoadingState />}
      {context.data && !region && (
        <Alert color="filiere" variant="light">
          {t("candidates.noRegion")}
        </Alert>
      )}
      {list.error && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {(connection?.unavailableRegions.length ?? 0) > 0 && (
        <Alert color="orange" role="alert">
          {t("candidates.unavailable")}
        </Alert>
      )}

      {connection && region && (
        <Stack gap="xs">
          <Text fw={600} role="status">
            {t("candidates.count", { count: candidates.length })}
          </Text>
          {candidates.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("candidates.empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table captionSide="top" verticalSpacing="sm" striped highlightOnHover>
                <Table.Caption ta="left" fw={600}>
                  {t("candidates.caption", { region: region.name })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("candidates.columns.project")}</Table.Th>
                    <Table.Th scope="col">{t("candidates.columns.company")}</Table.Th>
                    <Table.Th scope="col">{t("candidates.columns.needs")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("candidates.columns.score")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {candidates.map((candidate) => (
                    <Table.Tr key={candidate.id}>
                      <Table.Th scope="row" fw="normal" maw={420}>
                        <UnstyledButton
                          onClick={() => setOpenId(candidate.id)}
                          aria-haspopup="dialog"
                          fw={600}
                          c="filiere.8"
                          td="underline"
                        >
                          {candidate.name}
                        </UnstyledButton>
                        <Text size="sm" lineClamp={3} mt={4}>
                          {candidate.summary}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {candidate.company.name}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {t("detail.communeValue", {
                            commune: candidate.company.communeName,
                            departement: candidate.company.departement,
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{needs(candidate.needs)}</Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {candidate.selectionReview ? (
                          <>
                            <Text fw={700}>
                              {t("candidates.average", {
                                average: formatNumber(candidate.selectionReview.average, 1),
                                max,
                              })}
                            </Text>
                            <Text size="sm" c="dimmed">
                              {t("candidates.spread", {
                                count: candidate.selectionReview.count,
                                lowest: candidate.selectionReview.lowest,
                                highest: candidate.selectionReview.highest,
                              })}
                            </Text>
                          </>
                        ) : (
                          <Text c="dimmed">{t("candidates.unscored")}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}

      <Drawer
        opened={open !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size="xl"
        title={
          open && (
            <Title order={2} size="h3" component="span">
              {open.name}
            </Title>
          )
        }
        closeButtonProps={{ "aria-label": t("common:close") }}
      >
        {open && (
          <Stack gap="lg">
            <FieldList
              items={[
                { term: t("candidates.panel.company"), value: open.company.name },
                {
                  term: t("detail.siren"),
                  value: open.company.sirenIsDemo
                    ? `${formatSiren(open.company.siren)} (${t("detail.sirenDemo")})`
                    : formatSiren(open.company.siren),
                },
                {
                  term: t("detail.naf"),
                  value: open.company.nafCode
                    ? [open.company.nafCode, open.company.nafLabel].filter(Boolean).join(" — ")
                    : t("company.notKnown"),
                },
                {
                  term: t("candidates.panel.commune"),
                  value: t("detail.communeValue", {
                    commune: open.company.communeName,
                    departement: open.company.departement,
                  }),
                },
                { term: t("detail.sector"), value: t(`enums:sector.${open.sector}`) },
                { term: t("detail.kind"), value: t(`enums:projectKind.${open.kind}`) },
                { term: t("candidates.panel.needs"), value: needs(open.needs) },
                { term: t("candidates.panel.submittedAt"), value: formatDayOf(open.createdAt) ?? open.createdAt },
              ]}
            />
            <CandidateContact company={open.company} />
            <div>
              <Text fw={600}>{t("candidates.panel.summary")}</Text>
              <Text style={{ whiteSpace: "pre-line" }}>{open.summary}</Text>
            </div>
            <Group>
              <Anchor component={Link} to={routes.project(open.id)}>
                {t("candidates.panel.openProject")}
              </Anchor>
            </Group>
            <SelectionGrid key={open.id} project={open} criteria={criteria} />
            <CandidateDecision
              key={`decision-${open.id}`}
              project={open}
              onDecided={(to) => {
                setSelected(to === "SELECTED" ? { id: open.id, name: open.name } : null);
                focusHeading.current = true;
                setOpenId(null);
              }}
              onReload={() => list.refetch()}
            />
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}

interface ContactProps {
  company: {
    contact: { name: string; function: string; email: string; phone: string } | null | undefined;
    contactNotice: string;
  };
}

/** Whom to call at the company, with what the data is kept for (personal data). */
function CandidateContact({ company }: ContactProps) {
  const { t } = useTranslation("projects");
  const { contact } = company;
  if (!contact) return null; // not a reader of the full record
  return (
    <Stack gap="xs" component="section" aria-labelledby="candidature-contact">
      <Title order={3} size="h4" id="candidature-contact">
        {t("company.contactHeading")}
      </Title>
      <CompanyContactFields contact={contact} size="sm" />
      <Text size="xs" c="dimmed">
        {company.contactNotice}
      </Text>
    </Stack>
  );
}
