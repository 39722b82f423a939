"""The content editor (`kiosk edit`): forms for content.json, its checks as staff type, and the
kiosk itself as the preview."""
