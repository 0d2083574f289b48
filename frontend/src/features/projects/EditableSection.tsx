import { Button, Group, Paper, Title } from "@mantine/core";
import { type ReactNode, useEffect, useRef, useState } from "react";

interface SectionProps {
  id: string;
  heading: string;
  editLabel: string;
  canEdit: boolean;
  /** The edit form, given what closes it; shown instead of `children` while editing. */
  form: (close: () => void) => ReactNode;
  /** What the section shows when not being edited. */
  children: ReactNode;
}

/** A section shown as read, with « Modifier… » for its editors: the form takes the section's place;
 * on closing, the focus goes back to the button that opened it. */
export function EditableSection({ id, heading, editLabel, canEdit, form, children }: SectionProps) {
  const [editing, setEditing] = useState(false);
  // Set by the first closing: from then on, each closing gives the focus back to the button.
  const [closedOnce, setClosedOnce] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!editing && closedOnce) buttonRef.current?.focus();
  }, [editing, closedOnce]);

  const close = () => {
    setClosedOnce(true);
    setEditing(false);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h3" id={id}>
          {heading}
        </Title>
        {canEdit && !editing && (
          <Button variant="outline" ref={buttonRef} onClick={() => setEditing(true)}>
            {editLabel}
          </Button>
        )}
      </Group>
      {editing ? form(close) : children}
    </Paper>
  );
}
