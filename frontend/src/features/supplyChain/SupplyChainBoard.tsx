import {
  type Announcements,
  DndContext,
  DragOverlay,
  type DragStartEvent,
  PointerSensor,
  pointerWithin,
  useDndContext,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { Anchor, Box, Button, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { type CSSProperties, useContext, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { SupplierCandidateStatus } from "../../graphql/generated/graphql";
import { ProjectSlotsContext } from "../../lib/projectSlots";

import { AddCandidateForm } from "./AddCandidateForm";
import { CandidateCard } from "./CandidateCard";
import { RejectReasonModal, useCandidateMoves } from "./candidateMoves";
import { SourcingProblemAlert } from "./SourcingProblemAlert";
import {
  type CardDragData,
  type Lane,
  LANES,
  type LaneDropData,
  type MovableCandidate,
  acceptsDrop,
  handleCardDrop,
} from "./statusMove";
import { supplierSearchPath } from "./supplyChainLinks";

export const SupplyChainBoardFragment = graphql(`
  fragment SupplyChainBoard_stage on SupplyChainStage {
    id
    name
    needs
    candidates {
      id
      name
      status
      nextStatuses
      version
      ...CandidateCard_candidate
    }
  }
`);

type Stage = ReturnType<typeof useBoardStages>[number];
type Candidate = Stage["candidates"][number];

function useBoardStages(stages: readonly FragmentType<typeof SupplyChainBoardFragment>[]) {
  return useFragment(SupplyChainBoardFragment, stages);
}

function movable(stage: Stage, candidate: Candidate): MovableCandidate {
  return {
    id: candidate.id,
    name: candidate.name,
    stageId: stage.id,
    status: candidate.status,
    nextStatuses: candidate.nextStatuses,
    version: candidate.version,
  };
}

const laneKey = (lane: Lane) => `${lane.stageId}|${lane.status}`;

interface Props {
  projectId: string;
  stages: readonly FragmentType<typeof SupplyChainBoardFragment>[];
  canEdit: boolean;
  /** The viewer may ask the other regions for suppliers (POST_SOURCING_REQUEST in the project's region). */
  canAskOtherRegions: boolean;
  /** Reads the chain again: after a change (the indicators move), or a conflict. */
  onReload: () => Promise<unknown>;
}

/** The chain's stages side by side, upstream first (scrolling sideways on small screens); in each
 * column the suppliers considered, by status. A card dragged onto another lane of its column changes
 * status — only the lanes its `nextStatuses` lists take it; « Changer le statut » on the card does the
 * same from the keyboard. */
export function SupplyChainBoard({ projectId, canEdit, canAskOtherRegions, onReload, ...props }: Props) {
  const { t } = useTranslation(["supplyChain", "enums", "common"]);
  const stages = useBoardStages(props.stages);
  const [adding, setAdding] = useState<Stage | null>(null);
  const [dragged, setDragged] = useState<MovableCandidate | null>(null);

  const current = (candidateId: string): MovableCandidate | null => {
    for (const stage of stages) {
      const candidate = stage.candidates.find((c) => c.id === candidateId);
      if (candidate) return movable(stage, candidate);
    }
    return null;
  };
  const moves = useCandidateMoves({ current, onReload });

  // The pointer only: keyboard users have « Changer le statut », which needs no aiming.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const status = (id: string | number | undefined) => {
    const [, value] = String(id ?? "").split("|");
    return value ? t(`enums:supplierCandidateStatus.${value as SupplierCandidateStatus}`) : "";
  };
  const name = (data: unknown) => (data as Partial<CardDragData> | undefined)?.candidate?.name ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.picked", { name: name(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over
        ? t("dnd.over", { name: name(active.data.current), status: status(over.id) })
        : t("dnd.outside", { name: name(active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over ? t("dnd.dropped", { name: name(active.data.current), status: status(over.id) }) : t("dnd.cancelled"),
    onDragCancel: () => t("dnd.cancelled"),
  };

  return (
    <Stack gap="md">
      {moves.problem && (
        <SourcingProblemAlert
          problem={moves.problem}
          failedTitle={t("board.failedTitle")}
          onClose={moves.clearProblem}
        />
      )}
      {moves.error && !moves.rejecting && <QueryErrorAlert error={moves.error} />}
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        onDragStart={({ active }: DragStartEvent) =>
          setDragged((active.data.current as Partial<CardDragData> | undefined)?.candidate ?? null)
        }
        onDragEnd={(event) => {
          setDragged(null);
          handleCardDrop(event, moves.move);
        }}
        onDragCancel={() => setDragged(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
      >
        <Box
          role="region"
          aria-label={t("board.scrollLabel")}
          // Scrolled sideways from the keyboard too (a region with no control, for a reader).
          tabIndex={0}
          style={{ overflowX: "auto", paddingBottom: "var(--mantine-spacing-sm)" }}
        >
          <Box
            component="ol"
            m={0}
            p={0}
            style={{ listStyle: "none", display: "flex", gap: "var(--mantine-spacing-md)", alignItems: "flex-start" }}
          >
            {stages.map((stage, index) => (
              <Box component="li" key={stage.id} style={{ flex: "0 0 18rem", width: "18rem" }}>
                <StageColumn
                  stage={stage}
                  position={index + 1}
                  projectId={projectId}
                  canEdit={canEdit}
                  canAskOtherRegions={canAskOtherRegions}
                  movedId={moves.moved}
                  onMove={moves.move}
                  onAdd={() => setAdding(stage)}
                  onReload={onReload}
                />
              </Box>
            ))}
          </Box>
        </Box>
        <DragOverlay>
          {dragged && (
            <Paper withBorder shadow="md" p="sm" radius="sm" style={{ cursor: "grabbing" }}>
              <Text fw={600}>{dragged.name}</Text>
            </Paper>
          )}
        </DragOverlay>
      </DndContext>

      <RejectReasonModal
        candidate={moves.rejecting}
        send={moves.send}
        error={moves.error}
        onClose={moves.closeRejection}
      />
      <Modal
        opened={adding != null}
        onClose={() => setAdding(null)}
        closeButtonProps={{ "aria-label": t("common:close") }}
        title={adding ? t("add.title", { stage: adding.name }) : null}
        size="lg"
      >
        {adding && (
          <AddCandidateForm
            projectId={projectId}
            stageId={adding.id}
            stageName={adding.name}
            onCancel={() => setAdding(null)}
            onAdded={() => {
              setAdding(null);
              void onReload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface ColumnProps {
  stage: Stage;
  position: number;
  projectId: string;
  canEdit: boolean;
  canAskOtherRegions: boolean;
  movedId: string | null;
  onMove: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void;
  onAdd: () => void;
  onReload: () => Promise<unknown>;
}

/** One stage: its needs, then its suppliers by status, and the ways to add one (by hand, from the
 * directory, by asking the other regions). */
function StageColumn({
  stage,
  position,
  projectId,
  canEdit,
  canAskOtherRegions,
  movedId,
  onMove,
  onAdd,
  onReload,
}: ColumnProps) {
  const { t } = useTranslation("supplyChain");
  const headingId = useId();
  // Provided by the app: features do not import each other (lib/projectSlots).
  const { stageSourcingRequest: AskOtherRegions } = useContext(ProjectSlotsContext);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} bg="gray.0">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: "anywhere" }}>
            {t("column.heading", { position, name: stage.name })}
          </Title>
          <Text size="sm" c={stage.needs.trim() ? undefined : "dimmed"} style={{ whiteSpace: "pre-line" }}>
            {stage.needs.trim() ? t("column.needs", { needs: stage.needs }) : t("column.noNeeds")}
          </Text>
        </div>
        {canEdit && (
          <Stack gap={4} align="flex-start">
            <Button
              size="compact-sm"
              variant="light"
              onClick={onAdd}
              aria-label={t("column.addFor", { stage: stage.name })}
            >
              {t("column.add")}
            </Button>
            <Anchor
              component={Link}
              to={supplierSearchPath(projectId, stage.id)}
              size="sm"
              aria-label={t("column.searchDirectoryFor", { stage: stage.name })}
            >
              {t("column.searchDirectory")}
            </Anchor>
            {AskOtherRegions && canAskOtherRegions && <AskOtherRegions stageId={stage.id} stageName={stage.name} />}
          </Stack>
        )}
        {LANES.map((status) => (
          <StatusLane
            key={status}
            lane={{ stageId: stage.id, status }}
            candidates={stage.candidates.filter((candidate) => candidate.status === status)}
            stage={stage}
            canEdit={canEdit}
            movedId={movedId}
            onMove={onMove}
            onReload={onReload}
          />
        ))}
      </Stack>
    </Paper>
  );
}

interface LaneProps {
  lane: Lane;
  stage: Stage;
  candidates: Candidate[];
  canEdit: boolean;
  movedId: string | null;
  onMove: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void;
  onReload: () => Promise<unknown>;
}

/** The suppliers of one status in one column; while a card is dragged, the lanes it may go to are
 * outlined and take the drop, the others are dimmed. */
function StatusLane({ lane, stage, candidates, canEdit, movedId, onMove, onReload }: LaneProps) {
  const { t } = useTranslation(["supplyChain", "enums"]);
  const headingId = useId();
  const { active } = useDndContext();
  const dragged = (active?.data.current as Partial<CardDragData> | undefined)?.candidate ?? null;
  const accepts = acceptsDrop(dragged, lane);
  const data: LaneDropData = { lane };
  const { setNodeRef, isOver } = useDroppable({ id: laneKey(lane), data, disabled: !accepts });

  const style: CSSProperties = {
    border: accepts ? "2px dashed var(--mantine-color-blue-7)" : "1px solid var(--mantine-color-gray-3)",
    borderRadius: "var(--mantine-radius-sm)",
    background: isOver ? "var(--mantine-color-blue-1)" : "var(--mantine-color-white)",
    opacity: dragged && !accepts ? 0.55 : 1,
    minHeight: "3rem",
  };

  return (
    <Box ref={setNodeRef} role="group" aria-labelledby={headingId} p="xs" style={style}>
      <Title order={4} size="h6" id={headingId} mb={6}>
        {t("lane.heading", {
          status: t(`enums:supplierCandidateStatus.${lane.status}`),
          count: candidates.length,
        })}
      </Title>
      {candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("lane.empty")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }}>
          {candidates.map((candidate) => (
            <DraggableCard
              key={candidate.id}
              stage={stage}
              candidate={candidate}
              canEdit={canEdit}
              focused={candidate.id === movedId}
              onMove={onMove}
              onReload={onReload}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

interface CardProps {
  stage: Stage;
  candidate: Candidate;
  canEdit: boolean;
  focused: boolean;
  onMove: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void;
  onReload: () => Promise<unknown>;
}

/** A card with a drag handle for the pointer (a supplier whose way is over — retained or rejected —
 * does not move). */
function DraggableCard({ stage, candidate, canEdit, focused, onMove, onReload }: CardProps) {
  const { t } = useTranslation("supplyChain");
  const draggable = canEdit && candidate.nextStatuses.length > 0;
  const data: CardDragData = { candidate: movable(stage, candidate) };
  const { setNodeRef, setActivatorNodeRef, listeners, isDragging } = useDraggable({
    id: candidate.id,
    data,
    disabled: !draggable,
  });
  // Pointer-only handle: out of the tab order and hidden from readers, who use « Changer le statut ».
  const handle = draggable ? (
    <Box
      ref={setActivatorNodeRef}
      aria-hidden
      title={t("card.drag")}
      px={6}
      style={{ cursor: isDragging ? "grabbing" : "grab", touchAction: "none", userSelect: "none", lineHeight: 1.2 }}
      {...listeners}
    >
      {"⠿"}
    </Box>
  ) : undefined;
  return (
    <li ref={setNodeRef} style={{ opacity: isDragging ? 0.4 : 1 }}>
      <CandidateCard
        candidate={candidate}
        stageId={stage.id}
        canEdit={canEdit}
        handle={handle}
        focused={focused}
        onMove={onMove}
        onReload={onReload}
      />
    </li>
  );
}
