import { Alert, Combobox, Loader, Text, TextInput, useCombobox } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { CommuneField_CommuneFragment } from "../../graphql/generated/graphql";

/** A commune as the field lists it: its INSEE code (what the candidacy sends), what tells it apart,
 * and whether a region running the accelerator covers it. */
export const CommuneFieldFragment = graphql(`
  fragment CommuneField_commune on Commune {
    code
    name
    postalCodes
    departement {
      code
      name
    }
    region {
      code
      name
    }
    accelerated
  }
`);

export type CommuneChoice = CommuneField_CommuneFragment;

/** The search starts from this many characters (the API's own minimum is lower: fewer useless lists). */
export const COMMUNE_SEARCH_MIN_LENGTH = 2;
/** A city's postal codes can be many (Marseille): the first ones tell it apart. */
const SHOWN_POSTAL_CODES = 3;

/** « Malaunay (76770) — Seine-Maritime ». */
export function communeLabel(t: TFunction<"candidacy">, commune: CommuneChoice): string {
  const codes = commune.postalCodes.slice(0, SHOWN_POSTAL_CODES);
  const more = commune.postalCodes.length > SHOWN_POSTAL_CODES ? "…" : "";
  return t("fields.communeOption", {
    name: commune.name,
    postalCodes: `${codes.join(", ")}${more}`,
    departement: commune.departement.name,
  });
}

/** What the page's search answered for the text typed. */
export interface CommuneSearch {
  communes: readonly FragmentType<typeof CommuneFieldFragment>[];
  /** The answer for the text typed is on its way (typing, the pause, then the request). */
  searching: boolean;
  failed: boolean;
}

interface Props {
  /** The text typed, or the label of the commune chosen. */
  text: string;
  onTextChange: (text: string) => void;
  chosen: CommuneChoice | null;
  onChoose: (commune: CommuneChoice) => void;
  search: CommuneSearch;
  /** The form's error for `communeCode` (local check, or the server's verdict). */
  error: string | null;
  onBlur: () => void;
  /** « Normandie, Île-de-France et Hauts-de-France »: who runs the coming edition, when known. */
  acceleratorRegions: string | null;
}

/** « Commune (nom ou code postal) »: a combobox listing the communes whose name (accents ignored) or
 * postal code starts with what is typed; choosing one gives the form its INSEE code. A commune that no
 * region of the accelerator covers is said at once, before the form is sent. */
export function CommuneField({
  text,
  onTextChange,
  chosen,
  onChoose,
  search,
  error,
  onBlur,
  acceleratorRegions,
}: Props) {
  const { t } = useTranslation("candidacy");
  const communes = useFragment(CommuneFieldFragment, search.communes);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const long = text.trim().length >= COMMUNE_SEARCH_MIN_LENGTH;
  const typing = long && chosen === null;

  const choose = (code: string) => {
    const commune = communes.find((candidate) => candidate.code === code);
    if (!commune) return;
    onChoose(commune);
    combobox.closeDropdown();
  };

  return (
    <>
      <Combobox store={combobox} onOptionSubmit={choose}>
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={t("fields.commune")}
            description={t("fields.communeDescription")}
            required
            autoComplete="off"
            aria-autocomplete="list"
            value={text}
            error={error}
            data-path="communeCode"
            rightSection={typing && search.searching ? <Loader size="xs" /> : null}
            onChange={(event) => {
              onTextChange(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => {
              combobox.closeDropdown();
              onBlur();
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!typing}>
          <Combobox.Options>
            {communes.map((commune) => (
              <Combobox.Option value={commune.code} key={commune.code}>
                {communeLabel(t, commune)}
              </Combobox.Option>
            ))}
            {communes.length === 0 && (
              <Combobox.Empty>
                {search.failed
                  ? t("fields.communeFailed")
                  : search.searching
                    ? t("fields.communeSearching")
                    : t("fields.communeNone")}
              </Combobox.Empty>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {chosen &&
        (chosen.accelerated ? (
          <Text size="sm" aria-live="polite">
            {t("fields.communeChosen", {
              name: chosen.name,
              departement: chosen.departement.name,
              region: chosen.region.name,
            })}
          </Text>
        ) : (
          <Alert color="orange" title={t("accelerator.notCoveredTitle")} role="alert">
            {t("accelerator.notCovered", { region: chosen.region.name })}
            {acceleratorRegions && ` ${t("accelerator.runBy", { regions: acceleratorRegions })}`}
          </Alert>
        ))}
    </>
  );
}
