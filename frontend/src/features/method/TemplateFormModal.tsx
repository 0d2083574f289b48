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

import { MilestoneOwner, MilestoneScope } from "../../graphql/generated/graphql";
import { formatRelativeDay } from "../../lib/relativeDay";

import { type Draft, type DraftTemplate, offsetLimit, TITLE_MAX_LENGTH, DELIVERABLE_MAX_LENGTH } from "./draftModel";

interface Props {
  draft: Draft;
  /** The milestone being edited, or a new one (with its phase set). */
  template: DraftTemplate;
  isNew: boolean;
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
  dependsOn: string[];
}

const SCOPES = Object.values(MilestoneScope);
const OWNERS = Object.values(MilestoneOwner);

function isScope(value: string): value is MilestoneScope {
  return (SCOPES as string[]).includes(value);
}

function isOwner(value: string): value is MilestoneOwner {
  return (OWNERS as string[]).includes(value);
}

/** Adds or edits one milestone of the draft; the draft is only saved with « Enregistrer le brouillon ». */
export function TemplateFormModal({ draft, template, isNew, onClose, onSubmit }: Props) {
  const { t } = useTranslation(["method", "enums", "common"]);
  const limit = offsetLimit(draft.durationMonths);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      title: template.title,
      phaseUid: template.phaseUid,
      scope: template.scope,
      offset: template.offset,
      owner: template.owner,
      deliverable: template.deliverable,
      dependsOn: template.dependsOn,
    },
    validate: {
      title: (value) =>
        !value.trim()
          ? t("editor.form.titleRequired")
          : value.trim().length > TITLE_MAX_LENGTH
            ? t("editor.form.tooLong", { max: TITLE_MAX_LENGTH })
            : null,
      offset: (value) =>
        typeof value !== "number" || !Number.isInteger(value)
          ? t("editor.form.offsetRequired")
          : Math.abs(value) > limit
            ? t("editor.form.offsetRange", { limit, months: draft.durationMonths })
            : null,
      deliverable: (value) =>
        value.trim().length > DELIVERABLE_MAX_LENGTH ? t("editor.form.tooLong", { max: DELIVERABLE_MAX_LENGTH }) : null,
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
          <TextInput label={t("editor.form.title")} required data-autofocus {...form.getInputProps("title")} />
          <NativeSelect
            label={t("editor.form.phase")}
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
            min={-limit}
            max={limit}
            required
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
            {...form.getInputProps("deliverable")}
          />
          <MultiSelect
            label={t("editor.form.dependsOn")}
            description={t("editor.form.dependsOnHelp")}
            data={dependencyOptions}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("editor.form.clearDependencies") }}
            comboboxProps={{ withinPortal: false }}
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
