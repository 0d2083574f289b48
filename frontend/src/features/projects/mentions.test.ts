import { describe, expect, it } from "vitest";

import { insertMention, mentionIdsIn, mentionQueryAt, mentionSuggestions, splitMentions } from "./mentions";

const people = [
  { id: "1", displayName: "Camille Lemoine", regionName: "Normandie" },
  { id: "2", displayName: "Léa Dupuis", regionName: "Normandie" },
  { id: "3", displayName: "Lucas Lefèvre", regionName: "Île-de-France" },
  { id: "4", displayName: "Mathis Carpentier", regionName: "Île-de-France" },
];

describe("mentions", () => {
  it("finds the mention being typed before the caret: « @ » then letters", () => {
    expect(mentionQueryAt("Merci @Lé", 9)).toEqual({ start: 6, query: "Lé" });
    expect(mentionQueryAt("@cam", 4)).toEqual({ start: 0, query: "cam" });
    expect(mentionQueryAt("Voir (@Camille Le", 17)).toEqual({ start: 6, query: "Camille Le" });
    // « @ » alone, inside a word (an e-mail address), or after two words: no list.
    expect(mentionQueryAt("Merci @", 7)).toBeNull();
    expect(mentionQueryAt("ecrire à lea@demo", 17)).toBeNull();
    expect(mentionQueryAt("@Camille Lemoine a dit", 22)).toBeNull();
    // The caret decides, not the end of the text.
    expect(mentionQueryAt("@cam et la suite", 4)).toEqual({ start: 0, query: "cam" });
  });

  it("suggests people by the start of their name or of one of its words, accents and case aside", () => {
    expect(mentionSuggestions(people, "le").map((p) => p.displayName)).toEqual([
      "Léa Dupuis",
      "Camille Lemoine",
      "Lucas Lefèvre",
    ]);
    expect(mentionSuggestions(people, "LEFEV").map((p) => p.id)).toEqual(["3"]);
    expect(mentionSuggestions(people, "zz")).toEqual([]);
    expect(mentionSuggestions(people, "l", 2)).toHaveLength(2);
  });

  it("replaces the query with « @Prénom Nom » and a space, and puts the caret after it", () => {
    expect(insertMention("Merci @Lé", { start: 6, query: "Lé" }, people[1]!)).toEqual({
      text: "Merci @Léa Dupuis ",
      caret: 18,
    });
    expect(insertMention("@ca pour la suite", { start: 0, query: "ca" }, people[0]!)).toEqual({
      text: "@Camille Lemoine pour la suite",
      caret: 17,
    });
  });

  it("sends the people whose « @Name » is still in the text, once each", () => {
    const chosen = [people[1]!, people[0]!, people[1]!];
    expect(mentionIdsIn("@Léa Dupuis et @Camille Lemoine", chosen)).toEqual(["2", "1"]);
    expect(mentionIdsIn("@Léa Dupuis et Camille", chosen)).toEqual(["2"]);
    // Part of the name deleted: the mention is gone.
    expect(mentionIdsIn("@Léa Dupu et @Camille Lemoine", chosen)).toEqual(["1"]);
    expect(mentionIdsIn("@Léa Dupuisson", chosen)).toEqual([]);
  });

  it("cuts a comment into text and mentions, the longest name first", () => {
    expect(splitMentions("Merci @Léa Dupuis, et @Léa !", ["Léa", "Léa Dupuis"])).toEqual([
      { text: "Merci ", mention: false },
      { text: "@Léa Dupuis", mention: true },
      { text: ", et ", mention: false },
      { text: "@Léa", mention: true },
      { text: " !", mention: false },
    ]);
    expect(splitMentions("Sans mention", [])).toEqual([{ text: "Sans mention", mention: false }]);
    expect(splitMentions("@Léa Dupuisson", ["Léa Dupuis"])).toEqual([{ text: "@Léa Dupuisson", mention: false }]);
  });
});
