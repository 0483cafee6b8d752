-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "lexicon_category" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" VARCHAR(255),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "lexicon_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lexicon_term" (
    "id" SERIAL NOT NULL,
    "term" VARCHAR(100) NOT NULL,
    "definition" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "lexicon_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lexicon_term_category_association" (
    "id" SERIAL NOT NULL,
    "term_id" INTEGER NOT NULL,
    "category_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "lexicon_term_category_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lexicon_triple" (
    "id" SERIAL NOT NULL,
    "subject" VARCHAR(100) NOT NULL,
    "predicate" VARCHAR(100) NOT NULL,
    "object_" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "lexicon_triple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" SERIAL NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "elevation" DOUBLE PRECISION,
    "elevation_method" VARCHAR(100),
    "coordinate_method" VARCHAR(100),
    "description" TEXT,
    "county" VARCHAR(100),
    "state" VARCHAR(100),
    "quad_name" VARCHAR(100),
    "nma_pk_location" VARCHAR(36),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location_thing_association" (
    "id" SERIAL NOT NULL,
    "location_id" INTEGER NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "effective_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effective_end" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "location_thing_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thing" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "thing_type" VARCHAR(100) NOT NULL,
    "site_name" TEXT,
    "first_visit_date" DATE,
    "well_depth" DOUBLE PRECISION,
    "hole_depth" DOUBLE PRECISION,
    "well_casing_depth" DOUBLE PRECISION,
    "well_pump_depth" DOUBLE PRECISION,
    "well_casing_diameter" DOUBLE PRECISION,
    "well_completion_date" DATE,
    "well_driller_name" VARCHAR(200),
    "well_construction_method" VARCHAR(100),
    "well_pump_type" VARCHAR(100),
    "formation_completion_code" VARCHAR(100),
    "spring_type" VARCHAR(100),
    "nma_pk_welldata" VARCHAR(36),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "thing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thing_id_link" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "relation" VARCHAR(100) NOT NULL,
    "alternate_id" VARCHAR(100) NOT NULL,
    "alternate_organization" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "thing_id_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "well_purpose" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "well_purpose_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "well_casing_material" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "material" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "well_casing_material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "well_screen" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "aquifer_system_id" INTEGER,
    "geologic_formation_id" INTEGER,
    "screen_depth_top" DOUBLE PRECISION,
    "screen_depth_bottom" DOUBLE PRECISION,
    "screen_type" VARCHAR(100),
    "screen_description" VARCHAR(1000),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "well_screen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measuring_point_history" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "measuring_point_height" DOUBLE PRECISION,
    "measuring_point_description" TEXT,
    "measuring_point_height_is_assumed" BOOLEAN NOT NULL DEFAULT false,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "reason" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "measuring_point_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_frequency_history" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "monitoring_frequency" VARCHAR(100) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "monitoring_frequency_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_history" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "status_type" VARCHAR(100) NOT NULL,
    "status_value" VARCHAR(100) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "reason" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "status_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_access_consent" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "contact_id" INTEGER,
    "permission_type" VARCHAR(100) NOT NULL,
    "permission_allowed" BOOLEAN NOT NULL DEFAULT false,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "field_access_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notes" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER,
    "location_id" INTEGER,
    "contact_id" INTEGER,
    "note_type" VARCHAR(100) NOT NULL,
    "content" TEXT NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_provenance" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER,
    "location_id" INTEGER,
    "field_name" TEXT,
    "source_type" VARCHAR(100),
    "source_reference" TEXT,
    "collection_method" VARCHAR(100),
    "accuracy_value" DOUBLE PRECISION,
    "accuracy_unit" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "data_provenance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aquifer_system" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "primary_aquifer_type" VARCHAR(100) NOT NULL,
    "geographic_scale" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "aquifer_system_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thing_aquifer_association" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "aquifer_system_id" INTEGER NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "thing_aquifer_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aquifer_type" (
    "id" SERIAL NOT NULL,
    "thing_aquifer_association_id" INTEGER NOT NULL,
    "aquifer_type" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "aquifer_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "geologic_formation" (
    "id" SERIAL NOT NULL,
    "formation_code" VARCHAR(100),
    "description" TEXT,
    "lithology" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "geologic_formation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thing_geologic_formation_association" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "geologic_formation_id" INTEGER,
    "top_depth" DOUBLE PRECISION NOT NULL,
    "bottom_depth" DOUBLE PRECISION NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "thing_geologic_formation_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100),
    "organization" VARCHAR(100),
    "role" VARCHAR(100) NOT NULL,
    "contact_type" VARCHAR(100) NOT NULL,
    "nma_pk_owners" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email" (
    "id" SERIAL NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "email" VARCHAR(100) NOT NULL,
    "email_type" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone" (
    "id" SERIAL NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "phone_number" VARCHAR(20) NOT NULL,
    "phone_type" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "address" (
    "id" SERIAL NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "address_line_1" VARCHAR(255) NOT NULL,
    "address_line_2" VARCHAR(255),
    "city" VARCHAR(100),
    "state" VARCHAR(50),
    "postal_code" VARCHAR(20),
    "country" VARCHAR(100) NOT NULL DEFAULT 'United States',
    "address_type" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thing_contact_association" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "thing_contact_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" VARCHAR(255),
    "group_type" VARCHAR(100),
    "parent_group_id" INTEGER,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_thing_association" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "group_thing_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sensor" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "sensor_type" VARCHAR(100) NOT NULL,
    "model" VARCHAR(50),
    "serial_no" VARCHAR(50),
    "pcn_number" VARCHAR(50),
    "owner_agency" VARCHAR(100),
    "sensor_status" VARCHAR(100),
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "sensor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployment" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "sensor_id" INTEGER NOT NULL,
    "installation_date" DATE,
    "removal_date" DATE,
    "recording_interval" INTEGER,
    "recording_interval_units" VARCHAR(100),
    "hanging_cable_length" DOUBLE PRECISION,
    "hanging_point_height" DOUBLE PRECISION,
    "hanging_point_description" TEXT,
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transducer_observation" (
    "id" SERIAL NOT NULL,
    "deployment_id" INTEGER NOT NULL,
    "parameter_id" INTEGER NOT NULL,
    "observation_datetime" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "data_maturity" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "transducer_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transducer_observation_block" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "parameter_id" INTEGER NOT NULL,
    "review_status" VARCHAR(100),
    "start_datetime" TIMESTAMPTZ(3) NOT NULL,
    "end_datetime" TIMESTAMPTZ(3) NOT NULL,
    "comment" TEXT,
    "reviewer_id" INTEGER,
    "source_file" VARCHAR(255),
    "source_kind" VARCHAR(50),
    "corrections" JSONB,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "data_maturity" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "transducer_observation_block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_event" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "event_date" TIMESTAMPTZ(3) NOT NULL,
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "field_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_event_participant" (
    "id" SERIAL NOT NULL,
    "field_event_id" INTEGER NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "participant_role" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "field_event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_activity" (
    "id" SERIAL NOT NULL,
    "field_event_id" INTEGER NOT NULL,
    "activity_type" VARCHAR(100) NOT NULL,
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "field_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sample" (
    "id" SERIAL NOT NULL,
    "field_activity_id" INTEGER NOT NULL,
    "field_event_participant_id" INTEGER,
    "sample_date" TIMESTAMPTZ(3) NOT NULL,
    "sample_name" TEXT NOT NULL,
    "sample_matrix" VARCHAR(100) NOT NULL,
    "sample_method" VARCHAR(100) NOT NULL,
    "qc_type" VARCHAR(100) NOT NULL DEFAULT 'Normal',
    "depth_top" DOUBLE PRECISION,
    "depth_bottom" DOUBLE PRECISION,
    "notes" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" SERIAL NOT NULL,
    "sample_id" INTEGER NOT NULL,
    "sensor_id" INTEGER,
    "analysis_method_id" INTEGER,
    "parameter_id" INTEGER NOT NULL,
    "observation_datetime" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" VARCHAR(100) NOT NULL,
    "notes" TEXT,
    "measuring_point_height" DOUBLE PRECISION,
    "groundwater_level_reason" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parameter" (
    "id" SERIAL NOT NULL,
    "parameter_name" VARCHAR(100) NOT NULL,
    "matrix" VARCHAR(100) NOT NULL,
    "parameter_type" VARCHAR(100),
    "cas_number" TEXT,
    "default_unit" VARCHAR(100) NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analysis_method" (
    "id" SERIAL NOT NULL,
    "analysis_method_code" TEXT,
    "analysis_method_name" TEXT NOT NULL,
    "analysis_method_type" VARCHAR(100),
    "source_organization" VARCHAR(100),
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "analysis_method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulatory_limit" (
    "id" SERIAL NOT NULL,
    "parameter_id" INTEGER NOT NULL,
    "limit_source" VARCHAR(100) NOT NULL,
    "limit_value" DOUBLE PRECISION NOT NULL,
    "limit_unit" VARCHAR(100) NOT NULL,
    "limit_type" VARCHAR(100),
    "citation" TEXT,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "regulatory_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "storage_service" TEXT NOT NULL,
    "storage_path" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uri" TEXT NOT NULL,
    "release_status" VARCHAR(100) NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset_thing_association" (
    "id" SERIAL NOT NULL,
    "asset_id" INTEGER NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "asset_thing_association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publication" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT,
    "doi" TEXT,
    "year" INTEGER,
    "publisher" TEXT,
    "url" TEXT,
    "publication_type" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pub_author" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "pub_author_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pub_author_publication_association" (
    "publication_id" INTEGER NOT NULL,
    "author_id" INTEGER NOT NULL,
    "author_order" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "pub_author_publication_association_pkey" PRIMARY KEY ("publication_id","author_id")
);

-- CreateTable
CREATE TABLE "pub_author_contact_association" (
    "author_id" INTEGER NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "pub_author_contact_association_pkey" PRIMARY KEY ("author_id","contact_id")
);

-- CreateTable
CREATE TABLE "geochronology_age" (
    "id" SERIAL NOT NULL,
    "location_id" INTEGER NOT NULL,
    "age" DOUBLE PRECISION NOT NULL,
    "age_error" DOUBLE PRECISION,
    "method" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "geochronology_age_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collaborative_network_well" (
    "id" SERIAL NOT NULL,
    "thing_id" INTEGER NOT NULL,
    "actively_monitored" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "collaborative_network_well_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "lexicon_category_name_key" ON "lexicon_category"("name");

-- CreateIndex
CREATE UNIQUE INDEX "lexicon_term_term_key" ON "lexicon_term"("term");

-- CreateIndex
CREATE INDEX "ix_lexicon_term_category_association_category_id" ON "lexicon_term_category_association"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_lexicon_term_category" ON "lexicon_term_category_association"("term_id", "category_id");

-- CreateIndex
CREATE INDEX "ix_location_latitude_longitude" ON "location"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "ix_location_thing_association_thing_id_effective_end" ON "location_thing_association"("thing_id", "effective_end");

-- CreateIndex
CREATE INDEX "ix_location_thing_association_location_id" ON "location_thing_association"("location_id");

-- CreateIndex
CREATE INDEX "ix_thing_name" ON "thing"("name");

-- CreateIndex
CREATE INDEX "ix_thing_thing_type" ON "thing"("thing_type");

-- CreateIndex
CREATE INDEX "ix_thing_release_status" ON "thing"("release_status");

-- CreateIndex
CREATE INDEX "ix_thing_id_link_alternate_id" ON "thing_id_link"("alternate_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_thing_id_link_thing_org_relation_id" ON "thing_id_link"("thing_id", "alternate_organization", "relation", "alternate_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_well_purpose_thing_purpose" ON "well_purpose"("thing_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "uq_well_casing_material_thing_material" ON "well_casing_material"("thing_id", "material");

-- CreateIndex
CREATE INDEX "ix_well_screen_thing_id" ON "well_screen"("thing_id");

-- CreateIndex
CREATE INDEX "ix_well_screen_aquifer_system_id" ON "well_screen"("aquifer_system_id");

-- CreateIndex
CREATE INDEX "ix_well_screen_geologic_formation_id" ON "well_screen"("geologic_formation_id");

-- CreateIndex
CREATE INDEX "ix_measuring_point_history_thing_id_start_date" ON "measuring_point_history"("thing_id", "start_date");

-- CreateIndex
CREATE INDEX "ix_monitoring_frequency_history_thing_id_start_date" ON "monitoring_frequency_history"("thing_id", "start_date");

-- CreateIndex
CREATE INDEX "ix_status_history_thing_id_status_type_start_date" ON "status_history"("thing_id", "status_type", "start_date");

-- CreateIndex
CREATE INDEX "ix_field_access_consent_thing_id_permission_type_start_date" ON "field_access_consent"("thing_id", "permission_type", "start_date");

-- CreateIndex
CREATE INDEX "ix_field_access_consent_contact_id" ON "field_access_consent"("contact_id");

-- CreateIndex
CREATE INDEX "ix_notes_thing_id" ON "notes"("thing_id");

-- CreateIndex
CREATE INDEX "ix_notes_location_id" ON "notes"("location_id");

-- CreateIndex
CREATE INDEX "ix_notes_contact_id" ON "notes"("contact_id");

-- CreateIndex
CREATE INDEX "ix_data_provenance_thing_id_field_name" ON "data_provenance"("thing_id", "field_name");

-- CreateIndex
CREATE INDEX "ix_data_provenance_location_id_field_name" ON "data_provenance"("location_id", "field_name");

-- CreateIndex
CREATE UNIQUE INDEX "aquifer_system_name_key" ON "aquifer_system"("name");

-- CreateIndex
CREATE INDEX "ix_thing_aquifer_association_thing_id" ON "thing_aquifer_association"("thing_id");

-- CreateIndex
CREATE INDEX "ix_thing_aquifer_association_aquifer_system_id" ON "thing_aquifer_association"("aquifer_system_id");

-- CreateIndex
CREATE INDEX "ix_aquifer_type_thing_aquifer_association_id" ON "aquifer_type"("thing_aquifer_association_id");

-- CreateIndex
CREATE UNIQUE INDEX "geologic_formation_formation_code_key" ON "geologic_formation"("formation_code");

-- CreateIndex
CREATE INDEX "ix_thing_geologic_formation_association_thing_id" ON "thing_geologic_formation_association"("thing_id");

-- CreateIndex
CREATE INDEX "ix_thing_geologic_formation_association_geologic_formation_id" ON "thing_geologic_formation_association"("geologic_formation_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_contact_name_organization" ON "contact"("name", "organization");

-- CreateIndex
CREATE INDEX "ix_email_contact_id" ON "email"("contact_id");

-- CreateIndex
CREATE INDEX "ix_phone_contact_id" ON "phone"("contact_id");

-- CreateIndex
CREATE INDEX "ix_address_contact_id" ON "address"("contact_id");

-- CreateIndex
CREATE INDEX "ix_thing_contact_association_contact_id" ON "thing_contact_association"("contact_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_thing_contact" ON "thing_contact_association"("thing_id", "contact_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_name_key" ON "group"("name");

-- CreateIndex
CREATE INDEX "ix_group_parent_group_id" ON "group"("parent_group_id");

-- CreateIndex
CREATE INDEX "ix_group_thing_association_thing_id" ON "group_thing_association"("thing_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_group_thing" ON "group_thing_association"("group_id", "thing_id");

-- CreateIndex
CREATE UNIQUE INDEX "sensor_serial_no_key" ON "sensor"("serial_no");

-- CreateIndex
CREATE UNIQUE INDEX "sensor_pcn_number_key" ON "sensor"("pcn_number");

-- CreateIndex
CREATE INDEX "ix_deployment_thing_id_installation_date" ON "deployment"("thing_id", "installation_date");

-- CreateIndex
CREATE INDEX "ix_deployment_sensor_id" ON "deployment"("sensor_id");

-- CreateIndex
CREATE INDEX "ix_transducer_observation_parameter_id" ON "transducer_observation"("parameter_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_transducer_observation_deployment_parameter_datetime" ON "transducer_observation"("deployment_id", "parameter_id", "observation_datetime");

-- CreateIndex
CREATE INDEX "ix_transducer_observation_block_thing_id_start_datetime" ON "transducer_observation_block"("thing_id", "start_datetime");

-- CreateIndex
CREATE INDEX "ix_transducer_observation_block_parameter_id" ON "transducer_observation_block"("parameter_id");

-- CreateIndex
CREATE INDEX "ix_transducer_observation_block_reviewer_id" ON "transducer_observation_block"("reviewer_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_transducer_block_thing_status_parameter_time" ON "transducer_observation_block"("thing_id", "review_status", "parameter_id", "start_datetime", "end_datetime");

-- CreateIndex
CREATE INDEX "ix_field_event_thing_id_event_date" ON "field_event"("thing_id", "event_date");

-- CreateIndex
CREATE INDEX "ix_field_event_participant_field_event_id" ON "field_event_participant"("field_event_id");

-- CreateIndex
CREATE INDEX "ix_field_event_participant_contact_id" ON "field_event_participant"("contact_id");

-- CreateIndex
CREATE INDEX "ix_field_activity_field_event_id" ON "field_activity"("field_event_id");

-- CreateIndex
CREATE UNIQUE INDEX "sample_sample_name_key" ON "sample"("sample_name");

-- CreateIndex
CREATE INDEX "ix_sample_field_activity_id" ON "sample"("field_activity_id");

-- CreateIndex
CREATE INDEX "ix_sample_field_event_participant_id" ON "sample"("field_event_participant_id");

-- CreateIndex
CREATE INDEX "ix_observation_observation_datetime" ON "observation"("observation_datetime");

-- CreateIndex
CREATE INDEX "ix_observation_sample_id" ON "observation"("sample_id");

-- CreateIndex
CREATE INDEX "ix_observation_sensor_id" ON "observation"("sensor_id");

-- CreateIndex
CREATE INDEX "ix_observation_analysis_method_id" ON "observation"("analysis_method_id");

-- CreateIndex
CREATE INDEX "ix_observation_parameter_id" ON "observation"("parameter_id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_parameter_name_matrix" ON "parameter"("parameter_name", "matrix");

-- CreateIndex
CREATE UNIQUE INDEX "analysis_method_analysis_method_code_key" ON "analysis_method"("analysis_method_code");

-- CreateIndex
CREATE INDEX "ix_regulatory_limit_parameter_id" ON "regulatory_limit"("parameter_id");

-- CreateIndex
CREATE INDEX "ix_asset_thing_association_asset_id" ON "asset_thing_association"("asset_id");

-- CreateIndex
CREATE INDEX "ix_asset_thing_association_thing_id" ON "asset_thing_association"("thing_id");

-- CreateIndex
CREATE UNIQUE INDEX "publication_doi_key" ON "publication"("doi");

-- CreateIndex
CREATE INDEX "ix_pub_author_publication_association_author_id" ON "pub_author_publication_association"("author_id");

-- CreateIndex
CREATE INDEX "ix_pub_author_contact_association_contact_id" ON "pub_author_contact_association"("contact_id");

-- CreateIndex
CREATE INDEX "ix_geochronology_age_location_id" ON "geochronology_age"("location_id");

-- CreateIndex
CREATE INDEX "ix_collaborative_network_well_thing_id" ON "collaborative_network_well"("thing_id");

-- AddForeignKey
ALTER TABLE "lexicon_term_category_association" ADD CONSTRAINT "lexicon_term_category_association_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "lexicon_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lexicon_term_category_association" ADD CONSTRAINT "lexicon_term_category_association_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "lexicon_category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lexicon_triple" ADD CONSTRAINT "lexicon_triple_subject_fkey" FOREIGN KEY ("subject") REFERENCES "lexicon_term"("term") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lexicon_triple" ADD CONSTRAINT "lexicon_triple_object__fkey" FOREIGN KEY ("object_") REFERENCES "lexicon_term"("term") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_elevation_method_fkey" FOREIGN KEY ("elevation_method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_coordinate_method_fkey" FOREIGN KEY ("coordinate_method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_thing_association" ADD CONSTRAINT "location_thing_association_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_thing_association" ADD CONSTRAINT "location_thing_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_thing_type_fkey" FOREIGN KEY ("thing_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_well_construction_method_fkey" FOREIGN KEY ("well_construction_method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_well_pump_type_fkey" FOREIGN KEY ("well_pump_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_formation_completion_code_fkey" FOREIGN KEY ("formation_completion_code") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_spring_type_fkey" FOREIGN KEY ("spring_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing" ADD CONSTRAINT "thing_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_id_link" ADD CONSTRAINT "thing_id_link_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_id_link" ADD CONSTRAINT "thing_id_link_relation_fkey" FOREIGN KEY ("relation") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_id_link" ADD CONSTRAINT "thing_id_link_alternate_organization_fkey" FOREIGN KEY ("alternate_organization") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_id_link" ADD CONSTRAINT "thing_id_link_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_purpose" ADD CONSTRAINT "well_purpose_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_purpose" ADD CONSTRAINT "well_purpose_purpose_fkey" FOREIGN KEY ("purpose") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_purpose" ADD CONSTRAINT "well_purpose_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_casing_material" ADD CONSTRAINT "well_casing_material_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_casing_material" ADD CONSTRAINT "well_casing_material_material_fkey" FOREIGN KEY ("material") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_casing_material" ADD CONSTRAINT "well_casing_material_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_aquifer_system_id_fkey" FOREIGN KEY ("aquifer_system_id") REFERENCES "aquifer_system"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_geologic_formation_id_fkey" FOREIGN KEY ("geologic_formation_id") REFERENCES "geologic_formation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_screen_type_fkey" FOREIGN KEY ("screen_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "well_screen" ADD CONSTRAINT "well_screen_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measuring_point_history" ADD CONSTRAINT "measuring_point_history_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measuring_point_history" ADD CONSTRAINT "measuring_point_history_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_frequency_history" ADD CONSTRAINT "monitoring_frequency_history_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_frequency_history" ADD CONSTRAINT "monitoring_frequency_history_monitoring_frequency_fkey" FOREIGN KEY ("monitoring_frequency") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_frequency_history" ADD CONSTRAINT "monitoring_frequency_history_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_status_type_fkey" FOREIGN KEY ("status_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_status_value_fkey" FOREIGN KEY ("status_value") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_access_consent" ADD CONSTRAINT "field_access_consent_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_access_consent" ADD CONSTRAINT "field_access_consent_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_access_consent" ADD CONSTRAINT "field_access_consent_permission_type_fkey" FOREIGN KEY ("permission_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_access_consent" ADD CONSTRAINT "field_access_consent_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_note_type_fkey" FOREIGN KEY ("note_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_source_type_fkey" FOREIGN KEY ("source_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_collection_method_fkey" FOREIGN KEY ("collection_method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_accuracy_unit_fkey" FOREIGN KEY ("accuracy_unit") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_provenance" ADD CONSTRAINT "data_provenance_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_system" ADD CONSTRAINT "aquifer_system_primary_aquifer_type_fkey" FOREIGN KEY ("primary_aquifer_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_system" ADD CONSTRAINT "aquifer_system_geographic_scale_fkey" FOREIGN KEY ("geographic_scale") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_system" ADD CONSTRAINT "aquifer_system_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_aquifer_association" ADD CONSTRAINT "thing_aquifer_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_aquifer_association" ADD CONSTRAINT "thing_aquifer_association_aquifer_system_id_fkey" FOREIGN KEY ("aquifer_system_id") REFERENCES "aquifer_system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_aquifer_association" ADD CONSTRAINT "thing_aquifer_association_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_type" ADD CONSTRAINT "aquifer_type_thing_aquifer_association_id_fkey" FOREIGN KEY ("thing_aquifer_association_id") REFERENCES "thing_aquifer_association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_type" ADD CONSTRAINT "aquifer_type_aquifer_type_fkey" FOREIGN KEY ("aquifer_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aquifer_type" ADD CONSTRAINT "aquifer_type_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geologic_formation" ADD CONSTRAINT "geologic_formation_formation_code_fkey" FOREIGN KEY ("formation_code") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geologic_formation" ADD CONSTRAINT "geologic_formation_lithology_fkey" FOREIGN KEY ("lithology") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geologic_formation" ADD CONSTRAINT "geologic_formation_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_geologic_formation_association" ADD CONSTRAINT "thing_geologic_formation_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_geologic_formation_association" ADD CONSTRAINT "thing_geologic_formation_association_geologic_formation_id_fkey" FOREIGN KEY ("geologic_formation_id") REFERENCES "geologic_formation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_geologic_formation_association" ADD CONSTRAINT "thing_geologic_formation_association_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_organization_fkey" FOREIGN KEY ("organization") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_role_fkey" FOREIGN KEY ("role") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_contact_type_fkey" FOREIGN KEY ("contact_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email" ADD CONSTRAINT "email_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email" ADD CONSTRAINT "email_email_type_fkey" FOREIGN KEY ("email_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email" ADD CONSTRAINT "email_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_phone_type_fkey" FOREIGN KEY ("phone_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_country_fkey" FOREIGN KEY ("country") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_address_type_fkey" FOREIGN KEY ("address_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_contact_association" ADD CONSTRAINT "thing_contact_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thing_contact_association" ADD CONSTRAINT "thing_contact_association_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_group_type_fkey" FOREIGN KEY ("group_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_parent_group_id_fkey" FOREIGN KEY ("parent_group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_thing_association" ADD CONSTRAINT "group_thing_association_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_thing_association" ADD CONSTRAINT "group_thing_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sensor" ADD CONSTRAINT "sensor_sensor_type_fkey" FOREIGN KEY ("sensor_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sensor" ADD CONSTRAINT "sensor_owner_agency_fkey" FOREIGN KEY ("owner_agency") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sensor" ADD CONSTRAINT "sensor_sensor_status_fkey" FOREIGN KEY ("sensor_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sensor" ADD CONSTRAINT "sensor_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment" ADD CONSTRAINT "deployment_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment" ADD CONSTRAINT "deployment_sensor_id_fkey" FOREIGN KEY ("sensor_id") REFERENCES "sensor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment" ADD CONSTRAINT "deployment_recording_interval_units_fkey" FOREIGN KEY ("recording_interval_units") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment" ADD CONSTRAINT "deployment_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation" ADD CONSTRAINT "transducer_observation_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation" ADD CONSTRAINT "transducer_observation_parameter_id_fkey" FOREIGN KEY ("parameter_id") REFERENCES "parameter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation" ADD CONSTRAINT "transducer_observation_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation" ADD CONSTRAINT "transducer_observation_data_maturity_fkey" FOREIGN KEY ("data_maturity") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_parameter_id_fkey" FOREIGN KEY ("parameter_id") REFERENCES "parameter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_review_status_fkey" FOREIGN KEY ("review_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transducer_observation_block" ADD CONSTRAINT "transducer_observation_block_data_maturity_fkey" FOREIGN KEY ("data_maturity") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event" ADD CONSTRAINT "field_event_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event" ADD CONSTRAINT "field_event_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event_participant" ADD CONSTRAINT "field_event_participant_field_event_id_fkey" FOREIGN KEY ("field_event_id") REFERENCES "field_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event_participant" ADD CONSTRAINT "field_event_participant_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event_participant" ADD CONSTRAINT "field_event_participant_participant_role_fkey" FOREIGN KEY ("participant_role") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_event_participant" ADD CONSTRAINT "field_event_participant_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_activity" ADD CONSTRAINT "field_activity_field_event_id_fkey" FOREIGN KEY ("field_event_id") REFERENCES "field_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_activity" ADD CONSTRAINT "field_activity_activity_type_fkey" FOREIGN KEY ("activity_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_activity" ADD CONSTRAINT "field_activity_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sample" ADD CONSTRAINT "sample_field_activity_id_fkey" FOREIGN KEY ("field_activity_id") REFERENCES "field_activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sample" ADD CONSTRAINT "sample_field_event_participant_id_fkey" FOREIGN KEY ("field_event_participant_id") REFERENCES "field_event_participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sample" ADD CONSTRAINT "sample_sample_matrix_fkey" FOREIGN KEY ("sample_matrix") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sample" ADD CONSTRAINT "sample_sample_method_fkey" FOREIGN KEY ("sample_method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sample" ADD CONSTRAINT "sample_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_sample_id_fkey" FOREIGN KEY ("sample_id") REFERENCES "sample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_sensor_id_fkey" FOREIGN KEY ("sensor_id") REFERENCES "sensor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_analysis_method_id_fkey" FOREIGN KEY ("analysis_method_id") REFERENCES "analysis_method"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_parameter_id_fkey" FOREIGN KEY ("parameter_id") REFERENCES "parameter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_unit_fkey" FOREIGN KEY ("unit") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_groundwater_level_reason_fkey" FOREIGN KEY ("groundwater_level_reason") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter" ADD CONSTRAINT "parameter_parameter_name_fkey" FOREIGN KEY ("parameter_name") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter" ADD CONSTRAINT "parameter_matrix_fkey" FOREIGN KEY ("matrix") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter" ADD CONSTRAINT "parameter_parameter_type_fkey" FOREIGN KEY ("parameter_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter" ADD CONSTRAINT "parameter_default_unit_fkey" FOREIGN KEY ("default_unit") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parameter" ADD CONSTRAINT "parameter_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis_method" ADD CONSTRAINT "analysis_method_analysis_method_type_fkey" FOREIGN KEY ("analysis_method_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis_method" ADD CONSTRAINT "analysis_method_source_organization_fkey" FOREIGN KEY ("source_organization") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis_method" ADD CONSTRAINT "analysis_method_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_limit" ADD CONSTRAINT "regulatory_limit_parameter_id_fkey" FOREIGN KEY ("parameter_id") REFERENCES "parameter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_limit" ADD CONSTRAINT "regulatory_limit_limit_source_fkey" FOREIGN KEY ("limit_source") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_limit" ADD CONSTRAINT "regulatory_limit_limit_unit_fkey" FOREIGN KEY ("limit_unit") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_limit" ADD CONSTRAINT "regulatory_limit_limit_type_fkey" FOREIGN KEY ("limit_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulatory_limit" ADD CONSTRAINT "regulatory_limit_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset" ADD CONSTRAINT "asset_release_status_fkey" FOREIGN KEY ("release_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_thing_association" ADD CONSTRAINT "asset_thing_association_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_thing_association" ADD CONSTRAINT "asset_thing_association_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication" ADD CONSTRAINT "publication_publication_type_fkey" FOREIGN KEY ("publication_type") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pub_author_publication_association" ADD CONSTRAINT "pub_author_publication_association_publication_id_fkey" FOREIGN KEY ("publication_id") REFERENCES "publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pub_author_publication_association" ADD CONSTRAINT "pub_author_publication_association_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "pub_author"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pub_author_contact_association" ADD CONSTRAINT "pub_author_contact_association_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "pub_author"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pub_author_contact_association" ADD CONSTRAINT "pub_author_contact_association_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geochronology_age" ADD CONSTRAINT "geochronology_age_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geochronology_age" ADD CONSTRAINT "geochronology_age_method_fkey" FOREIGN KEY ("method") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collaborative_network_well" ADD CONSTRAINT "collaborative_network_well_thing_id_fkey" FOREIGN KEY ("thing_id") REFERENCES "thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
