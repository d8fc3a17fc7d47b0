-- The audit log's hash chain (audit/chain.ts holds the same definition in TypeScript, which
-- `jumelage audit verify` uses to check it independently).
CREATE OR REPLACE FUNCTION audit_log_hash(
  p_previous_hash text, p_id bigint, p_at timestamptz, p_actor text, p_action text,
  p_entity_type text, p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text,
  p_ip text, p_correlation_id text
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    'jumelage-audit-1' || E'\n' || p_previous_hash || E'\n' || array_to_string(ARRAY(
      SELECT CASE WHEN field IS NULL THEN '-' ELSE encode(sha256(convert_to(field, 'UTF8')), 'hex') END
      FROM unnest(ARRAY[
        p_id::text,
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        p_actor, p_action, p_entity_type, p_entity_id, p_before::text, p_after::text, p_request_id,
        p_ip, p_correlation_id
      ]) WITH ORDINALITY AS fields (field, position)
      ORDER BY position
    ), E'\n'),
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Existing records are chained in id order. The append-only trigger is set aside for this one
-- update, inside the migration's transaction.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
--> statement-breakpoint
DO $$
DECLARE
  r audit_log%ROWTYPE;
  previous text := repeat('0', 64);
  current_hash text;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    current_hash := audit_log_hash(previous, r.id, r.at, r.actor, r.action, r.entity_type,
      r.entity_id, r.before, r.after, r.request_id, r.ip, r.correlation_id);
    UPDATE audit_log SET previous_hash = previous, hash = current_hash WHERE id = r.id;
    previous := current_hash;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
--> statement-breakpoint
-- Appends are serialized: the first statement-level trigger takes a transaction-scoped lock
-- before any row's id is drawn, so ids follow the chain and two app instances on one server
-- never both append after the same record (the lock is held until the writer commits).
CREATE OR REPLACE FUNCTION audit_log_chain_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4242000017);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
  last_hash text;
BEGIN
  SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  IF last_id IS NOT NULL AND NEW.id <= last_id THEN
    RAISE EXCEPTION 'audit records are appended in id order: % after %', NEW.id, last_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  NEW.previous_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_log_hash(NEW.previous_hash, NEW.id, NEW.at, NEW.actor, NEW.action,
    NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.request_id, NEW.ip, NEW.correlation_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain_lock BEFORE INSERT ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_chain_lock();
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
