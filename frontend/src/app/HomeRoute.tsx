import { Navigate } from "react-router";

import { HomePage } from "../features/home/HomePage";
import { hasRole, PROJECT_ROLES } from "../lib/roles";
import { routes } from "../lib/routes";

import { useShellViewer } from "./viewer";

/** « / »: the project list for those who work on projects, a home page for the others. */
export function HomeRoute() {
  const { role } = useShellViewer();
  return hasRole(role, PROJECT_ROLES) ? <Navigate to={routes.projects()} replace /> : <HomePage />;
}
