DROP INDEX "conversations_host_activity_idx";--> statement-breakpoint
DROP INDEX "conversations_guest_activity_idx";--> statement-breakpoint
DROP INDEX "conversations_host_unread_idx";--> statement-breakpoint
DROP INDEX "conversations_guest_unread_idx";--> statement-breakpoint
-- Room on every page for the new version of a row a send updates, so that the update is HOT
-- (schema.ts, activity_hour): set before the new column, whose adding rewrites the table and so
-- lays the existing rows out with this room too.
ALTER TABLE "conversations" SET (fillfactor = 50);--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "activity_hour" timestamp (3) with time zone GENERATED ALWAYS AS (date_bin('1 hour', last_activity_at, timestamptz '2000-01-01 00:00:00+00')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "conversations_host_activity_hour_idx" ON "conversations" USING btree ("host_id","activity_hour" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conversations_guest_activity_hour_idx" ON "conversations" USING btree ("guest_id","activity_hour" DESC NULLS LAST);--> statement-breakpoint
-- The same for the users' counters, which every send updates twice; their existing pages get
-- the room as rows move off them.
ALTER TABLE "user_counters" SET (fillfactor = 50);
