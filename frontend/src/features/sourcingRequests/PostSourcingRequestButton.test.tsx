import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { regionIdf, regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import {
  PostSourcingRequestButton,
  PostSourcingRequestMutation,
  SourcingRegionsQuery,
} from "./PostSourcingRequestButton";
import { regionHdf, sourcingRequest } from "./sourcingFixtures";

const regionsResponse = {
  request: { query: SourcingRegionsQuery },
  result: {
    data: {
      viewer: { __typename: "Viewer", region: { __typename: "Region", id: regionNormandie.id, slug: "normandie" } },
      regions: {
        __typename: "RegionConnection",
        edges: [regionNormandie, regionIdf, regionHdf].map((node) => ({ __typename: "RegionEdge", node })),
      },
    },
  },
};

describe("PostSourcingRequestButton", () => {
  beforeEach(() => {
    // Today is 23 November 2026 (dates only: timers stay real for the user events).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  it("checks the need and the deadline before sending, then posts to the regions checked", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const input = {
      stageId: "U3RhZ2U6MQ",
      need: "Une filature de lin fin.",
      deadline: "2027-01-15",
      nafHints: ["13.10Z", "C"],
      targetRegions: ["hauts-de-france"],
    };
    renderWithProviders(<PostSourcingRequestButton stageId="U3RhZ2U6MQ" stageName="Filature" />, {
      mocks: [
        regionsResponse,
        {
          request: { query: PostSourcingRequestMutation, variables: { input } },
          result: () => {
            sent.push(input);
            return {
              data: {
                postSourcingRequest: {
                  __typename: "SourcingRequestSuccess",
                  request: { __typename: "SourcingRequest", id: sourcingRequest(1).id, answerCount: 0 },
                },
              },
            };
          },
        },
      ],
    });
    await user.click(
      screen.getByRole("button", { name: "Demander aux autres régions des fournisseurs pour l'étape « Filature »" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Demander des fournisseurs aux autres régions" });
    expect(dialog).toHaveTextContent("Étape : Filature");
    const deadline = screen.getByLabelText(/Date limite de réponse/);
    expect(deadline).toHaveValue("23/12/2026"); // today + 30 days, day first

    // The other regions only, none checked (all of them).
    expect(await screen.findByRole("checkbox", { name: "Île-de-France" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Hauts-de-France" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Normandie" })).toBeNull();

    await user.clear(deadline);
    await user.type(deadline, "2027-06-01"); // more than 180 days ahead
    await user.type(screen.getByRole("textbox", { name: /Activités suggérées/ }), "13.10Z, c, lin");
    await user.click(screen.getByRole("button", { name: "Poster la demande" }));
    expect(await screen.findByText("Décrivez le besoin.")).toBeInTheDocument();
    expect(screen.getByText("La date limite doit tomber entre aujourd'hui et dans 180 jours.")).toBeInTheDocument();
    expect(screen.getByText(/« LIN » n'est ni un code NAF/)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByRole("textbox", { name: /Besoin/ }), "Une filature de lin fin.");
    await user.clear(deadline);
    await user.type(deadline, "2027-01-15");
    const hints = screen.getByRole("textbox", { name: /Activités suggérées/ });
    await user.clear(hints);
    await user.type(hints, "13.10Z, c");
    await user.click(screen.getByRole("checkbox", { name: "Hauts-de-France" }));
    await user.click(screen.getByRole("button", { name: "Poster la demande" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Votre demande a été postée");
    expect(sent).toEqual([input]);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("shows the server's refusal under the field it names", async () => {
    const user = userEvent.setup();
    const input = {
      stageId: "U3RhZ2U6MQ",
      need: "Une filature.",
      deadline: "2026-12-23",
      nafHints: ["13.99Z"],
      targetRegions: [],
    };
    renderWithProviders(<PostSourcingRequestButton stageId="U3RhZ2U6MQ" stageName="Filature" />, {
      mocks: [
        regionsResponse,
        {
          request: { query: PostSourcingRequestMutation, variables: { input } },
          result: {
            data: {
              postSourcingRequest: {
                __typename: "SourcingInvalid",
                field: "nafHints.0",
                code: "UNKNOWN_NAF_CODE",
                message: "« 13.99Z » n'est ni un code NAF (« 13.20Z ») ni une section (« C »).",
              },
            },
          },
        },
      ],
    });
    await user.click(
      screen.getByRole("button", { name: "Demander aux autres régions des fournisseurs pour l'étape « Filature »" }),
    );
    await screen.findByRole("checkbox", { name: "Île-de-France" });
    await user.type(screen.getByRole("textbox", { name: /Besoin/ }), "Une filature.");
    await user.type(screen.getByRole("textbox", { name: /Activités suggérées/ }), "13.99Z");
    await user.click(screen.getByRole("button", { name: "Poster la demande" }));
    expect(await screen.findByText(/« 13.99Z » n'est ni un code NAF/)).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("names the dialog's close button « Fermer » and passes axe with the dialog open", async () => {
    const user = userEvent.setup();
    renderWithProviders(<PostSourcingRequestButton stageId="U3RhZ2U6MQ" stageName="Filature" />, {
      mocks: [regionsResponse],
    });
    await user.click(
      screen.getByRole("button", { name: "Demander aux autres régions des fournisseurs pour l'étape « Filature »" }),
    );
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findByRole("checkbox", { name: "Île-de-France" });
    expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeInTheDocument();
    // jsdom computes no colours: contrast is the theme's test.
    const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
