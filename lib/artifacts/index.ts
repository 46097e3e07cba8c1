export { artifactPath, namedStagingPath, tmpDir } from "./paths";
export { artifactMissing } from "./artifact-missing";
export { toStagedArtifact, type StagedArtifact } from "./staged-artifact";
export { writeHashedFile, type WriteHashedFileOptions, type WriteProgress } from "./write-hashed-file";
export { releaseArtifact, lockDigest } from "./release-artifact";
export { sweepArtifacts } from "./sweep-artifacts";
export { hashFile } from "./hash-file";
export { createHashedFileWriter, type HashedFileWriter } from "./hashed-file-writer";
