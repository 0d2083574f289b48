/** NAF rév. 2 sections, A to U (`@socialgouv/codes-naf` lists the codes, not the sections); their French
 * names are `enums:nafSection.<letter>`. */
export const NAF_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
export type NafSection = (typeof NAF_SECTIONS)[number];
