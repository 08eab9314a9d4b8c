import { useState } from 'react';
import { Anchor, Button, Group, Paper, Popover, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getWaitingList, hfKeys, housingFirstOf, type WaitingListEntry } from '../housing-first.api';
import { todayIso, useMunicipalityName } from '../hf-format';
import { AsOfForm } from '../../../modules/service/components/AsOfForm';
import { SavedNotice } from '../components/HfUi';
import { RemoveFromListModal, WhyPosition } from '../components/WaitingListParts';

/** HF-3.1.4 the waiting lists the user may read, as of a day, each position explained. */
export function WaitingListPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.waitingList.title'));
  const me = useMe();
  const canRemove = housingFirstOf(me).municipalWorklist;
  const municipality = useMunicipalityName();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayIso();
  const query = useQuery({ queryKey: hfKeys.waitingList(asOf), queryFn: () => getWaitingList(asOf) });
  const [removing, setRemoving] = useState<WaitingListEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('hf.waitingList.title')} description={t('hf.waitingList.intro')} />
      <Paper p={{ base: 'sm', sm: 'md' }} mb="lg">
        <AsOfForm label={t('hf.common.asOf')} description={t('hf.common.asOfHint')} value={asOf} onChange={(next) => setParams(next === todayIso() ? {} : { asOf: next })} />
      </Paper>
      <SavedNotice>{notice}</SavedNotice>
      <QueryState query={query}>
        {(data) => (
          <Stack gap="xl" mt="md">
            {data.lists.map((list) => {
              const label = t('hf.waitingList.table', { municipality: municipality(list.municipalityAtvk) });
              return (
                <section key={list.municipalityAtvk} aria-labelledby={`wl-${list.municipalityAtvk}`}>
                  <Title order={2} id={`wl-${list.municipalityAtvk}`} mb="sm">{municipality(list.municipalityAtvk)}</Title>
                  {list.entries.length === 0 ? <Text c="dimmed">{t('hf.waitingList.empty')}</Text> : (
                    <Paper p={0} style={{ overflow: 'hidden' }}>
                      <TableScroll label={label} minWidth={680}>
                        <Table aria-label={label}>
                          <Table.Thead bg="gray.0">
                            <Table.Tr>
                              <Table.Th scope="col" w={60}>{t('hf.waitingList.position')}</Table.Th>
                              <Table.Th scope="col">{t('hf.common.person')}</Table.Th>
                              <Table.Th scope="col">{t('hf.waitingList.decidedOn')}</Table.Th>
                              <Table.Th scope="col">{t('hf.waitingList.factors')}</Table.Th>
                              <Table.Th scope="col" pos="relative"><span className="visually-hidden">{t('hf.common.actions')}</span></Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {list.entries.map((e) => (
                              <Table.Tr key={e.id}>
                                <Table.Td fw={700} fz="lg">{e.position}</Table.Td>
                                <Table.Td><Anchor component={Link} to={`/hf/applications/${e.applicationId}`} fw={600}>{e.personName}</Anchor></Table.Td>
                                <Table.Td className="nowrap">{toDisplayDate(e.decidedOn)}</Table.Td>
                                <Table.Td fz="sm">{e.priorityFactors.length ? e.priorityFactors.map((f) => t(`housing.enums.priorityFactor.${f}`)).join('; ') : t('hf.waitingList.noFactors')}</Table.Td>
                                <Table.Td>
                                  <Group gap={6} wrap="nowrap">
                                    <Popover width={340} position="bottom-end" withArrow shadow="md">
                                      <Popover.Target>
                                        <Button size="xs" variant="subtle">{t('hf.waitingList.why', { position: e.position })}</Button>
                                      </Popover.Target>
                                      <Popover.Dropdown aria-label={t('hf.waitingList.whyTitle', { name: e.personName, position: e.position })}>
                                        <Text fw={600} size="sm" mb={6}>{t('hf.waitingList.whyTitle', { name: e.personName, position: e.position })}</Text>
                                        <WhyPosition explanation={e.explanation} factors={e.priorityFactors.length} decidedOn={e.decidedOn} />
                                      </Popover.Dropdown>
                                    </Popover>
                                    {canRemove ? (
                                      <Button size="xs" variant="subtle" color="red" c="#b02525" onClick={() => setRemoving(e)} aria-label={t('hf.waitingList.removeTitle', { name: e.personName })}>
                                        {t('hf.application.remove')}
                                      </Button>
                                    ) : null}
                                  </Group>
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </TableScroll>
                    </Paper>
                  )}
                </section>
              );
            })}
          </Stack>
        )}
      </QueryState>
      {removing ? (
        <RemoveFromListModal entryId={removing.id} name={removing.personName} opened onClose={(removed) => { setRemoving(null); if (removed) setNotice(t('hf.waitingList.removed')); }} />
      ) : null}
    </>
  );
}
