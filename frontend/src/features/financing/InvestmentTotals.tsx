import { SimpleGrid, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatEuros } from "../../lib/numbers";

export const InvestmentTotalsFragment = graphql(`
  fragment InvestmentTotals_plan on InvestmentPlan {
    totals {
      total
      byCategory {
        category
        amount
      }
      byYear {
        year
        amount
      }
    }
  }
`);

/** The plan's totals by category and by year, as two small tables (the API adds them up). */
export function InvestmentTotals(props: { plan: FragmentType<typeof InvestmentTotalsFragment> }) {
  const { t } = useTranslation("financing");
  const { totals } = useFragment(InvestmentTotalsFragment, props.plan);
  const total = (
    <Table.Tr>
      <Table.Th scope="row">{t("investment.total")}</Table.Th>
      <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }}>
        {formatEuros(totals.total)}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption ta="left" fw={600}>
          {t("investment.byCategoryCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("investment.columns.category")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("investment.amount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.byCategory.map(({ category, amount }) => (
            <Table.Tr key={category}>
              <Table.Th scope="row" fw={400}>
                {t(`enums.category.${category}`)}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {formatEuros(amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>{total}</Table.Tfoot>
      </Table>
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption ta="left" fw={600}>
          {t("investment.byYearCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("investment.year")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("investment.amount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.byYear.map(({ year, amount }) => (
            <Table.Tr key={year}>
              <Table.Th scope="row" fw={400}>
                {year}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {formatEuros(amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>{total}</Table.Tfoot>
      </Table>
    </SimpleGrid>
  );
}
