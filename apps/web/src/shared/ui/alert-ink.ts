/**
 * Title and message colours for Mantine's light alerts that keep WCAG 2.1 AA contrast (4.5:1) on the
 * tinted background; Mantine's own light-variant text is too pale for it.
 */
export const ALERT_INK = {
  red: { title: { color: '#b02525' }, message: { color: '#3b0d0d' } },
  orange: { title: { color: '#8a3700' }, message: { color: '#3d2300' } },
  green: { title: { color: '#1e6b34' }, message: { color: '#12361f' } },
  blue: { title: { color: '#1d4f7c' }, message: { color: '#0f2a44' } },
} as const;
