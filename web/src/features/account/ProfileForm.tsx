import {
  LANGUAGE_NAMES,
  LANGUAGES,
  languageOfLocale,
  type Language,
  type User,
} from '@flexbnb/contracts';
import { useEffect, useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import { browserLanguage, i18n, showIn } from '../../lib/i18n.ts';
import { useTranslationStatus } from '../../lib/queries.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { fieldErrors, FormError } from '../../ui/forms.tsx';
import { upload } from '../attachments/upload.ts';
import { localTimeZone, timeZones } from '../notifications/settings.ts';
import styles from './Account.module.css';
import type { ProfileUpdate } from './api.ts';
import { TextField } from './TextField.tsx';
import { checkName, checkPhone, languageName, normalisePhone } from './validation.ts';

/** A photo chosen but not saved yet: a new file, or the removal of the current one. */
type PhotoChange = { file: File; preview: string } | 'remove' | null;

const MAX_PHOTO_MB = 20;
const MAX_PHOTO_BYTES = MAX_PHOTO_MB * 1024 * 1024;

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/**
 * The language select's value for a user: the messenger's language their `locale` speaks; ''
 * while it follows the browser; or, kept as it is, a locale of a language the messenger does
 * not speak (set before it was one of these five).
 */
function languageChoice(user: User): string {
  return user.locale ? (languageOfLocale(user.locale) ?? user.locale) : '';
}

interface Props {
  user: User;
  /** Saves the changes; answers the user as they now are. */
  onSave: (update: ProfileUpdate) => Promise<User>;
  /** Uploads the new photo; the attachments' upload by default. */
  uploadPhoto?: (file: File) => Promise<{ id: string }>;
}

/**
 * Name, photo, phone, language and time zone. Checks as people type; sends only what changed,
 * the photo uploaded first. The time zone proposes the browser's until one is saved.
 *
 * The language is the app's language picker: the app, its emails and notifications come in
 * it, and messages are translated into it. Once saved, the app switches to it at once.
 */
export function ProfileForm({ user, onSave, uploadPhoto = (f) => upload(f, f.name) }: Props) {
  const { t } = useTranslation('account');
  const id = useId();
  const [name, setName] = useState(user.name);
  const [phone, setPhone] = useState(user.phone ?? '');
  const [language, setLanguage] = useState(() => languageChoice(user));
  const [zone, setZone] = useState(user.time_zone ?? localTimeZone());
  const [photo, setPhoto] = useState<PhotoChange>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(zone), [zone]);
  const translation = useTranslationStatus().data;
  // A locale of another language stays offered while it is the one saved.
  const saved = languageChoice(user);
  const otherLocale = saved && !isLanguage(saved) ? saved : null;

  // The preview's object URL lives as long as it is shown.
  const preview = photo && photo !== 'remove' ? photo.preview : undefined;
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const errors = {
    name: checkName(name, t) ?? serverErrors.name,
    phone: checkPhone(phone, t) ?? serverErrors.phone,
  };
  const changes: ProfileUpdate = {
    ...(name.trim() !== user.name && { name: name.trim() }),
    ...(normalisePhone(phone) !== (user.phone ?? '') && { phone: normalisePhone(phone) || null }),
    ...(language !== saved && { language: isLanguage(language) ? language : null }),
    ...(zone !== user.time_zone && { time_zone: zone }),
  };
  const dirty = Object.keys(changes).length > 0 || photo !== null;

  const edit = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const choosePhoto = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setPhotoError(t('profile.photoNotImage'));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setPhotoError(t('profile.photoTooLarge', { max: MAX_PHOTO_MB }));
      return;
    }
    setPhotoError(null);
    setPhoto({ file, preview: URL.createObjectURL(file) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.name || errors.phone || !dirty) return;
    setBusy(true);
    setFormError(null);
    try {
      const update: ProfileUpdate = { ...changes };
      if (photo === 'remove') update.avatar_id = null;
      else if (photo) update.avatar_id = (await uploadPhoto(photo.file)).id;
      await onSave(update);
      setPhoto(null);
      setSubmitted(false);
      // The app speaks the saved language at once (its texts may have to load first).
      if (update.language !== undefined) {
        await showIn(update.language ?? browserLanguage()).catch(() => undefined);
      }
      // In the language now shown: this render's `t` may still speak the one before.
      toast.success(i18n.t('profile.saved', { ns: 'account' }));
    } catch (err) {
      const byField = fieldErrors(err);
      setServerErrors(byField);
      if (byField.avatar_id) setPhotoError(t('profile.photoRefused'));
      const fieldless = Object.keys(byField).length === 0;
      setFormError(fieldless ? (err instanceof ApiError ? err.message : t('unreachable')) : null);
    } finally {
      setBusy(false);
    }
  };

  const hasPhoto = photo === null ? user.avatar_url != null : photo !== 'remove';
  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('profile.title')}</h2>
      <div className={styles.photoRow}>
        <Avatar
          name={name.trim() || user.name}
          size={72}
          photoUrl={photo === 'remove' ? null : user.avatar_url}
          previewSrc={preview}
        />
        <div className={styles.photoButtons}>
          <label className={`button secondary small ${styles.fileLabel}`}>
            {hasPhoto ? t('profile.changePhoto') : t('profile.addPhoto')}
            <input
              className={styles.fileInput}
              type="file"
              accept="image/*"
              onChange={choosePhoto}
              aria-describedby={photoError ? `${id}-photo-error` : undefined}
            />
          </label>
          {hasPhoto && (
            <button
              type="button"
              className="button secondary small"
              onClick={() => {
                setPhoto(user.avatar_url ? 'remove' : null);
                setPhotoError(null);
              }}
            >
              {t('profile.removePhoto')}
            </button>
          )}
        </div>
      </div>
      {photoError && (
        <small id={`${id}-photo-error`} className="field-error" role="alert">
          {photoError}
        </small>
      )}
      <TextField
        label={t('profile.name')}
        autoComplete="name"
        value={name}
        onChange={edit('name', setName)}
        error={errors.name}
        showErrors={submitted}
        hint={t('profile.nameHint')}
      />
      <TextField
        label={t('profile.phone')}
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={edit('phone', setPhone)}
        error={errors.phone}
        showErrors={submitted}
        hint={t('profile.phoneHint')}
      />
      {/* The group says what the language is for; the select, whether messages follow it. */}
      <div
        className="field"
        role="group"
        aria-labelledby={`${id}-locale-label`}
        aria-describedby={`${id}-locale-app`}
      >
        <label id={`${id}-locale-label`} htmlFor={`${id}-locale`}>
          {t('profile.language')}
        </label>
        <select
          id={`${id}-locale`}
          className="select"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          aria-describedby={translation ? `${id}-locale-hint` : undefined}
        >
          <option value="">
            {t('profile.languageOfBrowser', { language: LANGUAGE_NAMES[browserLanguage()] })}
          </option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
          {otherLocale && (
            <option value={otherLocale} lang={otherLocale}>
              {languageName(otherLocale)}
            </option>
          )}
        </select>
        <small id={`${id}-locale-app`} className="muted">
          {t('profile.languageHint')}
        </small>
        {translation && (
          <small id={`${id}-locale-hint`} className="muted">
            {translation.enabled ? t('profile.translated') : t('profile.notTranslated')}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>{t('profile.timeZone')}</label>
        <select
          id={`${id}-zone`}
          className="select"
          value={zone}
          onChange={(e) => setZone(e.target.value)}
          aria-describedby={`${id}-zone-hint`}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <small id={`${id}-zone-hint`} className="muted">
          {user.time_zone ? t('profile.timeZoneSaved') : t('profile.timeZoneBrowser')}
        </small>
      </div>
      <FormError error={formError} />
      <div className={styles.actions}>
        <button className="button primary" type="submit" disabled={busy || !dirty}>
          {busy ? t('profile.saving') : t('profile.save')}
        </button>
      </div>
    </form>
  );
}
