"""Documents: validated, versioned files in a per-region store (local disk or S3), moved by presigned URLs."""
