import "maplibre-gl/dist/maplibre-gl.css";

import { Box, Button, Group, Stack, Text } from "@mantine/core";
import {
  AttributionControl,
  Layer,
  Map,
  type MapLayerMouseEvent,
  type MapRef,
  Marker,
  NavigationControl,
  Popup,
  Source,
} from "@vis.gl/react-maplibre";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { ORIGIN_COLOUR, TIER_COLOURS, type SupplierMapProps } from "./supplierMapData";
import { TIERS } from "./supplierSearch";

// The worker is a file of the build (hashed, same origin: the CSP allows it), never fetched elsewhere.
maplibregl.setWorkerUrl(workerUrl);

/** Metropolitan France, where the outlines are. */
const FRANCE: [[number, number], [number, number]] = [
  [-5.3, 41.3],
  [9.6, 51.2],
];

/** No tiles, no glyphs, no sprite: a background, the départements' outlines and the results. Labels
 * are HTML (popups, marker, legend), as nothing can be downloaded at run time. */
const STYLE: maplibregl.StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: "fond", type: "background", paint: { "background-color": "#e7eef4" } }],
};

const OUTLINES_URL = `${import.meta.env.BASE_URL}geo/departements-version-simplifiee.geojson`;

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** The results on a map of France, coloured by tier, with the place searched from. Loaded lazily
 * (maplibre is large); shows a short message where WebGL is missing rather than failing the page. */
export function SupplierMap({ points, origin, onSelect }: SupplierMapProps) {
  const { t } = useTranslation(["suppliers", "enums"]);
  const [supported] = useState(webglAvailable);
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [hovering, setHovering] = useState(false);
  const map = useRef<MapRef>(null);

  const outlines = useMemo(() => new URL(OUTLINES_URL, window.location.href).href, []);
  const features = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: points.map((point) => ({
        type: "Feature" as const,
        properties: { siret: point.siret, tier: point.tier },
        geometry: { type: "Point" as const, coordinates: [point.longitude, point.latitude] },
      })),
    }),
    [points],
  );
  const locale = useMemo(
    () => ({
      "Map.Title": t("map.ui.title"),
      "NavigationControl.ZoomIn": t("map.ui.zoomIn"),
      "NavigationControl.ZoomOut": t("map.ui.zoomOut"),
      "NavigationControl.ResetBearing": t("map.ui.resetBearing"),
      "AttributionControl.ToggleAttribution": t("map.ui.toggleAttribution"),
      "Popup.Close": t("map.ui.popupClose"),
      "Marker.Title": t("map.ui.marker"),
    }),
    [t],
  );

  // Frame the results (and the place searched from) whenever they change.
  const frame = useMemo(() => {
    const spots = points.map((point) => [point.longitude, point.latitude] as const);
    if (origin) spots.push([origin.longitude, origin.latitude] as const);
    if (spots.length === 0) return null;
    const longitudes = spots.map(([longitude]) => longitude);
    const latitudes = spots.map(([, latitude]) => latitude);
    return [
      [Math.min(...longitudes), Math.min(...latitudes)],
      [Math.max(...longitudes), Math.max(...latitudes)],
    ] as [[number, number], [number, number]];
  }, [points, origin]);
  useEffect(() => {
    map.current?.fitBounds(frame ?? FRANCE, { padding: 40, maxZoom: 9, duration: 0 });
  }, [frame]);

  if (!supported || failed) {
    return <Text size="sm">{t("map.unavailable")}</Text>;
  }

  const popup = selected ? points.find((point) => point.siret === selected) : undefined;
  // ["match", ["get", "tier"], "SAME_DEPARTEMENT", colour, …, fallback]: built from the tiers' list.
  const circleColour = [
    "match",
    ["get", "tier"],
    ...TIERS.flatMap((tier) => [tier, TIER_COLOURS[tier]]),
    TIER_COLOURS.REST_OF_FRANCE,
  ] as unknown as maplibregl.ExpressionSpecification;

  return (
    <Stack gap="xs">
      <Box h={460} style={{ borderRadius: "var(--mantine-radius-sm)", overflow: "hidden" }}>
        <Map
          ref={map}
          mapLib={maplibregl}
          mapStyle={STYLE}
          initialViewState={{ bounds: frame ?? FRANCE, fitBoundsOptions: { padding: 40, maxZoom: 9 } }}
          locale={locale}
          attributionControl={false}
          dragRotate={false}
          touchPitch={false}
          interactiveLayerIds={["fournisseurs-points"]}
          cursor={hovering ? "pointer" : undefined}
          onMouseEnter={() => setHovering(true)}
          onMouseLeave={() => setHovering(false)}
          onClick={(event: MapLayerMouseEvent) => {
            const siret: unknown = event.features?.[0]?.properties?.["siret"];
            setSelected(typeof siret === "string" ? siret : null);
          }}
          onError={(event) => {
            // The map could not be created (no WebGL context, lost GPU): the list still works. Other
            // errors (a source) leave the map as it is.
            const message = event.error instanceof Error ? event.error.message : "";
            if (!event.target || /webgl/i.test(message)) setFailed(true);
          }}
        >
          <NavigationControl showCompass={false} position="top-right" />
          <AttributionControl compact={false} customAttribution={t("map.attribution")} position="bottom-right" />
          <Source id="departements" type="geojson" data={outlines}>
            <Layer id="departements-fond" type="fill" paint={{ "fill-color": "#ffffff", "fill-opacity": 0.85 }} />
            <Layer id="departements-contour" type="line" paint={{ "line-color": "#8796a5", "line-width": 0.6 }} />
          </Source>
          <Source id="fournisseurs" type="geojson" data={features}>
            <Layer
              id="fournisseurs-points"
              type="circle"
              paint={{
                "circle-radius": 6,
                "circle-color": circleColour,
                "circle-stroke-color": "#ffffff",
                "circle-stroke-width": 1.5,
              }}
            />
          </Source>
          {origin && (
            <Marker longitude={origin.longitude} latitude={origin.latitude} anchor="center">
              <div
                role="img"
                aria-label={t("map.origin", { place: origin.label })}
                title={t("map.origin", { place: origin.label })}
                style={{
                  width: 18,
                  height: 18,
                  transform: "rotate(45deg)",
                  background: ORIGIN_COLOUR,
                  border: "3px solid #ffffff",
                  boxShadow: "0 0 0 1px #495057",
                }}
              />
            </Marker>
          )}
          {popup && (
            <Popup
              longitude={popup.longitude}
              latitude={popup.latitude}
              anchor="bottom"
              offset={10}
              onClose={() => setSelected(null)}
              closeOnClick={false}
            >
              <Stack gap={4}>
                <Text size="sm" fw={700}>
                  {popup.name}
                </Text>
                <Text size="xs">{popup.place}</Text>
                <Button size="compact-xs" variant="light" onClick={() => onSelect(popup.siret)}>
                  {t("map.popupOpen")}
                </Button>
              </Stack>
            </Popup>
          )}
        </Map>
      </Box>
      <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("map.legend")}>
        {origin && (
          <Group component="li" gap={6} wrap="nowrap">
            <Box
              aria-hidden
              w={10}
              h={10}
              style={{ background: ORIGIN_COLOUR, transform: "rotate(45deg)", border: "2px solid #fff" }}
            />
            <Text size="xs">{t("map.legendOrigin")}</Text>
          </Group>
        )}
        {TIERS.map((tier) => (
          <Group component="li" key={tier} gap={6} wrap="nowrap">
            <Box aria-hidden w={12} h={12} style={{ borderRadius: "50%", background: TIER_COLOURS[tier] }} />
            <Text size="xs">{t(`results.tiers.${tier}`)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
