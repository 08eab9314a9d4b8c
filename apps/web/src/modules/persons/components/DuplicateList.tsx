import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPersonalCode } from '@socrehab/domain';
import { toDisplayDate } from '../../../shared/dates';
import { fullName, type DuplicateCandidate } from '../persons.api';

/** Persons who may be the same as the one being registered, each opening in a new tab. */
export function DuplicateList({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} size="sm">
      {candidates.map((c) => (
        <List.Item key={c.id}>
          <Anchor component={Link} to={`/persons/${c.id}`} target="_blank" rel="noopener" fw={600}>{fullName(c)}</Anchor>
          <Text span size="sm">
            {' — '}
            {[c.personalCode ? formatPersonalCode(c.personalCode) : null, toDisplayDate(c.birthDate)].filter(Boolean).join(', ')}
            {' ('}{c.reason === 'same_code' ? t('register.reasonSameCode') : t('register.reasonSimilar')}{')'}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
