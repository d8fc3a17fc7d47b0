ALTER TABLE "place_names" ADD COLUMN "phonetic" text;--> statement-breakpoint
ALTER TABLE "place_names" ADD COLUMN "phonetic_spelling" text;--> statement-breakpoint
CREATE INDEX "place_names_phonetic_idx" ON "place_names" USING btree ("phonetic","phonetic_spelling");--> statement-breakpoint
CREATE INDEX "place_names_prefix_idx" ON "place_names" USING btree ("normalized" text_pattern_ops);