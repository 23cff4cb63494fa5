CREATE TABLE "automated_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"reminder_type" text NOT NULL,
	"offset_minutes" integer NOT NULL,
	"scheduled_for" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"is_sent" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"notification_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "automated_reminders_type_check" CHECK (reminder_type in ('check_in_reminder', 'check_out_reminder', 'payment_due_reminder')),
	CONSTRAINT "automated_reminders_status_check" CHECK (status in ('scheduled', 'sent', 'cancelled', 'skipped', 'failed')),
	CONSTRAINT "automated_reminders_offset_check" CHECK ("automated_reminders"."offset_minutes" > 0),
	CONSTRAINT "automated_reminders_sent_check" CHECK ("automated_reminders"."is_sent" = ("automated_reminders"."status" = 'sent') and "automated_reminders"."is_sent" = ("automated_reminders"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_type_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_type_check";--> statement-breakpoint
ALTER TABLE "reservations" DROP CONSTRAINT "reservations_status_check";--> statement-breakpoint
ALTER TABLE "automated_reminders" ADD CONSTRAINT "automated_reminders_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "automated_reminders" ADD CONSTRAINT "automated_reminders_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "automated_reminders_key" ON "automated_reminders" USING btree ("reservation_id","reminder_type","offset_minutes");--> statement-breakpoint
CREATE INDEX "automated_reminders_due_idx" ON "automated_reminders" USING btree ("scheduled_for") WHERE "automated_reminders"."status" = 'scheduled';--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_type_check" CHECK (notification_type in ('new_message', 'booking_request', 'booking_confirmed', 'check_in_reminder', 'check_out_reminder', 'payment_due_reminder', 'booking_declined', 'booking_cancelled'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_type_check" CHECK (notification_type in ('new_message', 'booking_request', 'booking_confirmed', 'check_in_reminder', 'check_out_reminder', 'payment_due_reminder', 'booking_declined', 'booking_cancelled'));--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_status_check" CHECK (status in ('pending', 'confirmed', 'declined', 'cancelled', 'completed'));--> statement-breakpoint
-- Two confirmed (or completed) stays of one property never share a night: the database holds
-- this, not only the code. btree_gist lets the GiST index compare the property's uuid with =.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_no_overlap" EXCLUDE USING gist ("property_id" WITH =, daterange("check_in", "check_out", '[)') WITH &&) WHERE (status in ('confirmed', 'completed'));
