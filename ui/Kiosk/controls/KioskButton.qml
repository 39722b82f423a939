pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Every button of the kiosk: touch, keyboard (Tab, Enter, Space) and assistive technology.
// A toggle shows its state by a tick and a filled face, never by colour alone.
Rectangle {
    id: root

    required property string label
    property string iconName: ""
    property bool checkable: false
    property bool checked: false
    property bool active: true
    // Filled (primary actions) or outlined (toolbar choices that are off).
    property bool filled: !root.checkable || root.checked
    property int fontSize: Theme.buttonSize
    property real minimumWidth: Theme.minimumTouchTarget
    // Only the icon shows (a narrow screen); the label stays the button's accessible name.
    property bool iconOnly: false

    signal clicked

    function activate(): void {
        if (root.active)
            root.clicked();
    }

    implicitWidth: Math.max(root.minimumWidth, content.implicitWidth + 2 * Theme.padding)
    implicitHeight: Math.max(Theme.minimumTouchTarget, content.implicitHeight + Theme.padding)
    radius: Theme.buttonRadius
    opacity: root.active ? 1.0 : 0.4
    // Off for fingers, keys and assistive technology alike, which then reports it disabled.
    enabled: root.active
    color: tap.pressed ? Theme.accentPressed : root.filled ? Theme.accent : Theme.surface
    border.color: root.filled ? Theme.accent : Theme.outline
    border.width: Theme.buttonBorderWidth
    scale: tap.pressed ? Theme.pressedScale : 1.0

    activeFocusOnTab: root.visible && root.active
    Keys.onReturnPressed: root.activate()
    Keys.onEnterPressed: root.activate()
    Keys.onSpacePressed: root.activate()
    Accessible.role: Accessible.Button
    Accessible.name: root.label
    Accessible.checkable: root.checkable
    Accessible.checked: root.checked
    Accessible.onPressAction: root.activate()

    Row {
        id: content

        anchors.centerIn: parent
        spacing: Theme.iconGap

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.checkable && root.checked
            name: "check"
            color: text.color
            side: Math.round(root.fontSize * 1.15)
        }

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.iconName.length > 0
            name: root.iconName
            color: text.color
            side: Math.round(root.fontSize * 1.15)
        }

        Text {
            id: text

            anchors.verticalCenter: parent.verticalCenter
            visible: !root.iconOnly || root.iconName.length === 0
            text: root.label
            textFormat: Text.PlainText
            color: root.filled || tap.pressed ? Theme.textOnAccent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize
            font.weight: root.checked || !root.checkable ? Font.Bold : Font.DemiBold
        }
    }

    TapHandler {
        id: tap

        enabled: root.active
        gesturePolicy: TapHandler.WithinBounds
        onTapped: root.activate()
    }

    FocusRing {
        target: root
    }
}
