import type { regionalPlanningLv } from './regional-planning.lv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Regional planning's English strings (namespace `rp`). */
export const regionalPlanningEn: Widen<typeof regionalPlanningLv> = {
  name: 'Regional planning of social services',
  errors: {
    roundNotFound: 'Update round not found',
    partNotFound: 'This municipality’s part of the round not found',
    deadlineNotAfterOpening: 'The deadline must be after the day the round opens',
    openedInFuture: 'A round cannot be opened on a future date',
    roundOpen: 'The region already has an open update round',
    roundClosed: 'The round is closed — its figures are no longer changed',
    notOwnMunicipality: 'You can edit only your own municipality’s part',
    notInRegion: 'The municipality is not in the region',
    nothingToConfirm: 'Enter the figures before confirming',
    partsUnconfirmed: 'Before the deadline a round closes only when every municipality has confirmed its part',
    versionConflict: 'Someone else saved this part in the meantime — open it again',
    serviceTwice: 'A service is given more than once',
    splitNotTotal: 'The target groups’ figures must add up to the clients',
    residentsRequired: 'Give the target group’s residents and the projection',
    trendNeedsYears: 'A trend needs figures of at least two years',
    tooFewPartners: 'A cooperation needs at least two municipalities',
    partnerTwice: 'A municipality is given more than once',
    costNot100: 'The cost shares must add up to 100 %',
    placesNot100: 'The places shares must add up to 100 %',
    shareOutOfRange: 'A share must be between 0 and 100 %',
    endsBeforeStart: 'The end cannot be before the start',
  },
};
