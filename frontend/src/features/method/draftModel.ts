import type {
  EvidenceKind,
  MilestoneOwner,
  MilestoneScope,
  SaveMethodDraftInput,
} from "../../graphql/generated/graphql";

/** The draft as the editor holds it. Items are identified by `uid` (their key once saved, a temporary
 * id before); phases and dependencies are referenced by uid, turned into keys when the draft is sent. */
export interface DraftPhase {
  uid: string;
  /** The key the server knows, null for a phase added since the last save. */
  key: string | null;
  name: string;
}

export interface DraftTemplate {
  uid: string;
  key: string | null;
  phaseUid: string;
  title: string;
  scope: MilestoneScope;
  offset: number;
  owner: MilestoneOwner;
  deliverable: string;
  /** What proves it done on the project page (a project milestone only); null: nothing asked. */
  evidence: EvidenceKind | null;
  dependsOn: string[];
}

export interface Draft {
  name: string;
  durationMonths: number;
  phases: DraftPhase[];
  /** In order: grouped by phase, as sent; the order within a phase is the milestones' rank. */
  templates: DraftTemplate[];
}

export interface VersionContent {
  name: string;
  durationMonths: number;
  phases: readonly { key: string; name: string; position: number }[];
  templates: readonly {
    key: string;
    title: string;
    phase: { key: string };
    scope: MilestoneScope;
    offsetWorkingDays: number;
    owner: MilestoneOwner;
    expectedDeliverable: string;
    requiredEvidence?: EvidenceKind | null;
    position: number;
    dependsOnKeys: readonly string[];
  }[];
}

export function draftFromVersion(version: VersionContent): Draft {
  const phases = [...version.phases].sort((a, b) => a.position - b.position);
  const rank = new Map(phases.map((phase, index) => [phase.key, index]));
  const templates = [...version.templates].sort(
    (a, b) => (rank.get(a.phase.key) ?? 0) - (rank.get(b.phase.key) ?? 0) || a.position - b.position,
  );
  return {
    name: version.name,
    durationMonths: version.durationMonths,
    phases: phases.map((phase) => ({ uid: phase.key, key: phase.key, name: phase.name })),
    templates: templates.map((template) => ({
      uid: template.key,
      key: template.key,
      phaseUid: template.phase.key,
      title: template.title,
      scope: template.scope,
      offset: template.offsetWorkingDays,
      owner: template.owner,
      deliverable: template.expectedDeliverable,
      evidence: template.requiredEvidence ?? null,
      dependsOn: [...template.dependsOnKeys],
    })),
  };
}

export function templatesOf(draft: Draft, phaseUid: string): DraftTemplate[] {
  return draft.templates.filter((template) => template.phaseUid === phaseUid);
}

/** Templates regrouped in phase order: the order in which they are shown and sent. */
function regrouped(phases: readonly DraftPhase[], templates: readonly DraftTemplate[]): DraftTemplate[] {
  return phases.flatMap((phase) => templates.filter((template) => template.phaseUid === phase.uid));
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export function movePhase(draft: Draft, uid: string, to: number): Draft {
  const from = draft.phases.findIndex((phase) => phase.uid === uid);
  if (from < 0 || to < 0 || to >= draft.phases.length || from === to) return draft;
  const phases = moved(draft.phases, from, to);
  return { ...draft, phases, templates: regrouped(phases, draft.templates) };
}

/** Moves a milestone to rank `to` within its phase. */
export function moveTemplate(draft: Draft, uid: string, to: number): Draft {
  const template = draft.templates.find((item) => item.uid === uid);
  if (!template) return draft;
  const siblings = templatesOf(draft, template.phaseUid);
  const from = siblings.indexOf(template);
  if (to < 0 || to >= siblings.length || from === to) return draft;
  const reordered = moved(siblings, from, to);
  const others = draft.templates.filter((item) => item.phaseUid !== template.phaseUid);
  return { ...draft, templates: regrouped(draft.phases, [...others, ...reordered]) };
}

export function upsertTemplate(draft: Draft, template: DraftTemplate): Draft {
  const existing = draft.templates.find((item) => item.uid === template.uid);
  // A milestone that changes phase goes to the end of its new phase.
  const templates =
    existing && existing.phaseUid === template.phaseUid
      ? draft.templates.map((item) => (item.uid === template.uid ? template : item))
      : [...draft.templates.filter((item) => item.uid !== template.uid), template];
  return { ...draft, templates: regrouped(draft.phases, templates) };
}

/** Removes a milestone, and the dependencies other milestones had on it. */
export function removeTemplate(draft: Draft, uid: string): Draft {
  return {
    ...draft,
    templates: draft.templates
      .filter((template) => template.uid !== uid)
      .map((template) => ({ ...template, dependsOn: template.dependsOn.filter((dependency) => dependency !== uid) })),
  };
}

export function addPhase(draft: Draft, phase: DraftPhase): Draft {
  return { ...draft, phases: [...draft.phases, phase] };
}

export function renamePhase(draft: Draft, uid: string, name: string): Draft {
  return { ...draft, phases: draft.phases.map((phase) => (phase.uid === uid ? { ...phase, name } : phase)) };
}

/** Only an empty phase can be removed (its milestones would have nowhere to go). */
export function removePhase(draft: Draft, uid: string): Draft {
  if (draft.templates.some((template) => template.phaseUid === uid)) return draft;
  return { ...draft, phases: draft.phases.filter((phase) => phase.uid !== uid) };
}

let counter = 0;
/** A temporary id for an item added in the editor; never sent as a key. */
export function newUid(prefix: "phase" | "jalon"): string {
  counter += 1;
  return `nouveau-${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** « Étude de marché » → « etude-de-marche »: the slug the server would make from the name. */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56) || "element"
  );
}

function uniqueSlug(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  taken.add(key);
  return key;
}

/** The whole draft, in order, as `saveMethodDraft` takes it: new items get a slug made from their name. */
export function toSaveInput(draft: Draft, versionId: string, expectedVersion: number): SaveMethodDraftInput {
  const phaseKeys = new Set(draft.phases.flatMap((phase) => (phase.key ? [phase.key] : [])));
  const phaseKey = new Map(draft.phases.map((phase) => [phase.uid, phase.key ?? uniqueSlug(phase.name, phaseKeys)]));
  const templateKeys = new Set(draft.templates.flatMap((template) => (template.key ? [template.key] : [])));
  const templateKey = new Map(
    draft.templates.map((template) => [template.uid, template.key ?? uniqueSlug(template.title, templateKeys)]),
  );
  return {
    versionId,
    expectedVersion,
    name: draft.name.trim(),
    durationMonths: draft.durationMonths,
    phases: draft.phases.map((phase) => ({ key: phaseKey.get(phase.uid) ?? null, name: phase.name.trim() })),
    milestoneTemplates: regrouped(draft.phases, draft.templates).map((template) => ({
      key: templateKey.get(template.uid) ?? null,
      phaseKey: phaseKey.get(template.phaseUid) ?? template.phaseUid,
      title: template.title.trim(),
      scope: template.scope,
      offsetWorkingDays: template.offset,
      owner: template.owner,
      expectedDeliverable: template.deliverable.trim(),
      // Only a project milestone asks evidence: a milestone turned into a cohort one drops it.
      requiredEvidence: template.scope === "PROJECT" ? template.evidence : null,
      dependsOnKeys: template.dependsOn.flatMap((uid) => {
        const key = templateKey.get(uid);
        return key ? [key] : [];
      }),
    })),
  };
}

/** The fields of a milestone the server may name in an error path, as the editor's form calls them. */
export const TEMPLATE_FIELDS = {
  title: "title",
  phaseKey: "phaseUid",
  offsetWorkingDays: "offset",
  expectedDeliverable: "deliverable",
  requiredEvidence: "evidence",
  dependsOnKeys: "dependsOn",
} as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[keyof typeof TEMPLATE_FIELDS];

/** Where an error of the server belongs in the editor. */
export type ErrorPlace =
  | { kind: "name" }
  | { kind: "duration" }
  | { kind: "phase"; uid: string }
  | { kind: "template"; uid: string; field: TemplateField | null }
  | { kind: "draft" };

function isTemplateInputField(name: string): name is keyof typeof TEMPLATE_FIELDS {
  return Object.hasOwn(TEMPLATE_FIELDS, name);
}

/** The server names the item and the field in the input it was sent: `name`, `durationMonths`,
 * `phases.<index>.name`, `milestoneTemplates.<index>.<field>` (indexes in the order sent, which is the
 * order shown). The rules themselves are the server's alone: the editor only finds the place. A path it
 * cannot resolve (another field, an index beyond the draft) is shown for the draft as a whole. */
export function locateError(draft: Draft, field: string | null | undefined): ErrorPlace {
  if (field === "name") return { kind: "name" };
  if (field === "durationMonths") return { kind: "duration" };
  const [list, index, name] = (field ?? "").split(".");
  if (index === undefined || !/^\d+$/.test(index)) return { kind: "draft" };
  if (list === "phases") {
    const phase = draft.phases[Number(index)];
    return phase ? { kind: "phase", uid: phase.uid } : { kind: "draft" };
  }
  if (list === "milestoneTemplates") {
    const template = regrouped(draft.phases, draft.templates)[Number(index)];
    if (!template) return { kind: "draft" };
    return {
      kind: "template",
      uid: template.uid,
      field: name && isTemplateInputField(name) ? TEMPLATE_FIELDS[name] : null,
    };
  }
  return { kind: "draft" };
}
