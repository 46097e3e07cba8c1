-- The accelerated-model pipeline (issue 7): what conversions, images, nodes and services
-- need beyond the first schema.

-- Tensor names are lists (Azure's converter took several inputs and outputs).
ALTER TABLE "conversions" ALTER COLUMN "input_tensors" TYPE TEXT[] USING string_to_array("input_tensors", ',');
ALTER TABLE "conversions" ALTER COLUMN "output_tensors" TYPE TEXT[] USING string_to_array("output_tensors", ',');
-- Prisma declares scalar lists nullable.
ALTER TABLE "conversions" ALTER COLUMN "input_tensors" DROP NOT NULL;
ALTER TABLE "conversions" ALTER COLUMN "output_tensors" DROP NOT NULL;
ALTER TABLE "conversions" ALTER COLUMN "precision" SET DEFAULT 'ms-fp9';
-- Values sharing one ms-fp exponent (see lib/fpga/ms-fp.ts).
ALTER TABLE "conversions" ADD COLUMN "block_size" INTEGER NOT NULL DEFAULT 1;
-- The name the converted model is registered under.
ALTER TABLE "conversions" ADD COLUMN "result_name" TEXT NOT NULL DEFAULT '';
-- Images the user uploaded for calibration: [{ name, digest }], held in the artifact store until the conversion ends.
ALTER TABLE "conversions" ADD COLUMN "calibration_images" JSONB NOT NULL DEFAULT '[]';
-- Existing rows get the time of the migration; Prisma sets it on every later write.
ALTER TABLE "conversions" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "conversions" ALTER COLUMN "updated_at" DROP DEFAULT;

-- digest is the OCI manifest digest; the archive is stored under its own sha256.
ALTER TABLE "images" ADD COLUMN "archive_digest" TEXT;
ALTER TABLE "images" ADD COLUMN "started_at" TIMESTAMPTZ(3);
CREATE INDEX "images_archive_digest_idx" ON "images"("archive_digest");

-- A node reflashing its FPGA answers UNAVAILABLE until then.
ALTER TABLE "compute_nodes" ADD COLUMN "reflash_until" TIMESTAMPTZ(3);

-- FPGAs one replica spreads its model over (only when a deployment asks for more than one).
ALTER TABLE "services" ADD COLUMN "fpgas_per_replica" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "services" ADD COLUMN "autoscale_target_utilization" INTEGER NOT NULL DEFAULT 70;

-- A replica over several FPGAs is several rows with one index.
ALTER TABLE "service_replicas" ADD COLUMN "replica_index" INTEGER NOT NULL DEFAULT 0;
-- One model per FPGA: a node holds at most one replica (of one service).
DROP INDEX "service_replicas_service_id_node_id_key";
CREATE UNIQUE INDEX "service_replicas_node_id_key" ON "service_replicas"("node_id");
