export { artifactPath, tmpDir } from "./paths";
export { stageArtifact, stagedFromFile, createStagingPath, type StagedArtifact } from "./write-artifact";
export { releaseArtifact, lockDigest } from "./release-artifact";
export { sweepArtifacts } from "./sweep-artifacts";
