import "@mantine/charts/styles.css";

import { BarChart } from "@mantine/charts";
import { useReducedMotion } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

export interface RhythmBar {
  region: string;
  onTime: number;
  late: number;
  overdue: number;
}

/** Done on time / done late / overdue per region at the same relative day. Decorative for assistive
 * technologies: the table below gives the same numbers. */
export function RhythmChart({ bars }: { bars: RhythmBar[] }) {
  const { t } = useTranslation("planning");
  // Bars grow from zero unless the user asked the system for less motion.
  const reduceMotion = useReducedMotion();
  return (
    <div aria-hidden="true">
      <BarChart
        h={300}
        data={bars}
        dataKey="region"
        withLegend
        legendProps={{ verticalAlign: "bottom" }}
        series={[
          { name: "onTime", label: t("rhythm.columns.onTime"), color: "teal.8" },
          { name: "late", label: t("rhythm.columns.late"), color: "orange.7" },
          { name: "overdue", label: t("rhythm.columns.overdue"), color: "red.8" },
        ]}
        barChartProps={{ accessibilityLayer: false }}
        barProps={{ isAnimationActive: !reduceMotion }}
        tooltipProps={{ wrapperStyle: { pointerEvents: "none" } }}
      />
    </div>
  );
}
