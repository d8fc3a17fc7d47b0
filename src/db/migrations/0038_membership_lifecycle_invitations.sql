CREATE TABLE "meeting_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"email" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_invitations_status" CHECK ("meeting_invitations"."status" IN ('queued', 'sending', 'sent', 'failed', 'no_address'))
);
--> statement-breakpoint
CREATE TABLE "network_rules" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"admission_by" text NOT NULL,
	"admission_body_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_rules_admission_by" CHECK ("network_rules"."admission_by" IN ('secretariat', 'body')),
	CONSTRAINT "network_rules_admission_body" CHECK (("network_rules"."admission_by" = 'body') = ("network_rules"."admission_body_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "membership_dues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"period" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_dues_membership_period" UNIQUE("membership_id","period"),
	CONSTRAINT "membership_dues_amount" CHECK ("membership_dues"."amount_minor" >= 0),
	CONSTRAINT "membership_dues_currency" CHECK ("membership_dues"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "membership_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"action" text NOT NULL,
	"decision_id" uuid,
	"reason" text,
	"effective_on" date NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_status";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "effect" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "fee_amount_minor" bigint;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "fee_currency" text;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "fee_period" text;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_rules" ADD CONSTRAINT "network_rules_network_id_organizations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_rules" ADD CONSTRAINT "network_rules_admission_body_id_organizations_id_fk" FOREIGN KEY ("admission_body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_dues" ADD CONSTRAINT "membership_dues_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transitions" ADD CONSTRAINT "membership_transitions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_round_idx" ON "meeting_invitations" USING btree ("meeting_id","round","person_id");--> statement-breakpoint
CREATE INDEX "meeting_invitations_status_idx" ON "meeting_invitations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "membership_transitions_membership_idx" ON "membership_transitions" USING btree ("membership_id","at");--> statement-breakpoint
CREATE INDEX "membership_transitions_decision_idx" ON "membership_transitions" USING btree ("decision_id");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_effect" CHECK ("decisions"."effect" IS NULL OR ("decisions"."entity_id" IS NOT NULL AND "decisions"."effect" IN ('admit_member', 'suspend_member', 'reinstate_member', 'exclude_member', 'approve_agreement')));--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_fee" CHECK (("memberships"."fee_amount_minor" IS NULL) = ("memberships"."fee_currency" IS NULL)
        AND ("memberships"."fee_amount_minor" IS NULL) = ("memberships"."fee_period" IS NULL)
        AND ("memberships"."fee_amount_minor" IS NULL OR "memberships"."fee_amount_minor" >= 0)
        AND ("memberships"."fee_currency" IS NULL OR "memberships"."fee_currency" ~ '^[A-Z]{3}$')
        AND ("memberships"."fee_period" IS NULL OR "memberships"."fee_period" IN ('monthly', 'quarterly', 'yearly', 'one_off')));--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_status" CHECK ("memberships"."status" IN ('applied', 'invited', 'active', 'suspended', 'declined', 'left', 'excluded', 'ended'));--> statement-breakpoint
-- Memberships recorded before their steps were kept begin their history with what they are now.
INSERT INTO "membership_transitions" ("membership_id", "from_status", "to_status", "action", "effective_on", "actor", "at")
SELECT "id", NULL, "status", 'create', COALESCE("start_date", "created_at"::date), 'system', "created_at" FROM "memberships";
