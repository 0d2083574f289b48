import { useQuery } from "@apollo/client/react";
import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";

export const HomePageQuery = graphql(`
  query HomePage {
    viewer {
      displayName
      role
    }
  }
`);

/** The landing page of roles whose tools are not built yet (jury, operations). */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("home.title"));
  const { data, loading, error, refetch } = useQuery(HomePageQuery);
  const role = data?.viewer?.role;
  const message = role === "JUROR" || role === "PLATFORM_ADMIN" ? t(`home.${role}`) : t("home.other");

  return (
    <Stack gap="md">
      <Title order={1}>{t("home.heading")}</Title>
      <Text>{t("home.intro")}</Text>
      {loading && !data && <LoadingState />}
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <Alert color="filiere" variant="light">
          {message}
        </Alert>
      )}
    </Stack>
  );
}
