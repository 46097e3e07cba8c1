import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendLog } from "@/lib/logs";
import { removeCalibrationUploads } from "./calibration-folder";
import { getConversionOrThrow } from "./get-conversion";

/**
 * Cancels a conversion (POST /api/v1/conversions/{id}/cancel). A queued one ends at once
 * and its job is removed; a running one is marked Cancelled here, and its task, which
 * checks the state each time it records progress, stops and cleans up. Cancelling a
 * finished conversion is refused: there is nothing left to stop.
 */
export async function cancelConversion(options: { id: string }) {
  const current = await getConversionOrThrow(options);
  const changed = await db.$transaction(async (tx) => {
    const updated = await tx.conversion.updateMany({
      where: { id: current.id, state: { in: ["Queued", "Running"] } },
      data: { state: "Cancelled", finishedAt: new Date(), error: "Cancelled by request." },
    });
    if (updated.count === 0) return false;
    await appendLog({ tx, kind: "conversion", id: current.id, level: "warn", message: `Cancelled while ${current.state.toLowerCase()}` });
    // A queued job is not locked: remove it so no worker picks it up. A running one is
    // locked and stays until its task returns (it sees Cancelled and stops).
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${`conversion:${current.id}`}::text)`;
    return true;
  });
  if (!changed) {
    throw new AppError("invalid_state", `Conversion ${current.id} is ${current.state}; only a Queued or Running conversion can be cancelled.`, { state: current.state });
  }
  if (current.state === "Queued") await removeCalibrationUploads(current.id);
  return getConversionOrThrow(options);
}
