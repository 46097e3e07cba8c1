-- The Azure ML workspace link (issue 10): linked workspaces; no secret is stored.
CREATE TABLE "azure_workspaces" (
    "id" UUID NOT NULL,
    "subscription_id" TEXT NOT NULL,
    "resource_group" TEXT NOT NULL,
    "workspace_name" TEXT NOT NULL,
    "tenant_id" TEXT,
    "authority_host" TEXT,
    "location" TEXT,
    "linked_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "azure_workspaces_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "azure_workspaces_subscription_id_resource_group_workspace_n_key" ON "azure_workspaces"("subscription_id", "resource_group", "workspace_name");
