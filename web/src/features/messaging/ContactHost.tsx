import { routes } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api.ts';
import { keys } from '../../lib/queries.ts';
import { FormError } from '../../ui/forms.tsx';
import styles from './ContactHost.module.css';

/**
 * Opens (or reopens) the conversation with a property's host, optionally about a reservation,
 * with a first message; then shows it, or hands it to `onOpened` (the chat widget shows it in
 * place).
 */
export function ContactHost({
  propertyId,
  reservationId,
  hostName,
  onOpened,
}: {
  propertyId: string;
  reservationId?: string;
  hostName?: string;
  onOpened?: (conversationId: string) => void;
}) {
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [clientMessageId] = useState(() => crypto.randomUUID());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const conversation = await api(routes.createConversation, {
        body: {
          property_id: propertyId,
          ...(reservationId && { reservation_id: reservationId }),
          ...(text.trim() && { message: text.trim(), client_message_id: clientMessageId }),
        },
      });
      client.setQueryData(keys.detail(conversation.id), conversation);
      void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
      if (onOpened) onOpened(conversation.id);
      else void navigate(`/messages/${conversation.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('contactHost.unreachable'));
      setBusy(false);
    }
  };

  const first = hostName?.split(' ')[0];
  return (
    <form className={styles.contactHost} onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>
          {first ? t('contactHost.label', { name: first }) : t('contactHost.labelNoName')}
        </span>
        <textarea
          className="input"
          rows={3}
          placeholder={
            first
              ? t('contactHost.placeholder', { name: first })
              : t('contactHost.placeholderNoName')
          }
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <FormError error={error} />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('contactHost.opening') : t('contactHost.submit')}
      </button>
    </form>
  );
}
