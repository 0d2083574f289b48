import type { ParseKeys } from "i18next";
import type { ComponentType } from "react";

import { CheckInTab } from "./CheckInTab";
import { HackathonTab } from "./HackathonTab";
import { JuryTab } from "./JuryTab";
import { MeetingsTab } from "./MeetingsTab";
import { PitchesTab } from "./PitchesTab";
import { PrizesTab } from "./PrizesTab";
import { ProgrammeTab } from "./ProgrammeTab";
import { RegistrationsTab } from "./RegistrationsTab";
import { withJuryEvent } from "./withJuryEvent";

/** What each tab of the organisers' page receives: the event it manages. */
export interface EventTabProps {
  eventId: string;
  slug: string;
}

export interface EventTab {
  /** The tab's value in the address (`?onglet=<key>`). */
  key: string;
  /** Its label's key in the « events » namespace. */
  labelKey: ParseKeys<"events">;
  component: ComponentType<EventTabProps>;
}

/** The tabs of « Gestion », in order: each part of the event day adds its own here. */
export const EVENT_TABS: readonly EventTab[] = [
  { key: "programme", labelKey: "tabs.programme", component: ProgrammeTab },
  { key: "inscriptions", labelKey: "manage.tabs.registrations", component: RegistrationsTab },
  { key: "accueil", labelKey: "manage.tabs.checkIn", component: CheckInTab },
  { key: "pitchs", labelKey: "manage.tabs.pitches", component: withJuryEvent(PitchesTab) },
  { key: "jury", labelKey: "manage.tabs.jury", component: withJuryEvent(JuryTab) },
  { key: "prix", labelKey: "manage.tabs.prizes", component: withJuryEvent(PrizesTab) },
  { key: "hackathon", labelKey: "tabs.hackathon", component: HackathonTab },
  { key: "rendez-vous", labelKey: "tabs.meetings", component: MeetingsTab },
];
