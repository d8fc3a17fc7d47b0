ALTER TABLE "import_reviews" ADD COLUMN "dismiss_reason" text;--> statement-breakpoint
ALTER TABLE "import_reviews" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "import_reviews_country_idx" ON "import_reviews" USING btree ("country_code","status");