-- Images pushed to an OCI registry (issue 12, item 6): where the build pushed each one,
-- <host>/<repository>:<tag>@sha256:<hex>, which a node pulls its model layer from.
ALTER TABLE "images" ADD COLUMN "registry_reference" TEXT;
