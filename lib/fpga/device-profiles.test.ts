import { describe, expect, it } from "vitest";
import { DEVICE_PROFILES, DEVICE_PROFILE_IDS, getDeviceProfile } from "./device-profiles";

describe("device profiles", () => {
  it.each(DEVICE_PROFILE_IDS)("%s: every parameter has a label, a unit, a value and a source", (id) => {
    const parameters = Object.entries(getDeviceProfile({ id }).parameters);
    expect(parameters.length).toBeGreaterThanOrEqual(17);
    for (const [name, parameter] of parameters) {
      expect(parameter.label.trim(), name).not.toBe("");
      expect(parameter.unit.trim(), name).not.toBe("");
      expect(parameter.source.trim(), name).not.toBe("");
      if (typeof parameter.value === "number") expect(Number.isFinite(parameter.value) && parameter.value > 0, name).toBe(true);
    }
  });

  it.each(DEVICE_PROFILE_IDS)("%s: tile engines × native dimension × lanes is the headline MAC count", (id) => {
    const { tileEngines, nativeDimension, lanes, macUnits } = DEVICE_PROFILES[id].parameters;
    expect(tileEngines.value * nativeDimension.value * lanes.value).toBe(macUnits.value);
  });

  it("keeps the published Stratix 10 figures and marks what is assumed", () => {
    const { parameters } = getDeviceProfile({ id: "stratix10-brainwave" });
    expect(parameters.macUnits.value).toBe(96_000);
    expect(parameters.clockMhz.value).toBe(250);
    expect(parameters.macUnits.source).toMatch(/ISCA 2018/);
    expect(parameters.nativeDimension.source).toMatch(/^assumption:/);
    expect(getDeviceProfile({ id: "arria10-pb6" }).parameters.nativeDimension.source).toMatch(/^assumption:/);
  });
});
