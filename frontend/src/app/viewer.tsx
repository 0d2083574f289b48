import { createContext, useContext } from "react";

import type { Role } from "../graphql/generated/graphql";

/** The signed-in user as the shell knows it, for the route guards below the shell. */
export interface ShellViewer {
  role: Role;
}

export const ViewerContext = createContext<ShellViewer | null>(null);

export function useShellViewer(): ShellViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useShellViewer() outside the application shell");
  return viewer;
}
