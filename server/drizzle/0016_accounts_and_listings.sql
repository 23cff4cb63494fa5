-- Accounts (profile, single-use emailed links, deletion that keeps the other side's messages)
-- and listings (a nightly rate, photos and profile photos in the attachment store).
CREATE TABLE "account_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"new_email" text,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_tokens_purpose_check" CHECK (purpose in ('password_reset', 'email_change')),
	CONSTRAINT "account_tokens_new_email_check" CHECK (("account_tokens"."purpose" = 'email_change') = ("account_tokens"."new_email" is not null))
);
--> statement-breakpoint
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_owner_check";--> statement-breakpoint
DROP INDEX "attachments_unclaimed_idx";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "property_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "position" integer;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "profile_of" uuid;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "nightly_rate" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "currency" text DEFAULT 'USD' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_tokens_token_hash_key" ON "account_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "account_tokens_user_idx" ON "account_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_profile_of_users_id_fk" FOREIGN KEY ("profile_of") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_property_idx" ON "attachments" USING btree ("property_id","position") WHERE "attachments"."property_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_profile_of_key" ON "attachments" USING btree ("profile_of") WHERE "attachments"."profile_of" is not null;--> statement-breakpoint
CREATE INDEX "attachments_unclaimed_idx" ON "attachments" USING btree ("created_at") WHERE "attachments"."message_id" is null and "attachments"."quick_reply_id" is null and "attachments"."property_id" is null and "attachments"."profile_of" is null;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_position_check" CHECK ("attachments"."position" >= 0);--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_check" CHECK (num_nonnulls("attachments"."message_id", "attachments"."quick_reply_id", "attachments"."property_id", "attachments"."profile_of") <= 1);--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_nightly_rate_check" CHECK ("properties"."nightly_rate" >= 0);--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_currency_check" CHECK ("properties"."currency" ~ '^[A-Z]{3}$');