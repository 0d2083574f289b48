import { createContext, useContext } from "react";

import type { Role } from "../graphql/generated/graphql";

import type { Capability } from "./capabilities";

/** The signed-in user as the application shell reads it (`AppShell` query), for every page below it:
 * who they are (shown in the header) and what the API lets them do (`capabilities`, read with `can`).
 * The role is for display only (« Conseiller CCI »): decisions read the capabilities. */
export interface Viewer {
  displayName: string;
  role: Role;
  /** Their region, for the regions' staff: where their lists open by default. */
  region: { id: string; slug: string; name: string } | null;
  /** Their organisation, for partners and jurors. */
  organisation: { id: string; name: string } | null;
  capabilities: readonly Capability[];
  /** Their record in Filière (null until it exists): whose projects « Mes projets » lists. */
  user: { id: string } | null;
}

/** Filled in by the shell (`app/layout/AppLayout.tsx`) once the viewer is read; the render helper of the
 * tests fills it in too (`test/render.tsx`). */
export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in viewer; only below the application shell. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() outside the application shell");
  return viewer;
}
