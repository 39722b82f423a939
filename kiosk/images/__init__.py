"""Image work with Pillow: inspecting and scaling photos (no Qt here)."""
