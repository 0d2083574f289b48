import type { EventJuryBoardQuery } from "../../../graphql/generated/graphql";

/** The event as the organiser page reads it (`EventJuryBoardQuery`). */
export type ManagedEvent = NonNullable<EventJuryBoardQuery["eventBySlug"]>;
