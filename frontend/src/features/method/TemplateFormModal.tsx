import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";

import { EvidenceKind, MilestoneOwner, MilestoneScope } from "../../graphql/generated/graphql";
import { formatRelativeDay } from "../../lib/relativeDay";

import type { Draft, DraftTemplate, TemplateField } from "./draftModel";

interface Props {
  draft: Draft;
  /** The milestone being edited, or a new one (with its phase set). */
  template: DraftTemplate;
  isNew: boolean;
  /** The server's error on one field of this milestone: shown under that field, which gets the focus. */
  serverError?: { field: TemplateField; message: string } | undefined;
  onClose: () => void;
  onSubmit: (template: DraftTemplate) => void;
}

interface Values {
  title: string;
  phaseUid: string;
  scope: MilestoneScope;
  offset: number | string;
  owner: MilestoneOwner;
  deliverable: string;
  /** "" : no evidence asked. */
  evidence: EvidenceKind | "";
  dependsOn: string[];
}

const SCOPES = Object.values(MilestoneScope);
const OWNERS = Object.values(MilestoneOwner);
const EVIDENCE_KINDS = Object.values(EvidenceKind);

function isScope(value: string): value is MilestoneScope {
  return (SCOPES as string[]).includes(value);
}

function isOwner(value: string): value is MilestoneOwner {
  return (OWNERS as string[]).includes(value);
}

function isEvidence(value: string): value is EvidenceKind {
  return (EVIDENCE_KINDS as string[]).includes(value);
}

/** Adds or edits one milestone of the draft; the draft is only saved with « Enregistrer le brouillon ».
 * Only single fields are checked as the user types (a title, a whole number of days): the method's rules
 * (offset range, dependencies) are the server's, checked when the draft is saved. */
export function TemplateFormModal({ draft, template, isNew, serverError, onClose, onSubmit }: Props) {
  const { t } = useTranslation(["method", "enums", "common"]);
  const focus = (field: TemplateField) =>
    (serverError ? serverError.field === field : field === "title") ? { "data-autofocus": true } : {};
  const form = useForm<Values>({
    mode: "controlled",
    initialErrors: serverError ? { [serverError.field]: serverError.message } : {},
    validateInputOnBlur: ["title", "offset"],
    initialValues: {
      title: template.title,
      phaseUid: template.phaseUid,
      scope: template.scope,
      offset: template.offset,
      owner: template.owner,
      deliverable: template.deliverable,
      evidence: template.evidence ?? "",
      dependsOn: template.dependsOn,
    },
    validate: {
      title: (value) => (!value.trim() ? t("editor.form.titleRequired") : null),
      offset: (value) =>
        typeof value !== "number" || !Number.isInteger(value) ? t("editor.form.offsetRequired") : null,
    },
  });

  const offset = typeof form.values.offset === "number" ? form.values.offset : null;
  const dependencyOptions = draft.templates
    .filter((other) => other.uid !== template.uid)
    .map((other) => ({ value: other.uid, label: `${formatRelativeDay(other.offset)} · ${other.title}` }));

  const submit = form.onSubmit((values) => {
    onSubmit({
      ...template,
      title: values.title.trim(),
      phaseUid: values.phaseUid,
      scope: values.scope,
      offset: Number(values.offset),
      owner: values.owner,
      deliverable: values.deliverable.trim(),
      evidence: values.scope === "PROJECT" && values.evidence ? values.evidence : null,
      dependsOn: values.dependsOn,
    });
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      title={isNew ? t("editor.form.addTitle") : t("editor.form.editTitle")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={t("editor.form.title")} required {...focus("title")} {...form.getInputProps("title")} />
          <NativeSelect
            label={t("editor.form.phase")}
            {...focus("phaseUid")}
            data={draft.phases.map((phase) => ({ value: phase.uid, label: phase.name || t("editor.unnamedPhase") }))}
            {...form.getInputProps("phaseUid")}
          />
          <NativeSelect
            label={t("editor.form.scope")}
            data={SCOPES.map((value) => ({ value, label: t(`enums:milestoneScope.${value}`) }))}
            value={form.values.scope}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isScope(value)) form.setFieldValue("scope", value);
            }}
          />
          <NumberInput
            label={t("editor.form.offset")}
            description={
              offset === null
                ? t("editor.form.offsetHelp")
                : t("editor.form.offsetPreview", { day: formatRelativeDay(offset) })
            }
            allowDecimal={false}
            required
            {...focus("offset")}
            {...form.getInputProps("offset")}
          />
          <NativeSelect
            label={t("editor.form.owner")}
            data={OWNERS.map((value) => ({ value, label: t(`enums:milestoneOwner.${value}`) }))}
            value={form.values.owner}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOwner(value)) form.setFieldValue("owner", value);
            }}
          />
          <Textarea
            label={t("editor.form.deliverable")}
            autosize
            minRows={2}
            maxRows={6}
            {...focus("deliverable")}
            {...form.getInputProps("deliverable")}
          />
          {form.values.scope === "PROJECT" && (
            <NativeSelect
              label={t("editor.form.evidence")}
              description={t("editor.form.evidenceHelp")}
              {...focus("evidence")}
              error={form.errors["evidence"]}
              data={[
                { value: "", label: t("editor.form.noEvidence") },
                ...EVIDENCE_KINDS.map((value) => ({ value, label: t(`enums:evidenceKind.${value}`) })),
              ]}
              value={form.values.evidence}
              onChange={(event) => {
                const value = event.currentTarget.value;
                form.setFieldValue("evidence", isEvidence(value) ? value : "");
              }}
            />
          )}
          <MultiSelect
            label={t("editor.form.dependsOn")}
            description={t("editor.form.dependsOnHelp")}
            data={dependencyOptions}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("editor.form.clearDependencies") }}
            comboboxProps={{ withinPortal: false }}
            {...focus("dependsOn")}
            {...form.getInputProps("dependsOn")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("editor.form.cancel")}
            </Button>
            <Button type="submit">{isNew ? t("editor.form.add") : t("editor.form.apply")}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
