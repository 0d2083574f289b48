import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Button } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ListProps {
  ids: string[];
  /** What screen readers hear for an item (its name). */
  labelOf: (id: string) => string;
  onMove: (id: string, to: number) => void;
  children: ReactNode;
}

/** A list reordered by drag and drop, with the pointer or the keyboard (Space to lift, arrows to move,
 * Space to drop, Escape to cancel), announced in French. The move buttons of each item do the same. */
export function SortableList({ ids, labelOf, onMove, children }: ListProps) {
  const { t } = useTranslation("method");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const name = (id: UniqueIdentifier) => labelOf(String(id));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.picked", { name: name(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t("dnd.over", { name: name(active.id), position: position(over.id) })
        : t("dnd.outside", { name: name(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t("dnd.dropped", { name: name(active.id), position: position(over.id) }) : t("dnd.cancelled"),
    onDragCancel: () => t("dnd.cancelled"),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

interface ItemProps {
  id: string;
  /** The drag handle's accessible name, e.g. « Déplacer « Diagnostic » ». */
  handleLabel: string;
  children: (handle: ReactNode) => ReactNode;
}

/** One item of a SortableList: renders its content with the drag handle where it wants it. */
export function SortableItem({ id, handleLabel, children }: ItemProps) {
  const { t } = useTranslation("method");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const style: CSSProperties = {
    transform: CSS.Transform.toString(transform),
    transition,
    position: "relative",
    zIndex: isDragging ? 2 : undefined,
    listStyle: "none",
  };
  const handle = (
    <Button
      ref={setActivatorNodeRef}
      variant="default"
      size="compact-sm"
      aria-label={handleLabel}
      style={{ cursor: isDragging ? "grabbing" : "grab", touchAction: "none" }}
      {...attributes}
      {...listeners}
    >
      {t("dnd.handle")}
    </Button>
  );
  return (
    <li ref={setNodeRef} style={style}>
      {children(handle)}
    </li>
  );
}
