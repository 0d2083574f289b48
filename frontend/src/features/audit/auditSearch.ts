/** The audit page's filters live in the URL, so that a filtered trail can be shared as a link (or
 * opened from elsewhere, e.g. `?element=<id>` for one project's history). French parameter names:
 * `region` (a slug; absent = every region), `type`, `personne` (a User id), `action`, `du` and `au`
 * (calendar days, `au` included), `element` (a global id). */
export interface AuditSearch {
  region: string | null;
  entityType: string | null;
  actor: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  entity: string | null;
}

const PARAM = {
  region: "region",
  entityType: "type",
  actor: "personne",
  action: "action",
  from: "du",
  to: "au",
  entity: "element",
} as const satisfies Record<keyof AuditSearch, string>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const get = (name: string) => params.get(name)?.trim() || null;
  const day = (name: string) => {
    const value = get(name);
    return value && isIsoDay(value) ? value : null;
  };
  return {
    region: get(PARAM.region),
    entityType: get(PARAM.entityType),
    actor: get(PARAM.actor),
    action: get(PARAM.action),
    from: day(PARAM.from),
    to: day(PARAM.to),
    entity: get(PARAM.entity),
  };
}

export function serializeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof AuditSearch)[]) {
    const value = search[key];
    if (value) params.set(PARAM[key], value);
  }
  return params;
}

export function hasAuditFilters(search: AuditSearch): boolean {
  return !!(search.entityType || search.actor || search.action || search.from || search.to || search.entity);
}

const parisOffset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });

/** Minutes east of UTC in Paris at this instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const name = parisOffset.formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** « 2026-03-29 » → « 2026-03-29T00:00:00+01:00 »: midnight in France, whatever the browser's time zone
 * (the trail is kept in UTC; a day means a French day). Paris changes time at 2 or 3 a.m., never at
 * midnight, so midnight always exists once. */
export function parisStartOfDay(day: string): string | null {
  const match = ISO_DAY.exec(day);
  if (!match || !isIsoDay(day)) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The offset at midnight in Paris, found from the offset at UTC midnight (a few hours off at most).
  const offset = parisOffsetMinutes(utcMidnight - parisOffsetMinutes(utcMidnight) * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${day}T00:00:00${sign}${hours}:${minutes}`;
}

function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10);
}

/** The API's `AuditFilter`: `since` is the start of « du », `until` (excluded) the start of the day
 * after « au », so that « au » is included. Null when nothing is filtered. */
export function auditFilterOf(search: AuditSearch) {
  const filter = {
    entity: search.entity,
    entityType: search.entityType,
    actor: search.actor,
    action: search.action,
    since: search.from ? parisStartOfDay(search.from) : null,
    until: search.to ? parisStartOfDay(nextDay(search.to)) : null,
  };
  return Object.values(filter).some((value) => value !== null) ? filter : null;
}

export type AuditExportFormat = "csv" | "xlsx";

/** `GET /exports/audit.csv|xlsx` with the filters the page shows (the API's parameter names). */
export function auditExportUrl(format: AuditExportFormat, region: string | null, search: AuditSearch): string {
  const filter = auditFilterOf(search);
  const params = new URLSearchParams();
  const values: [string, string | null | undefined][] = [
    ["region", region],
    ["entity", filter?.entity],
    ["entityType", filter?.entityType],
    ["actor", filter?.actor],
    ["action", filter?.action],
    ["since", filter?.since],
    ["until", filter?.until],
  ];
  for (const [name, value] of values) if (value) params.set(name, value);
  const query = params.toString();
  return `/exports/audit.${format}${query ? `?${query}` : ""}`;
}
