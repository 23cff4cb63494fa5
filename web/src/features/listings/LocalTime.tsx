import { useEffect, useState } from 'react';

/** "15:20" now in `timeZone`, in the viewer's way of writing times. */
export function localTimeIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat(undefined, {
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
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const time = localTimeIn(timeZone, now);
  if (!time) return null;
  return (
    <span title={timeZone}>
      Local time <time>{time}</time>
    </span>
  );
}
