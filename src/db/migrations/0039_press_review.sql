CREATE TABLE "press_articles" (
	"source_id" uuid PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"text" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"published" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"background" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_id" uuid,
	"error" text,
	"submitted_by" text NOT NULL,
	"extracted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "press_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"evidence" jsonb NOT NULL,
	"draft" jsonb NOT NULL,
	"confidence" integer NOT NULL,
	"pair_key" text NOT NULL,
	"agreement_id" uuid,
	"rejection_reason" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "press_articles" ADD CONSTRAINT "press_articles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_articles" ADD CONSTRAINT "press_articles_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_proposals" ADD CONSTRAINT "press_proposals_source_id_press_articles_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."press_articles"("source_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_proposals" ADD CONSTRAINT "press_proposals_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "press_articles_sha256_idx" ON "press_articles" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "press_articles_recorded_idx" ON "press_articles" USING btree ("created_at","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "press_proposals_position_idx" ON "press_proposals" USING btree ("source_id","position");--> statement-breakpoint
CREATE INDEX "press_proposals_status_idx" ON "press_proposals" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "press_proposals_pair_idx" ON "press_proposals" USING btree ("pair_key");