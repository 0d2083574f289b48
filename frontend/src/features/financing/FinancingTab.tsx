import { useQuery } from "@apollo/client/react";
import { Anchor, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { TokenDownloadButton } from "../../components/TokenDownloadButton";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { BalanceTable } from "./BalanceTable";
import { DeMinimisBox } from "./DeMinimisBox";
import { financingExportUrl } from "./financingFormat";
import { FinancingSourcesTable } from "./FinancingSourcesTable";
import { InvestmentPlanTable } from "./InvestmentPlanTable";
import { MatchingSchemes } from "./MatchingSchemes";

/** How many proposed schemes the tab shows, best first. */
export const MATCHES_SHOWN = 10;

/** Read when the tab opens (the project page reads only whether there is a plan to show). */
export const FinancingTabQuery = graphql(`
  query FinancingTab($id: ID!, $matches: Int!, $choices: Boolean!) {
    viewer {
      today
    }
    node(id: $id) {
      __typename
      id
      ... on Project {
        viewerCanEditFinancing
        investmentPlan {
          lines {
            id
          }
          ...InvestmentPlan_plan
        }
        financingPlan {
          sources {
            id
            scheme {
              id
            }
          }
          ...FinancingSources_plan
          ...BalanceTable_plan
          ...DeMinimisBox_plan
        }
        matchingSchemes(first: $matches) {
          edges {
            node {
              scheme {
                id
                name
                deMinimis
              }
              ...MatchingSchemes_match
            }
          }
        }
        # What a line may name: a supplier considered in the chain, a document of the project (its quote);
        # read only by who may edit plans (a partner's read of them would be logged for nothing).
        supplyChain @include(if: $choices) {
          stages {
            candidates {
              id
              name
            }
          }
        }
        documents @include(if: $choices) {
          id
          title
        }
      }
    }
  }
`);

/** « Financement »: the investment plan, the financing plan with its balance, public money and de minimis
 * check, the schemes proposed for it, its export and printable page. The project's region's team and its
 * coach edit; CCI France and partners with the financing grant read. */
export function FinancingTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation("financing");
  const choices = can(useViewer(), "EDIT_FINANCING");
  const { data, loading, error, refetch } = useQuery(FinancingTabQuery, {
    variables: { id: projectId, matches: MATCHES_SHOWN, choices },
    fetchPolicy: "cache-and-network",
    // The plans stay shown when a part of the answer fails (the proposals, say): the error is said above.
    errorPolicy: "all",
  });
  const project = data?.node?.__typename === "Project" ? data.node : null;
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!project?.investmentPlan || !project.financingPlan) return <Text>{t("tab.confidential")}</Text>;

  const reload = () => refetch();
  const canEdit = project.viewerCanEditFinancing;
  const defaultYear = Number((data?.viewer?.today ?? "").slice(0, 4)) || new Date().getFullYear();
  const suppliers = (project.supplyChain?.stages ?? []).flatMap((stage) => stage.candidates);
  const documents = (project.documents ?? []).map(({ id, title }) => ({ id, name: title }));
  const matches = project.matchingSchemes?.edges.map((edge) => edge.node) ?? [];
  const schemesInPlan = new Set(
    project.financingPlan.sources.flatMap((source) => (source.scheme ? [source.scheme.id] : [])),
  );

  return (
    <Stack gap="lg">
      {error && <QueryErrorAlert error={error} />}
      <Group justify="space-between" align="flex-start">
        <Text size="sm">{canEdit ? t("tab.intro") : t("tab.readOnly")}</Text>
        <Group align="flex-start">
          <Anchor component={Link} to={routes.financingPrint(projectId)}>
            {t("tab.printable")}
          </Anchor>
          <TokenDownloadButton
            url={financingExportUrl(projectId)}
            fileName={`${t("export.fileName")}.xlsx`}
            label={t("export.button")}
            failedMessage={t("export.failed")}
          />
        </Group>
      </Group>
      <InvestmentPlanTable
        projectId={projectId}
        plan={project.investmentPlan}
        canEdit={canEdit}
        defaultYear={defaultYear}
        suppliers={suppliers}
        documents={documents}
        onReload={reload}
      />
      <FinancingSourcesTable
        projectId={projectId}
        plan={project.financingPlan}
        canEdit={canEdit}
        defaultYear={defaultYear}
        schemes={matches.map((match) => match.scheme)}
        documents={documents}
        onReload={reload}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <BalanceTable plan={project.financingPlan} />
        <DeMinimisBox projectId={projectId} plan={project.financingPlan} canEdit={canEdit} onReload={reload} />
      </SimpleGrid>
      <MatchingSchemes
        projectId={projectId}
        matches={matches}
        planHasLines={project.investmentPlan.lines.length > 0}
        schemesInPlan={schemesInPlan}
        canEdit={canEdit}
        defaultYear={defaultYear}
        onReload={reload}
      />
    </Stack>
  );
}
