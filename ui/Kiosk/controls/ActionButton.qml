pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A large labelled button for the staff screens and the PIN pad.
Rectangle {
    id: root

    required property string label
    property bool active: true

    signal clicked

    implicitWidth: Math.max(Theme.minimumTouchTarget * 1.5, text.implicitWidth + 2 * Theme.gap)
    implicitHeight: Theme.minimumTouchTarget
    radius: Theme.px(12)
    opacity: root.active ? 1.0 : 0.4
    color: tap.pressed ? Theme.accentPressed : Theme.accent
    scale: tap.pressed ? Theme.pressedScale : 1.0

    Text {
        id: text

        anchors.centerIn: parent
        text: root.label
        textFormat: Text.PlainText
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.buttonSize
        font.weight: Font.DemiBold
    }

    TapHandler {
        id: tap

        enabled: root.active
        onTapped: root.clicked()
    }
}
