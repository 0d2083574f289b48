#!/bin/sh
# One-shot set-up of the document store, run by the `minio-init` service (minio/mc image) once MinIO is
# healthy. Idempotent: `docker compose up` runs it again on every start. Plain sh and mc only (the mc
# image has no sed or grep).
#   - the bucket of Filière's documents, with versioning (an overwritten or deleted document can be restored);
#     the backend runs with FILIERE_S3_LAYOUT=prefix, so FILIERE_S3_BUCKET_PREFIX is the bucket's very name
#     and each region's documents sit under `<region>/` inside it;
#   - an application account that may only use that bucket (the backend never holds the root key). It may
#     not create buckets nor change versioning: `filiere documents prepare`, at the backend's start, only
#     checks what this script made.
# Browsers reach the bucket under MINIO_API_CORS_ALLOW_ORIGIN (the minio service): no per-bucket CORS here.
set -eu

: "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
: "${FILIERE_S3_BUCKET_PREFIX:?}" "${FILIERE_S3_ACCESS_KEY_ID:?}" "${FILIERE_S3_SECRET_ACCESS_KEY:?}"
BUCKET=$FILIERE_S3_BUCKET_PREFIX
POLICY_FILE=${POLICY_FILE:-/etc/filiere/minio/documents-policy.json}

mc alias set filiere "${MINIO_URL:-http://minio:9000}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"

mc mb --ignore-existing "filiere/$BUCKET"
mc version enable "filiere/$BUCKET"
# Documents are only ever reached through presigned URLs.
mc anonymous set none "filiere/$BUCKET"

# The policy names the bucket (documents-policy.json); tests/infra checks it is FILIERE_S3_BUCKET_PREFIX.
mc admin policy create filiere filiere-documents "$POLICY_FILE"
mc admin user add filiere "$FILIERE_S3_ACCESS_KEY_ID" "$FILIERE_S3_SECRET_ACCESS_KEY"
case "$(mc admin user info filiere "$FILIERE_S3_ACCESS_KEY_ID")" in
  *filiere-documents*) echo "policy filiere-documents already attached" ;;
  *) mc admin policy attach filiere filiere-documents --user "$FILIERE_S3_ACCESS_KEY_ID" ;;
esac

echo "bucket $BUCKET ready (versioning enabled)"
