import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useViewer } from "../../lib/viewer";

import { CreateDraftButton } from "./CreateDraftButton";
import { MethodDraftEditor } from "./MethodDraftEditor";
import { MethodVersionList } from "./MethodVersionList";
import { MethodVersionView } from "./MethodVersionView";

export const MethodPageQuery = graphql(`
  query MethodPage {
    methodVersions(first: 50) {
      totalCount
      edges {
        node {
          id
          number
          status
          viewerCanEdit
          ...MethodVersionRow_version
          ...MethodVersionView_version
          ...MethodDraftEditor_version
        }
      }
    }
  }
`);

export function MethodPage() {
  const { t } = useTranslation(["method", "enums"]);
  useDocumentTitle(t("page.title"));
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MethodPageQuery);
  const versions = (data?.methodVersions.edges ?? []).map((edge) => edge.node);
  // Newest first: the first published one is the method the editions choose by default.
  const current = versions.find((version) => version.status === "PUBLISHED") ?? null;
  const draft = versions.find((version) => version.status === "DRAFT") ?? null;
  // Each version says whether the viewer may edit it; without any version yet, the API's capability.
  const canEdit =
    versions.length > 0 ? versions.some((version) => version.viewerCanEdit) : can(viewer, "EDIT_METHOD", "national");
  // « Consulter » opens an older version in place of the current one; its number stays in the address.
  const [search, setSearch] = useSearchParams();
  const asked = search.get("version");
  const askedVersion = asked
    ? versions.find((version) => String(version.number) === asked && version.status !== "DRAFT")
    : null;
  const shown = askedVersion ?? current;
  const show = (number: number) => {
    const next = new URLSearchParams(search);
    if (current && number === current.number) next.delete("version");
    else next.set("version", String(number));
    setSearch(next);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("page.title")}</Title>
        <Text mt="xs">{t("page.intro")}</Text>
      </div>
      {loading && !data && <LoadingState />}
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}

      {data && (
        <>
          <section aria-labelledby="methode-versions">
            <Title order={2} id="methode-versions" mb="sm">
              {t("versions.heading")}
            </Title>
            {versions.length === 0 ? (
              <Alert color="filiere" variant="light">
                {t("versions.empty")}
              </Alert>
            ) : (
              <MethodVersionList
                versions={versions.map((version) => ({ id: version.id, row: version }))}
                currentId={current?.id ?? null}
                shownId={shown?.id ?? null}
                canEdit={canEdit}
                onShow={show}
                onRetired={() => refetch()}
              />
            )}
          </section>

          {canEdit && (
            <section aria-labelledby="methode-brouillon">
              <Title order={2} id="methode-brouillon" mb="sm">
                {draft ? t("page.draftHeading", { number: draft.number }) : t("page.newDraftHeading")}
              </Title>
              {draft ? (
                <MethodDraftEditor version={draft} onReload={() => refetch()} />
              ) : (
                <Paper withBorder p="md">
                  <Stack gap="sm" align="flex-start">
                    <Text>
                      {current ? t("page.createDraftHelp", { number: current.number }) : t("page.createEmptyDraftHelp")}
                    </Text>
                    <CreateDraftButton basedOnId={current?.id ?? null} onCreated={() => refetch()} />
                  </Stack>
                </Paper>
              )}
            </section>
          )}

          <section aria-labelledby="methode-courante">
            <Title order={2} id="methode-courante" mb="sm">
              {shown && shown.id !== current?.id
                ? t("page.shownHeading", {
                    number: shown.number,
                    status: t(`enums:methodStatus.${shown.status}`).toLowerCase(),
                  })
                : current
                  ? t("page.currentHeading", { number: current.number })
                  : t("page.noCurrentHeading")}
            </Title>
            {asked && !askedVersion && (
              <Alert color="orange" mb="sm">
                {t("page.notFoundVersion", { number: asked })}
              </Alert>
            )}
            {shown && shown.id !== current?.id && current && (
              <Anchor component="button" type="button" mb="sm" onClick={() => show(current.number)}>
                {t("page.backToCurrent")}
              </Anchor>
            )}
            {shown ? <MethodVersionView version={shown} /> : <Text>{t("page.noCurrent")}</Text>}
          </section>
        </>
      )}
    </Stack>
  );
}
