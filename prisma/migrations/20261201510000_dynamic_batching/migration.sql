-- Dynamic batching on a service's CPU path (issue 11, item 5): off (1) unless the
-- deployment asks; the scoring node reads both with the rest of the service's view.
ALTER TABLE "services"
  ADD COLUMN "max_batch_size" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "max_queue_delay_ms" INTEGER NOT NULL DEFAULT 0;
