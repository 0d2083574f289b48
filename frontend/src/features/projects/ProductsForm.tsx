import { Button, Fieldset, Group, NumberInput, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import {
  describeProjectError,
  MAX_PRODUCTS,
  validateCustomsCode,
  validateImportValue,
  validateRowText,
} from "./projectErrors";
import { ProjectListForm, useProjectListEdit } from "./projectListEdit";

/** The answer carries the project as the page shows it: its new version, « Dernière modification »,
 * and the list saved. */
export const SetProjectProductsMutation = graphql(`
  mutation SetProjectProducts($input: SetProjectProductsInput!) {
    setProjectProducts(input: $input) {
      __typename
      ... on ProjectEditSuccess {
        project {
          id
          ...ProjectDetails_project
          ...ProductsTab_project
        }
      }
      ...ProjectErrorFields
    }
  }
`);

const ROW_KEYS = ["name", "customsCode", "annualImportValueEur"] as const;

interface ProductRow {
  /** React key of the row (rows are added and removed). Not sent. */
  key: string;
  name: string;
  customsCode: string;
  /** NumberInput's value: a number, or "" when empty. */
  annualImportValueEur: number | string;
}

export interface Product {
  name: string;
  customsCode?: string | null;
  annualImportValueEur?: number | null;
}

interface Props {
  projectId: string;
  /** The project's version, sent as `expectedVersion`. */
  version: number;
  products: readonly Product[];
  onCancel: () => void;
  onSaved: () => void;
  /** Reads the project again (after a conflict). */
  onReload: () => Promise<unknown>;
}

const emptyProduct = (): ProductRow => ({ key: randomId(), name: "", customsCode: "", annualImportValueEur: "" });

/** The products the project brings (back) to France: the whole list is sent, replacing the saved one. */
export function ProductsForm({ projectId, version, products, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [setProducts, mutation] = useMutationOutcome(
    SetProjectProductsMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  const form = useForm<{ products: ProductRow[] }>({
    mode: "controlled",
    initialValues: {
      products: products.length
        ? products.map((product) => ({
            key: randomId(),
            name: product.name,
            customsCode: product.customsCode ?? "",
            annualImportValueEur: product.annualImportValueEur ?? "",
          }))
        : [emptyProduct()],
    },
    validateInputOnChange: true,
    validate: {
      products: {
        name: (value) => validateRowText(t, value, "productName"),
        customsCode: (value) => validateCustomsCode(t, value),
        annualImportValueEur: (value) => validateImportValue(t, value),
      },
    },
  });
  const rows = form.values.products;
  const edit = useProjectListEdit({
    form,
    list: "products",
    rowKeys: ROW_KEYS,
    save: (toSave) =>
      setProducts({
        variables: {
          input: {
            projectId,
            expectedVersion: version,
            products: toSave.map((row) => ({
              name: row.name.trim(),
              customsCode: row.customsCode.trim() || null,
              annualImportValueEur: row.annualImportValueEur === "" ? null : Number(row.annualImportValueEur),
            })),
          },
        },
      }),
    onSaved,
    onReload,
  });

  return (
    <ProjectListForm
      list="products"
      edit={edit}
      mutation={mutation}
      rowCount={rows.length}
      max={MAX_PRODUCTS}
      listError={form.errors["products"]}
      onAdd={() => form.insertListItem("products", emptyProduct())}
      onCancel={onCancel}
    >
      {rows.map((row, index) => (
        <Fieldset key={row.key} legend={t("team.products.row", { n: index + 1 })}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t("team.products.name")}
              required
              style={{ flex: "2 1 16rem" }}
              {...form.getInputProps(`products.${index}.name`)}
            />
            <TextInput
              label={t("team.products.customsCode")}
              description={t("team.products.customsCodeDescription")}
              inputMode="numeric"
              autoComplete="off"
              style={{ flex: "1 1 10rem" }}
              {...form.getInputProps(`products.${index}.customsCode`)}
            />
            <NumberInput
              label={t("team.products.importValue")}
              description={t("team.products.importValueDescription")}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              thousandSeparator=" "
              suffix=" €"
              hideControls
              style={{ flex: "1 1 12rem" }}
              {...form.getInputProps(`products.${index}.annualImportValueEur`)}
            />
            <Button variant="subtle" color="red" mt={26} onClick={() => form.removeListItem("products", index)}>
              {t("team.products.remove", { n: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
    </ProjectListForm>
  );
}
