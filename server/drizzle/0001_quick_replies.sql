CREATE TABLE "quick_reply_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host_id" uuid NOT NULL,
	"property_id" uuid,
	"title" text NOT NULL,
	"message" text NOT NULL,
	"category" text DEFAULT 'custom' NOT NULL,
	"usage_count" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quick_reply_templates_title_check" CHECK (char_length("quick_reply_templates"."title") between 1 and 100),
	CONSTRAINT "quick_reply_templates_message_check" CHECK (char_length("quick_reply_templates"."message") between 1 and 5000),
	CONSTRAINT "quick_reply_templates_usage_check" CHECK ("quick_reply_templates"."usage_count" >= 0),
	CONSTRAINT "quick_reply_templates_category_check" CHECK (category in ('greeting', 'booking_confirmation', 'check_in_instructions', 'check_out_instructions', 'amenities_info', 'directions', 'house_rules', 'emergency', 'thank_you', 'custom'))
);
--> statement-breakpoint
ALTER TABLE "quick_reply_templates" ADD CONSTRAINT "quick_reply_templates_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_reply_templates" ADD CONSTRAINT "quick_reply_templates_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quick_reply_templates_host_usage_idx" ON "quick_reply_templates" USING btree ("host_id","usage_count" DESC NULLS LAST);