/**
 * IP-1 the Individual Programme is granted when the person's (family's) individual needs cannot be met
 * by the existing community services. Income is not assessed; the programme is not limited in time or
 * place (no end day is needed, it may be at the person's home); the subject is a person or a family.
 */
export interface IpGrantingFacts {
  personId: string;
  /** A family: the household's members, and those of them who receive the service. */
  household: { memberIds: readonly string[]; recipientIds: readonly string[] } | null;
  decidedOn: string;
  openedOn: string;
  /** The agreed end of the client's service agreement, if any. */
  agreementEndsOn: string | null;
}

export type IpGrantingProblem =
  | { field: 'openedOn'; reason: 'before_decision' }
  | { field: 'agreementEndsOn'; reason: 'not_after_opening' }
  | { field: 'household.recipientIds'; reason: 'person_not_recipient' | 'not_household_member' };

/** IP-1 what stands in the way of opening the case as asked (empty: it may be opened). */
export function checkIpGranting(facts: IpGrantingFacts): IpGrantingProblem[] {
  const problems: IpGrantingProblem[] = [];
  if (facts.openedOn < facts.decidedOn) problems.push({ field: 'openedOn', reason: 'before_decision' });
  if (facts.agreementEndsOn && facts.agreementEndsOn <= facts.openedOn) problems.push({ field: 'agreementEndsOn', reason: 'not_after_opening' });
  if (facts.household) {
    const { memberIds, recipientIds } = facts.household;
    if (recipientIds.some((id) => !memberIds.includes(id)) || !memberIds.includes(facts.personId)) {
      problems.push({ field: 'household.recipientIds', reason: 'not_household_member' });
    } else if (!recipientIds.includes(facts.personId)) {
      problems.push({ field: 'household.recipientIds', reason: 'person_not_recipient' });
    }
  }
  return problems;
}

/** The recipients of a case: the person alone, or the family's members who receive the service. */
export function computeRecipients(facts: Pick<IpGrantingFacts, 'personId' | 'household'>): string[] {
  return facts.household ? [...new Set(facts.household.recipientIds)] : [facts.personId];
}
