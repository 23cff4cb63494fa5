import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { keys } from '../../lib/queries.ts';

/**
 * The locale a property writes its stay's dates in (as its templates and emails do), from the
 * property the app may have loaded already; undefined until known, or without a property.
 */
export function usePropertyLocale(propertyId: string | undefined): string | undefined {
  const property = useQuery({
    queryKey: keys.property(propertyId ?? ''),
    queryFn: ({ signal }) => api(routes.getProperty, { params: { id: propertyId! }, signal }),
    enabled: Boolean(propertyId),
    staleTime: 5 * 60_000,
  });
  return property.data?.locale;
}
