-- Detection as a model kind (issue 13, item 4): what a model does, recorded at upload,
-- pull or conversion; scoring returns boxes for detectors.
CREATE TYPE "ModelTask" AS ENUM ('classification', 'detection');

ALTER TABLE "models" ADD COLUMN "task" "ModelTask" NOT NULL DEFAULT 'classification';

-- Models registered before: those whose stored recipe says their outputs are detections.
UPDATE "models" SET "task" = 'detection'
WHERE "preprocessing" IS NOT NULL AND "preprocessing" -> 'outputs' -> 0 ->> 'kind' = 'detections';
