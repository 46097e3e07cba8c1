-- Latency history (issue 11): per service and minute, request and error counts and the
-- histogram bucket counts (lib/service-history/latency-buckets.ts) of measured and
-- simulated latency; nothing per request. Worker nodes add into a row (ON CONFLICT …
-- DO UPDATE with sums), and drop rows older than LATENCY_HISTORY_DAYS by "minute".
CREATE TABLE "service_latency_minutes" (
    "service_id" UUID NOT NULL,
    "minute" TIMESTAMPTZ(3) NOT NULL,
    "requests" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "measured_buckets" INTEGER[],
    "simulated_buckets" INTEGER[],

    CONSTRAINT "service_latency_minutes_pkey" PRIMARY KEY ("service_id", "minute")
);
CREATE INDEX "service_latency_minutes_minute_idx" ON "service_latency_minutes"("minute");
ALTER TABLE "service_latency_minutes" ADD CONSTRAINT "service_latency_minutes_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
