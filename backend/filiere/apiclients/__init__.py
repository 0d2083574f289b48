"""Partner API clients: OAuth 2.0 client credentials (RFC 6749 §4.4) that act for one organisation, reaching
what its grants allow through the same API and policy as the organisation's people."""
