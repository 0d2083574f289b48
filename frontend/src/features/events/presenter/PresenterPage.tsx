import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Text } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { EventJuryBoardQuery } from "../manage/eventJuryQueries";

import { formatClock, phaseOf, useCountdown } from "./countdown";
import classes from "./Presenter.module.css";

/** `/evenements/:slug/presentation`: the room's screen during the pitches — the project and its company
 * very large, the countdown (amber from 30 s, red at 0, said in words too), who comes next. Space starts
 * and pauses, → goes to the next pitch, ← back. */
export function PresenterPage() {
  const { t } = useTranslation("events");
  const { slug = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(EventJuryBoardQuery, { variables: { slug } });
  const event = data?.eventBySlug;
  useDocumentTitle(event ? t("presenter.title", { name: event.name }) : t("title"));

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  if (!event || event.pitches.length === 0) return <Alert color="orange">{t("presenter.nothing")}</Alert>;
  return <Stage pitches={event.pitches} seconds={event.pitchSeconds} eventName={event.name} />;
}

interface StagePitch {
  id: string;
  order: number;
  project: { name: string; company: { name: string } } | null;
}

export function Stage({ pitches, seconds, eventName }: { pitches: StagePitch[]; seconds: number; eventName: string }) {
  const { t } = useTranslation("events");
  const [index, setIndex] = useState(0);
  const countdown = useCountdown(seconds);
  const { toggle, reset } = countdown;
  const go = useCallback(
    (step: number) => {
      setIndex((current) => Math.min(pitches.length - 1, Math.max(0, current + step)));
      reset();
    },
    [pitches.length, reset],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLElement && ["BUTTON", "INPUT", "TEXTAREA"].includes(event.target.tagName)) {
        if (event.key === " ") return; // a focused button answers Space itself
      }
      if (event.key === " ") {
        event.preventDefault();
        toggle();
      } else if (event.key === "ArrowRight") go(1);
      else if (event.key === "ArrowLeft") go(-1);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggle, go]);

  const pitch = pitches[index] ?? pitches[0];
  const next = pitches[index + 1];
  const phase = phaseOf(countdown.remaining);
  const stage = useRef<HTMLElement>(null);
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.();
  };

  if (!pitch) return null;
  return (
    <section ref={stage} className={classes.stage} aria-label={t("presenter.label", { name: eventName })}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="xl" fw={600}>
          {t("presenter.position", { order: pitch.order, count: pitches.length })}
        </Text>
        <Group>
          <Button variant="white" onClick={() => go(-1)} disabled={index === 0}>
            {t("presenter.previous")}
          </Button>
          <Button variant="white" onClick={toggle}>
            {countdown.running ? t("presenter.pause") : t("presenter.start")}
          </Button>
          <Button variant="white" onClick={() => go(1)} disabled={!next}>
            {t("presenter.nextButton")}
          </Button>
          <Button variant="white" onClick={fullscreen}>
            {t("presenter.fullscreen")}
          </Button>
        </Group>
      </Group>
      <div style={{ display: "grid", alignContent: "center", justifyItems: "center", gap: "2rem" }}>
        <div style={{ textAlign: "center" }}>
          <h1 className={classes.project}>{pitch.project?.name ?? ""}</h1>
          <p className={classes.company}>{pitch.project?.company.name ?? ""}</p>
        </div>
        <div className={`${classes.clock} ${classes[phase]}`} role="timer" aria-live="off" data-phase={phase}>
          {formatClock(countdown.remaining)}
        </div>
        <div className={classes.state} aria-live="polite">
          {phase === "over" ? t("presenter.over") : phase === "warning" ? t("presenter.warning") : ""}
        </div>
      </div>
      <p className={classes.next}>
        {next?.project
          ? t("presenter.next", { name: next.project.name, company: next.project.company.name })
          : t("presenter.last")}
      </p>
      <Text size="sm">{t("presenter.keys")}</Text>
    </section>
  );
}
