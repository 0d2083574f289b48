import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { EVENT_ID, SLUG, mutationMock, pitch } from "../eventMeetingsFixtures";

import { HackathonTab, HackathonTeamsQueryDocument } from "./HackathonTab";
import { SaveHackathonTeamMutation } from "./HackathonTeamModal";

const COACH_ID = "VXNlcjpuYXRpb25hbDo3";

function teams(version: number | null) {
  return {
    request: { query: HackathonTeamsQueryDocument, variables: { slug: SLUG } },
    result: {
      data: {
        eventBySlug: {
          __typename: "Event",
          id: EVENT_ID,
          hackathonTeams: [
            {
              __typename: "HackathonTeam",
              pitch: pitch("UGl0Y2g6MQ", 1, "MIJUIN"),
              version,
              challenges: version === null ? [] : ["Trouver une filature normande"],
              members:
                version === null
                  ? []
                  : [
                      {
                        __typename: "HackathonTeamMember",
                        role: "COACH",
                        name: "Margaux Delaunay",
                        user: { __typename: "HackathonUserRef", id: COACH_ID },
                      },
                    ],
              candidates: [
                {
                  __typename: "HackathonCandidate",
                  name: "Margaux Delaunay",
                  user: { __typename: "HackathonUserRef", id: COACH_ID },
                },
              ],
            },
          ],
        },
      },
    },
  } satisfies MockLink.MockedResponse;
}

describe("HackathonTab", () => {
  it("shows each pitch's team with its members and challenges", async () => {
    renderWithProviders(<HackathonTab eventId={EVENT_ID} slug={SLUG} />, { mocks: [teams(3)] });
    const card = await screen.findByRole("region", { name: "Pitch n° 1 — MIJUIN" });
    expect(within(card).getByText("Margaux Delaunay")).toBeInTheDocument();
    expect(within(card).getByText("Coach")).toBeInTheDocument();
    expect(within(card).getByText("Trouver une filature normande")).toBeInTheDocument();
  });

  it("composes a team with a named member and a challenge, and says the name is missing first", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderWithProviders(<HackathonTab eventId={EVENT_ID} slug={SLUG} />, {
      mocks: [
        teams(null),
        mutationMock(
          SaveHackathonTeamMutation,
          "saveHackathonTeam",
          () => ({ __typename: "HackathonTeamSuccess", team: { __typename: "HackathonTeam", version: 1 } }),
          inputs,
        ),
        teams(1),
      ],
    });
    expect(await screen.findByText("Équipe à composer.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Composer l'équipe de « MIJUIN »" }));
    const dialog = await screen.findByRole("dialog", { name: "Équipe de « MIJUIN »" });
    await user.click(within(dialog).getByRole("button", { name: "Ajouter un membre" }));
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    expect(await within(dialog).findByText("Indiquez le nom ou choisissez un compte.")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText("Nom (1)"), "Dirigeante (démo)");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter un défi" }));
    await user.type(within(dialog).getByLabelText("Défi n° 1"), "Réduire le coût du tricot");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      pitchId: "UGl0Y2g6MQ",
      expectedVersion: null,
      challenges: ["Réduire le coût du tricot"],
      members: [{ role: "COMPANY", name: "Dirigeante (démo)" }],
    });
  });

  it("shows the API's refusal in the dialog", async () => {
    const user = userEvent.setup();
    renderWithProviders(<HackathonTab eventId={EVENT_ID} slug={SLUG} />, {
      mocks: [
        teams(2),
        mutationMock(SaveHackathonTeamMutation, "saveHackathonTeam", () => ({
          __typename: "EventConflict",
          field: null,
          code: "STALE_VERSION",
          message: "Modifié",
        })),
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Composer l'équipe de « MIJUIN »" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Quelqu'un l'a modifié entre-temps");
  });
});
