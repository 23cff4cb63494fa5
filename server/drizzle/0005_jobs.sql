CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 10 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "jobs_state_check" CHECK (state in ('pending', 'running', 'completed', 'failed')),
	CONSTRAINT "jobs_attempts_check" CHECK ("jobs"."max_attempts" >= 1 and "jobs"."attempts" >= 0 and "jobs"."attempts" <= "jobs"."max_attempts"),
	CONSTRAINT "jobs_lease_check" CHECK (("jobs"."state" = 'running') = ("jobs"."locked_until" is not null)),
	CONSTRAINT "jobs_finished_check" CHECK (("jobs"."state" in ('completed', 'failed')) = ("jobs"."finished_at" is not null)),
	CONSTRAINT "jobs_kind_check" CHECK (char_length("jobs"."kind") between 1 and 100),
	CONSTRAINT "jobs_idempotency_key_check" CHECK (char_length("jobs"."idempotency_key") between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_kind_idempotency_key_key" ON "jobs" USING btree ("kind","idempotency_key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."finished_at" is null;--> statement-breakpoint
CREATE INDEX "jobs_finished_idx" ON "jobs" USING btree ("finished_at") WHERE "jobs"."finished_at" is not null;--> statement-breakpoint
-- Room on every page for a claim's new row version, so that a claim is a HOT update: no index
-- entry written, and the old version reclaimed by page pruning without a vacuum (schema.ts).
-- Half the page: a batch claim rewrites many rows of a page at once, each as large as before.
ALTER TABLE "jobs" SET (fillfactor = 50);
