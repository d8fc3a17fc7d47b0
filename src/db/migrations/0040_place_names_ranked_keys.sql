DROP INDEX "place_names_phonetic_idx";--> statement-breakpoint
DROP INDEX "place_names_phonetic_spelling_idx";--> statement-breakpoint
CREATE INDEX "place_names_phonetic_idx" ON "place_names" USING btree ("phonetic","importance" DESC NULLS LAST,"place_id");--> statement-breakpoint
CREATE INDEX "place_names_phonetic_spelling_idx" ON "place_names" USING btree ("phonetic_spelling","importance" DESC NULLS LAST,"place_id");