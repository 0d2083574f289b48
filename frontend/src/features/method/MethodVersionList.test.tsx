import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import type { MethodStatus } from "../../graphql/generated/graphql";
import { renderWithProviders } from "../../test/render";

import { MethodVersionList, MethodVersionRowFragment } from "./MethodVersionList";
import { RetireMethodVersionMutation } from "./RetireVersionButton";

function row(number: number, status: MethodStatus, version = 3) {
  const id = `TWV0aG9kVmVyc2lvbjo${number}`;
  return {
    id,
    row: makeFragmentData(
      {
        __typename: "MethodVersion",
        id,
        number,
        name: `Méthode nationale v${number}`,
        status,
        publishedAt: status === "DRAFT" ? null : "2026-09-01T08:00:00+00:00",
        retiredAt: status === "RETIRED" ? "2026-10-01T08:00:00+00:00" : null,
        updatedAt: "2026-10-01T08:00:00+00:00",
        version,
      },
      MethodVersionRowFragment,
    ),
  };
}

const VERSIONS = [row(3, "DRAFT"), row(2, "PUBLISHED"), row(1, "PUBLISHED", 7)];

function renderList(options: { canEdit: boolean; mocks?: MockLink.MockedResponse[] }) {
  const onShow = vi.fn();
  const onRetired = vi.fn(() => Promise.resolve());
  renderWithProviders(
    <MethodVersionList
      versions={VERSIONS}
      currentId={VERSIONS[1]!.id}
      shownId={VERSIONS[1]!.id}
      canEdit={options.canEdit}
      onShow={onShow}
      onRetired={onRetired}
    />,
    { mocks: options.mocks ?? [] },
  );
  return { onShow, onRetired };
}

function retireAnswer(payload: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: RetireMethodVersionMutation,
      variables: { input: { versionId: VERSIONS[2]!.id, expectedVersion: 7 } },
    },
    result: { data: { retireMethodVersion: payload } },
  };
}

describe("MethodVersionList", () => {
  it("opens an older version, and offers nothing on the draft, which its editor shows", async () => {
    const user = userEvent.setup();
    const { onShow } = renderList({ canEdit: false });
    const rows = screen.getAllByRole("row");
    expect(within(rows[1]!).queryByRole("button")).toBeNull();
    expect(within(rows[2]!).getByText("Affichée ci-dessous")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Retirer/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Consulter la version 1" }));
    expect(onShow).toHaveBeenCalledWith(1);
  });

  it("retires a published version after a confirmation, with the version it was read at", async () => {
    const user = userEvent.setup();
    const { onRetired } = renderList({
      canEdit: true,
      mocks: [
        retireAnswer({
          __typename: "MethodVersionSuccess",
          methodVersion: {
            __typename: "MethodVersion",
            id: VERSIONS[2]!.id,
            status: "RETIRED",
            retiredAt: "2026-11-23T09:00:00+00:00",
            version: 8,
          },
        }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Retirer la version 1" }));
    const dialog = await screen.findByRole("dialog", { name: "Retirer la version 1 ?" });
    expect(dialog).toHaveTextContent("ne peut plus être choisie pour une nouvelle édition");
    await user.click(within(dialog).getByRole("button", { name: "Retirer la version 1" }));
    await vi.waitFor(() => expect(onRetired).toHaveBeenCalledTimes(1));
  });

  it("says when the version changed in the meantime and reads the list again", async () => {
    const user = userEvent.setup();
    const { onRetired } = renderList({
      canEdit: true,
      mocks: [
        retireAnswer({ __typename: "MethodConflict", field: null, code: "STALE_VERSION", message: "Version périmée." }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Retirer la version 1" }));
    const dialog = await screen.findByRole("dialog", { name: "Retirer la version 1 ?" });
    await user.click(within(dialog).getByRole("button", { name: "Retirer la version 1" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Cette version a changé entre-temps");
    expect(onRetired).toHaveBeenCalledTimes(1);
  });
});
