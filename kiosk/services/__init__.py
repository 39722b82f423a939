"""What runs beside the kiosk once it has started: hot reload of the content and usage
statistics. May import the Qt layers and everything under them."""
