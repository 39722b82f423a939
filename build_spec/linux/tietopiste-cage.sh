#!/bin/sh
# Starts the Tietopiste kiosk full screen under cage, the Wayland kiosk compositor.
# Run by tietopiste.service (see docs/deploy-linux.md); install it as
# /usr/local/bin/tietopiste-cage.sh. Arguments are passed on to the kiosk, for example
#
#     tietopiste-cage.sh --content /srv/tietopiste/content.json
#
# The script exits with the kiosk's own exit code, so that systemd's Restart=on-failure
# restarts the kiosk after a crash (1) or a user interface that failed to load (4), and
# not after staff closed it from the staff panel (0). cage 0.1.4 (Debian 12, Ubuntu 22.04)
# exits with 0 whatever its application did, so the code is passed through a file.
#
# Settings, from the environment (set them in a systemd drop-in, see the guide):
#   TIETOPISTE_HOME          the app folder with the kiosk executable (/opt/tietopiste)
#   TIETOPISTE_CAGE_OPTIONS  options for cage (-d); add -s to allow Ctrl+Alt+F2 to another
#                            console, or -r (cage 0.1.4 only) to turn the screen 90 degrees
#   TIETOPISTE_WLR_RANDR     arguments for wlr-randr, run inside cage before the kiosk
#                            starts (cage 0.1.5 and later), e.g. --output HDMI-A-1 --transform 90
set -eu

TIETOPISTE_HOME=${TIETOPISTE_HOME:-/opt/tietopiste}
TIETOPISTE_CAGE_OPTIONS=${TIETOPISTE_CAGE_OPTIONS:--d}

if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR:-}" ]; then
    echo "tietopiste-cage: XDG_RUNTIME_DIR is not set: start this from tietopiste.service" \
        "(PAMName=login makes the login session that provides it)" >&2
    exit 1
fi
status_file="$XDG_RUNTIME_DIR/tietopiste-exit-status"
case $0 in
    /*) self=$0 ;;
    *) self=$(pwd)/$0 ;;
esac

# Inside cage: run the kiosk and leave its exit code where the outer half can read it.
if [ "${1:-}" = "--inside-cage" ]; then
    shift
    if [ -n "${TIETOPISTE_WLR_RANDR:-}" ]; then
        # shellcheck disable=SC2086 # several arguments on purpose
        wlr-randr $TIETOPISTE_WLR_RANDR ||
            echo "tietopiste-cage: wlr-randr $TIETOPISTE_WLR_RANDR failed; screen left as it was" >&2
    fi
    status=0
    "$TIETOPISTE_HOME/kiosk" "$@" || status=$?
    printf '%s\n' "$status" >"$status_file"
    exit "$status"
fi

if [ ! -x "$TIETOPISTE_HOME/kiosk" ]; then
    echo "tietopiste-cage: no kiosk executable in $TIETOPISTE_HOME" >&2
    exit 1
fi
if ! command -v cage >/dev/null 2>&1; then
    echo "tietopiste-cage: cage is not installed (apt-get install cage)" >&2
    exit 1
fi

cd "$TIETOPISTE_HOME"
export QT_QPA_PLATFORM=wayland
export QT_WAYLAND_DISABLE_WINDOWDECORATION=1

rm -f "$status_file"
cage_status=0
# shellcheck disable=SC2086 # TIETOPISTE_CAGE_OPTIONS holds several options on purpose
cage $TIETOPISTE_CAGE_OPTIONS -- /bin/sh "$self" --inside-cage "$@" || cage_status=$?

if [ -r "$status_file" ]; then
    read -r status <"$status_file" || status=1
    rm -f "$status_file"
    case $status in
        '' | *[!0-9]*) status=1 ;;
    esac
    echo "tietopiste-cage: the kiosk exited with $status" >&2
    exit "$status"
fi
# The kiosk never ran (cage could not start) or was killed with cage: that is a failure.
echo "tietopiste-cage: cage exited with $cage_status before the kiosk finished" >&2
if [ "$cage_status" -eq 0 ]; then
    exit 1
fi
exit "$cage_status"
