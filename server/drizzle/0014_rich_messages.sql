-- Trigram indexes for searching names and titles (pg_trgm ships with PostgreSQL and PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- The text search configuration of a property's language (its BCP 47 locale), for stemming
-- its messages: "noises" and "noise" meet. Languages PostgreSQL has no stemmer for use `simple`.
CREATE FUNCTION "messenger_search_config"(locale text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lower(split_part(coalesce(locale, ''), '-', 1))
    WHEN 'ar' THEN 'arabic' WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish'
    WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'en' THEN 'english'
    WHEN 'es' THEN 'spanish' WHEN 'eu' THEN 'basque' WHEN 'fi' THEN 'finnish'
    WHEN 'fr' THEN 'french' WHEN 'ga' THEN 'irish' WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian' WHEN 'hy' THEN 'armenian' WHEN 'id' THEN 'indonesian'
    WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'nb' THEN 'norwegian'
    WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch' WHEN 'nn' THEN 'norwegian'
    WHEN 'no' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'sv' THEN 'swedish'
    WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish'
    ELSE 'simple' END)::regconfig
$$;--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploader_id" uuid NOT NULL,
	"message_id" uuid,
	"quick_reply_id" uuid,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"name" text NOT NULL,
	"width" integer,
	"height" integer,
	"duration_ms" integer,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_owner_check" CHECK ("attachments"."message_id" is null or "attachments"."quick_reply_id" is null),
	CONSTRAINT "attachments_kind_check" CHECK (kind in ('image', 'audio', 'file')),
	CONSTRAINT "attachments_size_check" CHECK ("attachments"."size" >= 0),
	CONSTRAINT "attachments_name_check" CHECK (char_length("attachments"."name") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "message_reactions" (
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"emoji" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_reactions_pkey" PRIMARY KEY("message_id","user_id","emoji"),
	CONSTRAINT "message_reactions_emoji_check" CHECK (char_length("message_reactions"."emoji") between 1 and 32)
);
--> statement-breakpoint
CREATE TABLE "message_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"message" text NOT NULL,
	"attachments" jsonb,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_revisions_revision_check" CHECK ("message_revisions"."revision" > 0),
	CONSTRAINT "message_revisions_action_check" CHECK (action in ('edited', 'unsent'))
);
--> statement-breakpoint
ALTER TABLE "change_events" DROP CONSTRAINT "change_events_subject_check";--> statement-breakpoint
ALTER TABLE "change_events" DROP CONSTRAINT "change_events_type_check";--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_length_check";--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reply_to_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reply_to" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reactions" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "unsent_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(search_config, message)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_quick_reply_id_quick_reply_templates_id_fk" FOREIGN KEY ("quick_reply_id") REFERENCES "public"."quick_reply_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reactions" ADD CONSTRAINT "message_reactions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reactions" ADD CONSTRAINT "message_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_revisions" ADD CONSTRAINT "message_revisions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_message_idx" ON "attachments" USING btree ("message_id") WHERE "attachments"."message_id" is not null;--> statement-breakpoint
CREATE INDEX "attachments_quick_reply_idx" ON "attachments" USING btree ("quick_reply_id") WHERE "attachments"."quick_reply_id" is not null;--> statement-breakpoint
CREATE INDEX "attachments_unclaimed_idx" ON "attachments" USING btree ("created_at") WHERE "attachments"."message_id" is null and "attachments"."quick_reply_id" is null;--> statement-breakpoint
CREATE INDEX "attachments_storage_key_idx" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "message_revisions_message_revision_key" ON "message_revisions" USING btree ("message_id","revision");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_reply_to_id_messages_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "messages_reply_to_idx" ON "messages" USING btree ("reply_to_id") WHERE "messages"."reply_to_id" is not null;--> statement-breakpoint
CREATE INDEX "properties_title_trgm_idx" ON "properties" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_subject_check" CHECK ("change_events"."payload" is not null or ("change_events"."type" = 'conversation.updated' and "change_events"."conversation_id" is not null) or ("change_events"."type" in ('message.created', 'message.updated') and "change_events"."conversation_id" is not null and "change_events"."message_id" is not null));--> statement-breakpoint
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_type_check" CHECK (type in ('message.created', 'message.read', 'message.updated', 'message.reaction', 'conversation.updated', 'notification.created', 'unread.changed'));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_unsent_check" CHECK ("messages"."unsent_at" is null or ("messages"."message" = '' and "messages"."attachments" is null));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_length_check" CHECK (char_length("messages"."message") <= 5000 and (char_length("messages"."message") >= 1 or "messages"."attachments" is not null or "messages"."unsent_at" is not null));--> statement-breakpoint
-- Messages written before this migration take their property's language.
UPDATE "messages" m SET "search_config" = messenger_search_config(p.locale)
  FROM "conversations" c JOIN "properties" p ON p.id = c.property_id
  WHERE c.id = m.conversation_id AND m.system_event IS NULL
    AND messenger_search_config(p.locale) <> 'simple'::regconfig;--> statement-breakpoint
-- The revision log is the record of what was said: nobody rewrites or removes it.
CREATE FUNCTION "message_revisions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'message_revisions is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "message_revisions_append_only" BEFORE UPDATE OR DELETE ON "message_revisions"
  FOR EACH ROW EXECUTE FUNCTION "message_revisions_append_only"();
