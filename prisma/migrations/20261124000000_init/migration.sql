-- CreateEnum
CREATE TYPE "ModelFramework" AS ENUM ('onnx', 'accel-onnx', 'tensorflow');

-- CreateEnum
CREATE TYPE "Precision" AS ENUM ('ms-fp8', 'ms-fp9', 'fp16', 'fp32');

-- CreateEnum
CREATE TYPE "ConversionState" AS ENUM ('Queued', 'Running', 'Succeeded', 'Failed', 'Cancelled', 'TimedOut');

-- CreateEnum
CREATE TYPE "ImageState" AS ENUM ('Queued', 'Running', 'Succeeded', 'Failed');

-- CreateEnum
CREATE TYPE "ComputeState" AS ENUM ('Creating', 'Succeeded', 'Failed', 'Deleting');

-- CreateEnum
CREATE TYPE "ServiceState" AS ENUM ('Transitioning', 'Healthy', 'Unhealthy', 'Failed', 'Deleting');

-- CreateEnum
CREATE TYPE "PullState" AS ENUM ('Queued', 'Running', 'Succeeded', 'Failed');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('model', 'pull', 'conversion', 'image', 'compute', 'service');

-- CreateEnum
CREATE TYPE "LogLevel" AS ENUM ('debug', 'info', 'warn', 'error');

-- CreateTable
CREATE TABLE "models" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "framework" "ModelFramework" NOT NULL DEFAULT 'onnx',
    "description" TEXT NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "digest" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "file_name" TEXT NOT NULL DEFAULT 'model.onnx',
    "inputs" JSONB NOT NULL,
    "outputs" JSONB NOT NULL,
    "graph" JSONB NOT NULL,
    "catalog_id" TEXT,
    "preprocessing" JSONB,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_pulls" (
    "id" UUID NOT NULL,
    "catalog_id" TEXT NOT NULL,
    "state" "PullState" NOT NULL DEFAULT 'Queued',
    "bytes_done" BIGINT NOT NULL DEFAULT 0,
    "bytes_total" BIGINT NOT NULL DEFAULT 0,
    "source" TEXT,
    "error" TEXT,
    "model_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "model_pulls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversions" (
    "id" UUID NOT NULL,
    "source_model_id" UUID NOT NULL,
    "input_tensors" TEXT NOT NULL,
    "output_tensors" TEXT NOT NULL,
    "device_profile" TEXT NOT NULL DEFAULT 'arria10-pb6',
    "precision" "Precision" NOT NULL DEFAULT 'ms-fp8',
    "state" "ConversionState" NOT NULL DEFAULT 'Queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "result_model_id" UUID,
    "accuracy_report" JSONB,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "conversions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "images" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "model_id" UUID NOT NULL,
    "state" "ImageState" NOT NULL DEFAULT 'Queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "digest" TEXT,
    "location" TEXT,
    "size_bytes" BIGINT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "computes" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "vm_size" TEXT NOT NULL DEFAULT 'Standard_PB6s',
    "agent_count" INTEGER NOT NULL DEFAULT 1,
    "region" TEXT NOT NULL DEFAULT 'eastus',
    "state" "ComputeState" NOT NULL DEFAULT 'Creating',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "computes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compute_nodes" (
    "id" UUID NOT NULL,
    "compute_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "worker_id" TEXT,
    "loaded_digest" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "compute_nodes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "image_id" UUID NOT NULL,
    "compute_id" UUID NOT NULL,
    "replicas" INTEGER NOT NULL DEFAULT 1,
    "autoscale_enabled" BOOLEAN NOT NULL DEFAULT false,
    "autoscale_min" INTEGER NOT NULL DEFAULT 1,
    "autoscale_max" INTEGER NOT NULL DEFAULT 1,
    "auth_enabled" BOOLEAN NOT NULL DEFAULT true,
    "primary_key_hash" TEXT,
    "secondary_key_hash" TEXT,
    "rest_uri" TEXT,
    "grpc_uri" TEXT,
    "state" "ServiceState" NOT NULL DEFAULT 'Transitioning',
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_replicas" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "node_id" UUID NOT NULL,
    "ready" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_replicas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workers" (
    "id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "scoring_url" TEXT,
    "grpc_url" TEXT,
    "job_worker_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_logs" (
    "id" BIGSERIAL NOT NULL,
    "resource_kind" "ResourceKind" NOT NULL,
    "resource_id" UUID NOT NULL,
    "level" "LogLevel" NOT NULL DEFAULT 'info',
    "message" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resource_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_quotas" (
    "region" TEXT NOT NULL,
    "limit_vcpus" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "region_quotas_pkey" PRIMARY KEY ("region")
);

-- CreateIndex
CREATE INDEX "models_digest_idx" ON "models"("digest");

-- CreateIndex
CREATE UNIQUE INDEX "models_name_version_key" ON "models"("name", "version");

-- CreateIndex
CREATE INDEX "model_pulls_catalog_id_created_at_idx" ON "model_pulls"("catalog_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "conversions_result_model_id_key" ON "conversions"("result_model_id");

-- CreateIndex
CREATE INDEX "conversions_source_model_id_idx" ON "conversions"("source_model_id");

-- CreateIndex
CREATE INDEX "images_model_id_idx" ON "images"("model_id");

-- CreateIndex
CREATE UNIQUE INDEX "images_name_version_key" ON "images"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "computes_name_key" ON "computes"("name");

-- CreateIndex
CREATE UNIQUE INDEX "compute_nodes_compute_id_name_key" ON "compute_nodes"("compute_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "services_name_key" ON "services"("name");

-- CreateIndex
CREATE INDEX "services_image_id_idx" ON "services"("image_id");

-- CreateIndex
CREATE INDEX "services_compute_id_idx" ON "services"("compute_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_replicas_service_id_node_id_key" ON "service_replicas"("service_id", "node_id");

-- CreateIndex
CREATE INDEX "resource_logs_resource_kind_resource_id_id_idx" ON "resource_logs"("resource_kind", "resource_id", "id");

-- AddForeignKey
ALTER TABLE "models" ADD CONSTRAINT "models_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_pulls" ADD CONSTRAINT "model_pulls_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_source_model_id_fkey" FOREIGN KEY ("source_model_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_result_model_id_fkey" FOREIGN KEY ("result_model_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "images" ADD CONSTRAINT "images_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compute_nodes" ADD CONSTRAINT "compute_nodes_compute_id_fkey" FOREIGN KEY ("compute_id") REFERENCES "computes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compute_nodes" ADD CONSTRAINT "compute_nodes_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "images"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_compute_id_fkey" FOREIGN KEY ("compute_id") REFERENCES "computes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_replicas" ADD CONSTRAINT "service_replicas_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_replicas" ADD CONSTRAINT "service_replicas_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "compute_nodes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
