import type { Attachment } from '@flexbnb/contracts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { useState } from 'react';
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
    items: (templates.data ?? []).filter((t) => t.category === category),
  })).filter((g) => g.items.length > 0);

  const edit = (t: QuickReply) =>
    setEditing({
      id: t.id,
      input: {
        title: t.title,
        message: t.message,
        translations: t.translations,
        category: t.category,
        property_id: t.property_id,
        is_active: t.is_active,
        attachment_ids: t.attachments.map((a) => a.id),
      },
      attachments: t.attachments,
    });

  const toggle = (t: QuickReply) =>
    save.mutate(
      { id: t.id, input: { is_active: !t.is_active } },
      { onError: (e) => toast.error(e.message) },
    );

  const del = (t: QuickReply) => {
    remove.mutate(t.id, {
      onSuccess: () => toast.success('Quick reply deleted'),
      onError: (e) => toast.error(e.message),
    });
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Quick replies</h1>
          <p className="muted">
            Saved messages for the questions guests ask most. In a conversation, type <kbd>/</kbd>{' '}
            to use one.
          </p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => setEditing({ input: EMPTY })}
        >
          New quick reply
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
                toast.success(editing.id ? 'Quick reply saved' : 'Quick reply created');
                setEditing(null);
              },
              onError: (e) => toast.error(e instanceof ApiError ? e.message : 'Could not save'),
            })
          }
        />
      )}

      {templates.isLoading && <p className="muted">Loading…</p>}
      {templates.data?.length === 0 && (
        <div className="list-empty">
          <h3>No quick replies yet</h3>
          <p>Create your first one — a greeting is a good start.</p>
        </div>
      )}
      {grouped.map((g) => (
        <section key={g.category} className={styles.group} aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>{CATEGORY_LABELS[g.category]}</h2>
          <ul className={cards.list}>
            {g.items.map((t) => (
              <li key={t.id} className={`card ${cards.item} ${t.is_active ? '' : cards.inactive}`}>
                <div className={cards.head}>
                  <strong>{t.title}</strong>
                  <span className="chip subtle">
                    {t.property ? t.property.title : 'All properties'}
                  </span>
                  <LanguageChips translations={t.translations} />
                  <span className="muted small">
                    Used {t.usage_count} {t.usage_count === 1 ? 'time' : 'times'}
                  </span>
                </div>
                <p className={cards.text}>{t.message}</p>
                {t.attachments.length > 0 && <TemplateFileList attachments={t.attachments} />}
                <div className={cards.actions}>
                  <label className="switch">
                    <input type="checkbox" checked={t.is_active} onChange={() => toggle(t)} />
                    <span>{t.is_active ? 'Active' : 'Off'}</span>
                  </label>
                  <button type="button" className="button secondary small" onClick={() => edit(t)}>
                    Edit <span className="sr-only">{t.title}</span>
                  </button>
                  <ConfirmButton
                    label={
                      <>
                        Delete <span className="sr-only">{t.title}</span>
                      </>
                    }
                    title={`Delete the quick reply “${t.title}”?`}
                    confirmLabel="Delete"
                    onConfirm={() => del(t)}
                  >
                    This cannot be undone.
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
