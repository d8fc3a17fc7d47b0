DROP INDEX "place_names_phonetic_idx";--> statement-breakpoint
ALTER TABLE "place_names" ADD COLUMN "importance" real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "place_names_phonetic_spelling_idx" ON "place_names" USING btree ("phonetic_spelling");--> statement-breakpoint
CREATE INDEX "place_names_phonetic_idx" ON "place_names" USING btree ("phonetic","importance" DESC NULLS LAST);