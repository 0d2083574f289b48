import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatEuros } from "../../lib/numbers";

import { EditableSection } from "./EditableSection";
import { ProductsForm } from "./ProductsForm";

/** `products` is null on a summary card: the tab is then left out (projectTabs.ts). */
export const ProductsTabFragment = graphql(`
  fragment ProductsTab_project on Project {
    id
    version
    viewerCanEdit
    products {
      name
      customsCode
      annualImportValueEur
    }
  }
`);

/** « 6109 10 00 »: the heading (4 digits), then the subheadings two by two, as customs documents write them. */
export function formatCustomsCode(code: string): string {
  return /^\d{4}(\d{2}){0,3}$/.test(code)
    ? [code.slice(0, 4), ...(code.slice(4).match(/\d{2}/g) ?? [])].join(" ")
    : code;
}

interface Props {
  project: FragmentType<typeof ProductsTabFragment>;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Produits »: what the project makes (again) in France — the core of a relocation — with their customs
 * codes and the imports they replace. The region's advisers edit the list, saved whole. */
export function ProductsTab(props: Props) {
  const { t } = useTranslation("projects");
  const project = useFragment(ProductsTabFragment, props.project);
  const products = project.products ?? [];

  return (
    <Stack gap="lg">
      <EditableSection
        id="produits-liste"
        heading={t("team.products.heading")}
        editLabel={t("team.products.edit")}
        canEdit={project.viewerCanEdit}
        form={(close) => (
          <ProductsForm
            key={JSON.stringify(products)}
            projectId={project.id}
            version={project.version}
            products={products}
            onCancel={close}
            onSaved={close}
            onReload={props.onReload}
          />
        )}
      >
        {products.length === 0 ? (
          <Text>{t("team.products.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table captionSide="top" verticalSpacing="sm" striped>
              <Table.Caption ta="left">{t("team.products.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("team.products.name")}</Table.Th>
                  <Table.Th scope="col">{t("team.products.customsCode")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("team.products.importValue")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {products.map((product) => (
                  <Table.Tr key={product.name}>
                    <Table.Th scope="row" fw={600}>
                      {product.name}
                    </Table.Th>
                    <Table.Td>
                      {product.customsCode ? formatCustomsCode(product.customsCode) : t("team.products.unknown")}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {product.annualImportValueEur != null
                        ? formatEuros(product.annualImportValueEur)
                        : t("team.products.unknown")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </EditableSection>
    </Stack>
  );
}
