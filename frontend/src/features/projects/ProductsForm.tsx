import { useMutation } from "@apollo/client/react";
import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";

import { MAX_PRODUCTS, isListPath, validateCustomsCode, validateImportValue, validateRowText } from "./projectErrors";
import { ListProblemAlert, useProjectListEdit } from "./projectListEdit";

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
          ...TeamTab_project
        }
      }
      ... on ProjectInvalid {
        field
        code
        message
      }
      ... on ProjectConflict {
        field
        code
        message
      }
      ... on ProjectNotAllowed {
        field
        code
        message
      }
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
  const [setProducts, mutation] = useMutation(SetProjectProductsMutation);
  const edit = useProjectListEdit(onReload);

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

  const isFormPath = (field: string | null | undefined): field is string =>
    isListPath(field, "products", rows.length, ROW_KEYS);

  const submit = form.onSubmit(
    async (values) => {
      edit.clearProblem();
      const { data } = await setProducts({
        variables: {
          input: {
            projectId,
            expectedVersion: version,
            products: values.products.map((row) => ({
              name: row.name.trim(),
              customsCode: row.customsCode.trim() || null,
              annualImportValueEur: row.annualImportValueEur === "" ? null : Number(row.annualImportValueEur),
            })),
          },
        },
      }).catch(() => ({ data: undefined }));
      const payload = data?.setProjectProducts;
      if (!payload) return; // network or server error: shown by <QueryErrorAlert> below
      edit.handle(payload, {
        isFormPath,
        setFieldError: (field, message) => {
          form.setFieldError(field, message);
          form.getInputNode(field)?.focus();
        },
        savedTitle: t("team.products.savedTitle"),
        saved: t("team.products.saved"),
        onSaved,
      });
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  const listError = form.errors["products"];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="equipe-produits-formulaire">
      <Stack gap="md">
        <Title order={3} size="h4" id="equipe-produits-formulaire">
          {t("team.products.formHeading")}
        </Title>
        {edit.problem && (
          <ListProblemAlert
            problem={edit.problem}
            failedTitle={t("team.products.failedTitle")}
            reloading={edit.reloading}
            onReload={() => void edit.reload()}
          />
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        {rows.length === 0 && <Text>{t("team.products.emptyForm")}</Text>}
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
        {typeof listError === "string" && (
          <Text c="red" size="sm" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => form.insertListItem("products", emptyProduct())}
            disabled={rows.length >= MAX_PRODUCTS}
          >
            {t("team.products.add")}
          </Button>
          {rows.length >= MAX_PRODUCTS && (
            <Text size="sm" c="dimmed">
              {t("team.products.max", { max: MAX_PRODUCTS })}
            </Text>
          )}
        </Group>
        <Group>
          <Button type="submit" loading={mutation.loading} disabled={edit.problem?.conflict ?? false}>
            {t("team.products.submit")}
          </Button>
          <Button variant="default" type="button" onClick={onCancel}>
            {t("team.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
