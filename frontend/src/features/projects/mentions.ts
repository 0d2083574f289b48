/** @mentions in a comment: what is being typed after « @ », who it may name, and who the text still
 * names when it is sent. A mention lives in the text as « @Prénom Nom »: deleting that text (or any
 * part of it) removes the mention, so the text alone decides whom the comment notifies. */

export interface Mentionable {
  id: string;
  displayName: string;
  /** The region the person works for, to tell namesakes apart in the list. */
  regionName: string | null;
}

const LETTER = String.raw`\p{L}\p{M}`;
/** « @ » at the start or after a space or an opening sign, then a word, and at most a second one
 * being typed (« @Camille Le »): the query runs up to the caret. */
const QUERY_BEFORE_CARET = new RegExp(
  String.raw`(?:^|[\s(\[{"'«])@([${LETTER}][${LETTER}'’-]*(?: [${LETTER}'’-]*)?)$`,
  "u",
);

/** The mention being typed just before the caret: where its « @ » is, and the letters after it. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = QUERY_BEFORE_CARET.exec(text.slice(0, caret));
  const query = match?.[1];
  if (query === undefined) return null;
  return { start: caret - query.length - 1, query };
}

/** Case and accents do not count: « lea » finds « Léa ». */
export function foldForSearch(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr-FR");
}

/** The people whose name, or one of its words, starts with the query; whole-name matches first. */
export function mentionSuggestions(people: readonly Mentionable[], query: string, limit = 8): Mentionable[] {
  const wanted = foldForSearch(query).trim();
  if (!wanted) return [];
  const scored: { person: Mentionable; rank: number }[] = [];
  for (const person of people) {
    const name = foldForSearch(person.displayName);
    if (name.startsWith(wanted)) scored.push({ person, rank: 0 });
    else if (name.split(/[\s'’-]+/).some((word) => word.startsWith(wanted))) scored.push({ person, rank: 1 });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.person.displayName.localeCompare(b.person.displayName, "fr-FR") ||
      (a.person.regionName ?? "").localeCompare(b.person.regionName ?? "", "fr-FR"),
  );
  return scored.slice(0, limit).map(({ person }) => person);
}

/** The text with the query (from its « @ » to the caret) replaced by « @Prénom Nom » and a space, and where the
 * caret goes next. */
export function insertMention(
  text: string,
  query: { start: number; query: string },
  person: Pick<Mentionable, "displayName">,
): { text: string; caret: number } {
  const before = text.slice(0, query.start);
  const rest = text.slice(query.start + 1 + query.query.length);
  const mention = `@${person.displayName}`;
  return {
    text: `${before}${mention}${rest.startsWith(" ") ? rest : ` ${rest}`}`,
    caret: before.length + mention.length + 1,
  };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function mentionPattern(name: string): RegExp {
  return new RegExp(String.raw`@${escapeRegExp(name)}(?![${LETTER}])`, "u");
}

/** The ids of the chosen people whose « @Name » is still in the text, once each, in the order chosen. */
export function mentionIdsIn(text: string, chosen: readonly Pick<Mentionable, "id" | "displayName">[]): string[] {
  const ids: string[] = [];
  for (const person of chosen) {
    if (!ids.includes(person.id) && mentionPattern(person.displayName).test(text)) ids.push(person.id);
  }
  return ids;
}

/** A comment's text cut into plain parts and mentions of the people it names, to highlight them. */
export function splitMentions(text: string, names: readonly string[]): { text: string; mention: boolean }[] {
  const unique = [...new Set(names.filter((name) => name.trim()))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text ? [{ text, mention: false }] : [];
  const pattern = new RegExp(String.raw`@(?:${unique.map(escapeRegExp).join("|")})(?![${LETTER}])`, "gu");
  const parts: { text: string; mention: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mention: false });
    parts.push({ text: match[0], mention: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mention: false });
  return parts;
}
