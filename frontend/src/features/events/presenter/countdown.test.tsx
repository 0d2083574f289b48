import { act, fireEvent, renderHook, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/render";

import { formatClock, phaseOf, useCountdown } from "./countdown";
import { Stage } from "./PresenterPage";

const PITCHES = [
  {
    id: "p1",
    order: 1,
    project: { name: "Fabrication de marques complémentaires en lin", company: { name: "MIJUIN" } },
  },
  { id: "p2", order: 2, project: { name: "Vélo taxi innovant", company: { name: "HUMAN MOB" } } },
];

describe("presenter countdown", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads minutes and seconds, and how far over time the speaker is", () => {
    expect(formatClock(180)).toBe("3:00");
    expect(formatClock(6.2)).toBe("0:07");
    expect(formatClock(-12)).toBe("-0:12");
    expect([phaseOf(31), phaseOf(30), phaseOf(0)]).toEqual(["normal", "warning", "over"]);
  });

  it("counts down from the event's pitch length, pauses and starts again where it was", () => {
    const { result } = renderHook(() => useCountdown(180));
    expect(result.current.remaining).toBe(180);
    act(() => result.current.toggle());
    act(() => {
      vi.advanceTimersByTime(150_000);
    });
    expect(Math.round(result.current.remaining)).toBe(30);
    act(() => result.current.toggle());
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(Math.round(result.current.remaining)).toBe(30);
    act(() => result.current.reset());
    expect(result.current.remaining).toBe(180);
  });

  it("turns amber at 30 seconds and red at 0, said in words too, and follows the keyboard", () => {
    renderWithProviders(<Stage pitches={PITCHES} seconds={180} eventName="Pour une France industrielle" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Fabrication de marques complémentaires en lin",
    );
    expect(screen.getByText("Ensuite : Vélo taxi innovant — HUMAN MOB")).toBeInTheDocument();
    const timer = screen.getByRole("timer");
    expect(timer).toHaveTextContent("3:00");
    fireEvent.keyDown(window, { key: " " });
    act(() => {
      vi.advanceTimersByTime(151_000);
    });
    expect(timer).toHaveAttribute("data-phase", "warning");
    expect(screen.getByText("Plus que 30 secondes")).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(timer).toHaveAttribute("data-phase", "over");
    expect(screen.getByText("Temps écoulé")).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Vélo taxi innovant");
    expect(screen.getByRole("timer")).toHaveTextContent("3:00");
    expect(screen.getByText("Dernier pitch")).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "ArrowLeft" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Fabrication de marques");
  });
});
