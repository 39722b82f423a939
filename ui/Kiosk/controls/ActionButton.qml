pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A large labelled button for the staff screens and the PIN pad.
KioskButton {
    minimumWidth: Theme.minimumTouchTarget * 1.5
}
