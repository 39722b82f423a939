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

    KioskButton {
        id: button

        objectName: "scrollMore"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.smallGap
        label: qsTr("Lisää alla")
        iconName: "down"
        radius: height / 2
        fontSize: Theme.tileSummarySize
        // Keyboard users scroll by moving the focus; this button is for fingers.
        activeFocusOnTab: false
        onClicked: root.scrollRequested()
    }
}
