ALTER TABLE "change_event_counters" RENAME TO "user_counters";--> statement-breakpoint
ALTER TABLE "user_counters" DROP CONSTRAINT "change_event_counters_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "user_counters" ADD COLUMN "unread_messages" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_counters" ADD COLUMN "unread_conversations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_counters" ADD CONSTRAINT "user_counters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_counters" ADD CONSTRAINT "user_counters_unread_check" CHECK ("user_counters"."unread_messages" >= 0 and "user_counters"."unread_conversations" >= 0 and "user_counters"."unread_conversations" <= "user_counters"."unread_messages");--> statement-breakpoint
ALTER INDEX "change_event_counters_pkey" RENAME TO "user_counters_pkey";--> statement-breakpoint
-- The badge of every user with unread messages, from the per-conversation counts.
INSERT INTO "user_counters" ("user_id", "unread_messages", "unread_conversations")
SELECT "user_id", sum("unread"), count(*)
FROM (
  SELECT "host_id" AS "user_id", "host_unread_count" AS "unread" FROM "conversations" WHERE "host_unread_count" > 0
  UNION ALL
  SELECT "guest_id", "guest_unread_count" FROM "conversations" WHERE "guest_unread_count" > 0
) AS "unread"
GROUP BY "user_id"
ON CONFLICT ("user_id") DO UPDATE SET
  "unread_messages" = excluded."unread_messages",
  "unread_conversations" = excluded."unread_conversations";--> statement-breakpoint
-- Events now name the message or conversation they are about; sync reads its current state.
UPDATE "change_events" SET "payload" = jsonb_build_object(
  'type', "type",
  'conversation_id', "payload"->'conversation_id',
  'seq', "payload"->'seq',
  'message_id', "payload"->'message'->'id'
) WHERE "type" = 'message.created';--> statement-breakpoint
UPDATE "change_events" SET "payload" = jsonb_build_object(
  'type', "type",
  'conversation_id', "payload"->'conversation'->'id'
) WHERE "type" = 'conversation.updated';--> statement-breakpoint
UPDATE "change_events" SET "payload" = jsonb_build_object('type', "type") WHERE "type" = 'unread.changed';
