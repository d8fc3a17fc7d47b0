ALTER TABLE "agreements" ADD COLUMN "title_search" text;--> statement-breakpoint
CREATE INDEX "agreements_title_search_trigram_idx" ON "agreements" USING gin ("title_search" gin_trgm_ops);