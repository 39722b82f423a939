"""Tools on the kiosk's own code, for staff, developers and CI: snapshots, the self-test and
the translation catalogues. May import everything but the command line."""
