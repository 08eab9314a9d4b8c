import { SimpleGrid } from '@mantine/core';
import type { PersonWithAbilities } from '../persons.api';
import { HouseholdSection } from './HouseholdSection';
import { RelationsSection } from './RelationsSection';

export function RelationsTab({ data }: { data: PersonWithAbilities }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <HouseholdSection person={data.person} canEdit={data.abilities.edit} />
      <RelationsSection person={data.person} canEdit={data.abilities.edit} />
    </SimpleGrid>
  );
}
