import { TextInput, type TextInputProps } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number) => String(value).padStart(2, "0");

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** « 7/12/2026 », « 07.12.2026 » (and an ISO date, as pasted) → « 2026-12-07 »; "" for nothing; the
 * text itself while it is not a date. */
export function dateFromText(text: string): string {
  const value = text.trim();
  if (!value) return "";
  const french = FRENCH.exec(value);
  if (french) return isoOf(Number(french[3]), Number(french[2]), Number(french[1])) ?? value;
  const iso = ISO.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? value;
  return value;
}

/** « 2026-12-07 » → « 07/12/2026 »; anything else as it is. */
export function textOfDate(value: string): string {
  const iso = ISO.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

export interface DateFieldProps extends Omit<TextInputProps, "value" | "onChange" | "type" | "min" | "max"> {
  /** An ISO date (YYYY-MM-DD), "" for none, or the text typed while it is not a date yet. */
  value?: string;
  onChange: (value: string) => void;
}

/** A date typed the French way, « jj/mm/aaaa », whatever the browser's language: `<input type="date">`
 * shows mm/dd/yyyy in a browser set to English. The value the form and the API see is the ISO date; a
 * text that is not a date is kept as typed (the form's checks refuse it) and said so once left. */
export function DateField({ value = "", onChange, error, onBlur, ...props }: DateFieldProps) {
  const { t } = useTranslation("common");
  const [text, setText] = useState(() => textOfDate(value));
  const [shown, setShown] = useState(value);
  const [left, setLeft] = useState(false);
  // A value set from outside (a default, a reset, a reloaded record) replaces the text.
  if (value !== shown) {
    setShown(value);
    if (dateFromText(text) !== value) setText(textOfDate(value));
  }
  const notADate = left && text.trim() !== "" && !ISO.test(dateFromText(text));
  return (
    <TextInput
      {...props}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("dateField.placeholder")}
      error={error ?? (notADate ? t("dateField.invalid") : undefined)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        setLeft(false);
        onChange(dateFromText(next));
      }}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
    />
  );
}
