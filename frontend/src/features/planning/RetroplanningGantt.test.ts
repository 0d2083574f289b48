import { describe, expect, it } from "vitest";

import html from "../../../index.html?raw";

import source from "./RetroplanningGantt.tsx?raw";

// SVAR's chart does not run in jsdom (no layout, no canvas): what it would fetch is checked in its sources.
describe("the retroplanning's Gantt fetches nothing from another site", () => {
  it("gives SVAR's Willow theme fonts={false}: no link to cdn.svar.dev's fonts and icons", () => {
    const themes = source.match(/<Willow\b[^>]*>/g) ?? [];
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) expect(theme).toMatch(/fonts=\{false\}/);
  });

  it("draws each label beside its bar, where a short phase does not cut it", () => {
    expect(source).toMatch(/taskTemplate=\{TaskLabel\}/);
  });

  it("loads no font, script or style from another site in index.html", () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
