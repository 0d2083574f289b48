import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { EVENT_ID, SLOT_1, SLOT_2, SLUG, meetingRequest, mutationMock } from "../eventMeetingsFixtures";

import { MeetingBoardQueryDocument, MeetingsTab, ScheduleMeetingsMutationDocument } from "./MeetingsTab";
import { PlaceMeetingMutation } from "./PlaceMeetingModal";
import { RecordMeetingRequestMutation } from "./RecordMeetingRequestForm";

const placed = meetingRequest({
  id: "TWVldGluZ1JlcXVlc3Q6Mg",
  status: "ACCEPTED",
  viewerCanAnswer: false,
  slotStartsAt: SLOT_1,
  tableNumber: 2,
  pitch: { __typename: "PitchedProject", id: "UGl0Y2g6Mg", projectName: "Maison Lemahieu" },
});
const accepted = meetingRequest({ id: "TWVldGluZ1JlcXVlc3Q6Mw", status: "ACCEPTED", viewerCanAnswer: false });

function board() {
  return {
    request: { query: MeetingBoardQueryDocument, variables: { slug: SLUG } },
    result: {
      data: {
        eventBySlug: {
          __typename: "Event",
          id: EVENT_ID,
          version: 3,
          meetingTables: 2,
          meetingProjects: [{ __typename: "PitchedProject", id: "UGl0Y2g6MQ", projectName: "MIJUIN" }],
          meetingPartners: [{ __typename: "MeetingPartner", id: "VXNlcjpuYXRpb25hbDo5", name: "Karim Benali" }],
          meetingSlots: [SLOT_1, SLOT_2].map((startsAt) => ({ __typename: "MeetingSlot", startsAt, endsAt: startsAt })),
          meetingRequests: {
            __typename: "MeetingRequestConnection",
            totalCount: 3,
            edges: [meetingRequest(), placed, accepted].map((node) => ({ __typename: "MeetingRequestEdge", node })),
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe("MeetingsTab", () => {
  it("lists the requests and shows the placed ones on the grid of slots and tables", async () => {
    renderWithProviders(<MeetingsTab eventId={EVENT_ID} slug={SLUG} />, { mocks: [board()] });
    const requests = await screen.findByRole("table", { name: "Demandes de rendez-vous (3)" });
    expect(within(requests).getAllByRole("row")).toHaveLength(4);
    expect(within(requests).getByRole("button", { name: "Accepter" })).toBeInTheDocument();
    const grid = screen.getByRole("table", { name: "Rendez-vous par créneau (lignes) et par table (colonnes)" });
    expect(within(grid).getByRole("button", { name: "Maison Lemahieu — Karim Benali" })).toBeInTheDocument();
    expect(within(grid).getAllByText("Libre")).toHaveLength(3);
  });

  it("schedules automatically and lists what was left out, with the reason", async () => {
    const user = userEvent.setup();
    renderWithProviders(<MeetingsTab eventId={EVENT_ID} slug={SLUG} />, {
      mocks: [
        board(),
        mutationMock(ScheduleMeetingsMutationDocument, "scheduleMeetings", () => ({
          __typename: "ScheduleMeetingsSuccess",
          placedCount: 1,
          unplaced: [
            {
              __typename: "UnplacedMeeting",
              reason: "PARTICIPANTS_BOOKED",
              message: "Plus de créneau commun libre.",
              request: {
                __typename: "MeetingRequest",
                id: accepted.id,
                partnerName: "Karim Benali",
                pitch: { __typename: "PitchedProject", id: "UGl0Y2g6MQ", projectName: "MIJUIN" },
              },
            },
          ],
        })),
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Planifier automatiquement" }));
    expect(await screen.findByText("1 rendez-vous n'a pas pu être placé")).toBeInTheDocument();
    expect(
      screen.getByText("MIJUIN — Karim Benali : participants déjà pris. Plus de créneau commun libre."),
    ).toBeInTheDocument();
  });

  it("places a meeting by hand and shows a clash in the API's words", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderWithProviders(<MeetingsTab eventId={EVENT_ID} slug={SLUG} />, {
      mocks: [
        board(),
        mutationMock(
          PlaceMeetingMutation,
          "placeMeeting",
          () => ({
            __typename: "EventInvalid",
            field: "slot",
            code: "PARTICIPANT_DOUBLE_BOOKED",
            message: "Karim Benali a déjà un rendez-vous le 1 décembre 2023 à 9:00.",
          }),
          inputs,
        ),
      ],
    });
    const requests = await screen.findByRole("table", { name: "Demandes de rendez-vous (3)" });
    const row = within(requests).getAllByRole("row")[3]!;
    await user.click(within(row).getByRole("button", { name: "Placer" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Placer ici" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Karim Benali a déjà un rendez-vous le");
    await waitFor(() => expect(inputs[0]).toEqual({ requestId: accepted.id, slotStartsAt: SLOT_1, tableNumber: 1 }));
  });

  it("records a project's request towards a partner's person, once both are chosen", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderWithProviders(<MeetingsTab eventId={EVENT_ID} slug={SLUG} />, {
      mocks: [
        board(),
        mutationMock(
          RecordMeetingRequestMutation,
          "requestMeeting",
          () => ({
            __typename: "MeetingRequestSuccess",
            request: { __typename: "MeetingRequest", id: "TWVldGluZ1JlcXVlc3Q6OQ" },
          }),
          inputs,
        ),
      ],
    });
    const form = await screen.findByRole("region", { name: "Inscrire la demande d'un projet" });
    await user.click(within(form).getByRole("button", { name: "Inscrire la demande" }));
    expect(await within(form).findAllByText("Choisissez-le.")).toHaveLength(2);
    await user.click(within(form).getByRole("combobox", { name: "Projet" }));
    await user.click(await screen.findByRole("option", { name: "MIJUIN" }));
    await user.click(within(form).getByRole("combobox", { name: "Personne du partenaire" }));
    await user.click(await screen.findByRole("option", { name: "Karim Benali" }));
    await user.click(within(form).getByRole("button", { name: "Inscrire la demande" }));
    await waitFor(() =>
      expect(inputs[0]).toEqual({
        eventId: EVENT_ID,
        pitchId: "UGl0Y2g6MQ",
        partnerUserId: "VXNlcjpuYXRpb25hbDo5",
        message: "",
      }),
    );
  });
});
