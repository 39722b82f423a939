pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Says that a scrolling area has more below, in a strip of its own under the area, so that
// it never covers what it points at: the area is made shorter by `space` while it has more
// than fits. The button scrolls on for visitors who do not think of swiping (or cannot).
Item {
    id: root

    // The area it belongs to; the cue sits right below it.
    required property Flickable target
    // Whether the area has more than fits in the room it has without the cue.
    required property bool needed
    // The room the area leaves for the cue while it is needed.
    readonly property real space: button.height + 2 * Theme.smallGap

    // On by most of a screenful, keeping a few lines in view to read on from.
    function scrollOn(): void {
        root.target.contentY = Math.min(root.target.contentY + root.target.height * Theme.scrollStep, root.target.contentHeight - root.target.height);
    }

    anchors.left: root.target.left
    anchors.right: root.target.right
    anchors.top: root.target.bottom
    height: root.space
    visible: root.needed

    KioskButton {
        id: button

        objectName: "scrollMore"
        anchors.centerIn: parent
        // At the end there is nothing more to show; the strip stays, so nothing moves.
        visible: !root.target.atYEnd
        label: qsTr("Lisää alla")
        iconName: "down"
        radius: height / 2
        fontSize: Theme.tileSummarySize
        // Keyboard users scroll by moving the focus; this button is for fingers.
        activeFocusOnTab: false
        onClicked: root.scrollOn()
    }
}
