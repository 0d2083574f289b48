import { Navigate, Outlet } from "react-router";

import type { Role } from "../graphql/generated/graphql";
import { hasRole } from "../lib/roles";
import { routes } from "../lib/routes";

import { useShellViewer } from "./viewer";

/** Pages a role has no use for send it home (the API refuses their data anyway). */
export function RoleGate({ allow }: { allow: readonly Role[] }) {
  const { role } = useShellViewer();
  return hasRole(role, allow) ? <Outlet /> : <Navigate to={routes.home()} replace />;
}
