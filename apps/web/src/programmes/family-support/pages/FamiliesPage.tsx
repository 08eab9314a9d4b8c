import { useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { Tag } from '../../../shared/ui/Tag';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { decideReferral, fsKeys, getCentres, getFamilies, getReferrals, type FamilyListItem, type Referral } from '../family-support.api';
import { useFsAbilities } from '../fs-abilities';
import { addDays } from '@socrehab/domain';
import { isoOf, StatusTag, todayDisplay, todayIso, useDaysText, useFsSave } from '../FsUi';

/** FS-5 the centre's manager decides on a referral: accept with a social worker of the centre (the case opens), or decline with a reason. */
function DecisionForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal) });
  const workers = (centres.data?.centres.find((c) => c.id === referral.centreId)?.staff ?? []).filter((s) => s.profession === 'social_worker');
  const [worker, setWorker] = useState('');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayDisplay());
  const [declining, setDeclining] = useState(false);
  const { mutation, errors, feedback } = useFsSave((body: Parameters<typeof decideReferral>[1]) => decideReferral(referral.id, body));
  const id = `decide-${referral.id}`;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateField id={`${id}-on`} label={t('fsPages.families.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} w={150} />
        {declining ? (
          <Textarea label={t('fsPages.families.declineReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.declineReason} autosize minRows={1} style={{ flex: 1, minWidth: 200 }} />
        ) : (
          <NativeSelect label={t('fsPages.families.socialWorker')} value={worker} onChange={(e) => setWorker(e.currentTarget.value)} error={errors.socialWorkerUserId}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...workers.map((w) => ({ value: w.userId, label: w.displayName }))]} />
        )}
        {declining ? (
          <Button color="red" variant="light" loading={mutation.isPending} onClick={() => mutation.mutate({ decision: 'decline', decidedOn: isoOf(decidedOn), declineReason: reason })}>{t('fsPages.families.decline')}</Button>
        ) : (
          <Button loading={mutation.isPending} onClick={() => mutation.mutate({ decision: 'accept', decidedOn: isoOf(decidedOn), socialWorkerUserId: worker })}>{t('fsPages.families.accept')}</Button>
        )}
        <Button variant="subtle" onClick={() => setDeclining(!declining)}>{declining ? t('fsPages.families.accept') : t('fsPages.families.decline')}</Button>
      </Group>
      {feedback}
    </Stack>
  );
}

function ReferralCard({ r, canDecide }: { r: Referral; canDecide: boolean }) {
  const { t } = useTranslation();
  const daysText = useDaysText();
  return (
    <Paper component="li" p="sm" withBorder>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between">
          <Text fw={650}>{r.contactName}</Text>
          <Group gap={6}>
            {r.crisis ? <Tag tone="warning">{t('fsPages.families.crisis')}</Tag> : null}
            <Tag tone={r.status === 'pending' ? 'brand' : 'neutral'}>{t(`fsPages.families.status.${r.status}`)}</Tag>
          </Group>
        </Group>
        <Text size="sm">{t(`fs.enums.referralReason.${r.reason}`)} · {t('fsPages.families.members', { members: r.members, children: r.children })}</Text>
        <Text size="sm" c="dimmed">{t('fsPages.families.referredBy')}: {r.referringOrganisationName} · {r.centreName} · {t('fsPages.families.referredOn')} {toDisplayDate(r.referredOn)}</Text>
        <Text size="sm"><Text span fw={600} inherit>{t('fsPages.families.assessment')}:</Text> {r.assessment}</Text>
        {r.premises ? <Text size="sm"><Text span fw={600} inherit>{t('fsPages.families.premises')}:</Text> {r.premises}</Text> : null}
        {r.informationProvided ? <Text size="sm"><Text span fw={600} inherit>{t('fsPages.families.information')}:</Text> {r.informationProvided}</Text> : null}
        {r.decisionDue ? <Text size="sm" fw={600} c={r.decisionDue.daysLeft < 0 ? 'red.8' : undefined}>{t('fsPages.families.decisionDue')}: {toDisplayDate(r.decisionDue.dueOn)} ({daysText(r.decisionDue.daysLeft)})</Text> : null}
        {r.declineReason ? <Text size="sm">{t('fsPages.families.declineReason')}: {r.declineReason}</Text> : null}
        {r.caseId ? <Anchor component={Link} to={`/fs/families/${r.caseId}`} size="sm" underline="always">{t('fsPages.common.openFamily')}</Anchor> : null}
        {canDecide && r.status === 'pending' ? <DecisionForm referral={r} /> : null}
      </Stack>
    </Paper>
  );
}

/** FS-1 the families (the case subject) the user may see, and FS-5 the referrals: the centre decides, the social service follows its own. */
export function FamiliesPage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.families.title'));
  const abilities = useFsAbilities();
  const families = useQuery({ queryKey: fsKeys.families, queryFn: ({ signal }) => getFamilies(signal) });
  const referrals = useQuery({ queryKey: fsKeys.referrals, queryFn: ({ signal }) => getReferrals(signal), enabled: abilities.referrals });
  const number = (f: FamilyListItem) => <Anchor component={Link} to={`/fs/families/${f.caseId}`} fw={600} underline="always">{f.caseNumber}</Anchor>;
  // the centre decides the pending ones; the social service follows its own of the last year
  const yearAgo = addDays(todayIso(), -365);
  const pending = (referrals.data?.items ?? []).filter((r) => r.status === 'pending' || (abilities.refer && r.referredOn >= yearAgo));
  return (
    <>
      <PageHeader title={t('fsPages.families.title')} description={t('fsPages.families.intro')}
        actions={abilities.refer ? <Button component={Link} to="/fs/referrals/new">{t('fsPages.families.refer')}</Button> : null} />
      <Stack gap="lg">
        {abilities.referrals ? (
          <Section id="referrals" title={t('fsPages.families.referrals')} intro={t('fsPages.families.referralsIntro')}>
            {pending.length === 0 ? <Text c="dimmed">{t('fsPages.families.noReferrals')}</Text> : (
              <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {pending.map((r) => <ReferralCard key={r.id} r={r} canDecide={abilities.manage} />)}
              </Stack>
            )}
          </Section>
        ) : null}
        <Section id="families" title={t('fsPages.families.table')}>
          <QueryState query={families}>
            {(data) => data.items.length === 0 ? <Text c="dimmed">{t('fsPages.families.empty')}</Text> : (
              <>
                <ListTable label={t('fsPages.families.table')} minWidth={720} visibleFrom="sm"
                  columns={[t('fsPages.common.caseNumber'), t('fsPages.families.contact'), t('fsPages.common.centre'), t('fsPages.common.adults'), t('fsPages.common.children'), t('fsPages.families.openedOn'), t('fsPages.common.status')]}>
                  {data.items.map((f) => (
                    <Table.Tr key={f.caseId}>
                      <Table.Td className="nowrap">{number(f)}</Table.Td>
                      <Table.Td>{f.contactName} {f.inCrisis ? <Tag tone="warning">{t('fsPages.common.inCrisis')}</Tag> : null}</Table.Td>
                      <Table.Td fz="sm">{f.centreName}</Table.Td>
                      <Table.Td>{f.adults}</Table.Td>
                      <Table.Td>{f.children}</Table.Td>
                      <Table.Td className="nowrap">{toDisplayDate(f.openedOn)}</Table.Td>
                      <Table.Td><StatusTag status={f.status} closedOn={f.closedOn} /></Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('fsPages.families.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {data.items.map((f) => (
                    <Paper key={f.caseId} component="li" p="sm" withBorder>
                      <Text fw={600}>{number(f)} · {f.contactName}</Text>
                      <Text size="sm" c="dimmed">{f.centreName}</Text>
                      <Text size="sm">{t('fsPages.common.adults')}: {f.adults} · {t('fsPages.common.children')}: {f.children}</Text>
                      <Group gap={6}><StatusTag status={f.status} closedOn={f.closedOn} />{f.inCrisis ? <Tag tone="warning">{t('fsPages.common.inCrisis')}</Tag> : null}</Group>
                    </Paper>
                  ))}
                </Stack>
              </>
            )}
          </QueryState>
        </Section>
      </Stack>
    </>
  );
}
