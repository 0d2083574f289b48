import { type ComponentType, createContext } from "react";

/** Parts of the project page that other features provide. Features do not import each other: the
 * app fills this in (app/AppProviders.tsx) and the project page renders what it finds — a tab is left
 * out when its part is not provided (as in the project page's own tests). */
export interface ProjectSlots {
  /** « Chaîne d'approvisionnement » (features/supplyChain), given the project's id. */
  supplyChain?: ComponentType<{ projectId: string }>;
  /** « Financement » (features/financing): the investment and financing plans, given the project's id. */
  financing?: ComponentType<{ projectId: string }>;
  /** « Demander aux autres régions » for one stage of that chain (features/sourcingRequests), shown to
   * those who may edit the chain. */
  stageSourcingRequest?: ComponentType<{ stageId: string; stageName: string }>;
}

export const ProjectSlotsContext = createContext<ProjectSlots>({});
