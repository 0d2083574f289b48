import { type RefObject, useEffect, useRef } from "react";

/** Moves the focus to the form's first invalid input each time its errors are set anew (the client's
 * checks, or the API's refusal at a field): the message read is the one of the input to correct. */
export function useFocusFirstError(errors: object): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
