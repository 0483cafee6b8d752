-- Hand-written: constraints and extensions that prisma/schema.prisma cannot express.
-- Prisma's diff ignores CHECK constraints and extensions, so the drift test stays meaningful.

-- Trigram similarity for search (issue: read API).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A note belongs to exactly one record.
ALTER TABLE "notes" ADD CONSTRAINT "notes_exactly_one_target"
  CHECK (num_nonnulls("thing_id", "location_id", "contact_id") = 1);

-- Provenance describes a field of exactly one record.
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_exactly_one_target"
  CHECK (num_nonnulls("thing_id", "location_id") = 1);

-- A review block cannot end before it starts (the reference's name, typo included).
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "check_transuder_block_time_order"
  CHECK ("end_datetime" >= "start_datetime");

-- Coordinates within WGS84 ranges.
ALTER TABLE "location" ADD CONSTRAINT "location_coordinates_in_range"
  CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);

-- A screen's bottom is at or below its top (depths grow downwards).
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_bottom_below_top"
  CHECK ("screen_depth_bottom" IS NULL OR "screen_depth_top" IS NULL OR "screen_depth_bottom" >= "screen_depth_top");

-- A sensor is removed after it is installed.
ALTER TABLE "deployment" ADD CONSTRAINT "deployment_removal_after_installation"
  CHECK ("removal_date" IS NULL OR "installation_date" IS NULL OR "removal_date" >= "installation_date");

-- A sample's bottom depth is below its top depth.
ALTER TABLE "sample" ADD CONSTRAINT "sample_depth_bottom_below_top"
  CHECK ("depth_bottom" IS NULL OR "depth_top" IS NULL OR "depth_bottom" > "depth_top");

-- A location association closes after it opens.
ALTER TABLE "location_thing_association" ADD CONSTRAINT "location_thing_association_end_after_start"
  CHECK ("effective_end" IS NULL OR "effective_end" >= "effective_start");

-- A thing has at most one open location association.
CREATE UNIQUE INDEX "uq_location_thing_association_open"
  ON "location_thing_association" ("thing_id") WHERE "effective_end" IS NULL;
