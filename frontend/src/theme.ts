import {
  type CSSVariablesResolver,
  DEFAULT_THEME,
  type MantineColorsTuple,
  type MantineThemeOverride,
  type VariantColorsResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  mergeThemeOverrides,
  parseThemeColor,
  rem,
} from "@mantine/core";

// A deep blue whose shades 6–9 carry white text at more than 4.5:1 (WCAG AA).
const filiere: MantineColorsTuple = [
  "#e8eef7",
  "#d0dcee",
  "#a3badc",
  "#7497ca",
  "#4d79ba",
  "#3566ad",
  "#2a5a9f",
  "#1f4c8a",
  "#173d72",
  "#0f2d57",
];

/** Mantine's palette with shades 6–9 darkened so that each carries white text, or stands as text on
 * white, at more than 4.5:1 (AA): filled buttons (shade 7: « Abandonner le projet », « Écarter le
 * fournisseur »), a red menu item (shade 6), success messages in green or teal. Shades 0–5 (tints)
 * are Mantine's. */
function readable(
  name: "red" | "green" | "teal" | "orange",
  dark: [string, string, string, string],
): MantineColorsTuple {
  const tints = DEFAULT_THEME.colors[name].slice(0, 6);
  return [...tints, ...dark] as unknown as MantineColorsTuple;
}

export const READABLE_COLORS = {
  red: readable("red", ["#cd4343", "#c73333", "#bc2929", "#ad2424"]),
  green: readable("green", ["#2c843c", "#267b35", "#227231", "#21692f"]),
  teal: readable("teal", ["#0d8460", "#097b59", "#077251", "#07694c"]),
  orange: readable("orange", ["#b65b0e", "#b44b05", "#a94109", "#a1350b"]),
};

/** Mantine's light and outline variants (badges, alerts, active links, secondary buttons) write
 * shade 6 on a pale tint or white: too little contrast for AA in most palettes. Here the text is a
 * darkened shade 9, on shade 0 or on the page's background. */
const accessibleVariants: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  if (input.variant === "light" && shades) {
    return {
      background: shades[0],
      hover: shades[1],
      color: darken(shades[9], 0.3),
      border: `${rem(1)} solid ${shades[2]}`,
    };
  }
  if (input.variant === "outline" && shades) {
    return {
      background: "transparent",
      hover: shades[0],
      color: darken(shades[9], 0.3),
      border: `${rem(1)} solid ${shades[7]}`,
    };
  }
  return defaults;
};

/** Dimmed text, placeholders and error messages darker than Mantine's defaults, for contrast (AA). */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": theme.colors.gray[7],
    "--mantine-color-placeholder": theme.colors.gray[6],
    "--mantine-color-error": theme.colors.red[9],
  },
  dark: {},
});

const comboboxList = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: rem(280), overflowY: "auto" as const } },
};

export const theme = createTheme({
  primaryColor: "filiere",
  primaryShade: 7,
  colors: { filiere, ...READABLE_COLORS },
  // System fonts only: the CSP allows no external font and the app loads nothing from a CDN.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: "700" },
  defaultRadius: "sm",
  focusRing: "auto",
  cursorType: "pointer",
  variantColorResolver: accessibleVariants,
  components: {
    Anchor: { defaultProps: { underline: "always" } },
    // Mantine puts a focusable `role="presentation"` placeholder inside `role="menu"`: an ARIA
    // structure error (axe: aria-required-children). Without it the focus trap focuses the first item,
    // as the WAI-ARIA menu button pattern wants.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // Mantine scrolls a long option list in a ScrollArea inside `role="listbox"`: a scrolling region that
    // neither takes the focus nor is the combobox's popup, which axe reports (scrollable-region-focusable)
    // and the keyboard cannot scroll. The listbox itself scrolls instead: the arrow keys move through the
    // options (`aria-activedescendant`) and Mantine scrolls the one chosen into view.
    Select: comboboxList,
    MultiSelect: comboboxList,
    TagsInput: comboboxList,
    Autocomplete: comboboxList,
    // Mantine writes the description in gray 6 (3.3:1): the body colour instead.
    Notification: { styles: { description: { color: "var(--mantine-color-text)" } } },
  },
});

/** The theme with the words its components need: every dialog's and notification's close button is
 * named « Fermer » (an icon alone has no accessible name), wherever it is opened. */
export function localizedTheme(words: { close: string }): MantineThemeOverride {
  const closeButtonProps = { "aria-label": words.close };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: { defaultProps: { closeButtonProps } },
        Drawer: { defaultProps: { closeButtonProps } },
        Notification: { defaultProps: { closeButtonProps } },
      },
    }),
  );
}
