ALTER TABLE "agreement_documents" ADD COLUMN "status" text DEFAULT 'current' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "status" text DEFAULT 'current' NOT NULL;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "withdrawn_by" text;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "withdrawal_reason" text;