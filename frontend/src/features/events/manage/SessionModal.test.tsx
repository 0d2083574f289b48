import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/render";

import { CreateEventSessionMutation, SessionModal } from "./SessionModal";

const EVENT_ID = "RXZlbnQ6bm9ybWFuZGllOjM";
const DAYS = ["2023-11-30", "2023-12-01"];
const THEMES = [
  { key: "recruter-et-fideliser", name: "Recruter et fidéliser" },
  { key: "export", name: "Se développer à l'export" },
];
const TAKEN = "La salle « Amphithéâtre » est déjà prise par « L'épopée de Verkor » de 10 h 45 à 11 h 30 le 30/11.";

function createMock(room: string, result: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: CreateEventSessionMutation,
      variables: {
        input: {
          eventId: EVENT_ID,
          session: {
            kind: "CONFERENCE",
            title: "Table ronde des financeurs",
            description: "",
            themeKey: null,
            day: "2023-11-30",
            endDay: null,
            startTime: "11:00",
            endTime: "11:30",
            room,
            capacity: 40,
            openToPublic: true,
            speakers: [{ name: "Intervenant (démo)", title: "", organisation: "Banque (démo)" }],
          },
        },
      },
    },
    result: { data: { createEventSession: result } },
  };
}

const REFUSED = { __typename: "EventInvalid", field: "room", code: "ROOM_TAKEN", message: TAKEN };
const CREATED = {
  __typename: "EventSessionSuccess",
  session: { __typename: "EventSession", id: "RXZlbnRTZXNzaW9uOjk" },
};

describe("SessionModal", () => {
  it("shows an occupied room under « Salle », then adds the session in a free one", async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    renderWithProviders(
      <SessionModal
        eventId={EVENT_ID}
        days={DAYS}
        themes={THEMES}
        session={null}
        onClose={onClose}
        onSaved={onSaved}
      />,
      { mocks: [createMock("Amphithéâtre", REFUSED), createMock("Salle 101", CREATED)] },
    );
    await user.type(await screen.findByRole("textbox", { name: "Titre" }), "Table ronde des financeurs");
    await user.type(screen.getByLabelText(/^Début/), "11:00");
    await user.type(screen.getByLabelText(/^Fin/), "11:30");
    await user.type(screen.getByRole("textbox", { name: "Salle" }), "Amphithéâtre");
    await user.type(screen.getByRole("textbox", { name: /Nombre de places/ }), "40");
    await user.click(screen.getByRole("button", { name: "Ajouter un intervenant" }));
    await user.type(screen.getByRole("textbox", { name: "Nom (Intervenant 1)" }), "Intervenant (démo)");
    await user.type(screen.getByRole("textbox", { name: "Organisation (Intervenant 1)" }), "Banque (démo)");
    await user.click(screen.getByRole("button", { name: "Ajouter la session" }));
    const room = screen.getByRole("textbox", { name: "Salle" });
    await waitFor(() => expect(room).toHaveAccessibleDescription(TAKEN));
    expect(onSaved).not.toHaveBeenCalled();
    await user.clear(room);
    await user.type(room, "Salle 101");
    await user.click(screen.getByRole("button", { name: "Ajouter la session" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onClose).toHaveBeenCalled();
  });

  it("asks a workshop's theme and keeps the hackathon closed to the public", async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SessionModal
        eventId={EVENT_ID}
        days={DAYS}
        themes={THEMES}
        session={null}
        onClose={() => {}}
        onSaved={vi.fn()}
      />,
    );
    const kind = await screen.findByRole("combobox", { name: "Type" });
    await user.selectOptions(kind, "WORKSHOP");
    expect(screen.getByRole("combobox", { name: /Thème de l'atelier/ })).toHaveDisplayValue("Choisir un thème");
    await user.click(screen.getByRole("button", { name: "Ajouter la session" }));
    expect(screen.getByRole("combobox", { name: /Thème de l'atelier/ })).toHaveAccessibleDescription(
      "Choisissez le thème de l'atelier.",
    );
    await user.selectOptions(kind, "HACKATHON");
    // Mantine's switch input is visually hidden behind its track: found by role, hidden ones included.
    const open = screen.getByRole("switch", { hidden: true });
    expect(open).not.toBeChecked();
    expect(open).toBeDisabled();
  });
});
