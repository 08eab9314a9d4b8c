import { Anchor, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../shared/ui/ListTable';
import { displayDateTime } from '../../../shared/dates';
import { QueryState } from '../../../shared/ui/QueryState';
import { findAuditEntries, type AuditEntry } from '../audit.api';
import { AuditDetails } from './AuditDetails';

/** The audit log for a person, a user or the organisation: newest first, older pages on request. */
export function AuditTable({ personId, userId, label }: { personId?: string; userId?: string; label: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: ['audit', personId ?? null, userId ?? null],
    queryFn: ({ pageParam }) => findAuditEntries({ personId, userId, beforeId: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.hasMore && last.nextBeforeId ? last.nextBeforeId : undefined),
  });
  const showPerson = !personId;
  return (
    <QueryState query={query}>
      {(data) => {
        const items: AuditEntry[] = data.pages.flatMap((p) => p.items);
        if (!items.length) return <Paper p="lg"><Text c="dimmed">{t('audit.none')}</Text></Paper>;
        return (
          <Stack gap="sm">
            <ListTable
              label={label}
              minWidth={720}
              visibleFrom="sm"
              tableProps={{ style: { verticalAlign: 'top' } }}
              columns={[
                { label: t('audit.when'), w: 150 },
                { label: t('audit.who'), w: 180 },
                { label: t('audit.action'), w: 170 },
                { label: t('audit.object'), w: 150 },
                t('audit.details'),
              ]}
            >
              {items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td className="nowrap">{displayDateTime(e.at)}</Table.Td>
                  <Table.Td>
                    {e.actor?.displayName ?? t('history.system')}
                    {e.clientAddress ? <Text size="xs" c="dimmed" className="wrap-anywhere">{t('audit.fromAddress', { address: e.clientAddress })}</Text> : null}
                  </Table.Td>
                  <Table.Td>{t(`enums.auditAction.${e.action}`, { defaultValue: e.action })}</Table.Td>
                  <Table.Td>
                    {t(`audit.entity.${e.entityType}`, { defaultValue: e.entityType })}
                    {showPerson && e.personId && e.personReadable ? <><br /><Anchor component={Link} to={`/persons/${e.personId}`} size="sm">{t('audit.openPerson')}</Anchor></> : null}
                  </Table.Td>
                  <Table.Td><AuditDetails entry={e} /></Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            {/* on a phone: one card an entry, nothing to scroll sideways */}
            <Stack hiddenFrom="sm" gap="xs" component="ol" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((e) => (
                <Paper key={e.id} component="li" p="sm" withBorder>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>{t(`enums.auditAction.${e.action}`, { defaultValue: e.action })} · {t(`audit.entity.${e.entityType}`, { defaultValue: e.entityType })}</Text>
                    <Text size="xs" c="dimmed" className="nowrap">{displayDateTime(e.at)}</Text>
                  </Group>
                  <Text size="sm">{e.actor?.displayName ?? t('history.system')}{e.clientAddress ? <Text span size="xs" c="dimmed" className="wrap-anywhere"> · {t('audit.fromAddress', { address: e.clientAddress })}</Text> : null}</Text>
                  <div style={{ marginTop: 4 }}><AuditDetails entry={e} /></div>
                  {showPerson && e.personId && e.personReadable ? <Anchor component={Link} to={`/persons/${e.personId}`} size="sm">{t('audit.openPerson')}</Anchor> : null}
                </Paper>
              ))}
            </Stack>
            {query.hasNextPage ? (
              <Center>
                <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>{t('audit.loadMore')}</Button>
              </Center>
            ) : null}
          </Stack>
        );
      }}
    </QueryState>
  );
}
