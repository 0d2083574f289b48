import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { InboxButton, InboxUnreadCountQuery } from "./InboxButton";

function count(inboxUnreadCount: number): MockLink.MockedResponse {
  return { request: { query: InboxUnreadCountQuery }, result: { data: { inboxUnreadCount } } };
}

describe("InboxButton", () => {
  it("shows the unread count as a badge, and says it", async () => {
    renderWithProviders(<InboxButton />, { mocks: [count(2)] });
    const link = await screen.findByRole("link", { name: "Notifications 2 non lues" });
    expect(link).toHaveAttribute("href", "/notifications");
    // The badge draws the count from its data attribute (CSS), so that the name contains the visible text.
    expect(link.querySelector("[data-count]")).toHaveAttribute("data-count", "2");
  });

  it("says « non lue » for one, and shows no badge when everything is read", async () => {
    const { unmount } = renderWithProviders(<InboxButton />, { mocks: [count(1)] });
    expect(await screen.findByRole("link", { name: "Notifications 1 non lue" })).toBeInTheDocument();
    unmount();
    renderWithProviders(<InboxButton />, { mocks: [count(0)] });
    const link = await screen.findByRole("link", { name: "Notifications" });
    // Still « Notifications » once the answer is there: no badge.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(link).toHaveAccessibleName("Notifications");
    expect(within(link).queryByText("0")).toBeNull();
  });
});
