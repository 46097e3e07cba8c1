-- When the autoscaler last changed a service's replica count: its cool-down runs from here.
ALTER TABLE "services" ADD COLUMN "autoscaled_at" TIMESTAMPTZ(3);
