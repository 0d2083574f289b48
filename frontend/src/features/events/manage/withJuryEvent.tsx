import { useQuery } from "@apollo/client/react";
import type { ComponentType } from "react";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";

import { EventJuryBoardQuery } from "./eventJuryQueries";
import type { EventTabProps } from "./eventTabs";
import type { ManagedEvent } from "./managedEvent";

/** The pitches, jury and prizes tabs work on the organisers' view of the running order and the jury
 * (`EventJuryBoardQuery`, refetched after each of their mutations): this reads it for the tab the page shows. */
export function withJuryEvent(Tab: ComponentType<{ event: ManagedEvent }>): ComponentType<EventTabProps> {
  function JuryEventTab({ slug }: EventTabProps) {
    const { data, loading, error, refetch } = useQuery(EventJuryBoardQuery, { variables: { slug } });
    if (loading && !data) return <LoadingState />;
    if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
    const event = data?.eventBySlug;
    return event ? <Tab event={event} /> : null;
  }
  JuryEventTab.displayName = `withJuryEvent(${Tab.displayName ?? Tab.name})`;
  return JuryEventTab;
}
