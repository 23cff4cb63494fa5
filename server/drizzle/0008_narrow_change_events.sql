-- New events name their conversation and message in uuid columns, and keep in `payload` only
-- what those do not say; events already stored keep their payloads as they are (sync reads both).
ALTER TABLE "change_events" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "change_events" ADD COLUMN "conversation_id" uuid;--> statement-breakpoint
ALTER TABLE "change_events" ADD COLUMN "message_id" uuid;--> statement-breakpoint
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_subject_check" CHECK ("change_events"."payload" is not null or ("change_events"."type" = 'conversation.updated' and "change_events"."conversation_id" is not null) or ("change_events"."type" = 'message.created' and "change_events"."conversation_id" is not null and "change_events"."message_id" is not null));