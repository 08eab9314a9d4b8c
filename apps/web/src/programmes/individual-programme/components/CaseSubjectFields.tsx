import { Anchor, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../modules/persons/components/PersonPicker';
import { fullName, type PersonDetail } from '../../../modules/persons/persons.api';

export type Subject = 'person' | 'household';

interface Props {
  personId: string | null;
  onPerson: (id: string | null) => void;
  /** The chosen person as the core's registry has them (their household with it), once loaded. */
  person: PersonDetail | undefined;
  subject: Subject;
  onSubject: (subject: Subject) => void;
  /** The household's other members who also receive the service. */
  otherRecipients: string[];
  onOtherRecipients: (ids: string[]) => void;
  errors: Record<string, string>;
  /** A family was asked for a person without a household: the form was not sent. */
  noHouseholdRefused: boolean;
}

/**
 * IP-1 whom the case is for: a person found in the core's registry, alone or as a family — the
 * person's household, and which of its members receive the service (the person always does).
 */
export function CaseSubjectFields({ personId, onPerson, person, subject, onSubject, otherRecipients, onOtherRecipients, errors, noHouseholdRefused }: Props) {
  const { t } = useTranslation();
  const household = person?.household ?? null;
  const recipientsError = errors['household.recipientIds'] ?? errors['household.householdId'] ?? errors.household;
  return (
    <Stack gap="md">
      <PersonPicker label={t('ipPages.openCase.person')} value={personId} onChange={(id) => onPerson(id)} error={errors.personId} />
      <Radio.Group label={t('ipPages.openCase.subject')} value={subject} onChange={(v) => onSubject(v as Subject)}>
        <Group gap="lg" mt={6}>
          <Radio value="person" label={t('ipPages.openCase.subjectPerson')} />
          <Radio value="household" label={t('ipPages.openCase.subjectFamily')} />
        </Group>
      </Radio.Group>
      {subject === 'household' && person ? (
        household ? (
          <Checkbox.Group label={t('ipPages.openCase.recipients')} description={t('ipPages.openCase.recipientsHint')} error={recipientsError}
            value={[person.id, ...otherRecipients]} onChange={(ids) => onOtherRecipients(ids.filter((id) => id !== person.id))}>
            <Stack gap={6} mt={6}>
              <Checkbox value={person.id} label={t('ipPages.openCase.thePerson', { name: fullName(person) })} disabled />
              {household.members.map((m) => <Checkbox key={m.id} value={m.id} label={fullName(m)} />)}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c={noHouseholdRefused ? 'red.8' : undefined} fw={noHouseholdRefused ? 600 : undefined}>
            {t('ipPages.openCase.noHousehold')}{' '}
            <Anchor component={Link} to={`/persons/${person.id}`} size="sm" underline="always">{t('ipPages.openCase.toPerson')}</Anchor>
          </Text>
        )
      ) : null}
    </Stack>
  );
}
