import { DEFAULT_THEME, MultiSelect } from "@mantine/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { BaseProviders } from "./app/AppProviders";
import { createI18n } from "./i18n/i18n";
import { READABLE_COLORS, theme } from "./theme";

/** WCAG 2.1 contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe("theme colours", () => {
  it.each(Object.keys(READABLE_COLORS))(
    "writes white on %s shades 6–9, and them on white, at 4.5:1 at least",
    (name) => {
      const shades = theme.colors?.[name];
      expect(shades).toHaveLength(10);
      for (const shade of shades!.slice(6)) expect(contrastWithWhite(shade)).toBeGreaterThanOrEqual(4.5);
      // The filled buttons (« Abandonner le projet ») use the primary shade.
      expect(contrastWithWhite(shades![theme.primaryShade as number]!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("would fail with Mantine's own red and green", () => {
    expect(contrastWithWhite(DEFAULT_THEME.colors.red[7])).toBeLessThan(4.5);
    expect(contrastWithWhite(DEFAULT_THEME.colors.green[8])).toBeLessThan(4.5);
  });
});

describe("a long option list", () => {
  afterEach(() => vi.restoreAllMocks());

  it("scrolls in the listbox itself, and the arrow keys bring each option into view", async () => {
    const user = userEvent.setup();
    const scrolled = vi.spyOn(HTMLElement.prototype, "scrollIntoView");
    const data = Array.from({ length: 20 }, (_, index) => `Option ${index + 1}`);
    render(
      <BaseProviders i18n={createI18n()} env="test">
        <MultiSelect label="Valeurs" data={data} comboboxProps={{ withinPortal: false }} />
      </BaseProviders>,
    );
    await user.click(screen.getByRole("combobox", { name: "Valeurs" }));
    const listbox = await screen.findByRole("listbox");
    // No inner scrolling region: the popup of the combobox is what scrolls (axe exempts it).
    expect(listbox.style.overflowY).toBe("auto");
    expect(listbox.style.maxHeight).not.toBe("");
    expect([...listbox.children].every((child) => child.getAttribute("role") === "option")).toBe(true);
    for (let step = 0; step < 15; step += 1) await user.keyboard("{ArrowDown}");
    const option15 = within(listbox).getByRole("option", { name: "Option 15" });
    expect(scrolled.mock.contexts).toContain(option15);
  });
});
