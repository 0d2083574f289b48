import { useQuery } from "@apollo/client/react";
import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";

import { AcceleratorEditionFragment, AcceleratorEditionQuery } from "./AcceleratorEdition";
import { CandidacyConfirmation } from "./CandidacyConfirmation";
import { CandidacyForm, type CandidacyReceipt } from "./CandidacyForm";
import { COMMUNE_SEARCH_MIN_LENGTH } from "./CommuneField";

/** Public (no token, like the page): the communes whose name or postal code starts with what is typed. */
export const CommunesQuery = graphql(`
  query Communes($search: String!, $first: Int!) {
    communes(search: $search, first: $first) {
      code
      ...CommuneField_commune
    }
  }
`);

export const COMMUNES_SHOWN = 10;
/** The pause after the last key before the search is sent. */
export const COMMUNE_SEARCH_DELAY_MS = 250;

/** /candidater: public, no account needed. A company applies; the server sends the candidacy to the
 * accelerator of its commune's region. */
export function CandidacyPage() {
  const { t } = useTranslation("candidacy");
  useDocumentTitle(t("title"));
  const [receipt, setReceipt] = useState<CandidacyReceipt | null>(null);
  const [communeText, setCommuneText] = useState("");
  const [search] = useDebouncedValue(communeText.trim(), COMMUNE_SEARCH_DELAY_MS);
  const communes = useQuery(CommunesQuery, {
    variables: { search, first: COMMUNES_SHOWN },
    skip: search.length < COMMUNE_SEARCH_MIN_LENGTH,
    fetchPolicy: "cache-first",
  });
  const current = search === communeText.trim();
  const accelerator = useQuery(AcceleratorEditionQuery, { fetchPolicy: "cache-first" });
  const editionData = useFragment(AcceleratorEditionFragment, accelerator.data?.acceleratorEdition);
  // undefined while unknown (loading, failed): the form then names no region rather than wrong ones.
  const edition = accelerator.data ? (editionData ?? null) : undefined;

  return (
    <Stack gap="lg" py="md" maw={720}>
      <Title order={1}>{t("title")}</Title>
      {receipt ? (
        <CandidacyConfirmation receipt={receipt} edition={edition ?? null} />
      ) : (
        <>
          <Stack gap="xs">
            <Text>{t("intro.lead")}</Text>
            <List spacing={4}>
              <List.Item>{t("intro.marketStudy")}</List.Item>
              <List.Item>{t("intro.research")}</List.Item>
              <List.Item>{t("intro.sourcing")}</List.Item>
              <List.Item>{t("intro.financing")}</List.Item>
              <List.Item>{t("intro.pitch")}</List.Item>
            </List>
            <Text>{t("intro.next")}</Text>
          </Stack>
          <CandidacyForm
            onSubmitted={setReceipt}
            edition={edition}
            communeSearch={{
              // Only the answer for what is typed now: an older list would offer communes no longer asked for.
              communes: current && communes.data ? communes.data.communes : [],
              searching: !current || communes.loading,
              failed: current && !!communes.error,
            }}
            onCommuneSearch={setCommuneText}
          />
        </>
      )}
      <Text size="sm">
        {t("advisers")}{" "}
        <Anchor component={Link} to={routes.home()}>
          {t("signIn")}
        </Anchor>
      </Text>
    </Stack>
  );
}
