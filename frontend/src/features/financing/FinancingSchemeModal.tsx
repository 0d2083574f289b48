import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { CompanySize, FinancingPurpose, FinancingSchemeType, ProjectKind } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";
import { NAF_SECTIONS } from "../../lib/naf";

import {
  type FinancingProblem,
  describeFinancingError,
  financingErrorMessage,
  financingProblem,
} from "./financingErrors";
import { parseEuros } from "./financingFormat";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { useFocusFirstError } from "./useFocusFirstError";

export const FinancingSchemeModalFragment = graphql(`
  fragment FinancingSchemeModal_scheme on FinancingScheme {
    id
    version
    name
    financerLabel
    description
    type
    purposes
    companySizes
    # Not in the form, sent back as read: an edit keeps them.
    nafSections
    projectKinds
    financerOrganisation {
      id
    }
    nationwide
    regions {
      code
      name
    }
    departements {
      code
    }
    amountMin
    amountMax
    rateMin
    rateMax
    opensOn
    closesOn
    applicationUrl
    sourceUrl
    deMinimis
    ownerRegion
  }
`);

export const SaveFinancingSchemeMutation = graphql(`
  mutation SaveFinancingScheme($input: SaveFinancingSchemeInput!) {
    saveFinancingScheme(input: $input) {
      __typename
      ... on FinancingSchemeSuccess {
        scheme {
          id
          ...FinancingSchemeModal_scheme
        }
      }
      ...FinancingErrorFields
    }
  }
`);

const TYPES = Object.values(FinancingSchemeType);
const PURPOSES = Object.values(FinancingPurpose);
const SIZES = Object.values(CompanySize);
const KINDS = Object.values(ProjectKind);

type Field =
  | "name"
  | "financerLabel"
  | "description"
  | "type"
  | "purposes"
  | "companySizes"
  | "nafSections"
  | "projectKinds"
  | "nationwide"
  | "regions"
  | "departements"
  | "amountMin"
  | "amountMax"
  | "rateMin"
  | "rateMax"
  | "opensOn"
  | "closesOn"
  | "applicationUrl"
  | "sourceUrl";
const FIELDS: readonly string[] = [
  "name",
  "financerLabel",
  "description",
  "type",
  "purposes",
  "companySizes",
  "nafSections",
  "projectKinds",
  "nationwide",
  "regions",
  "departements",
  "amountMin",
  "amountMax",
  "rateMin",
  "rateMax",
  "opensOn",
  "closesOn",
  "applicationUrl",
  "sourceUrl",
];

interface Props {
  /** The scheme to edit; null: a new one. */
  scheme: FragmentType<typeof FinancingSchemeModalFragment> | null;
  regions: readonly { slug: string; name: string }[];
  /** The viewer keeps the national catalogue (CCI France). */
  manageNational: boolean;
  /** The regions whose own schemes the viewer keeps (a region's team). */
  manageRegions: readonly { slug: string; name: string }[];
  onClose: () => void;
}

/** A rate typed « 40 » or « 40,5 » (percent), or null when empty; NaN when it is not a number. */
function parseRate(text: string): number | null {
  const value = text.trim().replace(",", ".");
  if (!value) return null;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

/** « Nouveau dispositif » and « Modifier »: what a scheme finances, for whom, where, its bounds and dates,
 * where to apply and where its description comes from. The API checks everything and says where. */
export function FinancingSchemeModal({ regions, manageNational, manageRegions, onClose, ...props }: Props) {
  const { t } = useTranslation(["financing", "common", "enums"]);
  const scheme = useFragment(FinancingSchemeModalFragment, props.scheme);
  // A new scheme goes to the catalogue the viewer keeps: the national one, or their region's own list.
  const ownRegion = manageNational ? null : (manageRegions[0] ?? null);
  // The programme's regions by slug, and the scheme's other régions by their INSEE code (the API takes both).
  const programmeRegion = (area: { code: string; name: string }) => regions.find((known) => known.name === area.name);
  const regionChoices = [
    ...regions.map(({ slug, name }) => ({ value: slug, label: name })),
    ...(scheme?.regions ?? [])
      .filter((area) => !programmeRegion(area))
      .map((area) => ({ value: area.code, label: area.name })),
  ];
  const [values, setValues] = useState({
    name: scheme?.name ?? "",
    financerLabel: scheme?.financerLabel ?? "",
    description: scheme?.description ?? "",
    type: scheme?.type ?? "",
    purposes: scheme ? [...scheme.purposes] : [],
    companySizes: scheme ? [...scheme.companySizes] : [],
    nafSections: scheme ? [...scheme.nafSections] : [],
    projectKinds: scheme ? [...scheme.projectKinds] : [],
    nationwide: scheme?.nationwide ?? ownRegion === null,
    regions: scheme
      ? scheme.regions.map((area) => programmeRegion(area)?.slug ?? area.code)
      : ownRegion
        ? [ownRegion.slug]
        : [],
    departements: scheme ? scheme.departements.map((area) => area.code).join(", ") : "",
    amountMin: scheme?.amountMin != null ? String(scheme.amountMin) : "",
    amountMax: scheme?.amountMax != null ? String(scheme.amountMax) : "",
    rateMin: scheme?.rateMin != null ? String(scheme.rateMin) : "",
    rateMax: scheme?.rateMax != null ? String(scheme.rateMax) : "",
    opensOn: scheme?.opensOn ?? "",
    closesOn: scheme?.closesOn ?? "",
    applicationUrl: scheme?.applicationUrl ?? "",
    sourceUrl: scheme?.sourceUrl ?? "",
    deMinimis: scheme?.deMinimis ?? false,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const formRef = useFocusFirstError(errors);
  const [problem, setProblem] = useState<FinancingProblem | null>(null);
  const [save, saving] = useMutationOutcome(
    SaveFinancingSchemeMutation,
    FinancingErrorFields,
    describeFinancingError(t),
  );
  const ownerSlug = scheme ? scheme.ownerRegion : (ownRegion?.slug ?? null);
  const owner = ownerSlug ? (regions.find((known) => known.slug === ownerSlug)?.name ?? ownerSlug) : null;

  const text = (
    field: Exclude<
      Field,
      | "type"
      | "purposes"
      | "companySizes"
      | "nafSections"
      | "projectKinds"
      | "nationwide"
      | "regions"
      | "opensOn"
      | "closesOn"
    >,
  ) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  const submit = async () => {
    setProblem(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = financingErrorMessage(t, "REQUIRED", "name");
    if (!values.financerLabel.trim()) found.financerLabel = financingErrorMessage(t, "REQUIRED", "financer");
    const type = TYPES.find((known) => known === values.type);
    if (!type) found.type = financingErrorMessage(t, "REQUIRED", "type");
    const amounts = { amountMin: values.amountMin, amountMax: values.amountMax } as const;
    const parsedAmounts: Partial<Record<"amountMin" | "amountMax", number | null>> = {};
    for (const [field, value] of Object.entries(amounts) as ["amountMin" | "amountMax", string][]) {
      parsedAmounts[field] = value.trim() ? parseEuros(value) : null;
      if (value.trim() && parsedAmounts[field] === null) found[field] = financingErrorMessage(t, "INVALID_AMOUNT");
    }
    const rateMin = parseRate(values.rateMin);
    const rateMax = parseRate(values.rateMax);
    if (Number.isNaN(rateMin)) found.rateMin = financingErrorMessage(t, "INVALID_RATE");
    if (Number.isNaN(rateMax)) found.rateMax = financingErrorMessage(t, "INVALID_RATE");
    setErrors(found);
    if (!type || Object.keys(found).length > 0) return;
    const outcome = await save({
      variables: {
        input: {
          id: scheme?.id ?? null,
          expectedVersion: scheme?.version ?? null,
          name: values.name.trim(),
          financerLabel: values.financerLabel.trim(),
          description: values.description.trim(),
          type,
          purposes: values.purposes.flatMap((value) => PURPOSES.filter((known) => known === value)),
          companySizes: values.companySizes.flatMap((value) => SIZES.filter((known) => known === value)),
          nafSections: values.nafSections,
          projectKinds: values.projectKinds.flatMap((value) => KINDS.filter((known) => known === value)),
          financerOrganisationId: scheme?.financerOrganisation?.id ?? null,
          nationwide: values.nationwide,
          regions: values.nationwide ? [] : values.regions,
          departements: values.nationwide
            ? []
            : values.departements
                .split(/[\s,;]+/)
                .map((code) => code.trim())
                .filter(Boolean),
          amountMin: parsedAmounts.amountMin ?? null,
          amountMax: parsedAmounts.amountMax ?? null,
          rateMin,
          rateMax,
          opensOn: values.opensOn || null,
          closesOn: values.closesOn || null,
          applicationUrl: values.applicationUrl.trim(),
          sourceUrl: values.sourceUrl.trim(),
          deMinimis: values.deMinimis,
        },
      },
      // A new scheme takes its place in the alphabetical list.
      refetchQueries: scheme ? [] : ["FinancingSchemes"],
    });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      notifications.show({
        message: t("schemeForm.saved"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      onClose();
      return;
    }
    const { refusal } = outcome;
    const field = refusal.field && FIELDS.includes(refusal.field) ? (refusal.field as Field) : null;
    if (refusal.kind === "invalid" && field) {
      setErrors({ [field]: refusal.message });
      return;
    }
    setProblem(financingProblem(refusal));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={scheme ? t("schemeForm.editTitle", { name: scheme.name }) : t("schemeForm.createTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          {problem && (
            <FinancingProblemAlert
              problem={problem}
              failedTitle={t("schemeForm.failedTitle")}
              conflictTitle={t("schemeForm.conflictTitle")}
              reload={{ label: t("schemeForm.close"), loading: false, onReload: onClose }}
            />
          )}
          {saving.error && <QueryErrorAlert error={saving.error} />}
          <Text size="sm">
            {owner ? t("schemeForm.ownerRegion", { region: owner }) : t("schemeForm.ownerNational")}
          </Text>
          <TextInput label={t("schemeForm.name")} required data-autofocus {...text("name")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("schemeForm.financer")} required {...text("financerLabel")} />
            <NativeSelect
              label={t("schemeForm.type")}
              required
              value={values.type}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, type: value }));
              }}
              error={errors.type}
              data={[
                ...(scheme ? [] : [{ value: "", label: t("schemeForm.chooseType") }]),
                ...TYPES.map((value) => ({ value, label: t(`enums.schemeType.${value}`) })),
              ]}
            />
          </SimpleGrid>
          <Textarea label={t("schemeForm.description")} autosize minRows={2} maxRows={6} {...text("description")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t("schemeForm.purposes")}
              value={values.purposes}
              onChange={(purposes) => setValues((current) => ({ ...current, purposes }))}
              error={errors.purposes}
              data={PURPOSES.map((value) => ({ value, label: t(`enums.schemePurpose.${value}`) }))}
            />
            <MultiSelect
              label={t("schemeForm.companySizes")}
              description={t("schemeForm.companySizesHelp")}
              value={values.companySizes}
              onChange={(companySizes) => setValues((current) => ({ ...current, companySizes }))}
              error={errors.companySizes}
              data={SIZES.map((value) => ({ value, label: t(`enums.companySize.${value}`) }))}
            />
            <MultiSelect
              label={t("schemeForm.nafSections")}
              description={t("schemeForm.nafSectionsHelp")}
              value={values.nafSections}
              onChange={(nafSections) => setValues((current) => ({ ...current, nafSections }))}
              error={errors.nafSections}
              searchable
              data={NAF_SECTIONS.map((code) => ({
                value: code,
                label: t("schemeForm.nafSectionOption", { code, label: t(`enums:nafSection.${code}`) }),
              }))}
            />
            <MultiSelect
              label={t("schemeForm.projectKinds")}
              description={t("schemeForm.projectKindsHelp")}
              value={values.projectKinds}
              onChange={(projectKinds) => setValues((current) => ({ ...current, projectKinds }))}
              error={errors.projectKinds}
              data={KINDS.map((value) => ({ value, label: t(`enums:projectKind.${value}`) }))}
            />
          </SimpleGrid>
          <Checkbox
            label={t("schemeForm.nationwide")}
            checked={values.nationwide}
            disabled={owner !== null}
            onChange={(event) => {
              const nationwide = event.currentTarget.checked;
              setValues((current) => ({ ...current, nationwide }));
            }}
            error={errors.nationwide}
          />
          {!values.nationwide && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label={t("schemeForm.regions")}
                description={t("schemeForm.regionsHelp")}
                value={values.regions}
                onChange={(selected) => setValues((current) => ({ ...current, regions: selected }))}
                error={errors.regions}
                data={regionChoices}
              />
              <TextInput
                label={t("schemeForm.departements")}
                description={t("schemeForm.departementsHelp")}
                {...text("departements")}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label={t("schemeForm.amountMin")} inputMode="numeric" {...text("amountMin")} />
            <TextInput label={t("schemeForm.amountMax")} inputMode="numeric" {...text("amountMax")} />
            <TextInput label={t("schemeForm.rateMin")} inputMode="decimal" {...text("rateMin")} />
            <TextInput label={t("schemeForm.rateMax")} inputMode="decimal" {...text("rateMax")} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t("schemeForm.opensOn")}
              value={values.opensOn}
              onChange={(opensOn) => setValues((current) => ({ ...current, opensOn }))}
              error={errors.opensOn}
            />
            <DateField
              label={t("schemeForm.closesOn")}
              value={values.closesOn}
              onChange={(closesOn) => setValues((current) => ({ ...current, closesOn }))}
              error={errors.closesOn}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("schemeForm.applicationUrl")} type="url" {...text("applicationUrl")} />
            <TextInput
              label={t("schemeForm.sourceUrl")}
              description={t("schemeForm.sourceUrlHelp")}
              type="url"
              {...text("sourceUrl")}
            />
          </SimpleGrid>
          <Checkbox
            label={t("schemeForm.deMinimis")}
            checked={values.deMinimis}
            onChange={(event) => {
              const deMinimis = event.currentTarget.checked;
              setValues((current) => ({ ...current, deMinimis }));
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("schemeForm.cancel")}
            </Button>
            <Button type="submit" loading={saving.loading} disabled={problem?.conflict ?? false}>
              {scheme ? t("schemeForm.save") : t("schemeForm.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
