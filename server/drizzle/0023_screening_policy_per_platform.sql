ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_action_check";--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "screening_policy" text;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "api_key_id" uuid;--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_screening_policy_check" CHECK (screening_policy in ('mask', 'warn', 'off'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check" CHECK (action in ('user.disabled', 'user.enabled', 'user.role_changed', 'conversation.viewed', 'delivery.retried', 'deliveries.retried', 'reminders.run', 'api_key.created', 'api_key.updated', 'api_key.revoked', 'webhook.redelivered'));