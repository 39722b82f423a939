pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shows that a scrolling area has more below: the last lines fade out, and a button
// scrolls on for visitors who do not think of swiping (or cannot).
Item {
    id: root

    // The area it belongs to, anchored over its bottom edge.
    required property Flickable target
    required property color fadeTo

    // On by most of a screenful, keeping a few lines in view to read on from.
    function scrollOn(): void {
        root.target.contentY = Math.min(root.target.contentY + root.target.height * Theme.scrollStep, root.target.contentHeight - root.target.height);
    }

    anchors.left: root.target.left
    anchors.right: root.target.right
    anchors.bottom: root.target.bottom
    height: Theme.scrollFadeHeight + button.height / 2
    visible: !root.target.atYEnd

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
        onClicked: root.scrollOn()
    }
}
