CREATE TABLE "message_translations" (
	"message_id" uuid NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"provider" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_translations_pkey" PRIMARY KEY("message_id","language"),
	CONSTRAINT "message_translations_language_check" CHECK (language in ('en', 'pt', 'es', 'fr', 'de')),
	CONSTRAINT "message_translations_provider_check" CHECK (provider in ('libretranslate', 'deepl'))
);
--> statement-breakpoint
ALTER TABLE "change_events" DROP CONSTRAINT "change_events_type_check";--> statement-breakpoint
ALTER TABLE "automations" ADD COLUMN "translations" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "quick_reply_templates" ADD COLUMN "translations" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "detected_language" text;--> statement-breakpoint
ALTER TABLE "message_translations" ADD CONSTRAINT "message_translations_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "automations" ADD CONSTRAINT "automations_translations_check" CHECK ("automations"."translations" is null or (jsonb_typeof("automations"."translations") = 'object'
    and "automations"."translations" - array['en', 'pt', 'es', 'fr', 'de'] = '{}'::jsonb));--> statement-breakpoint
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_type_check" CHECK (type in ('message.created', 'message.read', 'message.updated', 'message.reaction', 'message.translated', 'conversation.updated', 'notification.created', 'unread.changed'));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_language_check" CHECK (language in ('en', 'pt', 'es', 'fr', 'de'));--> statement-breakpoint
ALTER TABLE "quick_reply_templates" ADD CONSTRAINT "quick_reply_templates_translations_check" CHECK ("quick_reply_templates"."translations" is null or (jsonb_typeof("quick_reply_templates"."translations") = 'object'
    and "quick_reply_templates"."translations" - array['en', 'pt', 'es', 'fr', 'de'] = '{}'::jsonb));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_detected_language_check" CHECK (detected_language in ('en', 'pt', 'es', 'fr', 'de'));