import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../test/render";

import { SupplierMap } from "./SupplierMap";

describe("SupplierMap", () => {
  it("says so in French, rather than failing, where WebGL is missing", () => {
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    renderWithProviders(
      <SupplierMap
        points={[
          { siret: "1", name: "FILATURE", place: "Elbeuf (76)", tier: "SAME_DEPARTEMENT", longitude: 1, latitude: 49 },
        ]}
        origin={null}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText("La carte ne peut pas s'afficher sur ce navigateur.")).toBeInTheDocument();
  });
});
