pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

KioskButton {
    label: qsTr("Takaisin")
    iconName: "back"
    radius: height / 2
    minimumWidth: Theme.minimumTouchTarget * 2
}
