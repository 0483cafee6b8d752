-- CreateIndex
CREATE INDEX "ix_asset_name_trgm" ON "asset" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_asset_label_trgm" ON "asset" USING GIN ("label" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_asset_storage_path_trgm" ON "asset" USING GIN ("storage_path" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_contact_name_trgm" ON "contact" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_contact_organization_trgm" ON "contact" USING GIN ("organization" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_email_email_trgm" ON "email" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_phone_phone_number_trgm" ON "phone" USING GIN ("phone_number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_thing_name_trgm" ON "thing" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_thing_site_name_trgm" ON "thing" USING GIN ("site_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_thing_id_link_alternate_id_trgm" ON "thing_id_link" USING GIN ("alternate_id" gin_trgm_ops);
