pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The visible focus of keyboard and switch users, drawn just outside the focused item.
Rectangle {
    id: root

    required property Item target

    anchors.fill: parent
    anchors.margins: -Theme.focusRingWidth - Theme.px(2)
    radius: Theme.radius
    color: "transparent"
    border.color: Theme.focusRing
    border.width: Theme.focusRingWidth
    visible: root.target.activeFocus
    z: 100
}
