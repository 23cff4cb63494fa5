import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildUser } from '../../../test/factories.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/harness.ts';
import { createMessagesService } from '../../modules/messages/index.ts';
import { createPropertiesService } from '../../modules/properties/index.ts';
import { eventSubscriptions } from '../../modules/registry.ts';
import { createServices } from '../../services.ts';
import type { Actor } from '../context.ts';
import { queryRows } from '../db/connect.ts';
import { createEventBus, on, type EventPayload } from './index.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.execute(
    sql`create table test_reactions (message_id uuid primary key, conversation_id uuid not null)`,
  );
});

afterAll(async () => {
  await t.close();
});

const errors: string[] = [];
const log = { info: () => {}, warn: () => {}, error: (_: object, msg: string) => errors.push(msg) };

function actorOf(user: { id: string; name: string; email: string }): Actor {
  return { id: user.id, name: user.name, email: user.email, role: 'user' };
}

describe('the event bus', () => {
  it('adds a new reaction to message.created without touching the modules that record it', async () => {
    const seen: EventPayload<'message.created'>[] = [];
    const counted: number[] = [];
    // A reaction written by the statement that sends, and one after the commit.
    const reaction = on('message.created', {
      name: 'test.reaction',
      sql: (source, qb) => ({
        ctes: [
          qb.$with('test_reacted', {}).as(sql`
            insert into test_reactions (message_id, conversation_id)
            select e.message_id, e.conversation_id from ${source} e
            returning message_id`),
        ],
        result: sql`(select count(*)::int from test_reacted)`,
      }),
      afterCommit: (payloads, written: number) => {
        seen.push(...payloads);
        counted.push(written);
      },
    });
    const { guest, conversation } = await buildConversation(t.app, 'Hi');
    const base = { db: t.database.db, config: testConfig(), now: () => new Date(), log };
    const events = createEventBus({ subscriptions: [...eventSubscriptions(base), reaction], log });
    const messages = createMessagesService({ ...base, events });

    const body = { conversation_id: conversation.id, message: 'Towels?', client_message_id: 'x1' };
    const first = await messages.send(actorOf(guest), body);
    const retry = await messages.send(actorOf(guest), body);
    expect(first.created).toBe(true);
    expect(retry).toEqual({ message: first.message, created: false });

    const rows = await queryRows<{ message_id: string }>(
      t.database.db,
      sql`select message_id from test_reactions`,
    );
    expect(rows).toEqual([{ message_id: first.message.id }]);
    expect(seen).toHaveLength(1);
    expect(counted).toEqual([1]);
    expect(seen[0]).toMatchObject({
      message_id: first.message.id,
      conversation_id: conversation.id,
      seq: 2,
      sender_id: guest.id,
      quick_reply_id: null,
      receiver_unread_before: 1,
    });
    // The usual reactions still ran in the same statement: the conversation moved on.
    const detail = await createServices(base).conversations.detail(
      actorOf(guest),
      conversation.id,
      {
        limit: 5,
      },
    );
    expect(detail.last_message?.id).toBe(first.message.id);
  });

  it('rolls the use case back when a handler in its transaction fails', async () => {
    const host = await buildUser(t.app, 'Failing Host');
    const base = { db: t.database.db, config: testConfig(), now: () => new Date(), log };
    const failing = on('property.created', {
      name: 'test.failing',
      inTransaction: async () => {
        throw new Error('the reaction failed');
      },
    });
    const events = createEventBus({ subscriptions: [...eventSubscriptions(base), failing], log });
    const properties = createPropertiesService({ ...base, events });
    await expect(
      properties.create(actorOf(host), {
        title: 'Never listed',
        address: 'Nowhere 1',
        timezone: 'UTC',
        check_in_time: '15:00',
        check_out_time: '11:00',
      }),
    ).rejects.toThrow('the reaction failed');
    const rows = await queryRows<{ count: number }>(
      t.database.db,
      sql`select (select count(*)::int from properties where host_id = ${host.id})
            + (select count(*)::int from quick_reply_templates where host_id = ${host.id}) as count`,
    );
    expect(rows[0]!.count).toBe(0);
  });

  it('logs a failing after-commit reaction without failing the committed change', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Hey');
    const base = { db: t.database.db, config: testConfig(), now: () => new Date(), log };
    const broken = on('message.created', {
      name: 'test.broken-push',
      afterCommit: () => {
        throw new Error('the socket is gone');
      },
    });
    const events = createEventBus({ subscriptions: [...eventSubscriptions(base), broken], log });
    const messages = createMessagesService({ ...base, events });
    errors.length = 0;
    const sent = await messages.send(actorOf(guest), {
      conversation_id: conversation.id,
      message: 'Still here',
    });
    expect(sent.created).toBe(true);
    expect(errors).toEqual(['an after-commit event handler failed']);
  });

  it('refuses two handlers of the same name', () => {
    const handler = on('reservation.created', { name: 'test.twice', afterCommit: () => {} });
    expect(() => createEventBus({ subscriptions: [handler, handler], log })).toThrow(
      'Two event handlers are named test.twice',
    );
  });
});
