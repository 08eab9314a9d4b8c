/**
 * RP-5 forecasts of clients per service per municipality for the coming years (seed 001: "prognozējamais
 * klientu skaits katrā pakalpojumā … turpmākajiem gadiem"), by a stated method, and each finished year's
 * forecast beside the actual.
 */

export const FORECAST_METHODS = ['rate_per_resident', 'linear_trend'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface YearValue { year: number; value: number }

/**
 * RP-5 rate method: clients per 1 000 residents of the target group (from the last recorded year: clients ÷
 * residents) applied to each projected year's residents; whole clients, rounded half up.
 */
export function computeRateForecast(input: { clients: number; residents: number; projection: readonly YearValue[] }): { ratePerThousand: number; years: YearValue[] } {
  if (input.residents <= 0) throw new RangeError('residents must be positive');
  const rate = input.clients / input.residents;
  return {
    ratePerThousand: Math.round(rate * 1000 * 100) / 100,
    years: input.projection.map((p) => ({ year: p.year, value: Math.round(rate * p.value) })),
  };
}

/**
 * RP-5 trend method: the least-squares line through the recorded years' figures, continued to the years
 * asked; never below 0. Needs two recorded years or more (else null: no trend to continue).
 */
export function computeTrendForecast(recorded: readonly YearValue[], years: readonly number[]): { slope: number; years: YearValue[] } | null {
  const points = [...new Map(recorded.map((r) => [r.year, r.value])).entries()];
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const slope = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx;
  return { slope: Math.round(slope * 100) / 100, years: years.map((year) => ({ year, value: Math.max(0, Math.round(my + slope * (year - mx))) })) };
}

export interface ForecastVsActual { year: number; forecast: number | null; actual: number | null; difference: number | null; differencePercent: number | null }

/**
 * RP-5 each year's forecast beside the actual: the actual only for a year that is over on `asOf` (a year
 * still running has no actual yet); difference = actual − forecast, and its share of the forecast.
 */
export function computeForecastVsActual(forecast: readonly YearValue[], actual: readonly YearValue[], asOf: string): ForecastVsActual[] {
  const currentYear = Number(asOf.slice(0, 4));
  const years = [...new Set([...forecast.map((f) => f.year), ...actual.map((a) => a.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const f = forecast.find((x) => x.year === year)?.value ?? null;
    const a = year < currentYear ? actual.find((x) => x.year === year)?.value ?? null : null;
    const difference = f !== null && a !== null ? a - f : null;
    return { year, forecast: f, actual: a, difference, differencePercent: difference !== null && f ? Math.round((difference / f) * 1000) / 10 : null };
  });
}
