import { Alert, Badge, Button, Group, Modal, NumberInput, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { MethodErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MethodErrorCode } from "../../graphql/generated/graphql";
import { type Refusal, useMutationOutcome } from "../../lib/mutation";
import { formatRelativeDay } from "../../lib/relativeDay";

import {
  addPhase,
  type Draft,
  draftFromVersion,
  type DraftTemplate,
  type ErrorPlace,
  locateError,
  movePhase,
  moveTemplate,
  newUid,
  removePhase,
  removeTemplate,
  renamePhase,
  type TemplateField,
  templatesOf,
  toSaveInput,
  upsertTemplate,
} from "./draftModel";
import { methodErrorMessage } from "./methodErrors";
import { SortableItem, SortableList } from "./SortableList";
import { TemplateFormModal } from "./TemplateFormModal";

export const MethodDraftEditorFragment = graphql(`
  fragment MethodDraftEditor_version on MethodVersion {
    id
    number
    name
    version
    durationMonths
    phases {
      edges {
        node {
          id
          key
          name
          position
        }
      }
    }
    milestoneTemplates {
      edges {
        node {
          id
          key
          title
          phase {
            id
            key
          }
          scope
          offsetWorkingDays
          owner
          expectedDeliverable
          requiredEvidence
          position
          dependsOnKeys
        }
      }
    }
  }
`);

export const SaveMethodDraftMutation = graphql(`
  mutation SaveMethodDraft($input: SaveMethodDraftInput!) {
    saveMethodDraft(input: $input) {
      __typename
      ... on MethodVersionSuccess {
        methodVersion {
          id
          ...MethodDraftEditor_version
        }
      }
      ...MethodErrorFields
    }
  }
`);

export const PublishMethodVersionMutation = graphql(`
  mutation PublishMethodVersion($input: MethodVersionInput!) {
    publishMethodVersion(input: $input) {
      __typename
      ... on MethodVersionSuccess {
        methodVersion {
          id
          status
          publishedAt
        }
      }
      ...MethodErrorFields
    }
  }
`);

export const DiscardMethodDraftMutation = graphql(`
  mutation DiscardMethodDraft($input: MethodVersionInput!) {
    discardMethodDraft(input: $input) {
      __typename
      ... on MethodVersionSuccess {
        methodVersion {
          id
        }
      }
      ...MethodErrorFields
    }
  }
`);

interface ServerError {
  place: ErrorPlace;
  code: MethodErrorCode;
  message: string;
}

interface Props {
  version: FragmentType<typeof MethodDraftEditorFragment>;
  /** Reads the versions again (after a conflict, a publication or an abandon). */
  onReload: () => Promise<unknown>;
}

/** The milestone in the form; `error`: the server's message, put on the field it names. */
type Editing = { template: DraftTemplate; isNew: boolean; error?: { field: TemplateField; message: string } } | null;

const FIELD_LABELS = {
  title: "editor.form.title",
  phaseUid: "editor.form.phase",
  offset: "editor.form.offset",
  deliverable: "editor.form.deliverable",
  evidence: "editor.form.evidence",
  dependsOn: "editor.form.dependsOn",
} as const satisfies Record<TemplateField, string>;

/** CCI France's editor of the draft: phases and milestones, reordered by drag and drop or with the
 * move buttons, saved as a whole. The server alone checks the method's rules; it answers the first one
 * broken with the path of the field (`milestoneTemplates.3.dependsOnKeys`), where the editor puts it. */
export function MethodDraftEditor(props: Props) {
  const { t } = useTranslation(["method", "enums", "common"]);
  const version = useFragment(MethodDraftEditorFragment, props.version);
  const initial = useMemo(
    () =>
      draftFromVersion({
        name: version.name,
        durationMonths: version.durationMonths,
        phases: version.phases.edges.map((edge) => edge.node),
        templates: version.milestoneTemplates.edges.map((edge) => edge.node),
      }),
    [version],
  );
  const [draft, setDraft] = useState<Draft>(initial);
  const [baseline, setBaseline] = useState(initial);
  // A new version of the draft arrived (saved, or reloaded): it becomes the editor's baseline.
  if (baseline !== initial) {
    setBaseline(initial);
    setDraft(initial);
  }
  const [editing, setEditing] = useState<Editing>(null);
  const [newPhaseName, setNewPhaseName] = useState("");
  const [serverError, setServerError] = useState<ServerError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [reloading, setReloading] = useState(false);
  const describe = (error: { code: MethodErrorCode; message: string }) =>
    methodErrorMessage(t, error.code, error.message);
  const [save, saving] = useMutationOutcome(SaveMethodDraftMutation, MethodErrorFields, describe);
  const [publish, publishing] = useMutationOutcome(PublishMethodVersionMutation, MethodErrorFields, describe);
  const [discard, discarding] = useMutationOutcome(DiscardMethodDraftMutation, MethodErrorFields, describe);
  const errorTarget = useRef<HTMLElement | null>(null);

  const dirty = useMemo(
    () =>
      JSON.stringify(toSaveInput(draft, version.id, version.version)) !==
      JSON.stringify(toSaveInput(baseline, version.id, version.version)),
    [draft, baseline, version.id, version.version],
  );

  // Bring the keyboard and the screen reader to the error the server reported.
  useEffect(() => {
    if (serverError) errorTarget.current?.focus();
  }, [serverError]);

  const change = (next: Draft) => {
    setDraft(next);
    setServerError(null);
  };

  const titleOf = (uid: string) => draft.templates.find((item) => item.uid === uid)?.title ?? uid;
  const phaseNameOf = (uid: string) => draft.phases.find((phase) => phase.uid === uid)?.name ?? uid;

  /** A conflict offers to read the draft again; any other refusal goes to the place its field names,
   * with the server's own message (which phase, which milestone, which dependency). */
  const fail = (
    refusal: Refusal<{ __typename: string; field: string | null; code: MethodErrorCode; message: string }>,
  ) => {
    if (refusal.kind === "conflict") {
      setConflict(true);
      return;
    }
    setServerError({
      place: locateError(draft, refusal.field),
      code: refusal.code,
      message: refusal.error.message,
    });
  };

  const onSave = async () => {
    setServerError(null);
    setConflict(false);
    const outcome = await save({ variables: { input: toSaveInput(draft, version.id, version.version) } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      notifications.show({
        title: t("editor.savedTitle"),
        message: t("editor.saved"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      return;
    }
    fail(outcome.refusal);
  };

  const onPublish = async () => {
    setServerError(null);
    setConflict(false);
    const outcome = await publish({
      variables: { input: { versionId: version.id, expectedVersion: version.version } },
    });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      notifications.show({
        title: t("editor.publishedTitle"),
        message: t("editor.published", { number: version.number }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      await props.onReload();
      return;
    }
    fail(outcome.refusal);
  };

  const onDiscard = async () => {
    setConfirmDiscard(false);
    const outcome = await discard({
      variables: { input: { versionId: version.id, expectedVersion: version.version } },
    });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      notifications.show({
        message: t("editor.discarded", { number: version.number }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      await props.onReload();
      return;
    }
    fail(outcome.refusal);
  };

  const reload = async () => {
    setReloading(true);
    try {
      await props.onReload();
      setConflict(false);
      setServerError(null);
    } finally {
      setReloading(false);
    }
  };

  const errorAt = (place: { kind: ErrorPlace["kind"]; uid?: string }): ServerError | null => {
    if (!serverError) return null;
    const at = serverError.place;
    if (at.kind !== place.kind) return null;
    if ((at.kind === "phase" || at.kind === "template") && at.uid !== place.uid) return null;
    return serverError;
  };
  const templateErrorField = (uid: string): TemplateField | null => {
    const at = serverError?.place;
    return at?.kind === "template" && at.uid === uid ? at.field : null;
  };
  /** Opens the form of a milestone, with the server's error on its field if it has one. */
  const editTemplate = (template: DraftTemplate) => {
    const field = templateErrorField(template.uid);
    setEditing({
      template,
      isNew: false,
      error: field && serverError ? { field, message: serverError.message } : undefined,
    });
  };
  const setErrorTarget = (element: HTMLElement | null) => {
    if (element) errorTarget.current = element;
  };
  const busy = saving.loading || publishing.loading || discarding.loading;
  const draftError = errorAt({ kind: "draft" });
  const nameError = errorAt({ kind: "name" });
  const durationError = errorAt({ kind: "duration" });

  return (
    <Stack gap="md">
      <Text>{t("editor.intro")}</Text>
      {conflict && (
        <Alert color="orange" title={t("editor.conflictTitle")} role="alert">
          <Stack gap="sm" align="flex-start">
            <span>{methodErrorMessage(t, "STALE_VERSION")}</span>
            <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
              {t("editor.reload")}
            </Button>
          </Stack>
        </Alert>
      )}
      {draftError && (
        <Alert
          color="red"
          title={methodErrorMessage(t, draftError.code, draftError.message)}
          role="alert"
          tabIndex={-1}
          ref={setErrorTarget}
        >
          {draftError.message}
        </Alert>
      )}
      {saving.error && <QueryErrorAlert error={saving.error} />}
      {publishing.error && <QueryErrorAlert error={publishing.error} />}
      {discarding.error && <QueryErrorAlert error={discarding.error} />}

      <Group align="flex-start" grow>
        <TextInput
          label={t("editor.name")}
          value={draft.name}
          onChange={(event) => change({ ...draft, name: event.currentTarget.value })}
          error={nameError ? `${methodErrorMessage(t, nameError.code)} ${nameError.message}` : undefined}
          ref={nameError ? setErrorTarget : undefined}
          required
        />
        <NumberInput
          label={t("editor.duration")}
          description={t("editor.durationHelp")}
          value={draft.durationMonths}
          allowDecimal={false}
          allowNegative={false}
          onChange={(value) => typeof value === "number" && change({ ...draft, durationMonths: value })}
          error={durationError ? `${methodErrorMessage(t, durationError.code)} ${durationError.message}` : undefined}
          ref={durationError ? setErrorTarget : undefined}
          required
        />
      </Group>

      <Title order={3}>{t("editor.phasesHeading")}</Title>
      <SortableList
        ids={draft.phases.map((phase) => phase.uid)}
        labelOf={phaseNameOf}
        onMove={(uid, to) => change(movePhase(draft, uid, to))}
      >
        <Stack component="ol" gap="md" p={0} m={0} aria-label={t("editor.phasesHeading")}>
          {draft.phases.map((phase, phaseIndex) => {
            const templates = templatesOf(draft, phase.uid);
            const phaseError = errorAt({ kind: "phase", uid: phase.uid });
            const label = phase.name || t("editor.unnamedPhase");
            return (
              <SortableItem key={phase.uid} id={phase.uid} handleLabel={t("editor.movePhaseHandle", { name: label })}>
                {(handle) => (
                  <Paper
                    withBorder
                    p="md"
                    component="section"
                    aria-label={t("editor.phaseRegion", { rank: phaseIndex + 1, name: label })}
                  >
                    <Stack gap="sm">
                      <Group justify="space-between" align="flex-end" wrap="wrap">
                        <Group align="flex-end" gap="sm" wrap="nowrap" style={{ flex: 1 }}>
                          {handle}
                          <TextInput
                            style={{ flex: 1 }}
                            label={t("editor.phaseName", { rank: phaseIndex + 1 })}
                            value={phase.name}
                            onChange={(event) => change(renamePhase(draft, phase.uid, event.currentTarget.value))}
                            error={
                              phaseError ? `${methodErrorMessage(t, phaseError.code)} ${phaseError.message}` : undefined
                            }
                            ref={phaseError ? setErrorTarget : undefined}
                            required
                          />
                        </Group>
                        <Group gap="xs">
                          <Button
                            variant="default"
                            size="compact-sm"
                            disabled={phaseIndex === 0}
                            aria-label={t("editor.movePhaseUp", { name: label })}
                            onClick={() => change(movePhase(draft, phase.uid, phaseIndex - 1))}
                          >
                            {t("editor.up")}
                          </Button>
                          <Button
                            variant="default"
                            size="compact-sm"
                            disabled={phaseIndex === draft.phases.length - 1}
                            aria-label={t("editor.movePhaseDown", { name: label })}
                            onClick={() => change(movePhase(draft, phase.uid, phaseIndex + 1))}
                          >
                            {t("editor.down")}
                          </Button>
                          <Button
                            variant="outline"
                            color="red"
                            size="compact-sm"
                            disabled={templates.length > 0}
                            title={templates.length > 0 ? t("editor.phaseNotEmpty") : undefined}
                            aria-label={t("editor.removePhase", { name: label })}
                            onClick={() => change(removePhase(draft, phase.uid))}
                          >
                            {t("editor.remove")}
                          </Button>
                        </Group>
                      </Group>

                      {templates.length === 0 ? (
                        <Text size="sm">{t("editor.emptyPhase")}</Text>
                      ) : (
                        <SortableList
                          ids={templates.map((template) => template.uid)}
                          labelOf={titleOf}
                          onMove={(uid, to) => change(moveTemplate(draft, uid, to))}
                        >
                          <Stack
                            component="ol"
                            gap="xs"
                            p={0}
                            m={0}
                            aria-label={t("editor.milestonesOf", { name: label })}
                          >
                            {templates.map((template, index) => {
                              const templateError = errorAt({ kind: "template", uid: template.uid });
                              const errorField = templateErrorField(template.uid);
                              return (
                                <SortableItem
                                  key={template.uid}
                                  id={template.uid}
                                  handleLabel={t("editor.moveTemplateHandle", { title: template.title })}
                                >
                                  {(templateHandle) => (
                                    <Paper
                                      withBorder
                                      p="sm"
                                      bg={templateError ? "red.0" : undefined}
                                      style={templateError ? { borderColor: "var(--mantine-color-red-7)" } : undefined}
                                    >
                                      <Stack gap={6}>
                                        <Group justify="space-between" wrap="wrap" gap="xs">
                                          <Group gap="sm" wrap="nowrap">
                                            {templateHandle}
                                            <Badge
                                              variant="light"
                                              color="filiere"
                                              radius="sm"
                                              tt="none"
                                              miw="max-content"
                                            >
                                              {formatRelativeDay(template.offset)}
                                            </Badge>
                                            <Text fw={600}>{template.title}</Text>
                                          </Group>
                                          <Group gap="xs">
                                            <Button
                                              variant="default"
                                              size="compact-sm"
                                              disabled={index === 0}
                                              aria-label={t("editor.moveTemplateUp", { title: template.title })}
                                              onClick={() => change(moveTemplate(draft, template.uid, index - 1))}
                                            >
                                              {t("editor.up")}
                                            </Button>
                                            <Button
                                              variant="default"
                                              size="compact-sm"
                                              disabled={index === templates.length - 1}
                                              aria-label={t("editor.moveTemplateDown", { title: template.title })}
                                              onClick={() => change(moveTemplate(draft, template.uid, index + 1))}
                                            >
                                              {t("editor.down")}
                                            </Button>
                                            <Button
                                              variant="default"
                                              size="compact-sm"
                                              aria-label={t("editor.editTemplate", { title: template.title })}
                                              onClick={() => editTemplate(template)}
                                            >
                                              {t("editor.edit")}
                                            </Button>
                                            <Button
                                              variant="outline"
                                              color="red"
                                              size="compact-sm"
                                              aria-label={t("editor.removeTemplate", { title: template.title })}
                                              onClick={() => change(removeTemplate(draft, template.uid))}
                                            >
                                              {t("editor.remove")}
                                            </Button>
                                          </Group>
                                        </Group>
                                        <Text size="sm">
                                          {t("editor.templateDetails", {
                                            scope: t(`enums:milestoneScope.${template.scope}`),
                                            owner: t(`enums:milestoneOwner.${template.owner}`),
                                          })}
                                          {template.deliverable &&
                                            ` · ${t("editor.deliverable", { deliverable: template.deliverable })}`}
                                          {template.evidence &&
                                            ` · ${t("editor.evidence", { evidence: t(`enums:evidenceKind.${template.evidence}`) })}`}
                                        </Text>
                                        {template.dependsOn.length > 0 && (
                                          <Text size="sm">
                                            {t("editor.dependsOn", {
                                              titles: template.dependsOn.map((uid) => `« ${titleOf(uid)} »`).join(", "),
                                            })}
                                          </Text>
                                        )}
                                        {templateError && (
                                          <Alert
                                            color="red"
                                            role="alert"
                                            tabIndex={-1}
                                            ref={setErrorTarget}
                                            title={methodErrorMessage(t, templateError.code, templateError.message)}
                                          >
                                            <Stack gap="xs" align="flex-start">
                                              <span>{templateError.message}</span>
                                              {errorField && (
                                                <>
                                                  <span>
                                                    {t("editor.errorField", { field: t(FIELD_LABELS[errorField]) })}
                                                  </span>
                                                  <Button
                                                    variant="outline"
                                                    color="red"
                                                    size="compact-sm"
                                                    aria-label={t("editor.fixFieldLabel", {
                                                      field: t(FIELD_LABELS[errorField]),
                                                      title: template.title,
                                                    })}
                                                    onClick={() => editTemplate(template)}
                                                  >
                                                    {t("editor.fixField")}
                                                  </Button>
                                                </>
                                              )}
                                            </Stack>
                                          </Alert>
                                        )}
                                      </Stack>
                                    </Paper>
                                  )}
                                </SortableItem>
                              );
                            })}
                          </Stack>
                        </SortableList>
                      )}
                      <Group>
                        <Button
                          variant="light"
                          size="compact-sm"
                          aria-label={t("editor.addTemplateTo", { name: label })}
                          onClick={() =>
                            setEditing({
                              isNew: true,
                              template: {
                                uid: newUid("jalon"),
                                key: null,
                                phaseUid: phase.uid,
                                title: "",
                                scope: "PROJECT",
                                offset: 0,
                                owner: "ADVISER",
                                deliverable: "",
                                evidence: null,
                                dependsOn: [],
                              },
                            })
                          }
                        >
                          {t("editor.addTemplate")}
                        </Button>
                      </Group>
                    </Stack>
                  </Paper>
                )}
              </SortableItem>
            );
          })}
        </Stack>
      </SortableList>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!newPhaseName.trim()) return;
          change(addPhase(draft, { uid: newUid("phase"), key: null, name: newPhaseName.trim() }));
          setNewPhaseName("");
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t("editor.newPhase")}
            value={newPhaseName}
            onChange={(event) => setNewPhaseName(event.currentTarget.value)}
          />
          <Button type="submit" variant="default" disabled={!newPhaseName.trim()}>
            {t("editor.addPhase")}
          </Button>
        </Group>
      </form>

      <Paper withBorder p="md" bg="gray.0">
        <Stack gap="sm">
          {dirty && (
            <Text size="sm" fw={600} role="status">
              {t("editor.unsaved")}
            </Text>
          )}
          <Group>
            <Button onClick={() => void onSave()} loading={saving.loading} disabled={busy || conflict}>
              {t("editor.save")}
            </Button>
            <Button
              variant="outline"
              onClick={() => void onPublish()}
              loading={publishing.loading}
              disabled={busy || conflict || dirty}
              aria-describedby="brouillon-publier-aide"
            >
              {t("editor.publish")}
            </Button>
            <Button variant="outline" color="red" onClick={() => setConfirmDiscard(true)} disabled={busy}>
              {t("editor.discard")}
            </Button>
          </Group>
          <Text size="sm" id="brouillon-publier-aide">
            {dirty ? t("editor.publishAfterSave") : t("editor.publishHelp")}
          </Text>
        </Stack>
      </Paper>

      {editing && (
        <TemplateFormModal
          draft={draft}
          template={editing.template}
          isNew={editing.isNew}
          serverError={editing.error}
          onClose={() => setEditing(null)}
          onSubmit={(template) => {
            change(upsertTemplate(draft, template));
            setEditing(null);
          }}
        />
      )}
      <Modal
        closeButtonProps={{ "aria-label": t("common:close") }}
        opened={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        title={t("editor.discardTitle")}
      >
        <Stack gap="md">
          <Text>{t("editor.discardBody", { number: version.number })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDiscard(false)}>
              {t("editor.form.cancel")}
            </Button>
            <Button color="red" onClick={() => void onDiscard()}>
              {t("editor.discardConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
