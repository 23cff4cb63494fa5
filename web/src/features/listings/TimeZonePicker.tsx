import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import styles from './TimeZonePicker.module.css';
import { zoneHintFromAddress, type ZoneHint } from './zoneHint.ts';

/** Every zone the browser knows, the browser's own first. */
export function timeZones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let all: string[];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [own, 'UTC'];
  }
  if (!all.includes('UTC')) all = [...all, 'UTC'];
  return [own, ...all.filter((z) => z !== own)];
}

const label = (zone: string) => zone.replace(/_/g, ' ').replace(/\//g, ' / ');

/** A searchable select of the time zones: type part of a city or region to narrow it. */
export function TimeZonePicker({
  value,
  onChange,
  address,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  address: string;
  error?: string;
}) {
  const { t } = useTranslation('listings');
  const zones = useMemo(() => timeZones(), []);
  const items = useMemo(() => zones.map((zone) => ({ id: zone, name: label(zone) })), [zones]);
  const hint = useMemo(() => zoneHintFromAddress(address, zones), [address, zones]);
  return (
    <div className={styles.wrap}>
      <ComboBox
        className={styles.combo}
        items={items}
        selectedKey={value || null}
        onSelectionChange={(key) => key !== null && onChange(String(key))}
        menuTrigger="focus"
        isInvalid={Boolean(error)}
      >
        <Label className={styles.label}>{t('timeZone.label')}</Label>
        <div className={styles.control}>
          <Input className="input" placeholder={t('timeZone.search')} />
          <Button className={styles.toggle} aria-label={t('timeZone.show')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        {error ? (
          <Text slot="errorMessage" className="field-error">
            {error}
          </Text>
        ) : (
          <Text slot="description" className="muted small">
            {t('timeZone.hint')}
          </Text>
        )}
        <Popover className={styles.popover}>
          <ListBox className={styles.list}>
            {(item: { id: string; name: string }) => (
              <ListBoxItem id={item.id} textValue={item.name} className={styles.option}>
                {item.name}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {hint && !hint.zones.includes(value) && <ZoneHintLine hint={hint} onChange={onChange} />}
    </div>
  );
}

// More zones than this and buttons would crowd the form: the host searches a city instead.
const MOST_BUTTONS = 4;

/** What the address says of the zone: one to take, a few to choose from, or a prompt to search. */
function ZoneHintLine({ hint, onChange }: { hint: ZoneHint; onChange: (zone: string) => void }) {
  const { t } = useTranslation('listings');
  const [only] = hint.zones;
  if (hint.zones.length === 1 && only) {
    return (
      <p className={styles.hint}>
        {t('timeZone.fromAddress', { zone: label(only) })}{' '}
        <button type="button" className="button secondary small" onClick={() => onChange(only)}>
          {t('timeZone.useIt')}
        </button>
      </p>
    );
  }
  const count = { place: hint.place, count: hint.zones.length };
  if (hint.zones.length > MOST_BUTTONS) {
    return <p className={styles.hint}>{t('timeZone.crowded', count)}</p>;
  }
  return (
    <p className={styles.hint}>
      {t('timeZone.several', count)}{' '}
      {hint.zones.map((zone) => (
        <button
          key={zone}
          type="button"
          className="button secondary small"
          aria-label={t('timeZone.use', { zone: label(zone) })}
          onClick={() => onChange(zone)}
        >
          {zone.split('/').at(-1)!.replace(/_/g, ' ')}
        </button>
      ))}
    </p>
  );
}
