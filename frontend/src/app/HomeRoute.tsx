import { Navigate } from "react-router";

import { HomePage } from "../features/home/HomePage";
import { routes } from "../lib/routes";
import { useViewer } from "../lib/viewer";

import { mayUse } from "./access";

/** « / »: the project list for those who work on projects, a home page for the others. */
export function HomeRoute() {
  const viewer = useViewer();
  return mayUse(viewer, "projects") ? <Navigate to={routes.projects()} replace /> : <HomePage />;
}
