pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shows that a scrolling area has more below: the last lines fade out, and a button
// scrolls on for visitors who do not think of swiping (or cannot).
Item {
    id: root

    required property bool more
    required property color fadeTo

    signal scrollRequested

    height: Theme.scrollFadeHeight + button.height / 2
    visible: root.more

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.scrollFadeHeight
        gradient: Gradient {
            GradientStop {
                position: 0.0
                color: Qt.rgba(root.fadeTo.r, root.fadeTo.g, root.fadeTo.b, 0)
            }
            GradientStop {
                position: 1.0
                color: root.fadeTo
            }
        }
    }

    Rectangle {
        id: button

        objectName: "scrollMore"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(8)
        width: label.implicitWidth + 2 * Theme.gap
        height: Theme.minimumTouchTarget * 0.75
        radius: height / 2
        color: tap.pressed ? Theme.accentPressed : Theme.accent
        scale: tap.pressed ? Theme.pressedScale : 1.0

        Text {
            id: label

            anchors.centerIn: parent
            text: qsTr("Lisää alla") + " ↓"
            textFormat: Text.PlainText
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tileSummarySize
            font.weight: Font.DemiBold
        }

        TapHandler {
            id: tap

            onTapped: root.scrollRequested()
        }
    }
}
