import { useQuery } from "@apollo/client/react";
import { Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { useViewer } from "../../lib/viewer";

import { StagesEditor } from "./StagesEditor";
import { SupplyChainBoard } from "./SupplyChainBoard";
import { SupplyChainExport } from "./SupplyChainExport";
import { SupplyChainIndicators } from "./SupplyChainIndicators";

/** Read when the tab opens (the project page reads only whether there is a chain to show). */
export const SupplyChainBoardQuery = graphql(`
  query SupplyChainBoard($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        version
        viewerCanEdit
        # Whose region is asked for suppliers when a stage's « Demander aux autres régions » is offered.
        region {
          id
          slug
        }
        supplyChain {
          indicators {
            ...SupplyChainIndicators_indicators
          }
          stages {
            id
            ...SupplyChainBoard_stage
            ...StagesEditor_stage
          }
        }
      }
    }
  }
`);

/** « Chaîne d'approvisionnement »: how far the chain is rebuilt, the board of its stages and suppliers,
 * and its export. The region's advisers edit it; other full readers (CCI France, a partner with the
 * grant) read it. */
export function SupplyChainTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation(["supplyChain", "common"]);
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(SupplyChainBoardQuery, { variables: { id: projectId } });
  const [editing, setEditing] = useState(false);
  // Once the editor has been closed, the focus goes back to its button.
  const [closedOnce, setClosedOnce] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!editing && closedOnce) editButton.current?.focus();
  }, [editing, closedOnce]);

  const project = data?.node?.__typename === "Project" ? data.node : null;
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  const chain = project?.supplyChain;
  if (!project || !chain) return <Text>{t("confidential")}</Text>;

  const reload = () => refetch({ id: projectId });
  const closeEditor = () => {
    setClosedOnce(true);
    setEditing(false);
  };
  const canEdit = project.viewerCanEdit;
  // Asking the other regions (another feature's button, lib/projectSlots.ts) is the project's region's.
  const canAsk = can(viewer, "POST_SOURCING_REQUEST", { region: project.region.slug });

  return (
    <Stack gap="lg">
      {error && <QueryErrorAlert error={error} />}
      <SupplyChainIndicators indicators={chain.indicators} />
      <Paper withBorder p="md" component="section" aria-labelledby="chaine-etapes">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h3" id="chaine-etapes">
                {t("board.heading")}
              </Title>
              <Text size="sm" mt={4}>
                {canEdit ? t("board.intro") : t("board.readOnlyIntro")}
              </Text>
            </div>
            <Group align="flex-start">
              {canEdit && (
                <Button variant="outline" ref={editButton} onClick={() => setEditing(true)}>
                  {t("board.editStages")}
                </Button>
              )}
              <SupplyChainExport projectId={project.id} />
            </Group>
          </Group>
          {chain.stages.length === 0 ? (
            <Text>{canEdit ? t("board.emptyEditable") : t("board.empty")}</Text>
          ) : (
            <SupplyChainBoard
              projectId={project.id}
              stages={chain.stages}
              canEdit={canEdit}
              canAskOtherRegions={canAsk}
              onReload={reload}
            />
          )}
        </Stack>
      </Paper>
      <Modal
        opened={editing}
        onClose={closeEditor}
        closeButtonProps={{ "aria-label": t("common:close") }}
        title={t("editor.title")}
        size="lg"
      >
        {editing && (
          <StagesEditor
            projectId={project.id}
            version={project.version}
            stages={chain.stages}
            onCancel={closeEditor}
            onSaved={closeEditor}
            onReload={reload}
          />
        )}
      </Modal>
    </Stack>
  );
}
