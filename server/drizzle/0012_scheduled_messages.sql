CREATE TABLE "automations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host_id" uuid NOT NULL,
	"property_id" uuid,
	"name" text NOT NULL,
	"quick_reply_id" uuid,
	"message" text,
	"trigger" text NOT NULL,
	"offset_minutes" integer NOT NULL,
	"late_booking" text DEFAULT 'send_now' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "automations_trigger_check" CHECK (trigger in ('booking_confirmed', 'before_check_in', 'after_check_in', 'before_check_out', 'after_check_out')),
	CONSTRAINT "automations_late_booking_check" CHECK (late_booking in ('send_now', 'skip')),
	CONSTRAINT "automations_text_check" CHECK (("automations"."quick_reply_id" is null) <> ("automations"."message" is null)),
	CONSTRAINT "automations_offset_check" CHECK ("automations"."offset_minutes" between 0 and 527040),
	CONSTRAINT "automations_name_check" CHECK (char_length("automations"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "scheduled_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_id" uuid NOT NULL,
	"reservation_id" uuid,
	"automation_id" uuid,
	"conversation_id" uuid,
	"quick_reply_id" uuid,
	"message" text,
	"scheduled_for" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"missing_placeholders" text[] DEFAULT '{}' NOT NULL,
	"client_message_id" text,
	"sent_at" timestamp (3) with time zone,
	"sent_message_id" uuid,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduled_messages_status_check" CHECK (status in ('scheduled', 'held', 'sent', 'skipped', 'cancelled', 'failed')),
	CONSTRAINT "scheduled_messages_target_check" CHECK ("scheduled_messages"."reservation_id" is not null or "scheduled_messages"."conversation_id" is not null),
	CONSTRAINT "scheduled_messages_text_check" CHECK ("scheduled_messages"."message" is not null or "scheduled_messages"."automation_id" is not null or "scheduled_messages"."quick_reply_id" is not null
          or "scheduled_messages"."status" not in ('scheduled', 'held')),
	CONSTRAINT "scheduled_messages_sent_check" CHECK (("scheduled_messages"."status" = 'sent') = ("scheduled_messages"."sent_at" is not null)),
	CONSTRAINT "scheduled_messages_length_check" CHECK (char_length("scheduled_messages"."message") between 1 and 5000)
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_type_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_type_check";--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "wifi_name" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "wifi_password" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "door_code" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "parking_info" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "house_manual_url" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "emergency_phone" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "locale" text DEFAULT 'en-US' NOT NULL;--> statement-breakpoint
ALTER TABLE "automations" ADD CONSTRAINT "automations_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "automations" ADD CONSTRAINT "automations_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "automations" ADD CONSTRAINT "automations_quick_reply_id_quick_reply_templates_id_fk" FOREIGN KEY ("quick_reply_id") REFERENCES "public"."quick_reply_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_automation_id_automations_id_fk" FOREIGN KEY ("automation_id") REFERENCES "public"."automations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_quick_reply_id_quick_reply_templates_id_fk" FOREIGN KEY ("quick_reply_id") REFERENCES "public"."quick_reply_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_sent_message_id_messages_id_fk" FOREIGN KEY ("sent_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "automations_host_idx" ON "automations" USING btree ("host_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_messages_stay_key" ON "scheduled_messages" USING btree ("reservation_id","automation_id") WHERE "scheduled_messages"."automation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_messages_client_id_key" ON "scheduled_messages" USING btree ("conversation_id","sender_id","client_message_id") WHERE "scheduled_messages"."client_message_id" is not null;--> statement-breakpoint
CREATE INDEX "scheduled_messages_due_idx" ON "scheduled_messages" USING btree ("scheduled_for") WHERE "scheduled_messages"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "scheduled_messages_reservation_idx" ON "scheduled_messages" USING btree ("reservation_id");--> statement-breakpoint
CREATE INDEX "scheduled_messages_conversation_idx" ON "scheduled_messages" USING btree ("conversation_id","scheduled_for");--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_type_check" CHECK (notification_type in ('new_message', 'booking_request', 'booking_confirmed', 'check_in_reminder', 'check_out_reminder', 'payment_due_reminder', 'booking_declined', 'booking_cancelled', 'scheduled_message_held'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_type_check" CHECK (notification_type in ('new_message', 'booking_request', 'booking_confirmed', 'check_in_reminder', 'check_out_reminder', 'payment_due_reminder', 'booking_declined', 'booking_cancelled', 'scheduled_message_held'));