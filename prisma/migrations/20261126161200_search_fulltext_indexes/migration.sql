-- Hand-written: expression indexes that prisma/schema.prisma cannot express. Prisma's diff
-- ignores them, so the drift test stays meaningful. They serve the whole-word matches of the
-- search in src/domain/search/searchAll.ts, whose expressions they must repeat exactly.
CREATE INDEX "ix_thing_name_fts" ON "thing" USING GIN (to_tsvector('simple', "name"));
CREATE INDEX "ix_thing_site_name_fts" ON "thing" USING GIN (to_tsvector('simple', "site_name"));
CREATE INDEX "ix_contact_name_fts" ON "contact" USING GIN (to_tsvector('simple', "name"::text));
CREATE INDEX "ix_contact_organization_fts" ON "contact" USING GIN (to_tsvector('simple', "organization"::text));
CREATE INDEX "ix_asset_label_fts" ON "asset" USING GIN (to_tsvector('simple', "label"));
