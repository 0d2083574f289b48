import { Navigate } from "react-router";

import { DashboardPage } from "../features/home/DashboardPage";
import { HomePage } from "../features/home/HomePage";
import { routes } from "../lib/routes";
import { useViewer } from "../lib/viewer";

import { mayUse } from "./access";

/** « / »: the staff's dashboard, the shared projects for partners, a home page for the others. */
export function HomeRoute() {
  const viewer = useViewer();
  if (mayUse(viewer, "dashboard")) return <DashboardPage />;
  return mayUse(viewer, "projects") ? <Navigate to={routes.projects()} replace /> : <HomePage />;
}
