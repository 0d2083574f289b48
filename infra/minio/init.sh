#!/bin/sh
# One-shot set-up of the document store, run by the `minio-init` service (minio/mc image) once MinIO is
# healthy. Idempotent: `docker compose up` runs it again on every start. Plain sh and mc only (the mc
# image has no sed or grep).
#   - the bucket of Filière's documents, with versioning (an overwritten or deleted document can be restored);
#   - an application account that may only use that bucket (the backend never holds the root key).
set -eu

: "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
: "${FILIERE_S3_BUCKET:?}" "${FILIERE_S3_ACCESS_KEY_ID:?}" "${FILIERE_S3_SECRET_ACCESS_KEY:?}"
POLICY_FILE=${POLICY_FILE:-/etc/filiere/minio/documents-policy.json}

mc alias set filiere "${MINIO_URL:-http://minio:9000}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"

mc mb --ignore-existing "filiere/$FILIERE_S3_BUCKET"
mc version enable "filiere/$FILIERE_S3_BUCKET"
# Documents are only ever reached through presigned URLs.
mc anonymous set none "filiere/$FILIERE_S3_BUCKET"

# The policy names the bucket (documents-policy.json); tests/infra checks it is FILIERE_S3_BUCKET.
mc admin policy create filiere filiere-documents "$POLICY_FILE"
mc admin user add filiere "$FILIERE_S3_ACCESS_KEY_ID" "$FILIERE_S3_SECRET_ACCESS_KEY"
case "$(mc admin user info filiere "$FILIERE_S3_ACCESS_KEY_ID")" in
  *filiere-documents*) echo "policy filiere-documents already attached" ;;
  *) mc admin policy attach filiere filiere-documents --user "$FILIERE_S3_ACCESS_KEY_ID" ;;
esac

echo "bucket $FILIERE_S3_BUCKET ready (versioning enabled)"
