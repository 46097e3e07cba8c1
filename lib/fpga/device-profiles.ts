// The device profiles the simulator knows, by id. Data, not code: every figure lives in
// the profile files with its source, so the studio can show the table it ran on.
import { AppError } from "@/lib/errors";
import { ARRIA10_PB6 } from "./arria10-pb6-profile";
import { STRATIX10_BRAINWAVE } from "./stratix10-brainwave-profile";
import type { DeviceProfile, DeviceProfileId } from "./types";

export const DEVICE_PROFILES: Record<DeviceProfileId, DeviceProfile> = {
  "stratix10-brainwave": STRATIX10_BRAINWAVE,
  "arria10-pb6": ARRIA10_PB6,
};

export const DEVICE_PROFILE_IDS = Object.keys(DEVICE_PROFILES) as DeviceProfileId[];

export type GetDeviceProfileOptions = { id: string };

/** The profile with this id; AppError validation_failed for an unknown one. */
export function getDeviceProfile({ id }: GetDeviceProfileOptions): DeviceProfile {
  const profile = (DEVICE_PROFILES as Record<string, DeviceProfile | undefined>)[id];
  if (!profile) {
    throw new AppError("validation_failed", `Unknown device profile "${id}".`, { known: DEVICE_PROFILE_IDS });
  }
  return profile;
}
