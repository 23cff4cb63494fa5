import { routes, type QuickReplyPlaceholder } from '@flexbnb/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../../lib/api.ts';

/** The placeholders a property's details fill: each the property field of the same name. */
const PROPERTY_DETAILS = [
  'wifi_name',
  'wifi_password',
  'door_code',
  'parking_info',
  'house_manual_url',
  'emergency_phone',
] as const satisfies readonly QuickReplyPlaceholder[];
type PropertyDetail = (typeof PROPERTY_DETAILS)[number];

/** The missing placeholders the host can fill in here (the others come from the stay). */
export function fillableDetails(missing: readonly string[]): PropertyDetail[] {
  return missing.filter((p): p is PropertyDetail =>
    (PROPERTY_DETAILS as readonly string[]).includes(p),
  );
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
  missing: PropertyDetail[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('automations');
  const client = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      api(routes.updateProperty, {
        params: { id: propertyId },
        body: Object.fromEntries(missing.map((p) => [p, values[p]?.trim() ?? ''])),
      }),
    onSuccess: () => {
      toast.success(t('missingDetails.saved'));
      void client.invalidateQueries({ queryKey: ['scheduled-messages'] });
      onSaved();
    },
    onError: (e) => toast.error(e.message),
  });
  const complete = missing.every((p) => values[p]?.trim());
  return (
    <form
      aria-label={t('missingDetails.form')}
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) save.mutate();
      }}
    >
      {missing.map((p) => (
        <label key={p} className="field">
          <span>{t(`detailFields.${p}`)}</span>
          <input
            className="input"
            value={values[p] ?? ''}
            onChange={(e) => setValues({ ...values, [p]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="button primary small" disabled={!complete || save.isPending}>
        {t('missingDetails.save')}
      </button>
    </form>
  );
}
