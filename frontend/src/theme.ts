import {
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
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

export const theme = createTheme({
  primaryColor: "filiere",
  primaryShade: 7,
  colors: { filiere },
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
    // Mantine writes the description in gray 6 (3.3:1): the body colour instead.
    Notification: { styles: { description: { color: "var(--mantine-color-text)" } } },
  },
});
