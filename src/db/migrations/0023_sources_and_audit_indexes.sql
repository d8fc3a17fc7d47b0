CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "sources_recorded_idx" ON "sources" USING btree ("created_at","id");