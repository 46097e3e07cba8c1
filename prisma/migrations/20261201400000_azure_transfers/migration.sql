-- Imports from and publications to linked Azure ML workspaces (issue 10).
ALTER TYPE "ResourceKind" ADD VALUE 'azure_transfer';

CREATE TYPE "AzureTransferKind" AS ENUM ('import', 'publish');

-- An imported model's provenance, and one import per Azure model version.
ALTER TABLE "models" ADD COLUMN "azure_source" JSONB, ADD COLUMN "azure_asset_key" TEXT;
CREATE UNIQUE INDEX "models_azure_asset_key_key" ON "models"("azure_asset_key");

CREATE TABLE "azure_transfers" (
    "id" UUID NOT NULL,
    "kind" "AzureTransferKind" NOT NULL,
    "workspace_id" UUID NOT NULL,
    "azure_name" TEXT NOT NULL,
    "azure_version" TEXT,
    "asset_id" TEXT,
    "model_uri" TEXT,
    "model_id" UUID,
    "digest" TEXT,
    "state" "PullState" NOT NULL DEFAULT 'Queued',
    "bytes_done" BIGINT NOT NULL DEFAULT 0,
    "bytes_total" BIGINT NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "azure_transfers_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "azure_transfers_workspace_id_created_at_idx" ON "azure_transfers"("workspace_id", "created_at");
CREATE INDEX "azure_transfers_model_id_idx" ON "azure_transfers"("model_id");
ALTER TABLE "azure_transfers" ADD CONSTRAINT "azure_transfers_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "azure_workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "azure_transfers" ADD CONSTRAINT "azure_transfers_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE SET NULL ON UPDATE CASCADE;
