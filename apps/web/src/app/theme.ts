import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A calm, dark institutional blue; shades 6–9 carry white text at WCAG AA contrast. */
const brand: MantineColorsTuple = ['#eef4fa', '#dbe6f1', '#b3cbe2', '#88aed3', '#6595c6', '#4f85be', '#2f6aa3', '#1d4f7c', '#173f63', '#0f2c47'];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650', sizes: { h1: { fontSize: '1.6rem', lineHeight: '1.3' }, h2: { fontSize: '1.2rem', lineHeight: '1.35' }, h3: { fontSize: '1.05rem', lineHeight: '1.4' } } },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  // WCAG 2.3.3: no transitions for those who ask the system for reduced motion (the browser tests do, so axe never
  // measures a dialog's colours halfway through its fade-in)
  respectReducedMotion: true,
  components: {
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});

/** Mantine's default "dimmed" grey and error red are below AA contrast on white; use darker ones. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555d66', '--mantine-color-body': '#ffffff', '--mantine-color-error': '#c92a2a',
    // text of light alerts and buttons: the darkest shades, for AA contrast on their tinted backgrounds
    '--mantine-color-red-light-color': '#b02525',
    '--mantine-color-orange-light-color': '#8a3700',
    '--mantine-color-green-light-color': '#1e6b34',
    '--mantine-color-gray-light-color': '#495057',
    '--mantine-color-brand-light-color': '#1d4f7c',
  },
  dark: {},
});
