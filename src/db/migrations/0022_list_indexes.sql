DROP INDEX "agreements_status_idx";--> statement-breakpoint
DROP INDEX "agreements_signed_on_idx";--> statement-breakpoint
DROP INDEX "memberships_organization_idx";--> statement-breakpoint
DROP INDEX "organizations_kind_idx";--> statement-breakpoint
CREATE INDEX "agreement_parties_country_idx" ON "agreement_parties" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "agreement_readers_user_idx" ON "agreement_readers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "agreement_readers_body_idx" ON "agreement_readers" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "agreements_sort_idx" ON "agreements" USING btree (coalesce("signed_on", '0001-01-01'::date),"id");--> statement-breakpoint
CREATE INDEX "agreements_status_sort_idx" ON "agreements" USING btree ("status",coalesce("signed_on", '0001-01-01'::date),"id");--> statement-breakpoint
CREATE INDEX "agreements_type_sort_idx" ON "agreements" USING btree ("type",coalesce("signed_on", '0001-01-01'::date),"id");--> statement-breakpoint
CREATE INDEX "agreements_visibility_sort_idx" ON "agreements" USING btree ("visibility",coalesce("signed_on", '0001-01-01'::date),"id");--> statement-breakpoint
CREATE INDEX "agreements_themes_idx" ON "agreements" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country_code","id");--> statement-breakpoint
-- Both trigram indexes were made by 0002 before the schema declared them: made here only where missing.
CREATE INDEX IF NOT EXISTS "organizations_search_trigram_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "memberships_organization_member_idx" ON "memberships" USING btree ("organization_id","member_organization_id");--> statement-breakpoint
CREATE INDEX "memberships_organization_person_idx" ON "memberships" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_search_trigram_idx" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_other_country_codes_idx" ON "places" USING gin ("other_country_codes");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind","id");