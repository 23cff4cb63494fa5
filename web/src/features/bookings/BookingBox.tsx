import type { Property } from '@flexbnb/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { stayDates } from '../../lib/time.ts';
import { FieldError, fieldErrors, FormError } from '../../ui/forms.tsx';
import { useRequestBooking } from './api.ts';
import styles from './BookingBox.module.css';
import { formatMoney, nightsBetween, stayTotal, todayIso } from './format.ts';

/**
 * Dates, guests and the price of a stay at a property, and "Request to book": a pending
 * reservation the host confirms or declines. Once sent, where to follow it.
 */
export function BookingBox({ property }: { property: Property }) {
  const { t } = useTranslation('bookings');
  const id = useId();
  const today = todayIso();
  const [checkIn, setCheckIn] = useState('');
  const [checkOut, setCheckOut] = useState('');
  const [guests, setGuests] = useState('1');
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const booking = useRequestBooking();
  const nights = nightsBetween(checkIn, checkOut);
  const hostFirst = property.host.name.split(' ')[0] ?? property.host.name;

  const problems: Record<string, string | undefined> = {
    check_in: !checkIn
      ? tried
        ? t('box.errors.checkInMissing')
        : undefined
      : checkIn < today
        ? t('box.errors.checkInPast')
        : undefined,
    check_out: !checkOut
      ? tried
        ? t('box.errors.checkOutMissing')
        : undefined
      : checkIn && checkOut <= checkIn
        ? t('box.errors.checkOutBeforeCheckIn')
        : undefined,
    guests:
      /^\d+$/.test(guests) && Number(guests) >= 1 && Number(guests) <= 50
        ? undefined
        : t('box.errors.guests'),
  };
  const server = fieldErrors(booking.error, '');
  const fieldError = (name: string) => problems[name] ?? server[name];

  if (booking.data) {
    const { reservation, conversationId } = booking.data;
    return (
      <section className={`card ${styles.box}`} aria-labelledby={`${id}-sent`}>
        <h2 id={`${id}-sent`} className={styles.title}>
          {t('box.sent.title')}
        </h2>
        <p>
          {stayDates(reservation.check_in, reservation.check_out)} ·{' '}
          {t('nights', { count: reservation.nights })}
          {reservation.total_price &&
            ` · ${formatMoney(reservation.total_price, property.currency)}`}
        </p>
        <p className="muted">{t('box.sent.told', { host: hostFirst })}</p>
        <div className={styles.links}>
          <Link className="button primary" to="/trips">
            {t('box.sent.trips')}
          </Link>
          <Link className="button secondary" to={`/messages/${conversationId}`}>
            {t('box.sent.message', { host: hostFirst })}
          </Link>
        </div>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!checkIn || !checkOut || Object.values(problems).some(Boolean)) return;
    booking.mutate({
      propertyId: property.id,
      checkIn,
      checkOut,
      guests: Number(guests),
      message,
    });
  };

  const rate = property.nightly_rate;
  const error =
    booking.error instanceof ApiError
      ? Object.keys(server).length > 0
        ? null
        : booking.error.message
      : booking.error
        ? t('box.unreachable')
        : null;
  const field = (name: string) => ({
    'aria-invalid': fieldError(name) ? true : undefined,
    'aria-describedby': fieldError(name) ? `${id}-${name}-error` : undefined,
  });

  return (
    <form className={`card ${styles.box}`} onSubmit={submit} noValidate aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`} className={styles.title}>
        {rate ? (
          <Trans
            t={t}
            i18nKey="box.perNight"
            values={{ price: formatMoney(rate, property.currency) }}
            components={{ muted: <span className="muted" /> }}
          />
        ) : (
          t('box.title')
        )}
      </h2>
      <div className={styles.dates}>
        <label className="field">
          <span>{t('box.checkIn')}</span>
          <input
            className="input"
            type="date"
            min={today}
            value={checkIn}
            onChange={(e) => setCheckIn(e.target.value)}
            {...field('check_in')}
          />
          <FieldError id={`${id}-check_in-error`} error={fieldError('check_in')} />
        </label>
        <label className="field">
          <span>{t('box.checkOut')}</span>
          <input
            className="input"
            type="date"
            min={checkIn || today}
            value={checkOut}
            onChange={(e) => setCheckOut(e.target.value)}
            {...field('check_out')}
          />
          <FieldError id={`${id}-check_out-error`} error={fieldError('check_out')} />
        </label>
      </div>
      <label className="field">
        <span>{t('box.guests')}</span>
        <input
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={guests}
          onChange={(e) => setGuests(e.target.value)}
          {...field('guests')}
        />
        <FieldError id={`${id}-guests-error`} error={fieldError('guests')} />
      </label>
      <label className="field">
        <span>{t('box.messageTo', { host: hostFirst })}</span>
        <textarea
          className="input"
          rows={2}
          value={message}
          maxLength={2000}
          placeholder={t('box.messagePlaceholder')}
          onChange={(e) => setMessage(e.target.value)}
        />
      </label>
      {rate && nights > 0 && (
        <p className={styles.price} aria-live="polite">
          <span>
            {t('box.price', { rate: formatMoney(rate, property.currency), count: nights })}
          </span>
          <strong>{formatMoney(stayTotal(rate, nights), property.currency)}</strong>
        </p>
      )}
      <FormError error={error} />
      <button type="submit" className="button primary block" disabled={booking.isPending}>
        {booking.isPending ? t('box.sending') : t('box.request')}
      </button>
      <p className="muted small">{t('box.noCharge', { host: hostFirst })}</p>
    </form>
  );
}
