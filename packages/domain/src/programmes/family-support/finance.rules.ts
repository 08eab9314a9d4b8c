/**
 * FS-6 the project's finance (seed 003: initial project cost €110,984, final project cost €110,101, of
 * which €94,136 from EEA Grants): the grant's share of the final cost, spending against it, and the
 * support continuing after the project ends, financed by the provider. Money in euro cents.
 */
export interface ProjectFinance {
  initialCostCents: number;
  finalCostCents: number;
  grantCents: number;
  startsOn: string;
  endsOn: string;
}

export interface Spending { spentOn: string; amountCents: number }

/** FS-6 who finances a day's support: the project (with its grant) up to its last day, the provider after it. */
export const computeFundingOn = (project: Pick<ProjectFinance, 'startsOn' | 'endsOn'>, day: string): 'project' | 'provider' | 'before_project' =>
  day < project.startsOn ? 'before_project' : day <= project.endsOn ? 'project' : 'provider';

/**
 * FS-6 the finance against the grant as of a day: the grant's share of the final cost (94 136 / 110 101 =
 * 85.50 %); the project's spending (its first and last days included) and the grant's part of it at
 * that share; what is left of the grant and of the final cost; spending beyond the final cost; and the
 * spending after the project's end, financed by the provider (never counted against the grant).
 */
export function computeProjectFinance(project: ProjectFinance, spending: readonly Spending[], asOf: string) {
  const counted = spending.filter((s) => s.spentOn <= asOf);
  const inProject = counted.filter((s) => computeFundingOn(project, s.spentOn) === 'project').reduce((sum, s) => sum + s.amountCents, 0);
  const afterProject = counted.filter((s) => computeFundingOn(project, s.spentOn) === 'provider').reduce((sum, s) => sum + s.amountCents, 0);
  const grantShare = project.finalCostCents > 0 ? project.grantCents / project.finalCostCents : 0;
  const grantUsedCents = Math.min(project.grantCents, Math.round(inProject * grantShare));
  return {
    grantShare,
    providerShareCents: project.finalCostCents - project.grantCents,
    costChangeCents: project.finalCostCents - project.initialCostCents,
    spentInProjectCents: inProject,
    grantUsedCents,
    grantLeftCents: project.grantCents - grantUsedCents,
    finalCostLeftCents: Math.max(0, project.finalCostCents - inProject),
    overFinalCostCents: Math.max(0, inProject - project.finalCostCents),
    spentAfterProjectCents: afterProject,
  };
}
