import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PersonWithAbilities } from '../persons.api';
import { PersonProfile } from './PersonProfile';
import { PersonEditForm } from './PersonEditForm';
import { ChangeCodeModal } from './ChangeCodeModal';
import { AddressProtectionPanel } from './AddressProtectionPanel';

/** The profile, or the edit form in its place; a short confirmation after a save. */
export function ProfileTab({ data, editing, onEditingChange }: { data: PersonWithAbilities; editing: boolean; onEditingChange: (editing: boolean) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<{ message: string; warnings: string[] } | null>(null);
  const [codeOpen, code] = useDisclosure(false);
  const done = (message: string) => (warnings: string[]) => {
    setSaved({ message, warnings });
    onEditingChange(false);
  };

  if (editing) return <PersonEditForm person={data.person} onSaved={done(t('person.saved'))} onCancel={() => onEditingChange(false)} />;
  return (
    <Stack gap="md">
      {saved ? (
        <Alert color="green" role="status" title={saved.message} withCloseButton closeButtonLabel={t('app.close')} onClose={() => setSaved(null)}>
          {saved.warnings.map((w) => <Text key={w} size="sm">{t(w)}</Text>)}
        </Alert>
      ) : null}
      <PersonProfile person={data.person} />
      <AddressProtectionPanel person={data.person} />
      {data.abilities.changeCode ? (
        <Group>
          <Button variant="default" onClick={code.open}>{t('person.changeCode')}</Button>
        </Group>
      ) : null}
      <ChangeCodeModal person={data.person} opened={codeOpen} onClose={code.close} onChanged={done(t('codeChange.changed'))} />
    </Stack>
  );
}
