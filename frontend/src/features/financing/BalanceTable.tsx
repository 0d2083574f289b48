import { Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatEuros, formatPercent } from "../../lib/numbers";

import { type Gap, gapOf } from "./financingFormat";

export const BalanceFragment = graphql(`
  fragment BalanceTable_plan on FinancingPlan {
    balance {
      uses
      sources
      byYear {
        year
        uses
        sources
      }
    }
    publicAmount
    publicShare
  }
`);

/** « Équilibre emplois / ressources » by year and in total, the gap highlighted (never blocking), and the
 * public money the plan counts with its share of the investment. */
export function BalanceTable(props: { plan: FragmentType<typeof BalanceFragment> }) {
  const { t } = useTranslation("financing");
  const { balance, publicAmount, publicShare } = useFragment(BalanceFragment, props.plan);

  const gapCell = (gap: Gap) => {
    if (gap.kind === "balanced") return <Text size="sm">{t("balance.balanced")}</Text>;
    return (
      <Text size="sm" fw={700} c={gap.kind === "missing" ? "red" : "orange"}>
        {gap.kind === "missing"
          ? t("balance.missing", { amount: formatEuros(gap.amount) })
          : t("balance.surplus", { amount: formatEuros(gap.amount) })}
      </Text>
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="financement-equilibre">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="financement-equilibre">
            {t("balance.heading")}
          </Title>
          <Text size="sm" mt={4}>
            {t("balance.intro")}
          </Text>
        </div>
        {balance.byYear.length === 0 ? (
          <Text>{t("balance.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table captionSide="top" verticalSpacing="xs">
              <Table.Caption ta="left" fw={600}>
                {t("balance.caption")}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("balance.year")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("balance.uses")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("balance.sources")}
                  </Table.Th>
                  <Table.Th scope="col">{t("balance.gap")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {balance.byYear.map((year) => (
                  <Table.Tr key={year.year}>
                    <Table.Th scope="row">{year.year}</Table.Th>
                    <Table.Td ta="right">{formatEuros(year.uses)}</Table.Td>
                    <Table.Td ta="right">{formatEuros(year.sources)}</Table.Td>
                    <Table.Td>{gapCell(gapOf(year.uses, year.sources))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t("balance.total")}</Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {formatEuros(balance.uses)}
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {formatEuros(balance.sources)}
                  </Table.Td>
                  <Table.Td>{gapCell(gapOf(balance.uses, balance.sources))}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="xl" component="dl" m={0} aria-label={t("publicMoney.heading")}>
          <div>
            <Text component="dt" size="sm" fw={600}>
              {t("publicMoney.total")}
            </Text>
            <Text component="dd" m={0}>
              {formatEuros(publicAmount)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" fw={600}>
              {t("publicMoney.share")}
            </Text>
            <Text component="dd" m={0}>
              {publicShare == null
                ? t("publicMoney.noShare")
                : t("publicMoney.shareValue", { share: formatPercent(publicShare) })}
            </Text>
          </div>
        </Group>
      </Stack>
    </Paper>
  );
}
