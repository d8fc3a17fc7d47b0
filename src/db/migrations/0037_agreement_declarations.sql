CREATE TABLE "agreement_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"declared_by_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_declarations_agreement_network" UNIQUE("agreement_id","network_id")
);
--> statement-breakpoint
ALTER TABLE "agreement_declarations" ADD CONSTRAINT "agreement_declarations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_declarations" ADD CONSTRAINT "agreement_declarations_network_id_organizations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_declarations" ADD CONSTRAINT "agreement_declarations_declared_by_id_organizations_id_fk" FOREIGN KEY ("declared_by_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_declarations" ADD CONSTRAINT "agreement_declarations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_declarations_network_status_idx" ON "agreement_declarations" USING btree ("network_id","status","agreement_id");