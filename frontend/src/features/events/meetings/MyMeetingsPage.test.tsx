import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../../test/render";
import { EVENT_ID, SLOT_1, SLUG, meetingRequest, mutationMock, pitch } from "../eventMeetingsFixtures";

import { MyMeetingsEventQuery, MyMeetingsPage, MyMeetingsQuery, RequestMeetingMutation } from "./MyMeetingsPage";

const eventMock = {
  request: { query: MyMeetingsEventQuery, variables: { slug: SLUG } },
  result: {
    data: {
      eventBySlug: {
        __typename: "Event",
        id: EVENT_ID,
        name: "Pour une France industrielle",
        meetingProjects: [pitch("UGl0Y2g6MQ", 1, "MIJUIN"), pitch("UGl0Y2g6Mg", 2, "Maison Lemahieu")],
      },
    },
  },
};

function mineMock(withAgenda: boolean) {
  const full: Record<string, unknown> = meetingRequest({
    status: "ACCEPTED",
    viewerCanAnswer: false,
    viewerCanWithdraw: true,
    slotStartsAt: withAgenda ? SLOT_1 : null,
    tableNumber: withAgenda ? 3 : null,
  });
  // The partner's query asks neither the partner's name nor how the meeting was placed.
  const mine = Object.fromEntries(
    Object.entries(full).filter(([key]) => !["partnerName", "placedByHand"].includes(key)),
  );
  return {
    request: { query: MyMeetingsQuery, variables: { eventId: EVENT_ID } },
    result: {
      data: {
        myMeetings: [mine],
        myMeetingAgendaIcs: withAgenda ? "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" : null,
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<MyMeetingsPage />, {
    route: `/evenements/${SLUG}/rendez-vous`,
    path: "/evenements/:slug/rendez-vous",
    viewer: "PARTNER",
    mocks,
  });
}

describe("MyMeetingsPage", () => {
  it("shows the partner's agenda with its calendar download, and their requests", async () => {
    renderPage([eventMock, mineMock(true)]);
    const agenda = await screen.findByRole("region", { name: "Mon agenda" });
    expect(await within(agenda).findByText(/table 3 : MIJUIN/)).toBeInTheDocument();
    expect(within(agenda).getByRole("button", { name: "Télécharger l'agenda (.ics)" })).toBeInTheDocument();
    const requests = screen.getByRole("region", { name: "Mes demandes" });
    expect(within(requests).getByText("Accepté")).toBeInTheDocument();
    expect(within(requests).getByRole("button", { name: "Retirer" })).toBeInTheDocument();
  });

  it("asks for a meeting once a project is chosen", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderPage([
      eventMock,
      mineMock(false),
      mutationMock(
        RequestMeetingMutation,
        "requestMeeting",
        () => ({
          __typename: "MeetingRequestSuccess",
          request: { __typename: "MeetingRequest", id: "TWVldGluZ1JlcXVlc3Q6OQ" },
        }),
        inputs,
      ),
    ]);
    expect(await screen.findByText("Aucun rendez-vous placé pour le moment.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Envoyer la demande" }));
    expect(await screen.findByText("Choisissez un projet.")).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Projet" }));
    await user.click(await screen.findByRole("option", { name: "Maison Lemahieu" }));
    await user.type(screen.getByLabelText("Message (facultatif)"), "Parlons export");
    await user.click(screen.getByRole("button", { name: "Envoyer la demande" }));
    await waitFor(() =>
      expect(inputs[0]).toEqual({ eventId: EVENT_ID, pitchId: "UGl0Y2g6Mg", message: "Parlons export" }),
    );
  });
});
