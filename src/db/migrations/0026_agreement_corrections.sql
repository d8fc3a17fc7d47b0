CREATE TABLE "agreement_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"field" text NOT NULL,
	"from_value" text,
	"to_value" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "agreement_corrections" ADD CONSTRAINT "agreement_corrections_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_corrections" ADD CONSTRAINT "agreement_corrections_part_id_agreement_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."agreement_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_corrections" ADD CONSTRAINT "agreement_corrections_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_corrections" ADD CONSTRAINT "agreement_corrections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_corrections_agreement_idx" ON "agreement_corrections" USING btree ("agreement_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_corrections_one_pending" ON "agreement_corrections" USING btree ("part_id","field") WHERE "agreement_corrections"."status" = 'proposed';