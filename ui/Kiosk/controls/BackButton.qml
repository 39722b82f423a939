pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Rectangle {
    id: root

    signal clicked

    implicitWidth: Math.max(Theme.minimumTouchTarget * 2, label.implicitWidth + 2 * Theme.gap)
    implicitHeight: Theme.minimumTouchTarget
    radius: height / 2
    color: tap.pressed ? Theme.accentPressed : Theme.accent
    scale: tap.pressed ? Theme.pressedScale : 1.0

    Text {
        id: label

        anchors.centerIn: parent
        text: "← " + qsTr("Takaisin")
        textFormat: Text.PlainText
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.buttonSize
        font.weight: Font.DemiBold
    }

    TapHandler {
        id: tap

        gesturePolicy: TapHandler.WithinBounds
        onTapped: root.clicked()
    }
}
