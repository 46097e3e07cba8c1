// GET /api/v1/fpga/profiles — the simulated device profiles, every parameter with its source
import { json, rejectMethods, withApi } from "@/lib/api";
import { DEVICE_PROFILES } from "@/lib/fpga";

export const GET = withApi(async () => json({ items: Object.values(DEVICE_PROFILES) }));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
