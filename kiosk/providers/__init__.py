"""Image providers: Python decides the size, the cache and what a broken image looks like."""
