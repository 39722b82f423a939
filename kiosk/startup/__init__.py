"""Starting the kiosk: run, build the UI, the first-frame steps, the start snapshot and where
its files go. May import services, the Qt layers and everything under them."""
