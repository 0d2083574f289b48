import type { TFunction } from "i18next";

import type { EventErrorCode } from "../../graphql/generated/graphql";
import type { ApiError } from "../../lib/mutation";

/** The codes of the hackathon and meetings mutations worded here. The placement codes (`PARTICIPANT_BUSY`,
 * `PARTICIPANT_DOUBLE_BOOKED`, `TABLE_TAKEN`, `NOT_A_MEETING_SLOT`…) keep the API's French message, which
 * names the person, the time and the table — more than a fixed sentence could; so do the jury's codes,
 * which these pages never receive. */
const WORDED = [
  "REQUIRED",
  "TOO_LONG",
  "OUT_OF_RANGE",
  "DUPLICATE_NAME",
  "NOT_FOUND",
  "NOT_ALLOWED",
  "STALE_VERSION",
  "NOT_A_PROJECT_MEMBER",
  "NOT_A_PARTNER",
  "DUPLICATE_MEETING_REQUEST",
  "MEETING_REQUEST_CLOSED",
  "MEETING_NOT_ACCEPTED",
  "MEETING_TABLES_IN_USE",
  "PITCH_NOT_IN_EVENT",
] as const satisfies readonly EventErrorCode[];

type Worded = (typeof WORDED)[number];

function isWorded(code: string): code is Worded {
  return (WORDED as readonly string[]).includes(code);
}

/** The one place where the event-day error codes of these pages become French messages. */
export function eventMeetingErrorMessage(t: TFunction<"eventMeetings">, error: ApiError<EventErrorCode>): string {
  if (isWorded(error.code)) return t(`errors.${error.code}`);
  return error.message || t("errors.OTHER");
}
