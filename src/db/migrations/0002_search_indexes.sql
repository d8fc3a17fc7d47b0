-- Trigram indexes for search across spellings; the columns hold names normalized by the app.
CREATE INDEX IF NOT EXISTS place_names_trigram_idx ON place_names USING gin (normalized gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS organizations_search_trigram_idx ON organizations USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS people_search_trigram_idx ON people USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS places_population_idx ON places (population DESC);
