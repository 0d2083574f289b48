import type { MockLink } from "@apollo/client/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../../test/render";

import { CheckInListQuery, CheckInRegistrationMutation, CheckInTab } from "./CheckInTab";
import { RegisterWalkInMutation } from "./WalkInModal";

const EVENT = { id: "RXZlbnQ6bm9ybWFuZGllOjE", slug: "2030-evenement" };

function person(id: string, name: string, checkedInAt: string | null) {
  return {
    __typename: "EventRegistration",
    id,
    name,
    company: "Tissages (démo)",
    status: "REGISTERED",
    walkIn: false,
    checkedInAt,
  };
}

function list(people: object[], search: string | null = null): MockLink.MockedResponse {
  return {
    request: { query: CheckInListQuery, variables: { id: EVENT.id, search } },
    result: {
      data: {
        node: {
          __typename: "Event",
          id: EVENT.id,
          registrations: {
            __typename: "EventRegistrationConnection",
            totalCount: people.length,
            edges: people.map((node) => ({ __typename: "EventRegistrationEdge", node })),
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe("CheckInTab", () => {
  it("marks a person present with one big button", async () => {
    const user = userEvent.setup();
    const result = vi.fn(() => ({
      data: {
        checkInRegistration: {
          __typename: "RegistrationDeskSuccess",
          registration: { __typename: "EventRegistration", id: "r1", checkedInAt: "2030-11-30T08:00:00Z" },
        },
      },
    }));
    renderWithProviders(<CheckInTab eventId={EVENT.id} slug={EVENT.slug} />, {
      mocks: [
        list([person("r1", "Camille Martin (démo)", null)]),
        {
          request: {
            query: CheckInRegistrationMutation,
            variables: { input: { registrationId: "r1", present: true } },
          },
          result,
        },
      ],
    });
    const button = await screen.findByRole("button", { name: "Présent : Camille Martin (démo)" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await user.click(button);
    expect(result).toHaveBeenCalledOnce();
    expect(await screen.findByRole("button", { name: "Présent : Camille Martin (démo)", pressed: true })).toBeVisible();
  });

  it("searches a name", async () => {
    const user = userEvent.setup();
    renderWithProviders(<CheckInTab eventId={EVENT.id} slug={EVENT.slug} />, {
      mocks: [
        list([person("r1", "Camille Martin (démo)", null), person("r2", "Dominique Petit (démo)", null)]),
        list([person("r2", "Dominique Petit (démo)", null)], "petit"),
      ],
    });
    await screen.findByText("Camille Martin (démo)");
    await user.type(screen.getByRole("searchbox", { name: "Rechercher une personne" }), "petit");
    await vi.waitFor(() => expect(screen.queryByText("Camille Martin (démo)")).toBeNull());
    expect(screen.getByText("Dominique Petit (démo)")).toBeVisible();
  });

  it("registers a walk-in without an e-mail and checks them in", async () => {
    const user = userEvent.setup();
    const result = vi.fn(() => ({
      data: {
        registerWalkIn: {
          __typename: "RegistrationDeskSuccess",
          registration: { __typename: "EventRegistration", id: "r9", checkedInAt: "2030-11-30T08:00:00Z" },
        },
      },
    }));
    renderWithProviders(<CheckInTab eventId={EVENT.id} slug={EVENT.slug} />, {
      mocks: [
        list([]),
        {
          request: {
            query: RegisterWalkInMutation,
            variables: {
              input: { eventId: EVENT.id, name: "Alix Leroy", company: "Atelier (démo)", email: null, function: null },
            },
          },
          result,
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Inscription sur place" }));
    const dialog = await screen.findByRole("dialog", { name: "Inscription sur place" });
    await user.type(screen.getByRole("textbox", { name: /Nom et prénom/ }), "Alix Leroy");
    await user.type(screen.getByRole("textbox", { name: /^Entreprise/ }), "Atelier (démo)");
    await user.click(screen.getByRole("button", { name: "Inscrire et pointer présent" }));
    await vi.waitFor(() => expect(result).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(dialog).not.toBeInTheDocument());
  });
});
