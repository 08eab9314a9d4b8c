import type { ReactNode } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { formatDate, formatPersonalCode } from '@socrehab/domain';
import { displayDateTime } from '../../../shared/dates';
import type { PersonDetail } from '../persons.api';
import { displayFieldValue } from '../person-values';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={500}>{label}</Text>
      <Text component="dd" m={0} className="wrap-anywhere" style={{ whiteSpace: 'pre-line' }}>{children}</Text>
    </div>
  );
}

/** Everything recorded about the person, read-only, with the history of personal codes. */
export function PersonProfile({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const v = (field: string, value: unknown) => displayFieldValue(field, value, t);
  // issue 14: a protected address hidden from this reader is named as such, never shown as "not stated"
  const address = (field: string, value: unknown) => (person.addressProtection.hidden ? t('addressProtection.badge') : v(field, value));
  return (
    <Stack gap="md">
      <Paper p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} mb="md">{t('personForm.sectionIdentity')}</Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md" m={0}>
          <Item label={t('fields.givenNames')}>{person.givenNames}</Item>
          <Item label={t('fields.surnames')}>{person.surnames}</Item>
          <Item label={t('fields.personalCode')}>{v('personalCode', person.personalCode)}</Item>
          <Item label={t('fields.birthDate')}>{v('birthDate', person.birthDate)}</Item>
          <Item label={t('fields.gender')}>{v('gender', person.gender)}</Item>
          <Item label={t('fields.languages')}>{v('languages', person.languages)}</Item>
        </SimpleGrid>
      </Paper>
      <Paper p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} mb="md">{t('personForm.sectionContact')}</Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md" m={0}>
          <Item label={t('fields.whereaboutsKind')}>{v('whereaboutsKind', person.whereaboutsKind)}</Item>
          <Item label={t('fields.whereabouts')}>{address('whereabouts', person.whereabouts)}</Item>
          <Item label={t('fields.declaredAddress')}>{address('declaredAddress', person.declaredAddress)}</Item>
          <Item label={t('fields.phone')}>{v('phone', person.phone)}</Item>
          <Item label={t('fields.email')}>{v('email', person.email)}</Item>
          <Item label={t('person.organisation')}>{person.organisation.name}</Item>
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} mb="md">{t('fields.notes')}</Title>
          <Text className="wrap-anywhere" style={{ whiteSpace: 'pre-line' }}>{v('notes', person.notes)}</Text>
          <Text size="sm" c="dimmed" mt="md">
            {t('person.created')}: {displayDateTime(person.createdAt)} · {t('person.updated')}: {displayDateTime(person.updatedAt)}
          </Text>
        </Paper>
        <Paper p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} mb="md">{t('person.codes')}</Title>
          {person.codes.length === 0 ? <Text c="dimmed">{t('person.noCode')}</Text> : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {person.codes.map((c) => (
                <Group component="li" key={c.code} gap="xs" wrap="wrap">
                  <Text fw={600} className="nowrap">{formatPersonalCode(c.code)}</Text>
                  <Tag tone="neutral">{t(`person.codeFormat.${c.format}`)}</Tag>
                  {c.replacedAt ? null : <Tag tone="success">{t('person.codeCurrent')}</Tag>}
                  <Text size="sm" c="dimmed">
                    {t('person.codeValidFrom', { date: formatDate(c.validFrom) })}
                    {c.replacedAt ? ` · ${t('person.codeReplaced', { date: formatDate(c.replacedAt) })}` : ''}
                    {c.changeReason ? ` · ${t('person.codeChangeReason', { reason: c.changeReason })}` : ''}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
