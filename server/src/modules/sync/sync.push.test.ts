import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation } from '../../../test/factories.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/harness.ts';
import type { UserEvent } from '../../platform/events/index.ts';
import { createServices } from '../../services.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('the push after a commit', () => {
  it('goes on in commit order after a publish that failed, and logs the failure', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Hi');
    const warnings: string[] = [];
    const published: UserEvent[][] = [];
    let calls = 0;
    const services = createServices({
      db: t.database.db,
      config: testConfig(),
      now: () => new Date(),
      log: { info: () => {}, error: () => {}, warn: (_, msg) => warnings.push(msg) },
      publish: (deliveries) => {
        calls += 1;
        if (calls === 1) throw new Error('the gateway is gone');
        published.push([...deliveries]);
      },
    });
    const actor = { id: guest.id, name: guest.name, email: guest.email, role: 'user' as const };
    const first = await services.messages.send(actor, {
      conversation_id: conversation.id,
      message: 'Lost push',
    });
    const second = await services.messages.send(actor, {
      conversation_id: conversation.id,
      message: 'Delivered push',
    });
    await expect.poll(() => published.length).toBe(1);
    expect(warnings).toEqual(['could not push change events']);
    const created = published[0]!.filter((d) => d.event.type === 'message.created');
    expect(
      created.map((d) => (d.event as unknown as { message: { id: string } }).message.id),
    ).toEqual([second.message.id, second.message.id]);
    expect(first.created && second.created).toBe(true);
  });
});
