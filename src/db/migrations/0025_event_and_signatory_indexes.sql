CREATE INDEX "agreement_parts_signing_event_idx" ON "agreement_parts" USING btree ("signing_event_id");--> statement-breakpoint
CREATE INDEX "part_signatories_person_idx" ON "part_signatories" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_participants_person_idx" ON "event_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_participants_organization_idx" ON "event_participants" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "events_place_idx" ON "events" USING btree ("place_id");