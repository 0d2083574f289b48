"""The operators' administration of partner organisations: over `partners` (the rows) and `audit` (the trail)."""
