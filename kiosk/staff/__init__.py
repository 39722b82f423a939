"""Staff access: the PIN, its lockout, and what the staff panel reports (no Qt here)."""
