import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  FileButton,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { type DocumentKind, DocumentKind as DocumentKinds } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";

import { formatFileSize } from "./fileSize";
import { type UploadState, type UploadTarget, isUploading, useDocumentUpload } from "./useDocumentUpload";

export const DocumentsTabFragment = graphql(`
  fragment DocumentsTab_project on Project {
    id
    viewerCanEdit
    documents {
      id
      ...DocumentsTab_document
    }
  }
`);

export const DocumentFragment = graphql(`
  fragment DocumentsTab_document on Document {
    id
    kind
    title
    version
    currentVersion {
      number
      fileName
      size
      uploadedAt
      uploadedBy
      downloadUrl
    }
    versions {
      number
      fileName
      size
      uploadedAt
      uploadedBy
      downloadUrl
    }
  }
`);

// A signed consent is joined to a grant from « Partage », where its readers are those of the grants.
const KINDS = Object.values(DocumentKinds).filter((kind) => kind !== DocumentKinds.Consent);

/** The server's allow-list (documents/content.py), offered by the file dialog; the server checks anyway. */
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp";

interface Props {
  project: FragmentType<typeof DocumentsTabFragment>;
  /** The viewer adds documents to the projects they are attached to (a coach; a student, the study's
   * kinds only — the API answers the others with its French refusal). */
  canUpload?: boolean;
  /** Reads the documents again (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Documents »: the project's files, newest first, and for its region's advisers (and those attached to
 * it who may add some) a drop zone. */
export function DocumentsTab(props: Props) {
  const { t } = useTranslation("projects");
  const project = useFragment(DocumentsTabFragment, props.project);
  const upload = useDocumentUpload(project.id);
  const documents = project.documents;
  const mayUpload = project.viewerCanEdit || props.canUpload === true;

  if (documents == null) return <Text>{t("documents.unavailable")}</Text>;

  return (
    <Stack gap="lg">
      {mayUpload && <UploadZone upload={upload} onReload={props.onReload} />}
      <section aria-labelledby="documents-liste">
        <Title order={2} size="h3" id="documents-liste" mb="sm">
          {t("documents.heading")}
        </Title>
        {documents.length === 0 ? (
          <Text>{t("documents.empty")}</Text>
        ) : (
          <Stack component="ul" gap="md" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {documents.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} canEdit={mayUpload} upload={upload} onReload={props.onReload} />
              </li>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

type Upload = ReturnType<typeof useDocumentUpload>;

function UploadZone({ upload, onReload }: { upload: Upload; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation("projects");
  const [kind, setKind] = useState<DocumentKind>("OTHER");
  const [dragging, setDragging] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const resetInput = useRef<() => void>(null);
  const busy = isUploading(upload.state);

  const send = (files: File[]) => {
    setRefusal(null);
    if (files.length === 0) return;
    if (busy) return setRefusal(t("documents.busy"));
    if (files.length > 1) return setRefusal(t("documents.oneFile"));
    void upload.start(files[0]!, { kind, documentId: null });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    send(Array.from(event.dataTransfer.files));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-depot">
      <Title order={2} size="h3" id="documents-depot" mb="sm">
        {t("documents.uploadHeading")}
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label={t("documents.kindLabel")}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as DocumentKind)}
          data={KINDS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
          disabled={busy}
          maw={320}
        />
        <Box
          p="lg"
          data-dragging={dragging || undefined}
          style={{
            border: `2px dashed ${dragging ? "var(--mantine-primary-color-filled)" : "var(--mantine-color-gray-5)"}`,
            borderRadius: "var(--mantine-radius-md)",
            background: dragging ? "var(--mantine-primary-color-light)" : undefined,
            textAlign: "center",
          }}
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          <Stack gap="xs" align="center">
            <Text>{dragging ? t("documents.dropzoneActive") : t("documents.dropzone")}</Text>
            <FileButton
              onChange={(file) => {
                resetInput.current?.();
                send(file ? [file] : []);
              }}
              accept={ACCEPT}
              resetRef={resetInput}
              disabled={busy}
              inputProps={{ "aria-label": t("documents.fileInput") }}
            >
              {(buttonProps) => (
                <Button {...buttonProps} variant="light" disabled={busy}>
                  {t("documents.chooseFile")}
                </Button>
              )}
            </FileButton>
            <Text size="sm" c="dimmed">
              {t("documents.formats")}
            </Text>
          </Stack>
        </Box>
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        {upload.state.step !== "idle" && upload.state.documentId === null && (
          <UploadStatus state={upload.state} onCancel={upload.cancel} onReload={onReload} />
        )}
      </Stack>
    </Paper>
  );
}

interface CardProps {
  document: FragmentType<typeof DocumentFragment>;
  canEdit: boolean;
  upload: Upload;
  onReload: () => Promise<unknown>;
}

function DocumentCard(props: CardProps) {
  const { t } = useTranslation("projects");
  const document = useFragment(DocumentFragment, props.document);
  const [showPrevious, setShowPrevious] = useState(false);
  const resetInput = useRef<() => void>(null);
  const titleId = useId();
  const previousId = useId();
  const { upload } = props;
  const current = document.currentVersion;
  const previous = document.versions.filter((version) => version.number !== current.number);
  const target: UploadTarget = {
    kind: document.kind,
    documentId: document.id,
    expectedVersion: document.version,
  };

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={titleId}>
            {document.title}
          </Title>
          <Badge variant="light" radius="sm" tt="none">
            {t(`documents.kinds.${document.kind}`)}
          </Badge>
        </Group>
        <FieldList
          items={[
            { term: t("documents.versionTerm"), value: current.number },
            { term: t("documents.fileTerm"), value: current.fileName },
            { term: t("documents.sizeTerm"), value: formatFileSize(t, current.size) },
            {
              term: t("documents.uploadedTerm"),
              value: (
                <time dateTime={current.uploadedAt}>{formatDateTime(current.uploadedAt) ?? current.uploadedAt}</time>
              ),
            },
            { term: t("documents.uploadedByTerm"), value: current.uploadedBy },
          ]}
        />
        <Group gap="sm">
          <Button
            component="a"
            href={current.downloadUrl}
            variant="light"
            aria-label={t("documents.downloadLabel", { title: document.title, number: current.number })}
          >
            {t("documents.download")}
          </Button>
          {props.canEdit && (
            <FileButton
              onChange={(file) => {
                resetInput.current?.();
                if (file) void upload.start(file, target);
              }}
              accept={ACCEPT}
              resetRef={resetInput}
              disabled={isUploading(upload.state)}
              inputProps={{ "aria-label": t("documents.newVersionInput", { title: document.title }) }}
            >
              {(buttonProps) => (
                <Button
                  {...buttonProps}
                  variant="default"
                  disabled={isUploading(upload.state)}
                  aria-label={t("documents.newVersionLabel", { title: document.title })}
                >
                  {t("documents.newVersion")}
                </Button>
              )}
            </FileButton>
          )}
          {previous.length > 0 && (
            <Button
              variant="subtle"
              aria-expanded={showPrevious}
              aria-controls={previousId}
              onClick={() => setShowPrevious((shown) => !shown)}
            >
              {t("documents.previousVersions", { count: previous.length })}
            </Button>
          )}
        </Group>
        {upload.state.step !== "idle" && upload.state.documentId === document.id && (
          <UploadStatus state={upload.state} onCancel={upload.cancel} onReload={props.onReload} />
        )}
        {previous.length > 0 && (
          <Box
            component="ul"
            id={previousId}
            hidden={!showPrevious}
            aria-label={t("documents.previousVersionsLabel", { title: document.title })}
            m={0}
            pl="lg"
          >
            {previous.map((version) => (
              <Box component="li" key={version.number} mb="xs">
                <Text span>
                  {t("documents.versionLine", {
                    number: version.number,
                    fileName: version.fileName,
                    size: formatFileSize(t, version.size),
                    date: formatDateTime(version.uploadedAt) ?? version.uploadedAt,
                    person: version.uploadedBy,
                  })}
                </Text>{" "}
                <Anchor
                  href={version.downloadUrl}
                  aria-label={t("documents.downloadLabel", { title: document.title, number: version.number })}
                >
                  {t("documents.download")}
                </Anchor>
              </Box>
            ))}
          </Box>
        )}
      </Stack>
    </Paper>
  );
}

function UploadStatus({
  state,
  onCancel,
  onReload,
}: {
  state: Exclude<UploadState, { step: "idle" }>;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation("projects");
  const [reloading, setReloading] = useState(false);
  const { fileName } = state;

  if (state.step === "failed" && !state.message) return <QueryErrorAlert error={state.error} />;
  if (state.step === "failed") {
    return (
      <Alert color="red" title={t("documents.failedTitle", { fileName })} role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{state.message}</span>
          {state.stale && (
            <Button
              variant="outline"
              color="red"
              loading={reloading}
              onClick={() => {
                setReloading(true);
                void onReload().finally(() => setReloading(false));
              }}
            >
              {t("documents.reload")}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }

  const progressLabel = state.step === "sending" ? t("documents.progress", { fileName, percent: state.percent }) : null;
  const phase =
    state.step === "preparing"
      ? t("documents.preparing", { fileName })
      : state.step === "sending"
        ? t("documents.sending", { fileName })
        : state.step === "checking"
          ? t("documents.checking", { fileName })
          : state.step === "done"
            ? t("documents.uploaded", { fileName })
            : t("documents.cancelled", { fileName });

  return (
    <Stack gap="xs">
      {/* Phases are announced; each percent is not: the progress bar carries it. */}
      <Text role="status" c={state.step === "done" ? "teal.9" : undefined}>
        {phase}
      </Text>
      {isUploading(state) && (
        <Group gap="sm" wrap="nowrap">
          <Progress
            style={{ flex: 1 }}
            value={state.step === "sending" ? state.percent : state.step === "checking" ? 100 : 0}
            animated={state.step !== "sending"}
            aria-label={progressLabel ?? phase}
          />
          {state.step === "sending" && (
            <Text size="sm" aria-hidden>
              {t("documents.percent", { percent: state.percent })}
            </Text>
          )}
          {state.step !== "checking" && (
            <Button variant="default" size="xs" onClick={onCancel}>
              {t("documents.cancel")}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
