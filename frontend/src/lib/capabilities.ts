import type { Action, GrantScope } from "../graphql/generated/graphql";

/** One action the API lets the viewer take somewhere (`Viewer.capabilities`): in these regions, on
 * national data, on other regions' items addressed to theirs, on projects shared with their organisation,
 * on the projects they are attached to (coach, expert, student). */
export interface Capability {
  action: Action;
  regions: readonly { slug: string; name: string }[];
  national: boolean;
  addressed: boolean;
  grant: GrantScope | null;
  /** On the projects the viewer is attached to (absent: not there). */
  attached?: boolean;
}

/** Whoever carries the API's answer: the signed-in viewer (`lib/viewer.ts`). */
export interface Capable {
  capabilities: readonly Capability[];
}

/** Where an action is asked about: a region's data (its slug), national data, another region's item
 * addressed to the viewer's region, a project shared with the viewer's organisation (`shared`), or one
 * the viewer is attached to (`attached`). Omitted: anywhere at all — « is there any place where I may? ». */
export type Where = { region: string } | "national" | "addressed" | "shared" | "attached";

/** The API's answer for this action, or null when the viewer may take it nowhere. */
export function capabilityOf(viewer: Capable | null | undefined, action: Action): Capability | null {
  return viewer?.capabilities.find((capability) => capability.action === action) ?? null;
}

/**
 * May the viewer take this action (there)? The SPA asks only this: navigation, routes and buttons read
 * the API's capabilities, never roles. Per-object answers stay on the objects (`Project.viewerCanEdit`,
 * `Cohort.viewerCanManage`…): ask them when there is an object.
 *
 * ```ts
 * can(viewer, "VIEW_AUDIT")                          // the journal, somewhere
 * can(viewer, "VIEW_AUDIT", { region: "normandie" }) // a Normandy project's history
 * can(viewer, "EDIT_METHOD", "national")
 * ```
 */
export function can(viewer: Capable | null | undefined, action: Action, where?: Where): boolean {
  const capability = capabilityOf(viewer, action);
  if (!capability) return false;
  if (where === undefined) return true;
  if (where === "national") return capability.national;
  if (where === "addressed") return capability.addressed;
  if (where === "shared") return capability.grant !== null;
  if (where === "attached") return capability.attached === true;
  return capability.regions.some((region) => region.slug === where.region);
}

/** The regions where the viewer may take this action (on regional data), in the API's order. */
export function regionsWhere(
  viewer: Capable | null | undefined,
  action: Action,
): readonly { slug: string; name: string }[] {
  return capabilityOf(viewer, action)?.regions ?? [];
}

/** True when the viewer takes this action only on projects shared with their organisation (a partner):
 * no region, no national data — their project list is « Projets partagés ». */
export function onlyShared(viewer: Capable | null | undefined, action: Action): boolean {
  const capability = capabilityOf(viewer, action);
  return (
    capability !== null &&
    capability.grant !== null &&
    capability.regions.length === 0 &&
    !capability.national &&
    !capability.addressed
  );
}

/** True when the viewer takes this action only on the projects they are attached to (coach, expert,
 * student): their projects are those of their home page, « Mes projets ». */
export function onlyAttached(viewer: Capable | null | undefined, action: Action): boolean {
  const capability = capabilityOf(viewer, action);
  return (
    capability !== null &&
    capability.attached === true &&
    capability.grant === null &&
    capability.regions.length === 0 &&
    !capability.national &&
    !capability.addressed
  );
}
