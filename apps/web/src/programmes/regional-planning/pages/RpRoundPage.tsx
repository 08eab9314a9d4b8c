import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { messageOf } from '../../../shared/api/errors';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { ALERT_INK } from '../../../shared/ui/alert-ink';
import { closeRound, getRound, remindRound, rpKeys } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

const TONE = { not_started: 'warning', in_progress: 'brand', confirmed: 'success' } as const;

/** RP-6 a round: each municipality's state; the planner reminds those not done and closes it; an officer goes to their own part. */
export function RpRoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useRpFormat();
  const client = useQueryClient();
  const [confirm, dialog] = useConfirm();
  const [notice, setNotice] = useState<string | null>(null);
  const round = useQuery({ queryKey: rpKeys.round(id), queryFn: ({ signal }) => getRound(id, signal) });
  usePageTitle(round.data?.name ?? t('rpPages.rounds.title'));
  const refresh = () => client.invalidateQueries({ queryKey: rpKeys.all });
  const remind = useMutation({
    mutationFn: () => remindRound(id),
    onSuccess: async (r) => {
      const names = r.reminded.map((atvk) => round.data?.parts.find((p) => p.municipalityAtvk === atvk)).filter((p) => p !== undefined).map((p) => f.municipality(p));
      setNotice(names.length ? t('rpPages.round.remindedSome', { names: names.join(', ') }) : t('rpPages.round.reminded0'));
      await refresh();
    },
  });
  const close = useMutation({ mutationFn: () => closeRound(id), onSuccess: async (r) => { setNotice(t('rpPages.round.closed', { date: f.date(r.closedOn) })); await refresh(); } });
  const failed = remind.error ?? close.error;
  return (
    <Stack gap="lg">
      {dialog}
      <QueryState query={round}>
        {(r) => (
          <>
            <PageHeader title={r.name} description={`${t('rpPages.round.deadlineLine', { date: f.date(r.deadline) })} · ${t('rpPages.round.doneLine', { confirmed: r.progress.confirmed, total: r.progress.total })}`}
              above={<Anchor component={Link} to="/rp/rounds" size="sm">{t('rpPages.common.back')}</Anchor>}
              actions={<>
                {r.ownMunicipalityAtvk && r.parts.some((p) => p.municipalityAtvk === r.ownMunicipalityAtvk)
                  ? <Button component={Link} to={`/rp/rounds/${r.id}/parts/${r.ownMunicipalityAtvk}`}>{t('rpPages.round.fill')}</Button> : null}
                {r.mayManage && r.status === 'open' ? <>
                  <Button variant="default" onClick={() => remind.mutate()} loading={remind.isPending}>{t('rpPages.round.remind')}</Button>
                  <Button onClick={async () => { if (await confirm({ title: t('rpPages.round.close'), text: t('rpPages.round.closeConfirm'), confirmLabel: t('rpPages.round.close') })) close.mutate(); }}
                    loading={close.isPending}>{t('rpPages.round.close')}</Button>
                </> : null}
              </>} />
            <FormError message={failed ? messageOf(failed, t) : null} hasFields={false} />
            <SavedNotice>{notice}</SavedNotice>
            {r.progress.overdue ? <Alert color="orange" styles={ALERT_INK.orange} title={t('rpPages.round.overdue')} /> : null}
            <Section id="rp-parts" title={t('rpPages.round.parts')}>
              <ListTable label={t('rpPages.round.partsTable')} minWidth={560}
                columns={[t('rpPages.round.municipality'), t('rpPages.round.status'), t('rpPages.round.confirmedOn'), t('rpPages.round.reminded'), '']}>
                {r.parts.map((p) => (
                  <Table.Tr key={p.municipalityAtvk}>
                    <Table.Td>{f.municipality(p)}</Table.Td>
                    <Table.Td><Tag tone={TONE[p.status]}>{t(`rpPages.status.${p.status}`)}</Tag></Table.Td>
                    <Table.Td>{p.confirmedOn ? f.date(p.confirmedOn) : t('rpPages.common.none')}</Table.Td>
                    <Table.Td>{p.lastRemindedOn ? f.date(p.lastRemindedOn) : t('rpPages.common.none')}</Table.Td>
                    <Table.Td>{r.mayManage || p.municipalityAtvk === r.ownMunicipalityAtvk
                      ? <Anchor component={Link} to={`/rp/rounds/${r.id}/parts/${p.municipalityAtvk}`} aria-label={`${t('rpPages.round.view')}: ${f.municipality(p)}`}>{t('rpPages.round.view')}</Anchor> : null}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
              {r.status === 'closed' && r.closedOn ? <Text size="sm" c="dimmed">{t('rpPages.round.closed', { date: f.date(r.closedOn) })}</Text> : null}
            </Section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
