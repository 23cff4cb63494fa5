import { routes, type QuickReplyPlaceholder } from '@flexbnb/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { api } from '../../lib/api.ts';

/** The placeholders a property's details fill, with the field that holds each. */
const PROPERTY_DETAILS: Partial<Record<QuickReplyPlaceholder, string>> = {
  wifi_name: 'Wifi name',
  wifi_password: 'Wifi password',
  door_code: 'Door code',
  parking_info: 'Parking',
  house_manual_url: 'House manual link',
  emergency_phone: 'Emergency phone',
};

/** The missing placeholders the host can fill in here (the others come from the stay). */
export function fillableDetails(missing: readonly string[]): QuickReplyPlaceholder[] {
  return missing.filter((p): p is QuickReplyPlaceholder => p in PROPERTY_DETAILS);
}

/**
 * The property's details a scheduled message waits for, filled in where the host sees it:
 * saving them releases every held message of the property that had only these missing.
 */
export function MissingDetails({
  propertyId,
  missing,
  onSaved,
}: {
  propertyId: string;
  missing: QuickReplyPlaceholder[];
  onSaved: () => void;
}) {
  const client = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      api(routes.updateProperty, {
        params: { id: propertyId },
        body: Object.fromEntries(missing.map((p) => [p, values[p]?.trim() ?? ''])),
      }),
    onSuccess: () => {
      toast.success('Details saved');
      void client.invalidateQueries({ queryKey: ['scheduled-messages'] });
      onSaved();
    },
    onError: (e) => toast.error(e.message),
  });
  const complete = missing.every((p) => values[p]?.trim());
  return (
    <form
      aria-label="Property details"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) save.mutate();
      }}
    >
      {missing.map((p) => (
        <label key={p} className="field">
          <span>{PROPERTY_DETAILS[p]}</span>
          <input
            className="input"
            value={values[p] ?? ''}
            onChange={(e) => setValues({ ...values, [p]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="button primary small" disabled={!complete || save.isPending}>
        Save details
      </button>
    </form>
  );
}
