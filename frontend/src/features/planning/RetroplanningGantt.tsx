import "@svar-ui/react-gantt/all.css";

import { Group, Text } from "@mantine/core";
import { Locale } from "@svar-ui/react-core";
import { Gantt, type IApi, type IColumnConfig, type ILink, type ITask, Willow } from "@svar-ui/react-gantt";
import type { TFunction } from "i18next";
import { type RefObject, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MilestoneStatus } from "../../graphql/generated/graphql";
import { parseIsoDate } from "../../lib/dates";

import { initialScrollLeft } from "./ganttScroll";
import classes from "./RetroplanningGantt.module.css";

export const RetroplanningGanttFragment = graphql(`
  fragment RetroplanningGantt_milestone on Milestone {
    id
    title
    dueDate
    status
    dependsOnIds
    phase {
      key
      name
      position
    }
    project {
      id
      name
    }
  }
`);

interface Props {
  milestones: readonly FragmentType<typeof RetroplanningGanttFragment>[];
  /** J0 and the server's today, ISO dates. */
  eventDate: string | null;
  today: string | null;
  onOpen: (milestoneId: string) => void;
}

const CELL_WIDTH = 9;

const monthYear = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric" });
const dayMonth = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short" });

function sameDay(a: Date, b: Date | null): boolean {
  return !!b && a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** SVAR's task ids carry the status, so that CSS colours late and done milestones (the chart has no
 * per-task class): « late~12 ». */
function taskId(status: MilestoneStatus, index: number): string {
  return `${status.toLowerCase()}~${index}`;
}

/** The retroplanning as a Gantt chart: phases as summary rows, milestones as diamonds on their due
 * dates, dependencies as links, today and J0 as highlighted days. The table « Liste des jalons » says the
 * same for those who cannot use the chart. */
export function RetroplanningGantt(props: Props) {
  const { t } = useTranslation("planning");
  const milestones = useFragment(RetroplanningGanttFragment, props.milestones);
  const api = useRef<IApi | null>(null);
  // SVAR calls init() once: its handlers read the latest values through this ref.
  const latest = useRef<{
    onOpen: (id: string) => void;
    byTask: Map<string, string>;
    placement: { start: Date; end: Date; today: Date | null; j0: Date | null };
  }>({
    onOpen: props.onOpen,
    byTask: new Map(),
    placement: { start: new Date(), end: new Date(), today: null, j0: null },
  });

  const j0 = props.eventDate ? parseIsoDate(props.eventDate) : null;
  const today = props.today ? parseIsoDate(props.today) : null;

  const { tasks, links, byTask, start, end } = useMemo(() => {
    const dated = milestones.flatMap((milestone) => {
      const due = milestone.dueDate ? parseIsoDate(milestone.dueDate) : null;
      return due ? [{ milestone, due }] : [];
    });
    const phases = new Map<string, { name: string; position: number; dates: Date[] }>();
    for (const { milestone, due } of dated) {
      const phase = phases.get(milestone.phase.key) ?? {
        name: milestone.phase.name,
        position: milestone.phase.position,
        dates: [],
      };
      phase.dates.push(due);
      phases.set(milestone.phase.key, phase);
    }
    const ganttIds = new Map<string, string>();
    const byTask = new Map<string, string>();
    dated.forEach(({ milestone }, index) => {
      const id = taskId(milestone.status, index);
      ganttIds.set(milestone.id, id);
      byTask.set(id, milestone.id);
    });
    const tasks: ITask[] = [];
    [...phases.entries()]
      .sort(([, a], [, b]) => a.position - b.position)
      .forEach(([key, phase]) => {
        const times = phase.dates.map((date) => date.getTime());
        const first = new Date(Math.min(...times));
        const last = new Date(Math.max(...times));
        // A summary row spans its milestones; one day at least, so that it shows.
        tasks.push({
          id: `phase~${key}`,
          text: phase.name,
          type: "summary",
          start: first,
          end: new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1),
          open: true,
        });
        for (const { milestone, due } of dated.filter((item) => item.milestone.phase.key === key)) {
          tasks.push({
            id: ganttIds.get(milestone.id),
            parent: `phase~${key}`,
            text: milestone.project ? `${milestone.title} — ${milestone.project.name}` : milestone.title,
            type: "milestone",
            start: due,
            end: due,
            duration: 0,
          });
        }
      });
    const links: ILink[] = dated.flatMap(({ milestone }) =>
      milestone.dependsOnIds.flatMap((dependency) => {
        const source = ganttIds.get(dependency);
        const target = ganttIds.get(milestone.id);
        return source && target ? [{ id: `${source}>${target}`, source, target, type: "e2s" as const }] : [];
      }),
    );
    const times = dated.map(({ due }) => due.getTime());
    const start = times.length ? new Date(Math.min(...times)) : new Date();
    const end = times.length ? new Date(Math.max(...times)) : new Date();
    return {
      tasks,
      links,
      byTask,
      start: new Date(start.getFullYear(), start.getMonth(), 1),
      end: new Date(end.getFullYear(), end.getMonth() + 1, 1),
    };
  }, [milestones]);

  useEffect(() => {
    latest.current = { onOpen: props.onOpen, byTask, placement: { start, end, today, j0 } };
  });
  const container = useRef<HTMLDivElement>(null);
  useGridAriaRepair(container);

  const columns: IColumnConfig[] = [{ id: "text", header: t("gantt.column"), flexgrow: 1 }];
  const scales = [
    { unit: "month", step: 1, format: (date: Date) => monthYear.format(date) },
    { unit: "week", step: 1, format: (date: Date) => dayMonth.format(date) },
    // Day cells without text: they carry the today and J0 highlights at the day's precision.
    { unit: "day", step: 1, format: () => "" },
  ];
  const words = useMemo(() => ganttWords(t), [t]);

  if (tasks.length === 0) return <Text>{t("gantt.empty")}</Text>;

  return (
    <div className={classes.wrapper}>
      <Group gap="lg" className={classes.legend} aria-hidden="true">
        <span>
          <span className={`${classes.swatch} ${classes.swatchToday}`} /> {t("gantt.today")}
        </span>
        <span>
          <span className={`${classes.swatch} ${classes.swatchJ0}`} /> {t("gantt.j0")}
        </span>
        <span>
          <span className={`${classes.swatch} ${classes.swatchLate}`} /> {t("gantt.late")}
        </span>
        <span>
          <span className={`${classes.swatch} ${classes.swatchDone}`} /> {t("gantt.done")}
        </span>
      </Group>
      <div className={classes.chart} ref={container}>
        <Locale words={words}>
          <Willow fonts={false}>
            <Gantt
              tasks={tasks}
              links={links}
              scales={scales}
              columns={columns}
              start={start}
              end={end}
              lengthUnit="day"
              cellWidth={CELL_WIDTH}
              cellHeight={30}
              scaleHeight={22}
              readonly
              taskTemplate={TaskLabel}
              highlightTime={(date: Date, unit: string) =>
                unit !== "day"
                  ? ""
                  : sameDay(date, j0)
                    ? (classes.highlightJ0 ?? "")
                    : sameDay(date, today)
                      ? (classes.highlightToday ?? "")
                      : ""
              }
              init={(instance: IApi) => {
                api.current = instance;
                instance.on("select-task", (event: { id: string | number }) => {
                  const milestoneId = latest.current.byTask.get(String(event.id));
                  if (milestoneId) latest.current.onOpen(milestoneId);
                });
                // Once the chart knows its width, it opens on today (and J0 when both fit), not on the
                // plan's first month: the highlights are in view without scrolling.
                let placed = false;
                instance.on("resize-chart", (event: { width: number }) => {
                  if (placed || !event.width) return;
                  placed = true;
                  const left = initialScrollLeft({
                    ...latest.current.placement,
                    cellWidth: CELL_WIDTH,
                    width: event.width,
                  });
                  if (left !== null) setTimeout(() => void instance.exec("scroll-chart", { left }), 0);
                });
              }}
            />
          </Willow>
        </Locale>
      </div>
    </div>
  );
}

/** A task's label, drawn beside its bar or diamond rather than inside (where short bars cut it). */
function TaskLabel({ data }: { data: ITask }) {
  return <div className={classes.taskLabel}>{data.text}</div>;
}

/** SVAR ships no French: the words its chart may show come from our translations. */
function ganttWords(t: TFunction<"planning">) {
  return { ...t("gantt.words", { returnObjects: true }), lang: "fr-FR" };
}

/** SVAR's task grid is a tree (its rows carry aria-expanded) but says role="grid", and it numbers rows
 * from 0 (aria-rowindex starts at 1): two serious axe violations. The grid re-renders its rows as it
 * scrolls, so they are repaired whenever they change. */
function useGridAriaRepair(container: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const repair = () => {
      root.querySelectorAll('[role="grid"]').forEach((grid) => {
        if (grid.querySelector('[role="row"][aria-expanded]')) grid.setAttribute("role", "treegrid");
      });
      root.querySelectorAll<HTMLElement>("[aria-rowindex]").forEach((row) => {
        const value = row.getAttribute("aria-rowindex");
        if (value === null || value === row.dataset["ariaRowindexRepaired"]) return;
        const repaired = String(Number(value) + 1);
        row.dataset["ariaRowindexRepaired"] = repaired;
        row.setAttribute("aria-rowindex", repaired);
      });
    };
    repair();
    const observer = new MutationObserver(repair);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-rowindex", "role"],
    });
    return () => observer.disconnect();
  }, [container]);
}
