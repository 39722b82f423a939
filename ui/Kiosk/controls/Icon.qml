pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A line icon in a theme colour, drawn by the icon provider (kiosk/providers/icon.py). The
// bundled font has no arrows or symbols, and a system fallback font may not exist.
Image {
    id: root

    required property string name
    property color color: Theme.text
    property int side: Theme.textPx(34)

    width: root.side
    height: root.side
    // Only once shown: the hidden screens and unticked buttons hold many icons.
    source: root.visible ? "image://icon/" + root.name + "/" + root.color.toString().slice(-6) : ""
    sourceSize.width: Math.ceil(root.width)
    sourceSize.height: Math.ceil(root.height)
    Accessible.ignored: true
}
