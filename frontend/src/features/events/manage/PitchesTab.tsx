import { useQuery } from "@apollo/client/react";
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Alert, Button, Group, Paper, Select, Stack, Text, VisuallyHidden } from "@mantine/core";
import { type CSSProperties, useState } from "react";
import { useTranslation } from "react-i18next";

import { EventErrorFields } from "../../../graphql/errors";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventErrorMessage } from "../eventErrors";

import {
  AddPitchMutation,
  EventJuryBoardQuery,
  PitchCandidatesQuery,
  RemovePitchMutation,
  ReorderPitchesMutation,
} from "./eventJuryQueries";
import type { ManagedEvent } from "./managedEvent";

type Pitch = ManagedEvent["pitches"][number];

/** « Pitchs »: the running order, reordered by drag and drop or from the keyboard (the drag handle with
 * Space and the arrows, or « Monter » / « Descendre »), each move announced; add and remove a pitch. */
export function PitchesTab({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation("events");
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const describe = (error: { code: Parameters<typeof eventErrorMessage>[1]; message: string }) =>
    eventErrorMessage(t, error.code, error.message);
  const refetch = {
    refetchQueries: [{ query: EventJuryBoardQuery, variables: { slug: event.slug } }],
    awaitRefetchQueries: true,
  };
  const [reorder, reordering] = useMutationOutcome(ReorderPitchesMutation, EventErrorFields, describe);
  const [remove] = useMutationOutcome(RemovePitchMutation, EventErrorFields, describe);
  const locked = Boolean(event.resultsLockedAt) || !event.viewerCanManage;
  const ids = event.pitches.map((pitch) => pitch.id);
  const nameOf = (id: string) => event.pitches.find((pitch) => pitch.id === id)?.project?.name ?? "";
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t("pitches.dnd.picked", { name: nameOf(String(active.id)), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("pitches.dnd.over", { name: nameOf(String(active.id)), position: position(over.id) }) : "",
    onDragEnd: ({ active, over }) =>
      over
        ? t("pitches.dnd.dropped", { name: nameOf(String(active.id)), position: position(over.id) })
        : t("pitches.dnd.cancelled"),
    onDragCancel: () => t("pitches.dnd.cancelled"),
  };

  async function move(id: string, to: number) {
    const from = ids.indexOf(id);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    setProblem(null);
    const order = arrayMove(ids, from, to);
    const outcome = await reorder({
      variables: { input: { eventId: event.id, pitchIds: order, expectedVersion: event.version } },
      ...refetch,
    });
    if (outcome.status === "done") setAnnouncement(t("pitches.moved", { name: nameOf(id), position: to + 1 }));
    else if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  async function removePitch(pitch: Pitch) {
    setProblem(null);
    const outcome = await remove({ variables: { input: { pitchId: pitch.id } }, ...refetch });
    if (outcome.status === "done") setAnnouncement(t("pitches.removed", { name: pitch.project?.name ?? "" }));
    else if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) void move(String(active.id), ids.indexOf(String(over.id)));
  };

  return (
    <Stack gap="md">
      <Text>{t("pitches.intro", { minutes: Math.round(event.pitchSeconds / 60) })}</Text>
      {locked && event.viewerCanManage && <Alert color="gray">{t("pitches.locked")}</Alert>}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>
      {event.pitches.length === 0 ? (
        <Text>{t("pitches.none")}</Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t("pitches.dnd.instructions") } }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol aria-label={t("pitches.listLabel")} style={{ padding: 0, margin: 0 }}>
              {event.pitches.map((pitch, index) => (
                <PitchRow
                  key={pitch.id}
                  pitch={pitch}
                  disabled={locked || reordering.loading}
                  first={index === 0}
                  last={index === event.pitches.length - 1}
                  onUp={() => void move(pitch.id, index - 1)}
                  onDown={() => void move(pitch.id, index + 1)}
                  onRemove={() => void removePitch(pitch)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {!locked && (
        <AddPitch
          event={event}
          onProblem={setProblem}
          onAdded={(name) => setAnnouncement(t("pitches.added", { name }))}
        />
      )}
    </Stack>
  );
}

interface RowProps {
  pitch: Pitch;
  disabled: boolean;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
}

function PitchRow({ pitch, disabled, first, last, onUp, onDown, onRemove }: RowProps) {
  const { t } = useTranslation("events");
  const name = pitch.project?.name ?? t("scoring.unknownProject");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: pitch.id,
    disabled,
    attributes: { roleDescription: t("pitches.dnd.roleDescription") },
  });
  const style: CSSProperties = {
    transform: CSS.Transform.toString(transform),
    transition,
    position: "relative",
    zIndex: isDragging ? 2 : undefined,
    listStyle: "none",
    marginBottom: 8,
  };
  return (
    <li ref={setNodeRef} style={style} data-testid="pitch-row">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <Button
              ref={setActivatorNodeRef}
              variant="default"
              size="compact-sm"
              aria-label={t("pitches.handle", { name })}
              style={{ cursor: isDragging ? "grabbing" : "grab", touchAction: "none" }}
              disabled={disabled}
              {...attributes}
              {...listeners}
            >
              {t("pitches.dnd.handle")}
            </Button>
            <Text fw={700} style={{ fontVariantNumeric: "tabular-nums" }} w={24}>
              {pitch.order}
            </Text>
            <div>
              <Text fw={600}>{name}</Text>
              {pitch.project && <Text size="sm">{pitch.project.company.name}</Text>}
            </div>
          </Group>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              onClick={onUp}
              disabled={disabled || first}
              aria-label={t("pitches.up", { name })}
            >
              {t("pitches.upShort")}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={onDown}
              disabled={disabled || last}
              aria-label={t("pitches.down", { name })}
            >
              {t("pitches.downShort")}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onRemove}
              disabled={disabled}
              aria-label={t("pitches.remove", { name })}
            >
              {t("pitches.removeShort")}
            </Button>
          </Group>
        </Group>
      </Paper>
    </li>
  );
}

function AddPitch({
  event,
  onProblem,
  onAdded,
}: {
  event: ManagedEvent;
  onProblem: (message: string | null) => void;
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation("events");
  const [projectId, setProjectId] = useState<string | null>(null);
  const { data } = useQuery(PitchCandidatesQuery);
  const [add, { loading }] = useMutationOutcome(AddPitchMutation, EventErrorFields, (error) =>
    eventErrorMessage(t, error.code, error.message),
  );
  const regions = new Set([event.hostRegion.slug, ...event.coOrganisers.map((region) => region.slug)]);
  const pitching = new Set(event.pitches.map((pitch) => pitch.project?.id));
  const options = (data?.projects.edges ?? [])
    .map((edge) => edge.node)
    .filter((project) => regions.has(project.region.slug) && !pitching.has(project.id))
    .map((project) => ({ value: project.id, label: `${project.name} — ${project.company.name}` }));

  async function submit() {
    if (!projectId) return;
    onProblem(null);
    const label = options.find((option) => option.value === projectId)?.label ?? "";
    const outcome = await add({
      variables: { input: { eventId: event.id, projectId } },
      refetchQueries: [{ query: EventJuryBoardQuery, variables: { slug: event.slug } }],
      awaitRefetchQueries: true,
    });
    if (outcome.status === "done") {
      setProjectId(null);
      onAdded(label);
    } else if (outcome.status === "refused") onProblem(outcome.refusal.message);
  }

  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t("pitches.addLabel")}
        placeholder={t("pitches.addPlaceholder")}
        data={options}
        value={projectId}
        onChange={setProjectId}
        searchable
        nothingFoundMessage={t("pitches.noCandidate")}
        w={{ base: "100%", sm: 420 }}
      />
      <Button onClick={() => void submit()} loading={loading} disabled={!projectId}>
        {t("pitches.add")}
      </Button>
    </Group>
  );
}
