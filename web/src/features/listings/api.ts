import {
  routes,
  type createPropertyBody,
  type Property,
  type PropertyPhoto as Photo,
} from '@flexbnb/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { keys } from '../../lib/queries.ts';

export type { Photo, Property };
export type PropertyInput = z.input<typeof createPropertyBody>;

/** Creates a property (no id) or changes one of the caller's; answers it as saved. */
export function useSaveProperty(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PropertyInput) =>
      id
        ? api(routes.updateProperty, { params: { id }, body: input })
        : api(routes.createProperty, { body: input }),
    onSuccess: (saved) => {
      client.setQueryData(keys.property(saved.id), saved);
      void client.invalidateQueries({ queryKey: ['properties'] });
    },
  });
}
