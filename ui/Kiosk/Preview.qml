pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The content editor's preview: the kiosk itself, laid out for the screen staff chose and
// scaled to fit the space the editor gives it. Taps go through to the kiosk.
Rectangle {
    id: root

    property int screenWidth: 1920
    property int screenHeight: 1080

    objectName: "preview"
    color: "#5a5a5a"
    clip: true

    Rectangle {
        objectName: "previewScreen"
        width: root.screenWidth
        height: root.screenHeight
        anchors.centerIn: parent
        scale: Math.min(root.width / root.screenWidth, root.height / root.screenHeight)
        color: Theme.background

        KioskView {
            objectName: "kioskView"
            anchors.fill: parent
        }
    }
}
