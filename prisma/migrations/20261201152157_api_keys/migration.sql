-- CreateTable
CREATE TABLE "api_key" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "display_prefix" VARCHAR(16) NOT NULL,
    "secret_digest" CHAR(64) NOT NULL,
    "owner_id" VARCHAR(255) NOT NULL,
    "owner_name" VARCHAR(255) NOT NULL,
    "owner_role" VARCHAR(20) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "personal_data" BOOLEAN NOT NULL DEFAULT false,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_name" VARCHAR(255),
    "created_by_id" VARCHAR(255),
    "updated_at" TIMESTAMPTZ(3),
    "updated_by_name" VARCHAR(255),
    "updated_by_id" VARCHAR(255),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "uq_api_key_secret_digest" ON "api_key"("secret_digest");

-- CreateIndex
CREATE INDEX "ix_api_key_owner_id" ON "api_key"("owner_id");

-- Prisma's diff ignores CHECK constraints, so the drift test stays meaningful.
ALTER TABLE "api_key" ADD CONSTRAINT "ck_api_key_roles"
  CHECK ("role" IN ('Viewer', 'Editor', 'Admin') AND "owner_role" IN ('Viewer', 'Editor', 'Admin'));
