import type { Attachment } from '@flexbnb/contracts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import { useProperties } from '../../lib/queries.ts';
import {
  CATEGORY_LABELS,
  QUICK_REPLY_CATEGORIES,
  useDeleteQuickReply,
  useQuickReplies,
  useSaveQuickReply,
  type QuickReply,
  type QuickReplyDraft,
} from '../../features/quick-replies/api.ts';
import { LanguageChips } from '../../features/quick-replies/OtherLanguages.tsx';
import { QuickReplyForm } from '../../features/quick-replies/QuickReplyForm.tsx';
import { TemplateFileList } from '../../features/quick-replies/TemplateFileList.tsx';
import cards from '../../features/quick-replies/TemplateCards.module.css';
import styles from './QuickRepliesPage.module.css';

const EMPTY: QuickReplyDraft = {
  title: '',
  message: '',
  translations: {},
  category: 'custom',
  property_id: null,
  is_active: true,
  attachment_ids: [],
};

/** The host's saved messages: by category, with usage, switch on/off, edit and delete. */
export function QuickRepliesPage() {
  const templates = useQuickReplies({ include_inactive: true });
  const { t } = useTranslation(['app', 'common']);
  const properties = useProperties(true);
  const remove = useDeleteQuickReply();
  const save = useSaveQuickReply();
  const [editing, setEditing] = useState<{
    id?: string;
    input: QuickReplyDraft;
    attachments?: Attachment[];
  } | null>(null);

  const grouped = QUICK_REPLY_CATEGORIES.map((category) => ({
    category,
    items: (templates.data ?? []).filter((reply) => reply.category === category),
  })).filter((g) => g.items.length > 0);

  const edit = (reply: QuickReply) =>
    setEditing({
      id: reply.id,
      input: {
        title: reply.title,
        message: reply.message,
        translations: reply.translations,
        category: reply.category,
        property_id: reply.property_id,
        is_active: reply.is_active,
        attachment_ids: reply.attachments.map((a) => a.id),
      },
      attachments: reply.attachments,
    });

  const toggle = (reply: QuickReply) =>
    save.mutate(
      { id: reply.id, input: { is_active: !reply.is_active } },
      { onError: (e) => toast.error(e.message) },
    );

  const del = (reply: QuickReply) => {
    remove.mutate(reply.id, {
      onSuccess: () => toast.success(t('quickReplies.deleted')),
      onError: (e) => toast.error(e.message),
    });
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('quickReplies.title')}</h1>
          <p className="muted">
            <Trans t={t} i18nKey="quickReplies.intro" components={{ kbd: <kbd /> }} />
          </p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => setEditing({ input: EMPTY })}
        >
          {t('quickReplies.new')}
        </button>
      </div>

      {editing && (
        <QuickReplyForm
          key={editing.id ?? 'new'}
          initial={editing.input}
          attachments={editing.attachments}
          isNew={!editing.id}
          properties={properties.data ?? []}
          busy={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={(input) =>
            save.mutate(editing.id ? { id: editing.id, input } : { input }, {
              onSuccess: () => {
                toast.success(editing.id ? t('quickReplies.saved') : t('quickReplies.created'));
                setEditing(null);
              },
              onError: (e) =>
                toast.error(e instanceof ApiError ? e.message : t('common:errors.couldNotSave')),
            })
          }
        />
      )}

      {templates.isLoading && <p className="muted">{t('common:loading')}</p>}
      {templates.data?.length === 0 && (
        <div className="list-empty">
          <h3>{t('quickReplies.emptyTitle')}</h3>
          <p>{t('quickReplies.empty')}</p>
        </div>
      )}
      {grouped.map((g) => (
        <section key={g.category} className={styles.group} aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>{CATEGORY_LABELS[g.category]}</h2>
          <ul className={cards.list}>
            {g.items.map((reply) => (
              <li
                key={reply.id}
                className={`card ${cards.item} ${reply.is_active ? '' : cards.inactive}`}
              >
                <div className={cards.head}>
                  <strong>{reply.title}</strong>
                  <span className="chip subtle">
                    {reply.property ? reply.property.title : t('common:allProperties')}
                  </span>
                  <LanguageChips translations={reply.translations} />
                  <span className="muted small">
                    {t('quickReplies.used', { count: reply.usage_count })}
                  </span>
                </div>
                <p className={cards.text}>{reply.message}</p>
                {reply.attachments.length > 0 && (
                  <TemplateFileList attachments={reply.attachments} />
                )}
                <div className={cards.actions}>
                  <label className="switch">
                    <input
                      type="checkbox"
                      checked={reply.is_active}
                      onChange={() => toggle(reply)}
                    />
                    <span>{reply.is_active ? t('common:active') : t('common:off')}</span>
                  </label>
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => edit(reply)}
                  >
                    {t('common:edit')} <span className="sr-only">{reply.title}</span>
                  </button>
                  <ConfirmButton
                    label={
                      <>
                        {t('common:delete')} <span className="sr-only">{reply.title}</span>
                      </>
                    }
                    title={t('quickReplies.deleteTitle', { title: reply.title })}
                    confirmLabel={t('common:delete')}
                    onConfirm={() => del(reply)}
                  >
                    {t('common:cannotBeUndone')}
                  </ConfirmButton>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
