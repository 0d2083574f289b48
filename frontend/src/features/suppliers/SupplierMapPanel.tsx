import { Paper, Stack, Text } from "@mantine/core";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";

import type { SupplierMapProps } from "./supplierMapData";

// maplibre (about 1 MB) loads with this panel only, not with the rest of the app.
const SupplierMap = lazy(() => import("./SupplierMap").then((module) => ({ default: module.SupplierMap })));

/** Whatever goes wrong inside the map (its chunk cannot load, maplibre throws while drawing) stays
 * inside the map: the results list is the page's real content. */
class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

interface Props extends SupplierMapProps {
  /** Results shown in the list that the map cannot place. */
  notLocated: number;
}

export function SupplierMapPanel({ notLocated, ...map }: Props) {
  const { t } = useTranslation("suppliers");
  return (
    <Paper withBorder p="sm" component="section" aria-label={t("map.label")}>
      <Stack gap="xs">
        <MapErrorBoundary fallback={<Text size="sm">{t("map.unavailable")}</Text>}>
          <Suspense fallback={<LoadingState label={t("map.loading")} />}>
            <SupplierMap {...map} />
          </Suspense>
        </MapErrorBoundary>
        {notLocated > 0 && (
          <Text size="xs" c="dimmed">
            {t("map.notLocated", { count: notLocated })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
