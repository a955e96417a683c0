import { createTheme, darken, type CSSVariablesResolver } from '@mantine/core';

/**
 * The app's look: calm teal, readable sizes, rounded cards. Shades are chosen for WCAG AA
 * contrast (4.5:1) of text on the filled and light variants in both colour schemes.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Alert: { defaultProps: { closeButtonLabel: 'Dismiss' } },
    Notification: { styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
  },
});

/**
 * How much the light-variant text of a colour is darkened in the light scheme: a quarter reads at
 * 4.5:1 on its light background for every colour but yellow (4.47:1 on #fff3bf), which needs more.
 */
const LIGHT_TEXT_DARKEN: Record<string, number> = { yellow: 0.3 };

/**
 * Mantine's default "dimmed" grey and its "light" variant text (badges, light buttons, the
 * active navigation item) fall just under 4.5:1 in the light scheme; darken them.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightColors: Record<string, string> = {};
  for (const [name, shades] of Object.entries(t.colors)) {
    const base = shades[9];
    if (base) lightColors[`--mantine-color-${name}-light-color`] = darken(base, LIGHT_TEXT_DARKEN[name] ?? 0.25);
  }
  const primary = t.colors[t.primaryColor]?.[9];
  if (primary) lightColors['--mantine-primary-color-light-color'] = darken(primary, 0.25);
  return {
    variables: {},
    light: {
      '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
      // Field errors ("Pick a day after today…") in a red that reads at 4.5:1 in each scheme.
      '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
      ...lightColors,
    },
    dark: {
      '--mantine-color-dimmed': t.colors.dark[1] ?? '#b8b8b8',
      '--mantine-color-error': t.colors.red[4] ?? '#ff8787',
    },
  };
};
