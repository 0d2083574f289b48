/** The supplier directory's search, opened for a stage of a project's chain: the search page (features/
 * suppliers, `/fournisseurs`) reads `projet` and `etape` to search near the project and add the supplier
 * chosen to that stage. Built here until lib/routes.ts knows the route (the suppliers feature adds it). */
export function supplierSearchPath(projectId: string, stageId: string): string {
  const search = new URLSearchParams({ projet: projectId, etape: stageId });
  return `/fournisseurs?${search.toString()}`;
}

/** `GET /exports/projects/{projectId}/supply-chain.xlsx`: the chain as a workbook (bearer token). */
export function supplyChainExportUrl(projectId: string): string {
  return `/exports/projects/${encodeURIComponent(projectId)}/supply-chain.xlsx`;
}
