import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";

import { parseSearchNaf } from "./sourcingRequestErrors";

export const ANSWER_SEARCH_PAGE_SIZE = 10;

/** An establishment chosen for the answer: from the search (its name and place shown), or typed by SIRET
 * (`name` null) when the search does not find it. */
export interface PickedSupplier {
  siret: string;
  name: string | null;
  /** « Roubaix (59) ». */
  place: string | null;
}

/** The départements of the answerer's region: the search looks in them only, since an answer proposes
 * establishments of one's own directory (the API refuses any other). */
export const AnswerRegionQuery = graphql(`
  query AnswerRegion {
    viewer {
      region {
        id
        departements
      }
    }
  }
`);

export const AnswerSupplierSearchQuery = graphql(`
  query AnswerSupplierSearch($query: String, $filter: SupplierFilter, $first: Int!, $after: String) {
    suppliers(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          siret
          name
          communeName
          departement
          nafCode
          nafLabel
        }
      }
    }
  }
`);

interface Criteria {
  text: string;
  naf: string[];
  /** One département of the region; empty: the whole region. */
  departement: string;
}

interface Props {
  /** The request's suggested activities: the search starts from them. */
  nafHints: readonly string[];
  picked: readonly PickedSupplier[];
  /** False when the answer holds as many establishments as it may. */
  canPick: boolean;
  onPick: (supplier: PickedSupplier) => void;
  onUnpick: (siret: string) => void;
}

/** « Chercher dans l'annuaire de votre région »: the words, the activities (the request's suggested ones
 * to start with) and a département of the region; each result is picked for the answer, as « Ajouter à
 * l'étape » adds one to a stage. */
export function AnswerSupplierSearch({ nafHints, picked, canPick, onPick, onUnpick }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const headingId = useId();
  const initialNaf = parseSearchNaf(nafHints.join(", ")).codes;
  const [text, setText] = useState("");
  const [naf, setNaf] = useState(initialNaf.join(", "));
  const [departement, setDepartement] = useState("");
  const [nafError, setNafError] = useState<string | null>(null);
  const [criteria, setCriteria] = useState<Criteria>({ text: "", naf: initialNaf, departement: "" });
  const [loadingMore, setLoadingMore] = useState(false);

  const region = useQuery(AnswerRegionQuery);
  const departements = region.data?.viewer?.region?.departements ?? [];
  const list = useQuery(AnswerSupplierSearchQuery, {
    skip: departements.length === 0,
    variables: {
      query: criteria.text || null,
      filter: {
        naf: criteria.naf.length ? criteria.naf : null,
        departements: criteria.departement ? [criteria.departement] : departements,
      },
      first: ANSWER_SEARCH_PAGE_SIZE,
      after: null,
    },
  });
  const connection = (list.data ?? list.previousData)?.suppliers;
  const results = connection?.edges.map((edge) => edge.node) ?? [];
  const pickedSirets = new Set(picked.map((supplier) => supplier.siret));

  const search = () => {
    const parsed = parseSearchNaf(naf);
    if (parsed.invalid.length) {
      setNafError(t("search.nafInvalid", { codes: parsed.invalid.join(", ") }));
      return;
    }
    setNafError(null);
    setCriteria({ text: text.trim(), naf: parsed.codes, departement });
  };

  const showMore = async () => {
    const endCursor = connection?.pageInfo.endCursor;
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          suppliers: {
            ...fetchMoreResult.suppliers,
            edges: [...previous.suppliers.edges, ...fetchMoreResult.suppliers.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const error = region.error ?? list.error;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Text fw={600} id={headingId}>
        {t("search.heading")}
      </Text>
      <form
        role="search"
        aria-label={t("search.label")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="search"
              label={t("search.query")}
              description={t("search.queryHelp")}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <TextInput
              label={t("search.naf")}
              description={t("search.nafHelp")}
              value={naf}
              autoComplete="off"
              onChange={(event) => setNaf(event.currentTarget.value)}
              error={nafError}
            />
            <NativeSelect
              label={t("search.departement")}
              description={t("search.departementHelp")}
              value={departement}
              onChange={(event) => setDepartement(event.currentTarget.value)}
              data={[
                { value: "", label: t("search.wholeRegion") },
                ...departements.map((code) => ({ value: code, label: t("search.departementOption", { code }) })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="light" loading={list.loading && !loadingMore}>
              {t("search.submit")}
            </Button>
          </Group>
        </Stack>
      </form>

      {error && <QueryErrorAlert error={error} onRetry={() => void (region.error ? region : list).refetch()} />}
      {!connection && !error && <Loader size="sm" aria-label={t("search.loading")} />}
      {connection && (
        <>
          <Text size="sm" role="status">
            {t(connection.totalCountIsExact ? "search.count" : "search.countAtLeast", {
              count: connection.totalCount,
            })}
          </Text>
          {results.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("search.empty")}
            </Alert>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              aria-label={t("search.results")}
              style={{ listStyle: "none", margin: 0, padding: 0 }}
            >
              {results.map((supplier) => {
                const nameId = `${headingId}-${supplier.siret}`;
                const isPicked = pickedSirets.has(supplier.siret);
                const place = t("supplierPlace", { commune: supplier.communeName, departement: supplier.departement });
                return (
                  <Paper component="li" key={supplier.siret} withBorder p="xs">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <div>
                        <Text fw={600} id={nameId}>
                          {supplier.name}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {[
                            t("answers.siret", { siret: supplier.siret }),
                            place,
                            supplier.nafCode && [supplier.nafCode, supplier.nafLabel].filter(Boolean).join(" "),
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </Text>
                      </div>
                      {isPicked ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-describedby={nameId}
                          onClick={() => onUnpick(supplier.siret)}
                        >
                          {t("search.unpick")}
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          aria-describedby={nameId}
                          disabled={!canPick}
                          onClick={() => onPick({ siret: supplier.siret, name: supplier.name, place })}
                        >
                          {t("search.pick")}
                        </Button>
                      )}
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )}
          {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
            <Group>
              <Button variant="subtle" size="xs" loading={loadingMore} onClick={() => void showMore()}>
                {t("search.more")}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
