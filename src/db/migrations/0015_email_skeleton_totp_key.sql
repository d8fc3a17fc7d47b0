ALTER TABLE "users" ADD COLUMN "email_skeleton" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_key_id" text;--> statement-breakpoint
CREATE INDEX "users_email_skeleton_idx" ON "users" USING btree ("email_skeleton");