"""The content store: schema, loading and validation of content.json (no Qt here)."""
