import { ProjectListPage } from "../features/projects/ProjectListPage";
import { SharedProjectsPage } from "../features/projects/SharedProjectsPage";
import { onlyShared } from "../lib/capabilities";
import { useViewer } from "../lib/viewer";

/** « /projets »: the regions' projects for their staff, those shared with their organisation for partners. */
export function ProjectsRoute() {
  const viewer = useViewer();
  return onlyShared(viewer, "VIEW_PROJECT_SUMMARY") ? <SharedProjectsPage /> : <ProjectListPage />;
}
