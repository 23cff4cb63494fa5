import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDate, count } from './format.ts';
import styles from './MessagesChart.module.css';

const WIDTH = 600;
const HEIGHT = 160;
const GAP = 3;

/**
 * Messages per day as bars, in inline SVG. The picture is one image named by its title and
 * described by its totals; every bar has its own title (a hover shows it), and a table of the
 * same numbers follows for screen readers.
 */
export function MessagesChart({ days }: { days: { date: string; count: number }[] }) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce<{ date: string; count: number } | null>(
    (best, d) => (!best || d.count > best.count ? d : best),
    null,
  );
  const slot = WIDTH / Math.max(1, days.length);
  const first = days[0];
  const last = days.at(-1);

  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 4}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="none"
        className={styles.svg}
      >
        <title id={titleId}>{t('chart.title', { n: days.length })}</title>
        <desc id={descId}>
          {t('chart.total', { n: count(total) })}
          {busiest && busiest.count > 0
            ? ` ${t('chart.busiest', { date: calendarDate(busiest.date), n: count(busiest.count) })}`
            : ''}
        </desc>
        <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className={styles.axis} />
        {days.map((d, i) => {
          const h = d.count === 0 ? 0 : Math.max(2, (d.count / max) * (HEIGHT - 8));
          return (
            <rect
              key={d.date}
              x={i * slot + GAP / 2}
              y={HEIGHT - h}
              width={Math.max(1, slot - GAP)}
              height={h}
              rx="2"
              className={i === days.length - 1 ? `${styles.bar} ${styles.today}` : styles.bar}
            >
              <title>{t('chart.bar', { date: calendarDate(d.date), n: count(d.count) })}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className={`${styles.caption} muted small`}>
        <span>{first && calendarDate(first.date)}</span>
        <span>{t('chart.peak', { n: count(max === 1 && total === 0 ? 0 : max) })}</span>
        <span>{last && calendarDate(last.date)}</span>
      </figcaption>
      <table className="sr-only">
        <caption>{t('chart.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.day')}</th>
            <th scope="col">{t('chart.messages')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{calendarDate(d.date)}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
