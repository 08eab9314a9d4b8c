/** HF-2.1 the six life domains support is given in. */
export const LIFE_DOMAINS = [
  'housing', // mājokļa uzturēšana
  'rights', // tiesības un interešu aizstāvība
  'daily_life', // ikdiena un atbalsta loks
  'health', // veselība un sociālā aprūpe
  'education_employment', // izglītība un nodarbinātība
  'finances', // finanses
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const SUPPORT_NEED_LEVELS = ['low', 'medium', 'high'] as const;
export type SupportNeedLevel = (typeof SUPPORT_NEED_LEVELS)[number];

/** How much support the person wants and needs in one life domain, as the initial assessment found. */
export const DOMAIN_NEEDS = ['none', 'some', 'intensive'] as const;
export type DomainNeed = (typeof DOMAIN_NEEDS)[number];

/**
 * HF-3.1.7.5–6 — the support-need level the initial assessment suggests: high when any domain needs
 * intensive support, medium when three or more need some, otherwise low. The social worker decides;
 * this is the suggestion shown beside the choice.
 */
export function computeSupportNeedLevel(needs: Partial<Record<LifeDomain, DomainNeed>>): SupportNeedLevel {
  const values = Object.values(needs);
  if (values.includes('intensive')) return 'high';
  if (values.filter((v) => v === 'some').length >= 3) return 'medium';
  return 'low';
}

/**
 * HF-2.5 — the team a support-need level calls for: low — a social worker; medium — a social worker
 * and a mentor; high — a social worker and other specialists (psychiatrist, lawyer…).
 */
export function computeSuggestedTeam(level: SupportNeedLevel): Array<'social_worker' | 'social_mentor' | 'specialist'> {
  switch (level) {
    case 'low':
      return ['social_worker'];
    case 'medium':
      return ['social_worker', 'social_mentor'];
    case 'high':
      return ['social_worker', 'specialist'];
  }
}
