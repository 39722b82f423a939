pragma Singleton
import QtQuick

QtObject {
    readonly property color background: "#F6F4EF"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B1B1B"
    readonly property color mutedText: "#4A4A4A"
    readonly property color accent: "#1F5F7A"

    readonly property int spacing: 24
    readonly property int titleSize: 48
    readonly property int bodySize: 28
    readonly property int minimumTouchTarget: 80
}
