pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Fades the last lines of a scrolling area into the background, so that visitors can see
// there is more below.
Rectangle {
    id: root

    required property bool more
    required property color fadeTo

    height: Theme.scrollFadeHeight
    visible: root.more
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
