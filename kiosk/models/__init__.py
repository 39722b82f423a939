"""Qt list models over the rows the pure layer prepares."""
