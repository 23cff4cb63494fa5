import {
  DELIVERY_CHANNELS,
  NOTIFICATION_TYPES,
  type DeliveryChannel,
  type NotificationSettings,
  type NotificationType,
} from '@flexbnb/contracts';
import type { SettingsUpdate } from './api.ts';

/** The settings as the form edits them: every field a value an input can hold. */
export interface SettingsDraft {
  /** Per type, the channels besides in-app (which is always on). */
  types: Record<NotificationType, Record<DeliveryChannel, boolean>>;
  /** Kept while switched off, so turning quiet hours back on restores what was typed. */
  quiet: { enabled: boolean; start: string; end: string; timezone: string };
  phone: string;
}

/** This browser's time zone: where quiet hours are first proposed. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, with `current` among them even if it does not list it. */
export function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An older engine: the current zone and UTC are still offered.
  }
  return [...new Set([...zones, current, 'UTC'])].sort();
}

const DEFAULT_QUIET = { start: '22:00', end: '07:00' };

/**
 * The form's values for saved settings. `quietFallback`: the quiet hours shown (switched off)
 * when none are set, e.g. what the user typed before turning them off.
 */
export function draftOf(
  settings: NotificationSettings,
  quietFallback: Omit<SettingsDraft['quiet'], 'enabled'> = {
    ...DEFAULT_QUIET,
    timezone: localTimeZone(),
  },
): SettingsDraft {
  const types = Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => {
      const choice = settings.types[type];
      return [type, { email: choice.email, sms: choice.sms, push: choice.push }];
    }),
  ) as SettingsDraft['types'];
  const quiet = settings.quiet_hours
    ? { enabled: true, ...settings.quiet_hours }
    : { enabled: false, ...quietFallback };
  return { types, quiet, phone: settings.phone ?? '' };
}

/** A phone number as typed (`+351 912 345 678`, `+1 (555) 010-9999`) in E.164. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s().-]/g, '');
}

/**
 * What the user changed from `saved`, as the update the API takes: only the cells that differ,
 * quiet hours when switched or edited while on (null when switched off), and the phone (null
 * when cleared). Empty when nothing changed.
 */
export function changesOf(saved: SettingsDraft, draft: SettingsDraft): SettingsUpdate {
  const update: SettingsUpdate = {};
  for (const type of NOTIFICATION_TYPES) {
    const changed: Partial<Record<DeliveryChannel, boolean>> = {};
    for (const channel of DELIVERY_CHANNELS) {
      if (draft.types[type][channel] !== saved.types[type][channel]) {
        changed[channel] = draft.types[type][channel];
      }
    }
    if (Object.keys(changed).length > 0) update.types = { ...update.types, [type]: changed };
  }
  const { enabled, start, end, timezone } = draft.quiet;
  const was = saved.quiet;
  if (
    enabled !== was.enabled ||
    (enabled && (start !== was.start || end !== was.end || timezone !== was.timezone))
  ) {
    update.quiet_hours = enabled ? { start, end, timezone } : null;
  }
  const phone = normalisePhone(draft.phone);
  if (phone !== normalisePhone(saved.phone)) update.phone = phone || null;
  return update;
}

export function isEmptyUpdate(update: SettingsUpdate): boolean {
  return Object.keys(update).length === 0;
}
