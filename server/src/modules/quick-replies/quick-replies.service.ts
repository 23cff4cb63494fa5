import {
  MESSAGE_MAX_LENGTH,
  type createQuickReplyBody,
  type QuickReply,
  type QuickReplyCategory,
  type QuickReplyPreview,
  type TemplateTranslations,
  type updateQuickReplyBody,
} from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  AppError,
  badRequest,
  notFound,
  PG_FOREIGN_KEY_VIOLATION,
  pgErrorCode,
} from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import { keepOnTemplate, templateAttachments } from '../attachments/index.ts';
import { presentQuickReply } from './quick-replies.presenter.ts';
import {
  localize,
  placeholderValues,
  renderTemplate,
  type Rendered,
} from './quick-replies.render.ts';
import * as repo from './quick-replies.repo.ts';
import { STARTER_QUICK_REPLIES } from './quick-replies.starter.ts';

export type QuickRepliesService = ReturnType<typeof createQuickRepliesService>;

export interface ListQuery {
  category?: QuickReplyCategory;
  property_id?: string;
  include_inactive: boolean;
  limit: number;
  after?: repo.ListCursor;
}

/** Texts by language as a template keeps them: none is null. */
export function storedTranslations(
  translations: TemplateTranslations | undefined,
): TemplateTranslations | null {
  return translations && Object.keys(translations).length > 0 ? translations : null;
}

/** @throws validation_failed when the property is unknown or hosted by someone else */
async function requireHostedProperty(
  db: DbOrTx,
  propertyId: string,
  hostId: string,
  where: 'body' | 'query',
): Promise<{ id: string; title: string }> {
  const property = await repo.findHostedProperty(db, propertyId, hostId);
  if (!property) {
    const field = `${where}.property_id`;
    throw badRequest(`${field}: is not one of your properties`, [
      { field, message: 'is not one of your properties' },
    ]);
  }
  return property;
}

/** @throws validation_failed when a property template is used outside its property */
function requireUsableIn(template: repo.TemplateRow, propertyId: string) {
  if (template.propertyId !== null && template.propertyId !== propertyId) {
    throw badRequest('quick_reply_id: this template belongs to another property', [
      { field: 'quick_reply_id', message: 'belongs to another property' },
    ]);
  }
}

/** Renders a template for a conversation of `userId`; undefined when the conversation isn't theirs. */
async function renderFor(
  db: DbOrTx,
  template: repo.TemplateRow,
  conversationId: string,
  userId: string,
): Promise<Rendered | undefined> {
  const context = await repo.findRenderContext(db, conversationId, userId);
  if (!context) return undefined;
  requireUsableIn(template, context.propertyId);
  const localized = localize(template, context);
  return renderTemplate(localized.text, placeholderValues(localized.context));
}

/**
 * The text to send for `quickReplyId` in a conversation of the sender: the template rendered
 * for it, or `edited` when the client changed the preview. The use is counted when the
 * message is really created (see quick-replies.handlers.ts).
 * @throws not_found when the template is unknown or not the sender's; validation_failed when
 *   it belongs to another property, is inactive, or renders to nothing or too much
 */
export async function quickReplyText(
  db: DbOrTx,
  senderId: string,
  quickReplyId: string,
  conversationId: string,
  edited: string | undefined,
): Promise<string> {
  const template = await repo.findTemplateOf(db, quickReplyId, senderId);
  if (!template) throw notFound('Quick reply');
  if (!template.isActive) {
    throw badRequest('quick_reply_id: this template is switched off (is_active is false)', [
      { field: 'quick_reply_id', message: 'is inactive' },
    ]);
  }
  const rendered = await renderFor(db, template, conversationId, senderId);
  if (!rendered) throw notFound('Conversation');
  if (edited !== undefined) return edited;
  if (rendered.text === '') {
    throw badRequest(
      `quick_reply_id: nothing is left of this template without ${rendered.missing.join(', ')}`,
      [{ field: 'quick_reply_id', message: 'renders to an empty message here' }],
    );
  }
  if (rendered.text.length > MESSAGE_MAX_LENGTH) {
    throw badRequest(
      `quick_reply_id: the rendered message is longer than ${MESSAGE_MAX_LENGTH} characters`,
    );
  }
  return rendered.text;
}

/** What a template is filled from for a stay (a scheduled message's), if the stay exists. */
export const stayRenderContext = (db: DbOrTx, reservationId: string) =>
  repo.findStayRenderContext(db, reservationId);

/** A template of the host's, for a use case of another module. @throws not_found otherwise */
export async function requireOwnTemplate(db: DbOrTx, hostId: string, id: string) {
  const template = await repo.findTemplateOf(db, id, hostId);
  if (!template) throw notFound('Quick reply');
  return template;
}

/** Gives a host the starter set: one global template per category, theirs to edit or delete. */
export async function addStarterQuickReplies(tx: DbOrTx, hostId: string): Promise<void> {
  await repo.insertTemplates(
    tx,
    STARTER_QUICK_REPLIES.map((t) => ({ ...t, hostId, propertyId: null })),
  );
}

export function createQuickRepliesService(deps: ServiceDeps) {
  const { db } = deps;

  async function templateOf(actor: Actor, id: string) {
    const template = await repo.findTemplateOf(db, id, actor.id);
    if (!template) throw notFound('Quick reply');
    return template;
  }

  /** The templates as clients see them, with their attachments. */
  async function present(rows: repo.TemplateView[], handle: DbOrTx = db): Promise<QuickReply[]> {
    const attachments = await templateAttachments(
      handle,
      rows.map((r) => r.id),
    );
    return rows.map((row) => presentQuickReply(row, attachments.get(row.id) ?? []));
  }

  return {
    /**
     * The actor's templates, most used first; with `property_id`, that property's and the
     * global ones.
     * @throws validation_failed when property_id is not one of the actor's properties
     */
    async list(
      actor: Actor,
      query: ListQuery,
    ): Promise<{ items: QuickReply[]; next?: repo.ListCursor }> {
      if (query.property_id) {
        await requireHostedProperty(db, query.property_id, actor.id, 'query');
      }
      const rows = await repo.listTemplates(db, actor.id, {
        category: query.category,
        propertyId: query.property_id,
        includeInactive: query.include_inactive,
        limit: query.limit + 1,
        after: query.after,
      });
      const page = takePage(rows, query.limit, (r) => ({
        usage_count: r.usageCount,
        title: r.title,
        id: r.id,
      }));
      return { items: await present(page.rows), next: page.next };
    },

    /** @throws not_found when unknown or not the actor's */
    async get(actor: Actor, id: string): Promise<QuickReply> {
      const [presented] = await present([await templateOf(actor, id)]);
      return presented!;
    },

    /**
     * @throws validation_failed when property_id is not one of the actor's properties, or an
     *   attachment is not an upload of theirs not sent yet
     */
    async create(actor: Actor, input: z.output<typeof createQuickReplyBody>): Promise<QuickReply> {
      const property = input.property_id
        ? await requireHostedProperty(db, input.property_id, actor.id, 'body')
        : null;
      return db.transaction(async (tx) => {
        const [row] = await repo.insertTemplates(tx, [
          {
            hostId: actor.id,
            propertyId: property?.id ?? null,
            title: input.title,
            message: input.message,
            translations: storedTranslations(input.translations),
            category: input.category,
            isActive: input.is_active,
          },
        ]);
        if (input.attachment_ids) {
          await keepOnTemplate(tx, actor.id, row!.id, input.attachment_ids);
        }
        const [presented] = await present(
          [{ ...row!, propertyTitle: property?.title ?? null }],
          tx,
        );
        return presented!;
      });
    },

    /**
     * Changes the fields given (PUT sends title, message and category at least);
     * `attachment_ids` replaces the attachments the template keeps.
     * @throws not_found when unknown or not the actor's; validation_failed for a property_id
     *   that is not one of the actor's properties, or an attachment that is neither an upload
     *   of theirs not sent yet nor one of the template's
     */
    async update(
      actor: Actor,
      id: string,
      patch: z.output<typeof updateQuickReplyBody>,
    ): Promise<QuickReply> {
      const existing = await templateOf(actor, id);
      const property = patch.property_id
        ? await requireHostedProperty(db, patch.property_id, actor.id, 'body')
        : null;
      return db.transaction(async (tx) => {
        const row = await repo.updateTemplate(tx, id, actor.id, {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.message !== undefined && { message: patch.message }),
          ...(patch.translations !== undefined && {
            translations: storedTranslations(patch.translations),
          }),
          ...(patch.category !== undefined && { category: patch.category }),
          ...(patch.property_id !== undefined && { propertyId: patch.property_id }),
          ...(patch.is_active !== undefined && { isActive: patch.is_active }),
          updatedAt: deps.now(),
        });
        // Deleted by a concurrent request since we looked.
        if (!row) throw notFound('Quick reply');
        if (patch.attachment_ids) {
          await keepOnTemplate(tx, actor.id, id, patch.attachment_ids);
        }
        const propertyTitle =
          patch.property_id === undefined ? existing.propertyTitle : (property?.title ?? null);
        const [presented] = await present([{ ...row, propertyTitle }], tx);
        return presented!;
      });
    },

    /** @throws not_found when unknown or not the actor's; conflict while an automation sends it */
    async remove(actor: Actor, id: string): Promise<void> {
      const deleted = await repo.deleteTemplate(db, id, actor.id).catch((err: unknown) => {
        if (pgErrorCode(err) !== PG_FOREIGN_KEY_VIOLATION) throw err;
        throw new AppError(
          'conflict',
          'An automation sends this template: change or delete the automation first',
        );
      });
      if (!deleted) throw notFound('Quick reply');
    },

    /**
     * The template rendered for one of the actor's conversations, without sending it.
     * @throws not_found when the template or the conversation is unknown or not the actor's;
     *   validation_failed when the template belongs to another property
     */
    async preview(actor: Actor, id: string, conversationId: string): Promise<QuickReplyPreview> {
      const template = await templateOf(actor, id);
      const rendered = await renderFor(db, template, conversationId, actor.id);
      if (!rendered) throw notFound('Conversation');
      return {
        quick_reply_id: template.id,
        conversation_id: conversationId,
        message: rendered.text,
        missing_placeholders: rendered.missing,
      };
    },
  };
}
