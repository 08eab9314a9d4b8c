import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personKeys } from '../persons.api';

/** A change to a person's links: afterwards everything cached about persons is refreshed. */
export function usePersonChange<V>(change: (variables: V) => Promise<unknown>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: personKeys.all });
      onDone?.();
    },
  });
}
