import { Box, Paper, Text, Textarea, type TextareaProps, VisuallyHidden } from "@mantine/core";
import { type KeyboardEvent, type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { type Mentionable, insertMention, mentionQueryAt, mentionSuggestions } from "./mentions";

interface Props extends Omit<TextareaProps, "value" | "onChange"> {
  value: string;
  onChange: (value: string) => void;
  /** Who may be named; empty while the list loads (or if it could not). */
  people: readonly Mentionable[];
  /** A person was chosen in the list: « @Prénom Nom » is in the text now. */
  onMention: (person: Mentionable) => void;
}

/**
 * A textarea where « @ » followed by letters opens the list of people to name. The textarea keeps the
 * focus (it stays a textbox for screen readers); the highlighted option is its `aria-activedescendant`,
 * as in the ARIA practices' list autocomplete and GitHub's comment boxes. ↑/↓ move, Enter chooses,
 * Escape closes until the text changes; when the list is closed the keys do what they do in a textarea.
 */
export function MentionTextarea({ value, onChange, people, onMention, ...textareaProps }: Props) {
  const { t } = useTranslation("projects");
  const listId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const nextCaret = useRef<number | null>(null);
  // Where the caret is; null while the field does not have the focus (the list is then closed).
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);

  const query = caret === null || dismissed ? null : mentionQueryAt(value, caret);
  const options = query ? mentionSuggestions(people, query.query) : [];
  const open = options.length > 0;
  const activeIndex = open ? Math.min(active, options.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  // After a mention is inserted, the caret goes right after it (once React has written the value).
  useLayoutEffect(() => {
    if (nextCaret.current !== null && textarea.current) {
      textarea.current.setSelectionRange(nextCaret.current, nextCaret.current);
      nextCaret.current = null;
    }
  }, [value]);

  const choose = (person: Mentionable) => {
    if (!query) return;
    const next = insertMention(value, query, person);
    nextCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    onChange(next.text);
    onMention(person);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const person = options[activeIndex];
      if (person) choose(person);
    } else if (event.key === "Escape") {
      // Only the list closes, not a dialog around the field.
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
    }
  };

  let announcement: ReactNode = null;
  if (open) announcement = t("comments.suggestionsStatus", { count: options.length });
  else if (query && people.length > 0) announcement = t("comments.noSuggestion", { query: query.query });

  return (
    <>
      <Textarea
        {...textareaProps}
        ref={textarea}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          setCaret(event.currentTarget.selectionStart);
          setDismissed(false);
          setActive(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onFocus={(event) => setCaret(event.currentTarget.selectionStart)}
        onBlur={() => setCaret(null)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        inputContainer={(children) => (
          <Box pos="relative">
            {children}
            {open && (
              <Paper
                component="ul"
                role="listbox"
                id={listId}
                aria-label={t("comments.suggestions")}
                shadow="md"
                withBorder
                pos="absolute"
                left={0}
                top="100%"
                w="min(100%, 26rem)"
                p={4}
                m={0}
                style={{ zIndex: 10, listStyle: "none" }}
              >
                {options.map((person, index) => (
                  <Box
                    component="li"
                    key={person.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    px="sm"
                    py={6}
                    bg={index === activeIndex ? "var(--mantine-primary-color-light)" : undefined}
                    style={{ cursor: "pointer", borderRadius: "var(--mantine-radius-sm)" }}
                    // The textarea keeps the focus: choosing on mousedown, before it would blur.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(person);
                    }}
                    onMouseEnter={() => setActive(index)}
                  >
                    <Text span fw={500}>
                      {person.displayName}
                    </Text>
                    {person.regionName && (
                      <Text span size="sm" c="dimmed">
                        {" — "}
                        {person.regionName}
                      </Text>
                    )}
                  </Box>
                ))}
              </Paper>
            )}
          </Box>
        )}
      />
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </>
  );
}
