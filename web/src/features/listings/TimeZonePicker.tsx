import { useMemo } from 'react';
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

/**
 * The zone whose city the address names ("…, Lisbon" → Europe/Lisbon), as a hint: the last
 * such city in the address wins (addresses end with the city and country).
 */
export function zoneFromAddress(address: string, zones: readonly string[]): string | undefined {
  const text = address.toLowerCase();
  let best: { zone: string; at: number } | undefined;
  for (const zone of zones) {
    const city = zone.split('/').at(-1)!.replace(/_/g, ' ').toLowerCase();
    if (city.length < 4) continue;
    const at = text.lastIndexOf(city);
    if (at >= 0 && (!best || at > best.at)) best = { zone, at };
  }
  return best?.zone;
}

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
  const zones = useMemo(() => timeZones(), []);
  const items = useMemo(() => zones.map((zone) => ({ id: zone, name: label(zone) })), [zones]);
  const hint = address ? zoneFromAddress(address, zones) : undefined;
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
        <Label className={styles.label}>Time zone</Label>
        <div className={styles.control}>
          <Input className="input" placeholder="Search a city, e.g. Lisbon" />
          <Button className={styles.toggle} aria-label="Show time zones">
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        {error ? (
          <Text slot="errorMessage" className="field-error">
            {error}
          </Text>
        ) : (
          <Text slot="description" className="muted small">
            Stay times and scheduled messages follow this zone.
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
      {hint && hint !== value && (
        <p className={styles.hint}>
          From the address: {label(hint)}{' '}
          <button type="button" className="button secondary small" onClick={() => onChange(hint)}>
            Use it
          </button>
        </p>
      )}
    </div>
  );
}
