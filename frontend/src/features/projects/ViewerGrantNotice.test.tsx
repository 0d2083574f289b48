import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { makeFragmentData } from "../../graphql/generated/fragment-masking";
import type { GrantScope } from "../../graphql/generated/graphql";
import { renderWithProviders } from "../../test/render";

import { ViewerGrantNotice, ViewerGrantNoticeFragment } from "./ViewerGrantNotice";

const withGrant = (viewerGrant: { scope: GrantScope; expiresOn: string | null; purpose: string } | null) =>
  makeFragmentData(
    { viewerGrant: viewerGrant && { __typename: "ViewerGrant" as const, ...viewerGrant } },
    ViewerGrantNoticeFragment,
  );

describe("ViewerGrantNotice", () => {
  it("tells the partner with whom, until when, what and why the project is shared", () => {
    renderWithProviders(
      <ViewerGrantNotice
        project={withGrant({
          scope: "FINANCING",
          expiresOn: "2027-06-03",
          purpose: "Étude d'un prêt d'amorçage.",
        })}
      />,
      { viewer: "PARTNER" },
    );
    expect(screen.getByText("Partagé avec Bpifrance jusqu'au 3 juin 2027 — portée : financement.")).toBeInTheDocument();
    expect(screen.getByText("Objet : Étude d'un prêt d'amorçage.")).toBeInTheDocument();
  });

  it("says nothing to those who read the project without a grant", () => {
    renderWithProviders(<ViewerGrantNotice project={withGrant(null)} />);
    expect(screen.queryByText(/Partagé avec/)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
