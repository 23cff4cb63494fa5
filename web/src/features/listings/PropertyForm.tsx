import type { TFunction } from 'i18next';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { fieldErrors, FieldError, FormError } from '../../ui/forms.tsx';
import type { Property, PropertyInput } from './api.ts';
import { photoItemOf, PhotoManager, usePhotoItems } from './PhotoManager.tsx';
import styles from './PropertyForm.module.css';
import { timeZones, TimeZonePicker } from './TimeZonePicker.tsx';

const LOCALES: [string, string][] = [
  ['en-US', 'English (United States)'],
  ['en-GB', 'English (United Kingdom)'],
  ['pt-PT', 'Português (Portugal)'],
  ['pt-BR', 'Português (Brasil)'],
  ['es-ES', 'Español (España)'],
  ['fr-FR', 'Français (France)'],
  ['de-DE', 'Deutsch (Deutschland)'],
  ['it-IT', 'Italiano (Italia)'],
  ['nl-NL', 'Nederlands (Nederland)'],
  ['ja-JP', '日本語 (日本)'],
];

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'BRL', 'CHF', 'JPY'];

function currencies(): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('currency');
  } catch {
    // An older browser: the common ones only.
  }
  return [...COMMON_CURRENCIES, ...all.filter((c) => !COMMON_CURRENCIES.includes(c))];
}

type Values = {
  title: string;
  address: string;
  timezone: string;
  check_in_time: string;
  check_out_time: string;
  locale: string;
  nightly_rate: string;
  currency: string;
  wifi_name: string;
  wifi_password: string;
  door_code: string;
  parking_info: string;
  house_manual_url: string;
  emergency_phone: string;
};
type Field = keyof Values;

function initialValues(p: Property | undefined): Values {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    title: p?.title ?? '',
    address: p?.address ?? '',
    timezone: p?.timezone ?? browserZone,
    check_in_time: p?.check_in_time ?? '15:00',
    check_out_time: p?.check_out_time ?? '11:00',
    locale: p?.locale ?? 'en-US',
    nightly_rate: p?.nightly_rate ?? '',
    currency: p?.currency ?? 'USD',
    wifi_name: p?.wifi_name ?? '',
    wifi_password: p?.wifi_password ?? '',
    door_code: p?.door_code ?? '',
    parking_info: p?.parking_info ?? '',
    house_manual_url: p?.house_manual_url ?? '',
    emergency_phone: p?.emergency_phone ?? '',
  };
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const MAX_TITLE = 200;
const MAX_ADDRESS = 500;

/**
 * What is wrong with each field, in plain words (the server's rules, checked as one types), in
 * the language of `t` (the one shown, without it).
 */
export function problemsOf(
  v: Values,
  zones: readonly string[],
  t: TFunction<'listings'> = i18n.getFixedT(null, 'listings'),
): Partial<Record<Field, string>> {
  const p: Partial<Record<Field, string>> = {};
  if (!v.title.trim()) p.title = t('problems.titleEmpty');
  else if (v.title.trim().length > MAX_TITLE) {
    p.title = t('problems.titleTooLong', { max: MAX_TITLE });
  }
  if (!v.address.trim()) p.address = t('problems.addressEmpty');
  else if (v.address.trim().length > MAX_ADDRESS) {
    p.address = t('problems.addressTooLong', { max: MAX_ADDRESS });
  }
  if (!zones.includes(v.timezone)) p.timezone = t('problems.timeZone');
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!time.test(v.check_in_time)) p.check_in_time = t('problems.checkInTime');
  if (!time.test(v.check_out_time)) p.check_out_time = t('problems.checkOutTime');
  if (v.nightly_rate.trim() && !/^\d{1,8}(\.\d{1,2})?$/.test(v.nightly_rate.trim())) {
    p.nightly_rate = t('problems.nightlyRate');
  }
  if (v.house_manual_url.trim() && !isWebUrl(v.house_manual_url.trim())) {
    p.house_manual_url = t('problems.houseManualUrl');
  }
  const phone = v.emergency_phone.trim();
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (!/^\+?[\d\s().-]+$/.test(phone) || digits < 3 || digits > 15) {
      p.emergency_phone = t('problems.emergencyPhone');
    }
  }
  return p;
}

/**
 * One form for a new property and for changing one: where it is, its times, the details the
 * scheduled messages fill in, its language, its price and its photos. Fields say what is wrong
 * as they are typed in; the server's refusals show beside their field.
 */
export function PropertyForm({
  property,
  onSave,
  saving,
  error,
  submitLabel,
}: {
  property?: Property;
  onSave: (input: PropertyInput) => void;
  saving: boolean;
  error: unknown;
  submitLabel: string;
}) {
  const { t } = useTranslation('listings');
  const id = useId();
  const zones = useMemo(() => timeZones(), []);
  const currencyList = useMemo(() => currencies(), []);
  const [values, setValues] = useState(() => initialValues(property));
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [tried, setTried] = useState(false);
  const photos = usePhotoItems((property?.photos ?? []).map(photoItemOf));
  const problems = problemsOf(values, zones, t);
  const server = fieldErrors(error);
  const shown = (name: Field) =>
    (tried || touched[name] ? problems[name] : undefined) ?? server[name];
  const uploading = photos.items.some((i) => i.status === 'uploading');

  const set = (name: Field) => (value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setTouched((t) => ({ ...t, [name]: true }));
  };
  const inputProps = (name: Field) => ({
    id: `${id}-${name}`,
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name)(e.target.value),
    onBlur: () => setTouched((t) => ({ ...t, [name]: true })),
    'aria-invalid': shown(name) ? true : undefined,
    'aria-describedby': shown(name) ? `${id}-${name}-error` : undefined,
  });
  const row = (name: Field, label: string, control: ReactNode, help?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {help && !shown(name) && <small className="muted">{help}</small>}
      <FieldError id={`${id}-${name}-error`} error={shown(name)} />
    </div>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0 || uploading) return;
    const text = (value: string) => value.trim();
    onSave({
      title: text(values.title),
      address: text(values.address),
      timezone: values.timezone,
      check_in_time: values.check_in_time,
      check_out_time: values.check_out_time,
      locale: values.locale,
      nightly_rate: text(values.nightly_rate) || null,
      currency: values.currency,
      wifi_name: text(values.wifi_name),
      wifi_password: text(values.wifi_password),
      door_code: text(values.door_code),
      parking_info: text(values.parking_info),
      house_manual_url: text(values.house_manual_url),
      emergency_phone: text(values.emergency_phone),
      photo_ids: photos.items.flatMap((i) => (i.status === 'done' && i.photo ? [i.photo.id] : [])),
    });
  };

  const general =
    error instanceof ApiError
      ? Object.keys(server).length > 0
        ? t('form.fieldsMarked')
        : error.message
      : error
        ? t('form.unreachable')
        : null;
  const count = Object.keys(problems).length;

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <section className={styles.section} aria-labelledby={`${id}-where`}>
        <h2 id={`${id}-where`}>{t('form.yourPlace')}</h2>
        {row(
          'title',
          t('form.title'),
          <input className="input" maxLength={200} {...inputProps('title')} />,
        )}
        {row(
          'address',
          t('form.address'),
          <input className="input" autoComplete="street-address" {...inputProps('address')} />,
          t('form.addressHint'),
        )}
        <TimeZonePicker
          value={values.timezone}
          onChange={set('timezone')}
          address={values.address}
          error={
            tried || touched.timezone ? (problems.timezone ?? server.timezone) : server.timezone
          }
        />
        <div className={styles.pair}>
          {row(
            'check_in_time',
            t('form.checkIn'),
            <input className="input" type="time" {...inputProps('check_in_time')} />,
          )}
          {row(
            'check_out_time',
            t('form.checkOut'),
            <input className="input" type="time" {...inputProps('check_out_time')} />,
          )}
        </div>
      </section>

      <PhotoManager photos={photos} title={values.title || t('form.yourPlace')} />

      <section className={styles.section} aria-labelledby={`${id}-price`}>
        <h2 id={`${id}-price`}>{t('form.price')}</h2>
        <div className={styles.pair}>
          {row(
            'nightly_rate',
            t('form.nightlyRate'),
            <input
              className="input"
              inputMode="decimal"
              placeholder="120.00"
              {...inputProps('nightly_rate')}
            />,
            t('form.nightlyRateHint'),
          )}
          {row(
            'currency',
            t('form.currency'),
            <select className="input" {...inputProps('currency')}>
              {currencyList.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>,
          )}
        </div>
      </section>

      <section className={styles.section} aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`}>{t('form.details')}</h2>
        <p className="muted small">{t('form.detailsHint')}</p>
        <div className={styles.pair}>
          {row(
            'wifi_name',
            t('form.wifiName'),
            <input className="input" {...inputProps('wifi_name')} />,
          )}
          {row(
            'wifi_password',
            t('form.wifiPassword'),
            <input className="input" {...inputProps('wifi_password')} />,
          )}
        </div>
        {row(
          'door_code',
          t('form.doorCode'),
          <input className="input" {...inputProps('door_code')} />,
        )}
        {row(
          'parking_info',
          t('form.parking'),
          <textarea className="input" rows={2} {...inputProps('parking_info')} />,
        )}
        {row(
          'house_manual_url',
          t('form.houseManual'),
          <input
            className="input"
            type="url"
            placeholder="https://"
            {...inputProps('house_manual_url')}
          />,
        )}
        {row(
          'emergency_phone',
          t('form.emergencyPhone'),
          <input
            className="input"
            type="tel"
            autoComplete="tel"
            {...inputProps('emergency_phone')}
          />,
        )}
        {row(
          'locale',
          t('form.locale'),
          <select className="input" {...inputProps('locale')}>
            {!LOCALES.some(([tag]) => tag === values.locale) && (
              <option value={values.locale}>{values.locale}</option>
            )}
            {LOCALES.map(([tag, name]) => (
              <option key={tag} value={tag}>
                {name}
              </option>
            ))}
          </select>,
          t('form.localeHint'),
        )}
      </section>

      <FormError error={general} />
      {tried && count > 0 && (
        <p className="form-error" role="alert">
          {t('form.problems', { count })}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={saving || uploading}>
          {saving ? t('form.saving') : uploading ? t('form.uploading') : submitLabel}
        </button>
      </div>
    </form>
  );
}
