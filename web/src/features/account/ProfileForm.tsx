import type { User } from '@flexbnb/contracts';
import { useEffect, useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import { useTranslationStatus } from '../../lib/queries.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { fieldErrors, FormError } from '../../ui/forms.tsx';
import { upload } from '../attachments/upload.ts';
import { localTimeZone, timeZones } from '../notifications/settings.ts';
import styles from './Account.module.css';
import type { ProfileUpdate } from './api.ts';
import { TextField } from './TextField.tsx';
import { checkName, checkPhone, LANGUAGES, languageName, normalisePhone } from './validation.ts';

/** A photo chosen but not saved yet: a new file, or the removal of the current one. */
type PhotoChange = { file: File; preview: string } | 'remove' | null;

const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

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
 */
export function ProfileForm({ user, onSave, uploadPhoto = (f) => upload(f, f.name) }: Props) {
  const id = useId();
  const [name, setName] = useState(user.name);
  const [phone, setPhone] = useState(user.phone ?? '');
  const [locale, setLocale] = useState(user.locale ?? '');
  const [zone, setZone] = useState(user.time_zone ?? localTimeZone());
  const [photo, setPhoto] = useState<PhotoChange>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(zone), [zone]);
  const translation = useTranslationStatus().data;
  const languages = useMemo(
    () =>
      (locale && !(LANGUAGES as readonly string[]).includes(locale) ? [locale] : []).concat(
        LANGUAGES,
      ),
    [locale],
  );

  // The preview's object URL lives as long as it is shown.
  const preview = photo && photo !== 'remove' ? photo.preview : undefined;
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const errors = {
    name: checkName(name) ?? serverErrors.name,
    phone: checkPhone(phone) ?? serverErrors.phone,
  };
  const changes: ProfileUpdate = {
    ...(name.trim() !== user.name && { name: name.trim() }),
    ...(normalisePhone(phone) !== (user.phone ?? '') && { phone: normalisePhone(phone) || null }),
    ...(locale !== (user.locale ?? '') && { locale: locale || null }),
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
      setPhotoError('Choose a photo (JPEG, PNG, WebP, GIF or HEIC).');
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setPhotoError('That photo is too large; choose one under 20 MB.');
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
      toast.success('Profile saved');
    } catch (err) {
      const byField = fieldErrors(err);
      setServerErrors(byField);
      if (byField.avatar_id) setPhotoError('That photo could not be used; choose another.');
      const fieldless = Object.keys(byField).length === 0;
      setFormError(
        fieldless
          ? err instanceof ApiError
            ? err.message
            : 'Could not reach the server; try again.'
          : null,
      );
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
      <h2 id={`${id}-title`}>Profile</h2>
      <div className={styles.photoRow}>
        <Avatar
          name={name.trim() || user.name}
          size={72}
          photoUrl={photo === 'remove' ? null : user.avatar_url}
          previewSrc={preview}
        />
        <div className={styles.photoButtons}>
          <label className={`button secondary small ${styles.fileLabel}`}>
            {hasPhoto ? 'Change photo' : 'Add a photo'}
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
              Remove photo
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
        label="Name"
        autoComplete="name"
        value={name}
        onChange={edit('name', setName)}
        error={errors.name}
        showErrors={submitted}
        hint="Shown to your hosts and guests."
      />
      <TextField
        label="Phone (optional)"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={edit('phone', setPhone)}
        error={errors.phone}
        showErrors={submitted}
        hint="With your country code, e.g. +351 912 345 678. Text messages go here."
      />
      <div className="field">
        <label htmlFor={`${id}-locale`}>Language</label>
        <select
          id={`${id}-locale`}
          className="select"
          value={locale}
          onChange={(e) => setLocale(e.target.value)}
          aria-describedby={translation ? `${id}-locale-hint` : undefined}
        >
          <option value="">As my browser ({languageName(navigator.language)})</option>
          {languages.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
        {translation && (
          <small id={`${id}-locale-hint`} className="muted">
            {translation.enabled
              ? 'Messages written in another language are translated into this one.'
              : 'This server does not translate messages: they show as written.'}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
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
          {user.time_zone
            ? 'Your own clock in messages and emails.'
            : "Your browser's, until you save."}
        </small>
      </div>
      <FormError error={formError} />
      <div className={styles.actions}>
        <button className="button primary" type="submit" disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
