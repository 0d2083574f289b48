import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";
import { enumValues } from "../../test/schema";

import {
  type CandidacyValues,
  EMPTY_CANDIDACY,
  PROJECT_KINDS,
  PROJECT_NEEDS,
  SECTORS,
  candidacyErrors,
  candidacyInput,
  luhnValid,
} from "./candidacyModel";

const t = createI18n().getFixedT("fr", "candidacy");

const VALID: CandidacyValues = {
  ...EMPTY_CANDIDACY,
  companyName: "Filature du Roumois",
  siren: "732829320",
  communeCode: "76540",
  projectName: "Fil de lin normand",
  summary: "Relocaliser la filature du lin teillé en Normandie.",
  kind: "RELOCATION",
  sector: "TEXTILE",
  needs: ["MARKET_STUDY"],
  contactName: "Claire Lefort",
  contactEmail: "claire.lefort@filature.example",
  consent: true,
};

describe("the choices offered", () => {
  it("are every value of the schema, in its order for the kinds and the needs", () => {
    expect(PROJECT_KINDS).toEqual(enumValues("ProjectKind"));
    expect(PROJECT_NEEDS).toEqual(enumValues("ProjectNeed"));
    expect([...SECTORS].sort()).toEqual(enumValues("Sector").sort());
  });
});

describe("luhnValid", () => {
  it("accepts numbers whose Luhn key is right", () => {
    expect(luhnValid("732829320")).toBe(true);
    expect(luhnValid("542051180")).toBe(true);
    expect(luhnValid("73282932000074")).toBe(true);
  });

  it("refuses a wrong key, a swapped pair of digits, and anything but digits", () => {
    expect(luhnValid("732829321")).toBe(false);
    expect(luhnValid("732829302")).toBe(false);
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("73282932O")).toBe(false);
  });
});

describe("candidacyErrors", () => {
  it("accepts a complete candidacy", () => {
    expect(candidacyErrors(t, VALID)).toEqual({});
  });

  it("names every missing required field, and only those", () => {
    expect(Object.keys(candidacyErrors(t, EMPTY_CANDIDACY)).sort()).toEqual(
      [
        "companyName",
        "siren",
        "communeCode",
        "projectName",
        "summary",
        "kind",
        "sector",
        "needs",
        "contactName",
        "contactEmail",
        "consent",
      ].sort(),
    );
  });

  it("checks the SIREN's length and key, spaces allowed", () => {
    expect(candidacyErrors(t, { ...VALID, siren: "732 829 320" }).siren).toBeUndefined();
    expect(candidacyErrors(t, { ...VALID, siren: "73282932" }).siren).toBe("Le SIREN comporte 9 chiffres.");
    expect(candidacyErrors(t, { ...VALID, siren: "732829321" }).siren).toMatch(/clé de contrôle/);
  });

  it("wants a SIRET of 14 digits starting with the SIREN", () => {
    expect(candidacyErrors(t, { ...VALID, siret: "73282932000074" }).siret).toBeUndefined();
    expect(candidacyErrors(t, { ...VALID, siret: "7328293200007" }).siret).toBe("Le SIRET comporte 14 chiffres.");
    expect(candidacyErrors(t, { ...VALID, siret: "54205118000066" }).siret).toBe(
      "Le SIRET doit commencer par le SIREN de l'entreprise (732829320).",
    );
  });

  it("checks the e-mail's shape, that a commune was chosen and the summary's length", () => {
    expect(candidacyErrors(t, { ...VALID, contactEmail: "claire@" }).contactEmail).toMatch(/n'est pas valide/);
    expect(candidacyErrors(t, { ...VALID, contactEmail: "claire@filature" }).contactEmail).toMatch(/n'est pas/);
    expect(candidacyErrors(t, { ...VALID, communeCode: "2A004" }).communeCode).toBeUndefined();
    // The code comes from the commune chosen in the list: only its absence is the form's to tell.
    expect(candidacyErrors(t, { ...VALID, communeCode: "" }).communeCode).toMatch(/choisissez-la dans la liste/);
    expect(candidacyErrors(t, { ...VALID, summary: "x".repeat(2000) }).summary).toBeUndefined();
    expect(candidacyErrors(t, { ...VALID, summary: "x".repeat(2001) }).summary).toBe(
      "La description ne doit pas dépasser 2000 caractères (actuellement 2001).",
    );
  });
});

describe("candidacyInput", () => {
  it("trims the text, sends the optional fields as null when empty and the honeypot as it is", () => {
    expect(
      candidacyInput({
        ...VALID,
        companyName: "  Filature du Roumois ",
        siren: " 732 829 320 ",
        siret: "  ",
        contactEmail: " claire.lefort@filature.example ",
        needs: ["FINANCING", "MARKET_STUDY"],
      }),
    ).toEqual({
      companyName: "Filature du Roumois",
      siren: "732829320",
      siret: null,
      nafCode: null,
      communeCode: "76540",
      projectName: "Fil de lin normand",
      summary: "Relocaliser la filature du lin teillé en Normandie.",
      kind: "RELOCATION",
      sector: "TEXTILE",
      needs: ["MARKET_STUDY", "FINANCING"],
      contactName: "Claire Lefort",
      contactEmail: "claire.lefort@filature.example",
      contactPhone: null,
      consent: true,
      website: "",
    });
  });
});
