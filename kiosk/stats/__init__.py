"""Usage statistics: what visitors look at, counted on the kiosk itself and nothing about who."""
