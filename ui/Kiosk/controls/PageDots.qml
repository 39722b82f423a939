pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Which photo of the gallery is showing; the shape and size, not only the colour, mark it.
Row {
    id: root

    required property int count
    required property int current

    spacing: Theme.dotSize

    Repeater {
        model: root.count

        delegate: Rectangle {
            required property int index
            readonly property bool isCurrent: index === root.current

            width: isCurrent ? Theme.dotSize * 2.5 : Theme.dotSize
            height: Theme.dotSize
            radius: height / 2
            color: isCurrent ? Theme.accent : Theme.dotInactive
        }
    }
}
