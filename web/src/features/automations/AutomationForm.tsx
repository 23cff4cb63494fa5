import { LANGUAGES, MESSAGE_MAX_LENGTH, type Language } from '@flexbnb/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { FieldError, FormError, fieldErrors } from '../../ui/forms.tsx';
import { OtherLanguages } from '../quick-replies/OtherLanguages.tsx';
import { AUTOMATION_TRIGGERS } from './api.ts';
import { draftOffsetMinutes, type AutomationDraft } from './draft.ts';
import { OFFSET_UNITS, describeTiming, type OffsetUnit } from './timing.ts';
import styles from './AutomationForm.module.css';

/**
 * Creates or edits an automation: its text (a quick reply, or written here, then in other
 * languages too — a template brings its own, so they show only for a message), when it goes on
 * each stay's timeline, for which property, and what a stay booked too late for it gets. The
 * server's refusal shows inline: by field where it names one, and its message below.
 */
export function AutomationForm({
  initial,
  isNew,
  properties,
  templates,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: AutomationDraft;
  isNew: boolean;
  properties: { id: string; title: string }[];
  templates: { id: string; title: string; is_active: boolean }[];
  busy: boolean;
  /** The last save's failure, if any. */
  error: unknown;
  onSave: (draft: AutomationDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('automations');
  const [draft, setDraft] = useState(initial);
  const id = useId();
  const byField = fieldErrors(error);
  const message = error instanceof ApiError ? error.message : error ? t('form.unreachable') : null;
  const set = <K extends keyof AutomationDraft>(key: K, value: AutomationDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  // A field's input: its id for the label, and its error when the server named it.
  const control = (field: string) => ({
    id: `${id}-${field}`,
    ...(byField[field] && {
      'aria-invalid': true as const,
      'aria-describedby': `${id}-${field}-error`,
    }),
  });
  const fieldError = (field: string) => (
    <FieldError id={`${id}-${field}-error`} error={byField[field]} />
  );

  // The server names a language's text as `body.translations.pt`.
  const translationErrors: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const error = byField[`translations.${language}`];
    if (error) translationErrors[language] = error;
  }

  // An inactive template stays listed when it is the one already chosen.
  const choosable = templates.filter(
    (template) => template.is_active || template.id === draft.quick_reply_id,
  );
  const offset = draftOffsetMinutes(draft);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draft);
  };

  return (
    <form
      className={`card ${styles.form}`}
      onSubmit={submit}
      aria-label={isNew ? t('form.new') : t('form.edit')}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('form.name')}</label>
        <input
          className="input"
          required
          maxLength={100}
          placeholder={t('form.namePlaceholder')}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          {...control('name')}
        />
        {fieldError('name')}
      </div>

      <fieldset className={styles.choiceGroup}>
        <legend>{t('form.text')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={draft.source === 'quick_reply'}
            onChange={() => set('source', 'quick_reply')}
          />
          {t('form.fromQuickReply')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-source`}
            checked={draft.source === 'message'}
            onChange={() => set('source', 'message')}
          />
          {t('form.writeMessage')}
        </label>
      </fieldset>

      {draft.source === 'quick_reply' ? (
        <div className="field">
          <label htmlFor={`${id}-quick_reply_id`}>{t('form.template')}</label>
          <select
            className="select"
            required
            value={draft.quick_reply_id}
            onChange={(e) => set('quick_reply_id', e.target.value)}
            {...control('quick_reply_id')}
          >
            <option value="">{t('form.chooseTemplate')}</option>
            {choosable.map((template) => (
              <option key={template.id} value={template.id}>
                {template.is_active
                  ? template.title
                  : t('form.templateOff', { title: template.title })}
              </option>
            ))}
          </select>
          {fieldError('quick_reply_id')}
          {templates.length === 0 && (
            <small className="muted">
              <Trans
                t={t}
                i18nKey="form.noTemplates"
                components={{ create: <Link to="/host/quick-replies" /> }}
              />
            </small>
          )}
          <small className="muted">{t('form.templateHint')}</small>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-message`}>{t('form.message')}</label>
          <textarea
            className="input"
            rows={4}
            required
            maxLength={MESSAGE_MAX_LENGTH}
            value={draft.message}
            onChange={(e) => set('message', e.target.value)}
            {...control('message')}
          />
          {fieldError('message')}
          <small className="muted">{t('form.messageHint')}</small>
        </div>
      )}
      {draft.source === 'message' && (
        <OtherLanguages
          translations={draft.translations}
          onChange={(translations) => set('translations', translations)}
          errors={translationErrors}
          error={byField.translations}
        />
      )}

      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-trigger`}>{t('form.trigger')}</label>
          <select
            className="select"
            value={draft.trigger}
            onChange={(e) => set('trigger', e.target.value as AutomationDraft['trigger'])}
            {...control('trigger')}
          >
            {AUTOMATION_TRIGGERS.map((trigger) => (
              <option key={trigger} value={trigger}>
                {t(`triggers.${trigger}`)}
              </option>
            ))}
          </select>
          {fieldError('trigger')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-offset_minutes`}>{t('form.offset')}</label>
          <input
            className="input"
            type="number"
            inputMode="numeric"
            required
            min={0}
            step={1}
            value={draft.offset_amount}
            onChange={(e) => set('offset_amount', e.target.value)}
            {...control('offset_minutes')}
          />
          {fieldError('offset_minutes')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('form.unit')}</label>
          <select
            id={`${id}-unit`}
            className="select"
            value={draft.offset_unit}
            onChange={(e) => set('offset_unit', e.target.value as OffsetUnit)}
          >
            {OFFSET_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {Number.isInteger(offset) && offset >= 0 && (
        <p className="muted small" aria-live="polite">
          {t('form.goesOut', { timing: describeTiming(draft.trigger, offset, t) })}
        </p>
      )}

      <div className="field">
        <label htmlFor={`${id}-property_id`}>{t('form.property')}</label>
        <select
          className="select"
          value={draft.property_id ?? ''}
          onChange={(e) => set('property_id', e.target.value || null)}
          {...control('property_id')}
        >
          <option value="">{t('form.allProperties')}</option>
          {properties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        {fieldError('property_id')}
      </div>

      <fieldset className={styles.choiceGroup}>
        <legend>{t('form.lateBooking')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-late`}
            checked={draft.late_booking === 'send_now'}
            onChange={() => set('late_booking', 'send_now')}
          />
          {t('form.sendNow')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-late`}
            checked={draft.late_booking === 'skip'}
            onChange={() => set('late_booking', 'skip')}
          />
          {t('form.skip')}
        </label>
      </fieldset>

      <FormError error={message} />
      <div className="form-actions">
        <label className="switch">
          <input
            type="checkbox"
            checked={draft.is_active}
            onChange={(e) => set('is_active', e.target.checked)}
          />
          <span>{t('form.active')}</span>
        </label>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {isNew ? t('form.create') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
