import { Box, Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatPercent } from "../../lib/numbers";

export const SupplyChainIndicatorsFragment = graphql(`
  fragment SupplyChainIndicators_indicators on SupplyChainIndicators {
    stages
    stagesWithRetained
    retained
    retainedInRegionShare
    retainedInFranceShare
  }
`);

/** « 67 % » (a share from 0 to 1, rounded to the unit); null when there is nothing to divide by. */
export function formatShare(share: number | null | undefined): string | null {
  return share == null ? null : formatPercent(share);
}

/** How far the chain is rebuilt: stages with a retained supplier, and where the retained ones are
 * (the shares are null, shown « — », while none is retained). */
export function SupplyChainIndicators(props: { indicators: FragmentType<typeof SupplyChainIndicatorsFragment> }) {
  const { t } = useTranslation("supplyChain");
  const indicators = useFragment(SupplyChainIndicatorsFragment, props.indicators);
  const none = t("indicators.none");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="chaine-avancement">
      <Title order={2} size="h3" id="chaine-avancement" mb="sm">
        {t("indicators.heading")}
      </Title>
      <Box component="ul" m={0} pl={0} style={{ listStyle: "none", display: "flex", flexWrap: "wrap", gap: "1.5rem" }}>
        {indicators.stages === 0 ? (
          <Indicator>{t("indicators.noStage")}</Indicator>
        ) : (
          <Indicator
            value={t("indicators.stagesValue", { count: indicators.stagesWithRetained, total: indicators.stages })}
          >
            {t("indicators.stagesLabel", { count: indicators.stagesWithRetained })}
          </Indicator>
        )}
        <Indicator value={formatShare(indicators.retainedInRegionShare) ?? none}>{t("indicators.inRegion")}</Indicator>
        <Indicator value={formatShare(indicators.retainedInFranceShare) ?? none}>{t("indicators.inFrance")}</Indicator>
        <Indicator>{t("indicators.retained", { count: indicators.retained })}</Indicator>
      </Box>
      {indicators.retained === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t("indicators.noneExplained")}
        </Text>
      )}
    </Paper>
  );
}

/** One figure, read as a sentence: « <strong>67 %</strong> des retenus dans la région ». */
function Indicator({ value, children }: { value?: string; children: ReactNode }) {
  return (
    <li>
      <Text>
        {value != null && (
          <>
            <Text span fw={700} size="lg">
              {value}
            </Text>{" "}
          </>
        )}
        {children}
      </Text>
    </li>
  );
}
