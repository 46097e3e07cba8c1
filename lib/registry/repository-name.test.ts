import { describe, expect, it } from "vitest";
import { repositoryName } from "./repository-name";

const GRAMMAR = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

describe("repositoryName", () => {
  it("keeps a valid image name and puts the prefix before it", () => {
    expect(repositoryName({ imageName: "resnet50-img" })).toBe("resnet50-img");
    expect(repositoryName({ imageName: "a__b.c--d", prefix: "team/accel" })).toBe("team/accel/a__b.c--d");
  });

  it.each([["a..b", "a-b"], ["x-", "x"], ["y._z", "y-z"], ["0___1", "0-1"], ["m.-_n.", "m-n"]])("turns %s into the valid %s", (imageName, expected) => {
    const name = repositoryName({ imageName });
    expect(name).toBe(expected);
    expect(name).toMatch(GRAMMAR);
  });

  it("refuses a name that would pass 255 characters", () => {
    expect(() => repositoryName({ imageName: "a".repeat(250), prefix: "prefix" })).toThrow(/at most 255/);
  });
});
