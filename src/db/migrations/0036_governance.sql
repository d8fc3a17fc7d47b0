CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_mandates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"post" text DEFAULT 'member' NOT NULL,
	"person_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_mandates_post" CHECK ("body_mandates"."post" IN ('chair', 'vice_chair', 'secretary', 'treasurer', 'member')),
	CONSTRAINT "body_mandates_dates_ordered" CHECK ("body_mandates"."end_date" IS NULL OR "body_mandates"."end_date" >= "body_mandates"."start_date")
);
--> statement-breakpoint
CREATE TABLE "body_rules" (
	"body_id" uuid PRIMARY KEY NOT NULL,
	"quorum_kind" text NOT NULL,
	"quorum_count" integer,
	"quorum_numerator" integer,
	"quorum_denominator" integer,
	"ordinary_majority" text NOT NULL,
	"special_majority" text NOT NULL,
	"proxies_allowed" boolean NOT NULL,
	"max_proxies_per_member" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_rules_quorum" CHECK (("body_rules"."quorum_kind" = 'count' AND "body_rules"."quorum_count" >= 1)
        OR ("body_rules"."quorum_kind" = 'fraction' AND "body_rules"."quorum_denominator" >= 1
          AND "body_rules"."quorum_numerator" BETWEEN 1 AND "body_rules"."quorum_denominator")),
	CONSTRAINT "body_rules_proxies" CHECK ("body_rules"."max_proxies_per_member" >= 0)
);
--> statement-breakpoint
CREATE TABLE "body_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"category" text NOT NULL,
	"label" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "body_seats_count" CHECK ("body_seats"."count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"motion_id" uuid,
	"vote_event_id" uuid,
	"text" jsonb NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_entity" CHECK (("decisions"."entity_type" IS NULL) = ("decisions"."entity_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"proxy_holder_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id"),
	CONSTRAINT "meeting_attendance_status" CHECK ("meeting_attendance"."status" IN ('registered', 'present', 'proxy', 'excused', 'absent')),
	CONSTRAINT "meeting_attendance_proxy" CHECK (("meeting_attendance"."status" = 'proxy') = ("meeting_attendance"."proxy_holder_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "meeting_minutes" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"document_url" text,
	"source_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"mode" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"timezone" text NOT NULL,
	"place" text,
	"url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"minutes_approved_at_meeting_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_status" CHECK ("meetings"."status" IN ('draft', 'convened', 'held', 'minutes_approved', 'cancelled')),
	CONSTRAINT "meetings_mode" CHECK ("meetings"."mode" IN ('in_person', 'online', 'hybrid')),
	CONSTRAINT "meetings_times_ordered" CHECK ("meetings"."ends_at" IS NULL OR "meetings"."ends_at" >= "meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "motions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"text" jsonb NOT NULL,
	"decision_kind" text DEFAULT 'ordinary' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vote_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motion_id" uuid NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"yes" integer,
	"no" integer,
	"abstain" integer,
	"quorum_counted" integer,
	"quorum_required" integer,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "vote_events_status" CHECK ("vote_events"."status" IN ('open', 'closed')),
	CONSTRAINT "vote_events_method" CHECK ("vote_events"."method" IN ('roll_call', 'show_of_hands'))
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"vote_event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"mode" text NOT NULL,
	"cast_by_id" uuid NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_vote_event_id_member_id_pk" PRIMARY KEY("vote_event_id","member_id"),
	CONSTRAINT "votes_choice" CHECK ("votes"."choice" IN ('yes', 'no', 'abstain')),
	CONSTRAINT "votes_mode" CHECK ("votes"."mode" IN ('in_person', 'proxy'))
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_mandates" ADD CONSTRAINT "body_mandates_body_id_organizations_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_mandates" ADD CONSTRAINT "body_mandates_seat_id_body_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."body_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_mandates" ADD CONSTRAINT "body_mandates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_rules" ADD CONSTRAINT "body_rules_body_id_organizations_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_seats" ADD CONSTRAINT "body_seats_body_id_organizations_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_motion_id_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_vote_event_id_vote_events_id_fk" FOREIGN KEY ("vote_event_id") REFERENCES "public"."vote_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_proxy_holder_id_people_id_fk" FOREIGN KEY ("proxy_holder_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_organizations_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motions" ADD CONSTRAINT "motions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_events" ADD CONSTRAINT "vote_events_motion_id_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."motions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_vote_event_id_vote_events_id_fk" FOREIGN KEY ("vote_event_id") REFERENCES "public"."vote_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_member_id_people_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_cast_by_id_people_id_fk" FOREIGN KEY ("cast_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "body_mandates_body_idx" ON "body_mandates" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "body_mandates_person_idx" ON "body_mandates" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "body_seats_body_category_idx" ON "body_seats" USING btree ("body_id","category");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "decisions_entity_idx" ON "decisions" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "meetings_body_starts_idx" ON "meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "motions_agenda_item_idx" ON "motions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "vote_events_motion_idx" ON "vote_events" USING btree ("motion_id");