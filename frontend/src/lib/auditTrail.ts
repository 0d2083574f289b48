import type { FlatNamespace, i18n, TFunction } from "i18next";
import { createContext, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";

import { formatDateTime, formatLongDate } from "./dates";

/* The audit trail told in French (the journal, a project's « Historique »), with no feature's vocabulary
 * here: each feature words its own actions, entity types and recorded fields (an `AuditVocabulary`, in its
 * own namespace), and the app registers them all in one place (`app/auditVocabularies.ts`). */

/** The changed values of a trail entry, as the API sends them (`AuditEvent.before` / `after`). */
export type AuditValues = Record<string, unknown> | null | undefined;

/** What a trail entry needs to be told in French. */
export interface DescribableAuditEvent {
  action: string;
  before?: AuditValues;
  after?: AuditValues;
}

/** Where the sentence is read. The journal names statuses by their labels (« de Candidat à Sélectionné »);
 * a project's « Historique » writes them in lower case mid-sentence (« de candidat à sélectionné »). */
export type AuditSentenceStyle = "journal" | "history";

/** The `t` a feature's sentences get: its own namespace first, the enums' labels and the shared words
 * (`common:auditTrail`). */
export type AuditT<Ns extends FlatNamespace> = TFunction<[Ns, "enums", "common"]>;

/** One action of the trail (« project.status_changed »), as its feature tells it. */
export interface AuditActionWording<T> {
  /** « Changement de statut d'un projet »: the action as a filter option. */
  name: (t: T) => string;
  /** « a passé le statut de Candidat à Sélectionné »: what the person did, to follow their name. */
  describe: (before: AuditValues, after: AuditValues, t: T, style: AuditSentenceStyle) => string;
}

/** What one feature tells of the trail, worded in its namespace `ns`. */
export interface AuditVocabulary<Ns extends FlatNamespace = FlatNamespace> {
  ns: Ns;
  /** Its actions, in the order the journal's filter offers them. */
  actions: Record<string, AuditActionWording<AuditT<Ns>>>;
  /** Its entity types (« Project »: « Projet »), in the filter's order. */
  entityTypes: Record<string, (t: AuditT<Ns>) => string>;
  /** Labels of the fields its actions record (« status »: « Statut »), for « Détails ». */
  fields: Record<string, (t: AuditT<Ns>) => string>;
  /** A recorded value read as a label (a status, a state), for its actions — and for actions no feature
   * claims; undefined: read as any value (a date, a list…). */
  value?: (key: string, value: unknown, t: AuditT<Ns>) => string | undefined;
}

/** Keeps a vocabulary's `t` typed to its namespace where it is written; the registry holds any. */
export function defineAuditVocabulary<Ns extends FlatNamespace>(vocabulary: AuditVocabulary<Ns>): AuditVocabulary {
  return vocabulary as unknown as AuditVocabulary;
}

/** One line of « Détails »: « Statut : Candidat ». */
export interface ValueLine {
  key: string;
  label: string;
  value: string;
}

/** The trail as the pages read it: every feature's vocabulary, bound to the translations. */
export interface AuditTrail {
  /** Every action told as a sentence, in the filter's order. */
  actions: readonly string[];
  /** Every entity type, in the filter's order. */
  entityTypes: readonly string[];
  /** The sentence of an entry; an action without one is shown as recorded (« milestone.pinned »). */
  describe: (event: DescribableAuditEvent, style?: AuditSentenceStyle) => string;
  /** An action as a filter option; an unknown one as recorded. */
  actionName: (action: string) => string;
  /** « Projet », « Jalon »…; an unknown type as recorded. */
  entityTypeLabel: (entityType: string) => string;
  /** The recorded values of an action as readable lines, in the order recorded (none for null). */
  valueLines: (action: string, values: AuditValues) => ValueLine[];
}

/** Own keys only: an action named like an Object method (« toString ») is nobody's. */
function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The features' vocabularies bound to the translations: the trail the journal and the history read. */
export function createAuditTrail(vocabularies: readonly AuditVocabulary[], i18nInstance: i18n): AuditTrail {
  const bound = vocabularies.map((vocabulary) => ({
    vocabulary,
    t: i18nInstance.getFixedT(null, [vocabulary.ns, "enums", "common"] as FlatNamespace[]),
  }));
  const common = i18nInstance.getFixedT(null, "common");
  const wording = (action: string) => {
    for (const { vocabulary, t } of bound) {
      const found = own(vocabulary.actions, action);
      if (found) return { found, t };
    }
    return null;
  };
  /** The feature that records this action (or another of the same entity, « supplier_candidate.* »). */
  const ownerOf = (action: string) => {
    const prefix = `${action.split(".")[0]}.`;
    return (
      bound.find(({ vocabulary }) => Object.hasOwn(vocabulary.actions, action)) ??
      bound.find(({ vocabulary }) => Object.keys(vocabulary.actions).some((known) => known.startsWith(prefix)))
    );
  };

  return {
    actions: bound.flatMap(({ vocabulary }) => Object.keys(vocabulary.actions)),
    entityTypes: bound.flatMap(({ vocabulary }) => Object.keys(vocabulary.entityTypes)),
    describe: (event, style = "journal") => {
      const known = wording(event.action);
      return known ? known.found.describe(event.before, event.after, known.t, style) : event.action;
    },
    actionName: (action) => {
      const known = wording(action);
      return known ? known.found.name(known.t) : action;
    },
    entityTypeLabel: (entityType) => {
      for (const { vocabulary, t } of bound) {
        const label = own(vocabulary.entityTypes, entityType);
        if (label) return label(t);
      }
      return entityType;
    },
    valueLines: (action, values) => {
      if (!values) return [];
      // The action's feature first: « rejected » is both a project's status and a supplier's.
      const owner = ownerOf(action);
      const ordered = owner ? [owner, ...bound.filter((entry) => entry !== owner)] : bound;
      const label = (key: string) => {
        for (const { vocabulary, t } of ordered) {
          const field = own(vocabulary.fields, key);
          if (field) return field(t);
        }
        return key;
      };
      const read = (key: string, value: unknown) => {
        for (const { vocabulary, t } of ordered) {
          const told = vocabulary.value?.(key, value, t);
          if (told !== undefined) return told;
        }
        return valueLabel(value, common);
      };
      return Object.entries(values).map(([key, value]) => ({ key, label: label(key), value: read(key, value) }));
    },
  };
}

/** Every feature's vocabulary, registered by the app (`app/auditVocabularies.ts`, `app/AppProviders.tsx`). */
export const AuditVocabulariesContext = createContext<readonly AuditVocabulary[]>([]);

/** The trail in French, for the current translations. */
export function useAuditTrail(): AuditTrail {
  const vocabularies = useContext(AuditVocabulariesContext);
  const { i18n: instance } = useTranslation();
  return useMemo(() => createAuditTrail(vocabularies, instance), [vocabularies, instance]);
}

// Helpers of the features' sentences.

const listFormat = new Intl.ListFormat("fr", { style: "long", type: "conjunction" });

/** « l'objectif et les notes », « Filature, Tissage et Confection ». */
export function frenchList(names: readonly string[]): string {
  return listFormat.format(names);
}

/** « l'objectif et les notes »: the fields an update changed (after, then before), named mid-sentence by the
 * feature's `names` (as recorded when it has none); « des champs » when nothing was recorded. */
export function changedFieldList<Ns extends FlatNamespace>(
  before: AuditValues,
  after: AuditValues,
  names: Readonly<Record<string, (t: AuditT<Ns>) => string>>,
  t: AuditT<Ns>,
): string {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const fields = keys.map((key) => own(names, key)?.(t) ?? key);
  return fields.length ? frenchList(fields) : (t as unknown as AuditT<"common">)("common:auditTrail.someFields");
}

/** A label as the sentence's style writes it (see `AuditSentenceStyle`). */
export function midSentence(label: string, style: AuditSentenceStyle): string {
  return style === "history" ? label.toLocaleLowerCase("fr-FR") : label;
}

/** The label of an enum value the trail records as stored (« candidate »), keyed by its GraphQL name
 * (« CANDIDATE »); an unknown one as recorded. */
export function enumLabel<V extends string>(value: unknown, values: readonly V[], label: (value: V) => string): string {
  if (typeof value !== "string") return text(value);
  const name = value.toUpperCase();
  return (values as readonly string[]).includes(name) ? label(name as V) : value;
}

/** « 18 novembre 2026 »: a recorded date. */
export function dateLabel(value: unknown): string {
  return typeof value === "string" ? (formatLongDate(value) ?? value) : text(value);
}

/** A recorded list (stages, SIRETs…); anything else as an empty one. */
export function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A recorded list of objects (products, team members), without what is not one. */
export function records(value: unknown): Record<string, unknown>[] {
  return items(value).filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null);
}

/** A recorded value as text, whatever it is. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Any recorded value, read: empty, yes / no, a date, a list, an object's entries. */
function valueLabel(value: unknown, t: TFunction<"common">): string {
  if (value === null || value === undefined || value === "") return t("auditTrail.value.empty");
  if (typeof value === "boolean") return value ? t("auditTrail.value.yes") : t("auditTrail.value.no");
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return formatLongDate(value) ?? value;
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value) ?? value;
    return value;
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    return value.every((item) => typeof item !== "object" || item === null)
      ? value.map((item) => text(item)).join(", ")
      : t("auditTrail.value.items", { count: value.length });
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([name, item]) => `${name} : ${typeof item === "object" && item !== null ? JSON.stringify(item) : text(item)}`,
      )
      .join(", ");
  }
  return text(value);
}
