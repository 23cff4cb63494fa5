import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n.ts';

/** "15:20" now in `timeZone`, in the way the app's language writes times. */
export function localTimeIn(timeZone: string, now = new Date(), locale = i18n.language): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
    }).format(now);
  } catch {
    return '';
  }
}

/** "Local time 15:20" at a property, kept current minute by minute. */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const { t, i18n: shown } = useTranslation('listings');
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const time = localTimeIn(timeZone, now, shown.language);
  if (!time) return null;
  return (
    <span title={timeZone}>
      <Trans t={t} i18nKey="localTime" components={{ time: <time>{time}</time> }} />
    </span>
  );
}
