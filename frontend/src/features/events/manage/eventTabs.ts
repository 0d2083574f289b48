import type { ComponentType } from "react";

import { ProgrammeTab } from "./ProgrammeTab";

/** What each tab of the organisers' page receives: the event it manages. */
export interface EventTabProps {
  eventId: string;
  slug: string;
}

export interface EventTab {
  /** The tab's value in the address (`?onglet=<key>`). */
  key: string;
  /** Its label's key in the « events » namespace. */
  labelKey: "tabs.programme";
  component: ComponentType<EventTabProps>;
}

/** The tabs of « Gestion », in order: each part of the event day adds its own here. */
export const EVENT_TABS: readonly EventTab[] = [
  { key: "programme", labelKey: "tabs.programme", component: ProgrammeTab },
];
