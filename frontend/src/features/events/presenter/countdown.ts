import { useCallback, useEffect, useRef, useState } from "react";

/** Amber from this many seconds left; red once the time is up. */
export const WARNING_SECONDS = 30;

export type Phase = "normal" | "warning" | "over";

export function phaseOf(remainingSeconds: number): Phase {
  if (remainingSeconds <= 0) return "over";
  return remainingSeconds <= WARNING_SECONDS ? "warning" : "normal";
}

/** « 3:00 », « 0:07 », « -0:12 » once over (the speaker sees by how much). */
export function formatClock(remainingSeconds: number): string {
  const sign = remainingSeconds < 0 ? "-" : "";
  const whole = Math.abs(Math.ceil(remainingSeconds));
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export interface Countdown {
  remaining: number; // seconds, negative once over
  running: boolean;
  toggle: () => void;
  reset: () => void;
}

/** A countdown from `seconds`, measured on the clock (not by counting ticks, which drift), started and
 * paused by `toggle`, back to the start by `reset`. */
export function useCountdown(seconds: number, tickMs = 200): Countdown {
  const [elapsedBefore, setElapsedBefore] = useState(0); // ms elapsed before the current run
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(() => {
    if (startedAt === null) return undefined;
    timer.current = setInterval(() => setNow(Date.now()), tickMs);
    return () => {
      if (timer.current) clearInterval(timer.current);
    };
  }, [startedAt, tickMs]);

  const elapsed = elapsedBefore + (startedAt === null ? 0 : Math.max(0, now - startedAt));
  const toggle = useCallback(() => {
    const at = Date.now();
    setNow(at);
    if (startedAt === null) setStartedAt(at);
    else {
      setElapsedBefore((before) => before + (at - startedAt));
      setStartedAt(null);
    }
  }, [startedAt]);
  const reset = useCallback(() => {
    setElapsedBefore(0);
    setStartedAt(null);
    setNow(Date.now());
  }, []);
  return { remaining: seconds - elapsed / 1000, running: startedAt !== null, toggle, reset };
}
