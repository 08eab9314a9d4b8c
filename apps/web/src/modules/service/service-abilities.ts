import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../shared/auth/session';
import type { Me } from '../auth/auth.api';
import { getOrganisationWorklist, getWorkerWorklist, serviceKeys } from './service.api';
import { todayIso } from './service-format';

/** A programme's abilities as GET /api/auth/me sends them (`programmes.<code>`); the worklists read three of them. */
interface ProgrammeAbilities { cases?: boolean; caseloads?: boolean; worklist?: boolean }

/**
 * Who sees which worklist (the union of every programme's due items), from the programmes' abilities of
 * GET /api/auth/me: the provider's staff who work on a programme's cases have "my morning"; managers
 * (caseloads) the organisation's list; a programme with items about the user's own organisation rather
 * than cases (`worklist`) gives "my morning" to anyone it has them for. The planned visits are the provider's.
 */
export function serviceAbilitiesOf(me: Me) {
  const programmes = Object.values((me as Me & { programmes?: Record<string, ProgrammeAbilities> }).programmes ?? {});
  const provider = me.user.organisation.kind === 'service_provider';
  const worker = provider && programmes.some((p) => !!p.cases);
  const organisation = provider && programmes.some((p) => !!p.caseloads);
  return { worker: worker || programmes.some((p) => !!p.worklist), organisation, visits: worker || organisation };
}

export const useServiceAbilities = () => serviceAbilitiesOf(useMe());

/** What is due today on one case: the organisation's list of that case for managers, otherwise from the worker's. */
export function useTodayOnCase(caseId: string) {
  const { organisation } = useServiceAbilities();
  const asOf = todayIso();
  const view = { caseId, pageSize: 200 };
  return useQuery({
    queryKey: organisation ? serviceKeys.orgList(asOf, view) : serviceKeys.workerList(asOf),
    queryFn: ({ signal }) => (organisation ? getOrganisationWorklist(asOf, view, signal) : getWorkerWorklist(asOf, signal)),
    select: (list) => list.items.filter((i) => i.caseId === caseId),
  });
}
