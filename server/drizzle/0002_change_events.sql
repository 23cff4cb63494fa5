CREATE TABLE "change_event_counters" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"last_cursor" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_events" (
	"user_id" uuid NOT NULL,
	"cursor" bigint NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_events_pkey" PRIMARY KEY("user_id","cursor"),
	CONSTRAINT "change_events_cursor_check" CHECK ("change_events"."cursor" > 0),
	CONSTRAINT "change_events_type_check" CHECK (type in ('message.created', 'message.read', 'conversation.updated', 'notification.created', 'unread.changed'))
);
--> statement-breakpoint
ALTER TABLE "change_event_counters" ADD CONSTRAINT "change_event_counters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;