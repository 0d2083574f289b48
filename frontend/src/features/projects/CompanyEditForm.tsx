import { useQuery } from "@apollo/client/react";
import { Alert, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import {
  type CompanySireneProposalQuery as CompanySireneProposalData,
  type CompanyTab_CompanyFragment,
  type HeadcountBand,
  type RevenueBand,
  type UpdateCompanyInput,
} from "../../graphql/generated/graphql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { formatSiren } from "./ProjectDetails";
import {
  compactNumber,
  describeProjectError,
  projectFieldKind,
  validateCommuneCode,
  validateCompanyName,
  validateCompanyText,
  validateContactEmail,
  validateContactName,
  validateContactPhone,
  validateNafCode,
  validatePostalCode,
  validateSiret,
  validateWebsite,
} from "./projectErrors";

/** The answer is the company's record as the tab shows it: the cache updates the tab, « Synthèse »,
 * and the version sent next. */
export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      __typename
      ... on UpdateCompanySuccess {
        company {
          id
          ...CompanyTab_company
        }
      }
      ...ProjectErrorFields
    }
  }
`);

/** « 829 153 410 00012 »: the SIREN, then the establishment's number. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, "$1 $2 $3 $4") : siret;
}

/** What SIRENE holds of the company's establishment (its SIRET as saved): proposed, never applied unasked. */
export const CompanySireneProposalQuery = graphql(`
  query CompanySireneProposal($companyId: ID!) {
    companySireneProposal(companyId: $companyId) {
      siret
      nafCode
      street
      postalCode
      communeCode
      communeName
      headcountBand
    }
  }
`);

/** In the INSEE's order (the generated enums sort their keys); a test checks they cover the schema. */
export const HEADCOUNT_BANDS: readonly HeadcountBand[] = [
  "NON_EMPLOYER",
  "NONE_AT_YEAR_END",
  "FROM_1_TO_2",
  "FROM_3_TO_5",
  "FROM_6_TO_9",
  "FROM_10_TO_19",
  "FROM_20_TO_49",
  "FROM_50_TO_99",
  "FROM_100_TO_199",
  "FROM_200_TO_249",
  "FROM_250_TO_499",
  "FROM_500_TO_999",
  "FROM_1000_TO_1999",
  "FROM_2000_TO_4999",
  "FROM_5000_TO_9999",
  "FROM_10000",
];
export const REVENUE_BANDS: readonly RevenueBand[] = [
  "UNDER_2M",
  "FROM_2M_TO_10M",
  "FROM_10M_TO_50M",
  "FROM_50M_TO_1500M",
  "OVER_1500M",
];

/** The form's values: texts as typed, a band "" while unknown. */
interface Values {
  name: string;
  siret: string;
  nafCode: string;
  communeCode: string;
  street: string;
  postalCode: string;
  website: string;
  headcountBand: HeadcountBand | "";
  revenueBand: RevenueBand | "";
  contactName: string;
  contactFunction: string;
  contactEmail: string;
  contactPhone: string;
}

type CompanyField = keyof Values;
/** In the form's order: the first one in error gets the focus. */
const FIELDS: readonly CompanyField[] = [
  "name",
  "siret",
  "nafCode",
  "communeCode",
  "street",
  "postalCode",
  "website",
  "headcountBand",
  "revenueBand",
  "contactName",
  "contactFunction",
  "contactEmail",
  "contactPhone",
];
/** Sent as one `contact`, whole, when any of them changed. */
const CONTACT_FIELDS = ["contactName", "contactFunction", "contactEmail", "contactPhone"] as const;
type RecordField = Exclude<CompanyField, (typeof CONTACT_FIELDS)[number] | "headcountBand" | "revenueBand">;
const RECORD_FIELDS: readonly RecordField[] = [
  "name",
  "siret",
  "nafCode",
  "communeCode",
  "street",
  "postalCode",
  "website",
];

/** The fields SIRENE may propose a value for (it knows no revenue and no website). */
type SireneField = "nafCode" | "communeCode" | "street" | "postalCode" | "headcountBand";
interface SireneValue {
  field: SireneField;
  /** As the form holds it. */
  value: string;
  /** As the proposal is read: « MALAUNAY (76402) », « 20 à 49 salariés ». */
  shown: string;
}

/** SIRENE's values that differ from what the form holds now (case and spaces ignored: « 12 RUE DU
 * CAILLY » is the address already typed « 12 rue du Cailly »), in the form's order. */
export function sireneDifferences(
  bandLabel: (band: HeadcountBand) => string,
  proposal: NonNullable<CompanySireneProposalData["companySireneProposal"]>,
  values: Values,
): SireneValue[] {
  const proposed: SireneValue[] = [];
  if (proposal.nafCode) proposed.push({ field: "nafCode", value: proposal.nafCode, shown: proposal.nafCode });
  if (proposal.communeCode) {
    const shown = `${proposal.communeName} (${proposal.communeCode})`;
    proposed.push({ field: "communeCode", value: proposal.communeCode, shown });
  }
  if (proposal.street) proposed.push({ field: "street", value: proposal.street, shown: proposal.street });
  if (proposal.postalCode)
    proposed.push({ field: "postalCode", value: proposal.postalCode, shown: proposal.postalCode });
  if (proposal.headcountBand) {
    const shown = bandLabel(proposal.headcountBand);
    proposed.push({ field: "headcountBand", value: proposal.headcountBand, shown });
  }
  const same = (a: string, b: string) =>
    a.split(/\s+/).join(" ").trim().toUpperCase() === b.split(/\s+/).join(" ").trim().toUpperCase();
  const current = normalised(values);
  return proposed.filter((item) => !same(current[item.field], item.value));
}

/** « Proposé par SIRENE : … » under a field, with its one-click « Reprendre ». */
function SireneHint({ item, label, onTake }: { item: SireneValue | undefined; label: string; onTake: () => void }) {
  const { t } = useTranslation("projects");
  if (!item) return null;
  return (
    <Group gap="xs" wrap="nowrap" mt={-8}>
      <Text size="sm">{t("company.sirene.proposed", { value: item.shown })}</Text>
      <Button
        size="compact-sm"
        variant="light"
        aria-label={t("company.sirene.takeField", { field: label })}
        onClick={onTake}
      >
        {t("company.sirene.take")}
      </Button>
    </Group>
  );
}

/** The form's input showing the API's field: `contact.email` is shown at `contactEmail`. */
function inputOf(field: string): string | null {
  const kind = projectFieldKind(field);
  return FIELDS.find((name) => name === kind) ?? null;
}

function valuesOf(company: CompanyTab_CompanyFragment): Values {
  return {
    name: company.name,
    siret: company.siret ?? "",
    nafCode: company.nafCode ?? "",
    communeCode: company.communeCode,
    street: company.address.street,
    postalCode: company.address.postalCode,
    website: company.website,
    headcountBand: company.headcountBand ?? "",
    revenueBand: company.revenueBand ?? "",
    contactName: company.contact?.name ?? "",
    contactFunction: company.contact?.function ?? "",
    contactEmail: company.contact?.email ?? "",
    contactPhone: company.contact?.phone ?? "",
  };
}

/** What the server expects of each field: trimmed, without spaces in numbers, codes in capitals. */
function normalised(values: Values): Values {
  return {
    name: values.name.trim(),
    siret: compactNumber(values.siret),
    nafCode: compactNumber(values.nafCode).toUpperCase(),
    communeCode: values.communeCode.trim().toUpperCase(),
    street: values.street.trim(),
    postalCode: compactNumber(values.postalCode),
    website: values.website.trim(),
    headcountBand: values.headcountBand,
    revenueBand: values.revenueBand,
    contactName: values.contactName.trim(),
    contactFunction: values.contactFunction.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone.trim(),
  };
}

/** Only what changed (a field left out stays as it is; "" clears a text, null a band), the contact whole. */
export function changesOf(
  company: CompanyTab_CompanyFragment,
  values: Values,
): Omit<UpdateCompanyInput, "companyId" | "expectedVersion"> | null {
  const next = normalised(values);
  const before = normalised(valuesOf(company));
  const input: Omit<UpdateCompanyInput, "companyId" | "expectedVersion"> = {};
  for (const field of RECORD_FIELDS) if (next[field] !== before[field]) input[field] = next[field];
  if (next.headcountBand !== before.headcountBand) input.headcountBand = next.headcountBand || null;
  if (next.revenueBand !== before.revenueBand) input.revenueBand = next.revenueBand || null;
  // Who may not read the contact has no contact fields: nothing to send for it.
  if (company.contact && CONTACT_FIELDS.some((field) => next[field] !== before[field])) {
    input.contact = {
      name: next.contactName,
      function: next.contactFunction,
      email: next.contactEmail,
      phone: next.contactPhone,
    };
  }
  return Object.keys(input).length > 0 ? input : null;
}

interface Props {
  company: CompanyTab_CompanyFragment;
  onCancel: () => void;
  /** After a save: the cache already holds the new record. */
  onSaved: () => void;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Modifier la fiche »: the company's raison sociale, SIRET, NAF code and commune, checked lightly as
 * the user types (the server checks keys, nomenclatures and region). Only what changed is sent (a field
 * left out stays as it is; an empty SIRET or NAF code clears it), with the version read. */
export function CompanyEditForm({ company, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [updateCompany, mutation] = useMutationOutcome(
    UpdateCompanyMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  // A refusal no field can fix; `conflict`: someone else changed the record (the server's message says who).
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  const initial = valuesOf(company);
  const sirene = useQuery(CompanySireneProposalQuery, {
    variables: { companyId: company.id },
    // Without a SIRET there is nothing to look up; a failed lookup shows nothing, the form works without it.
    skip: !company.siret,
  });

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: initial,
    validateInputOnChange: true,
    validate: {
      name: (value) => validateCompanyName(t, value),
      siret: (value) => validateSiret(t, value, company.siren),
      nafCode: (value) => validateNafCode(t, value),
      communeCode: (value) => validateCommuneCode(t, value),
      street: (value) => validateCompanyText(t, value, "street"),
      postalCode: (value) => validatePostalCode(t, value),
      website: (value) => validateWebsite(t, value),
      contactName: (value, values) =>
        validateContactName(
          t,
          value,
          [values.contactFunction, values.contactEmail, values.contactPhone].some((other) => other.trim()),
        ),
      contactFunction: (value) => validateCompanyText(t, value, "contactFunction"),
      contactEmail: (value) => validateContactEmail(t, value),
      contactPhone: (value) => validateContactPhone(t, value),
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const changes = changesOf(company, values);
      if (!changes) {
        onCancel(); // nothing to save
        return;
      }
      const input: UpdateCompanyInput = { companyId: company.id, expectedVersion: company.version, ...changes };
      const outcome = await updateCompany({ variables: { input } });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("company.edit.savedTitle"),
          message: t("company.edit.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onSaved();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, inputOf)) return;
      setProblem({ message: refusal.message, conflict: refusal.kind === "conflict" });
    },
    (errors) => {
      const first = FIELDS.find((field) => field in errors);
      if (first) form.getInputNode(first)?.focus();
    },
  );

  const proposal = sirene.data?.companySireneProposal;
  const differences = proposal
    ? sireneDifferences((band) => t(`company.headcountBands.${band}`), proposal, form.values)
    : [];
  const differing = (field: SireneField) => differences.find((item) => item.field === field);
  // The hint and its button go once taken: the focus goes to the field that took the value.
  const take = (items: SireneValue[]) => {
    for (const item of items) form.setFieldValue(item.field, item.value);
    if (items[0]) form.getInputNode(items[0].field)?.focus();
  };
  const hint = (field: SireneField, label: string) => (
    <SireneHint
      item={differing(field)}
      label={label}
      onTake={() => take(differences.filter((d) => d.field === field))}
    />
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="entreprise-modifier">
      <Stack gap="md">
        <Title order={3} size="h4" id="entreprise-modifier">
          {t("company.edit.heading")}
        </Title>
        <Text size="sm">{t("company.edit.requiredHint")}</Text>
        {problem && (
          <Alert
            color={problem.conflict ? "orange" : "red"}
            title={problem.conflict ? t("company.edit.conflictTitle") : t("company.edit.failedTitle")}
            role="alert"
          >
            <Stack gap="sm" align="flex-start">
              <span>{problem.message}</span>
              {problem.conflict && (
                <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
                  {t("company.edit.reload")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        {proposal && differences.length > 0 && (
          // A proposal, not news: a named region rather than Mantine's default live `alert`.
          <Alert color="blue" title={t("company.sirene.title")} role="region" aria-label={t("company.sirene.title")}>
            <Stack gap="xs" align="flex-start">
              <span>{t("company.sirene.intro", { siret: formatSiret(proposal.siret) })}</span>
              {differences.length > 1 && (
                <Button variant="outline" size="compact-sm" onClick={() => take(differences)}>
                  {t("company.sirene.takeAll", { count: differences.length })}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <TextInput
          label={t("detail.companyName")}
          required
          autoComplete="organization"
          // The form opens on demand: take the focus there.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...form.getInputProps("name")}
        />
        <TextInput
          label={t("company.siret")}
          description={t("company.edit.siretDescription", { siren: formatSiren(company.siren) })}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps("siret")}
        />
        <TextInput
          label={t("detail.naf")}
          description={t("company.edit.nafDescription")}
          autoComplete="off"
          {...form.getInputProps("nafCode")}
        />
        {hint("nafCode", t("detail.naf"))}
        <TextInput
          label={t("company.edit.communeCode")}
          description={t("company.edit.communeDescription", {
            commune: company.communeName,
            code: company.communeCode,
          })}
          required
          autoComplete="off"
          {...form.getInputProps("communeCode")}
        />
        {hint("communeCode", t("company.edit.communeCode"))}
        <TextInput
          label={t("company.edit.street")}
          description={t("company.edit.streetDescription")}
          autoComplete="off"
          {...form.getInputProps("street")}
        />
        {hint("street", t("company.edit.street"))}
        <TextInput
          label={t("company.edit.postalCode")}
          description={t("company.edit.postalCodeDescription", { commune: company.address.communeName })}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps("postalCode")}
        />
        {hint("postalCode", t("company.edit.postalCode"))}
        <TextInput
          label={t("company.edit.website")}
          description={t("company.edit.websiteDescription")}
          type="url"
          autoComplete="off"
          {...form.getInputProps("website")}
        />
        <NativeSelect
          label={t("company.headcountBand")}
          data={[
            { value: "", label: t("company.edit.bandNotKnown") },
            ...HEADCOUNT_BANDS.map((band) => ({ value: band, label: t(`company.headcountBands.${band}`) })),
          ]}
          {...form.getInputProps("headcountBand")}
        />
        {hint("headcountBand", t("company.headcountBand"))}
        <NativeSelect
          label={t("company.revenueBand")}
          data={[
            { value: "", label: t("company.edit.bandNotKnown") },
            ...REVENUE_BANDS.map((band) => ({ value: band, label: t(`company.revenueBands.${band}`) })),
          ]}
          {...form.getInputProps("revenueBand")}
        />
        {company.contact && (
          <Fieldset legend={t("company.edit.contactLegend")}>
            <Stack gap="md">
              <Text size="sm">{company.contactNotice}</Text>
              <TextInput
                label={t("company.edit.contactName")}
                description={t("company.edit.contactNameDescription")}
                autoComplete="off"
                {...form.getInputProps("contactName")}
              />
              <TextInput
                label={t("company.edit.contactFunction")}
                description={t("company.edit.contactFunctionDescription")}
                autoComplete="off"
                {...form.getInputProps("contactFunction")}
              />
              <TextInput
                label={t("company.edit.contactEmail")}
                type="email"
                autoComplete="off"
                {...form.getInputProps("contactEmail")}
              />
              <TextInput
                label={t("company.edit.contactPhone")}
                description={t("company.edit.contactPhoneDescription")}
                type="tel"
                autoComplete="off"
                {...form.getInputProps("contactPhone")}
              />
            </Stack>
          </Fieldset>
        )}
        <Group>
          <Button type="submit" loading={mutation.loading} disabled={problem?.conflict ?? false}>
            {t("company.edit.submit")}
          </Button>
          <Button variant="default" type="button" onClick={onCancel}>
            {t("company.edit.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
