/** GraphQL-shaped suppliers for mocked responses: complete objects with __typename, as the API sends. */

export function supplierProfile(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "SupplierProfile",
    tags: ["lin", "filature au mouillé"],
    capabilityNafCodes: ["13.20Z"],
    certifications: ["ORIGINE_FRANCE_GARANTIE"],
    capacityNotes: "20 tonnes par mois.",
    contactName: "Hélène Martin",
    contactEmail: "h.martin@filature.example",
    contactPhone: "02 35 00 00 00",
    lastContactOn: "2026-10-02",
    changedBy: "Camille Lemoine",
    updatedAt: "2026-10-02T09:30:00+00:00",
    version: 3,
    history: {
      __typename: "SupplierProfileChangeConnection",
      totalCount: 2,
      edges: [
        {
          __typename: "SupplierProfileChangeEdge",
          node: {
            __typename: "SupplierProfileChange",
            occurredAt: "2026-10-02T09:30:00+00:00",
            actorName: "Camille Lemoine",
            fields: ["contact", "e-mail du contact"],
          },
        },
      ],
    },
    ...overrides,
  };
}

let nextSiret = 10;

export function supplier(overrides: Record<string, unknown> = {}) {
  const siret = (overrides["siret"] as string | undefined) ?? `829153410000${nextSiret++}`;
  return {
    __typename: "Supplier",
    siret,
    siren: siret.slice(0, 9),
    name: "FILATURE DE LA SEINE",
    tradeNames: [],
    nafCode: "13.10Z",
    nafLabel: "Préparation de fibres textiles et filature",
    workforceBand: "12",
    isHeadOffice: false,
    street: "12 rue des Tisserands",
    postalCode: "76500",
    communeName: "Elbeuf",
    departement: "76",
    regionName: "Normandie",
    tier: "SAME_DEPARTEMENT",
    distanceKm: 18.4,
    longitude: 1.01,
    latitude: 49.29,
    viewerCanEnrich: true,
    profile: null,
    ...overrides,
  };
}

export function suppliersConnection(
  nodes: ReturnType<typeof supplier>[],
  options: {
    totalCount?: number;
    totalCountIsExact?: boolean;
    hasNextPage?: boolean;
    endCursor?: string | null;
    unavailable?: string[];
  } = {},
) {
  return {
    __typename: "SupplierConnection",
    totalCount: options.totalCount ?? nodes.length,
    totalCountIsExact: options.totalCountIsExact ?? true,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: options.hasNextPage ?? false,
      endCursor: options.endCursor ?? null,
    },
    unavailableRegions: (options.unavailable ?? []).map((name) => ({
      __typename: "UnavailableRegion",
      slug: name.toLowerCase(),
      name,
    })),
    edges: nodes.map((node) => ({ __typename: "SupplierEdge", node })),
  };
}

export const rouen = {
  __typename: "SupplierSearchOrigin",
  communeName: "Rouen",
  departement: "76",
  longitude: 1.0993,
  latitude: 49.4431,
};

export const noOrigin = {
  __typename: "SupplierSearchOrigin",
  communeName: null,
  departement: null,
  longitude: null,
  latitude: null,
};
