import { useQuery } from "@apollo/client/react";
import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";

import { BalanceTable } from "./BalanceTable";
import { DeMinimisBox } from "./DeMinimisBox";
import classes from "./FinancingPrintPage.module.css";
import { FinancingSourcesTable } from "./FinancingSourcesTable";
import { InvestmentPlanTable } from "./InvestmentPlanTable";

export const FinancingPrintQuery = graphql(`
  query FinancingPrint($id: ID!) {
    viewer {
      today
    }
    node(id: $id) {
      __typename
      id
      ... on Project {
        name
        company {
          id
          name
        }
        investmentPlan {
          ...InvestmentPlan_plan
        }
        financingPlan {
          ...FinancingSources_plan
          ...BalanceTable_plan
          ...DeMinimisBox_plan
        }
      }
    }
  }
`);

/** The project's investment and financing plans on one page, to print (or save as PDF): read-only tables,
 * the balance, public money and the de minimis check, without the app around them on paper. */
export function FinancingPrintPage() {
  const { t } = useTranslation("financing");
  const { projectId = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(FinancingPrintQuery, { variables: { id: projectId } });
  const project = data?.node?.__typename === "Project" ? data.node : null;
  useDocumentTitle(project ? t("print.title", { name: project.name }) : null);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  const back = (
    <Anchor component={Link} to={routes.project(projectId, "financement")}>
      {t("print.back")}
    </Anchor>
  );
  if (!project?.investmentPlan || !project.financingPlan) {
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("print.notFound")}</Title>
        {back}
      </Stack>
    );
  }
  const today = data?.viewer?.today;
  const noReload = () => Promise.resolve();

  return (
    <Stack gap="lg" className={classes.page}>
      <Group justify="space-between" className={classes.noPrint}>
        {back}
        <Button onClick={() => window.print()}>{t("print.print")}</Button>
      </Group>
      <div>
        <Title order={1}>{t("print.title", { name: project.name })}</Title>
        <Text mt="xs">{project.company.name}</Text>
        {today && <Text size="sm">{t("print.generatedOn", { date: formatLongDate(today) ?? today })}</Text>}
      </div>
      <InvestmentPlanTable
        projectId={projectId}
        plan={project.investmentPlan}
        canEdit={false}
        defaultYear={0}
        suppliers={[]}
        documents={[]}
        onReload={noReload}
      />
      <FinancingSourcesTable
        projectId={projectId}
        plan={project.financingPlan}
        canEdit={false}
        defaultYear={0}
        schemes={[]}
        documents={[]}
        onReload={noReload}
      />
      <BalanceTable plan={project.financingPlan} />
      <DeMinimisBox projectId={projectId} plan={project.financingPlan} canEdit={false} onReload={noReload} />
    </Stack>
  );
}
