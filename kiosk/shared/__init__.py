"""What every layer may use: where the kiosk's files are, crash-safe file writes, the log and
compatibility shims. Imports nothing else of the kiosk's, and no Qt."""
