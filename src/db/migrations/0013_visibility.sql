CREATE TABLE "agreement_readers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"user_id" uuid,
	"body_id" uuid,
	CONSTRAINT "agreement_readers_one_reader" CHECK (num_nonnulls("agreement_readers"."user_id", "agreement_readers"."body_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD COLUMN "visibility" text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "visibility" text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreement_readers" ADD CONSTRAINT "agreement_readers_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_readers" ADD CONSTRAINT "agreement_readers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_readers" ADD CONSTRAINT "agreement_readers_body_id_organizations_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_readers_agreement_idx" ON "agreement_readers" USING btree ("agreement_id");