"""The kiosk as operators run it: a separate process on real display servers (Xvfb with Qt's
xcb platform and Mesa; cage in wlroots' headless mode), driven from outside."""
