-- CreateTable
CREATE TABLE "latest_manual_level" (
    "thing_id" INTEGER NOT NULL,
    "release_status" VARCHAR(100) NOT NULL,
    "observation_id" INTEGER NOT NULL,
    "measured_at" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "measuring_point_height" DOUBLE PRECISION,

    CONSTRAINT "latest_manual_level_pkey" PRIMARY KEY ("thing_id","release_status")
);


-- Hand-written (ADR 27): latest_manual_level is derived from observation and kept current here.
-- A manual level is an observation of the parameter "groundwater level" with a value. It belongs to
-- the thing of its sample's field activity's field event. The latest per (thing, release status)
-- is the one with the latest observation_datetime, then the highest id. Every write is an upsert
-- where the newer level wins, so concurrent writers converge without locks of their own. A level
-- that stops qualifying (deleted, corrected, moved) has its thing recomputed from observation.
-- Statements are separated by semicolons only: the driver adapter that applies migrations splits
-- the file at every semicolon, so the trigger bodies spell theirs as \073 inside E'' strings.

-- Offers the observations `ids` that are manual levels as the latest of their thing.
CREATE FUNCTION latest_manual_level_offer(ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO latest_manual_level AS cur (thing_id, release_status, observation_id, measured_at, value, measuring_point_height)
  SELECT DISTINCT ON (fe.thing_id, o.release_status) fe.thing_id, o.release_status, o.id, o.observation_datetime, o.value, o.measuring_point_height
  FROM observation o
  JOIN parameter p ON p.id = o.parameter_id
  JOIN sample s ON s.id = o.sample_id
  JOIN field_activity fa ON fa.id = s.field_activity_id
  JOIN field_event fe ON fe.id = fa.field_event_id
  WHERE o.id = ANY(ids) AND p.parameter_name = 'groundwater level' AND o.value IS NOT NULL
  ORDER BY fe.thing_id, o.release_status, o.observation_datetime DESC, o.id DESC
  ON CONFLICT (thing_id, release_status) DO UPDATE
    SET observation_id = EXCLUDED.observation_id, measured_at = EXCLUDED.measured_at, value = EXCLUDED.value,
      measuring_point_height = EXCLUDED.measuring_point_height
    WHERE (EXCLUDED.measured_at, EXCLUDED.observation_id) > (cur.measured_at, cur.observation_id)
$$;

-- Recomputes the rows of the things `thing_ids` from observation.
CREATE FUNCTION latest_manual_level_recompute(thing_ids integer[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM latest_manual_level WHERE thing_id = ANY(thing_ids)\073
  PERFORM latest_manual_level_offer(ARRAY(
    SELECT o.id FROM field_event fe
    JOIN field_activity fa ON fa.field_event_id = fe.id
    JOIN sample s ON s.field_activity_id = fa.id
    JOIN observation o ON o.sample_id = s.id
    WHERE fe.thing_id = ANY(thing_ids)))\073
END';

-- New levels are offered. Levels that were the latest of their thing and were changed or deleted
-- have their things recomputed (which also offers their new version).
CREATE FUNCTION latest_manual_level_observation_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_offer(ARRAY(SELECT id FROM new_rows))\073
  RETURN NULL\073
END';

CREATE FUNCTION latest_manual_level_observation_updated() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_recompute(ARRAY(
    SELECT DISTINCT l.thing_id FROM latest_manual_level l JOIN old_rows o ON o.id = l.observation_id))\073
  PERFORM latest_manual_level_offer(ARRAY(SELECT id FROM new_rows))\073
  RETURN NULL\073
END';

CREATE FUNCTION latest_manual_level_observation_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_recompute(ARRAY(
    SELECT DISTINCT l.thing_id FROM latest_manual_level l JOIN old_rows o ON o.id = l.observation_id))\073
  RETURN NULL\073
END';

CREATE TRIGGER latest_manual_level_observation_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_manual_level_observation_inserted();
CREATE TRIGGER latest_manual_level_observation_update AFTER UPDATE ON observation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_manual_level_observation_updated();
CREATE TRIGGER latest_manual_level_observation_delete AFTER DELETE ON observation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_manual_level_observation_deleted();

-- A field event, activity or sample moved to another parent moves its levels: both things are recomputed.
CREATE FUNCTION latest_manual_level_field_event_moved() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_recompute(ARRAY[OLD.thing_id, NEW.thing_id])\073
  RETURN NULL\073
END';

CREATE FUNCTION latest_manual_level_field_activity_moved() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_recompute(ARRAY(
    SELECT thing_id FROM field_event WHERE id IN (OLD.field_event_id, NEW.field_event_id)))\073
  RETURN NULL\073
END';

CREATE FUNCTION latest_manual_level_sample_moved() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM latest_manual_level_recompute(ARRAY(
    SELECT fe.thing_id FROM field_activity fa JOIN field_event fe ON fe.id = fa.field_event_id
    WHERE fa.id IN (OLD.field_activity_id, NEW.field_activity_id)))\073
  RETURN NULL\073
END';

CREATE TRIGGER latest_manual_level_field_event_moved AFTER UPDATE OF thing_id ON field_event
  FOR EACH ROW WHEN (OLD.thing_id IS DISTINCT FROM NEW.thing_id) EXECUTE FUNCTION latest_manual_level_field_event_moved();
CREATE TRIGGER latest_manual_level_field_activity_moved AFTER UPDATE OF field_event_id ON field_activity
  FOR EACH ROW WHEN (OLD.field_event_id IS DISTINCT FROM NEW.field_event_id) EXECUTE FUNCTION latest_manual_level_field_activity_moved();
CREATE TRIGGER latest_manual_level_sample_moved AFTER UPDATE OF field_activity_id ON sample
  FOR EACH ROW WHEN (OLD.field_activity_id IS DISTINCT FROM NEW.field_activity_id) EXECUTE FUNCTION latest_manual_level_sample_moved();

-- The levels already stored.
SELECT latest_manual_level_offer(ARRAY(SELECT id FROM observation));
