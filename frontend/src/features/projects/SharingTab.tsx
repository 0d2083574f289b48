import { useQuery } from "@apollo/client/react";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { useViewer } from "../../lib/viewer";

import { AccessLogSection } from "./AccessLogSection";
import { EditGrantModal, RevokeGrantModal } from "./EditGrantModal";
import { GrantRow, type GrantTarget } from "./GrantRow";
import { type GrantSettings, ShareProjectModal } from "./ShareProjectModal";

export const GRANTS_PAGE_SIZE = 20;

/** « Partagé avec »: the project's grants, ended ones included, newest first. */
export const ProjectGrantsQuery = graphql(`
  query ProjectGrants($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        grants(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              ...GrantRow_grant
            }
          }
        }
      }
    }
  }
`);

/** What the share and edit dialogs offer: the bounds of a grant, its scopes in plain French. */
export const SharingSettingsQuery = graphql(`
  query SharingSettings {
    grantSettings {
      defaultExpiresOn
      maxExpiresOn
      scopes {
        scope
        label
      }
    }
    viewer {
      today
    }
  }
`);

/** The organisations a project may be shared with, read when « Partager avec un partenaire » opens. */
export const ShareableOrganisationsQuery = graphql(`
  query ShareableOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

interface Props {
  project: { id: string; name: string; region: { slug: string } };
  /** `Project.grants` is not null: the viewer may read with whom the project is shared. */
  grantsVisible: boolean;
  /** `Project.accessLog` is not null: the viewer may read who consulted it. */
  accessLogVisible: boolean;
}

/** « Partage »: with whom the project is shared (and, for its region's team, sharing it, extending,
 * narrowing or revoking a grant), then the access log of what the partners read. */
export function SharingTab({ project, grantsVisible, accessLogVisible }: Props) {
  return (
    <Stack gap="xl">
      {grantsVisible && <GrantsSection project={project} />}
      {accessLogVisible && <AccessLogSection projectId={project.id} />}
    </Stack>
  );
}

function GrantsSection({ project }: { project: Props["project"] }) {
  const { t } = useTranslation("projects");
  const viewer = useViewer();
  const canShare = can(viewer, "SHARE_PROJECT", { region: project.region.slug });
  const grants = useQuery(ProjectGrantsQuery, {
    variables: { id: project.id, first: GRANTS_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const settingsQuery = useQuery(SharingSettingsQuery, { skip: !canShare });
  const [sharing, setSharing] = useState(false);
  const organisations = useQuery(ShareableOrganisationsQuery, { skip: !sharing });
  const [editing, setEditing] = useState<GrantTarget | null>(null);
  const [revoking, setRevoking] = useState<GrantTarget | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const data = grants.data ?? grants.previousData;
  const connection = data?.node?.__typename === "Project" ? data.node.grants : null;
  const today = settingsQuery.data?.viewer?.today;
  const settings: GrantSettings | null =
    settingsQuery.data && today ? { ...settingsQuery.data.grantSettings, today } : null;

  const showMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await grants.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const loaded = previous.node?.__typename === "Project" ? previous.node.grants : null;
          const next = fetchMoreResult.node?.__typename === "Project" ? fetchMoreResult.node.grants : null;
          if (previous.node?.__typename !== "Project" || !loaded || !next) return previous;
          return {
            ...previous,
            node: { ...previous.node, grants: { ...next, edges: [...loaded.edges, ...next.edges] } },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="partage-liste">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h3" id="partage-liste">
          {t("sharing.heading")}
        </Title>
        {canShare && (
          <Button variant="light" onClick={() => setSharing(true)} aria-haspopup="dialog">
            {t("sharing.share")}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <Text size="sm">{t("sharing.intro")}</Text>
        {grants.loading && !data && <LoadingState />}
        {grants.error && <QueryErrorAlert error={grants.error} onRetry={() => void grants.refetch()} />}
        {connection && connection.edges.length === 0 && <Text>{t("sharing.none")}</Text>}
        {connection && connection.edges.length > 0 && (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("sharing.list")}>
            {connection.edges.map(({ node }) => (
              <GrantRow
                key={node.id}
                grant={node}
                projectId={project.id}
                onEdit={canShare ? setEditing : undefined}
                onRevoke={canShare ? setRevoking : undefined}
              />
            ))}
          </Stack>
        )}
        {connection?.pageInfo.hasNextPage && (
          <Group>
            <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
              {t("sharing.more")}
            </Button>
          </Group>
        )}
      </Stack>
      {canShare && (
        <>
          <ShareProjectModal
            opened={sharing}
            onClose={() => setSharing(false)}
            project={project}
            settings={settings}
            organisations={organisations.data ? organisations.data.organisations.edges.map((edge) => edge.node) : null}
            loadError={settingsQuery.error ?? organisations.error}
            onShared={() => void grants.refetch()}
          />
          <EditGrantModal grant={editing} settings={settings} onClose={() => setEditing(null)} />
          <RevokeGrantModal grant={revoking} projectName={project.name} onClose={() => setRevoking(null)} />
        </>
      )}
    </Paper>
  );
}
