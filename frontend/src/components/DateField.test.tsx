import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../test/render";

import { DateField, dateFromText, textOfDate } from "./DateField";

function Field({ initial = "", onValue }: { initial?: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="Échéance"
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
      <button type="button" onClick={() => setValue("")}>
        Effacer
      </button>
    </>
  );
}

function renderField(initial?: string) {
  const values: string[] = [];
  renderWithProviders(<Field initial={initial} onValue={(value) => values.push(value)} />);
  return values;
}

describe("DateField", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads and writes jj/mm/aaaa, and gives the form an ISO date", () => {
    expect(dateFromText("7/12/2026")).toBe("2026-12-07");
    expect(dateFromText(" 07.12.2026 ")).toBe("2026-12-07");
    expect(dateFromText("2026-12-07")).toBe("2026-12-07");
    expect(dateFromText("31/02/2026")).toBe("31/02/2026");
    expect(dateFromText("")).toBe("");
    expect(textOfDate("2026-12-07")).toBe("07/12/2026");
  });

  it("shows a date day first in a browser set to English, where <input type=date> would show mm/dd/yyyy", async () => {
    vi.stubGlobal("navigator", { ...navigator, language: "en-US", languages: ["en-US"] });
    const user = userEvent.setup();
    const values = renderField("2026-12-23");
    const field = screen.getByRole("textbox", { name: "Échéance" });
    expect(field).not.toHaveAttribute("type", "date");
    expect(field).toHaveValue("23/12/2026");
    expect(field).toHaveAttribute("placeholder", "jj/mm/aaaa");

    await user.clear(field);
    await user.type(field, "15/01/2027");
    expect(values.at(-1)).toBe("2027-01-15");
    expect(field).toHaveValue("15/01/2027");

    // Cleared from outside (a form's reset): the text goes too.
    await user.click(screen.getByRole("button", { name: "Effacer" }));
    expect(field).toHaveValue("");
  });

  it("says, once left, that a text is not a date", async () => {
    const user = userEvent.setup();
    const values = renderField();
    const field = screen.getByRole("textbox", { name: "Échéance" });
    await user.type(field, "31/02/2026");
    expect(values.at(-1)).toBe("31/02/2026");
    await user.tab();
    expect(field).toHaveAccessibleDescription(/Indiquez une date au format jj\/mm\/aaaa/);
  });
});
