"""QR codes for links, made offline with segno (no Qt here)."""
