pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Kiosk

Window {
    id: root

    objectName: "mainWindow"
    color: Theme.background
    title: KioskViewModel.title
    // Alt+F4 or the window manager's close must not leave a visitor at the desktop.
    onClosing: close => close.accepted = KioskViewModel.closeAllowed()

    Binding {
        target: Theme
        property: "unit"
        value: Math.max(0.5, Math.min(root.width, root.height) / Theme.referenceSide)
    }

    HomeScreen {
        objectName: "homeScreen"
        anchors.fill: parent
        visible: KioskViewModel.screen === "home" && !KioskViewModel.outOfOrder
    }

    DetailScreen {
        objectName: "detailScreen"
        anchors.fill: parent
        visible: KioskViewModel.screen === "detail"
    }

    // Overlays exist only while shown: made at start, hidden, they would still load their
    // photos and lay their text out before the first frame.
    Loader {
        anchors.fill: parent
        active: KioskViewModel.outOfOrder
        sourceComponent: OutOfOrderScreen {}
    }

    Loader {
        anchors.fill: parent
        active: KioskViewModel.idle.attracting && !KioskViewModel.outOfOrder
        sourceComponent: AttractScreen {}
    }

    Loader {
        anchors.fill: parent
        active: KioskViewModel.idle.prompting
        sourceComponent: IdlePrompt {
            secondsLeft: KioskViewModel.idle.secondsLeft
        }
    }

    // Staff: hold the top right corner for five seconds, or press Ctrl+Alt+Shift+S.
    Item {
        objectName: "staffCorner"
        anchors.right: parent.right
        width: Theme.minimumTouchTarget
        height: Theme.minimumTouchTarget

        TapHandler {
            objectName: "staffHold"
            longPressThreshold: Theme.staffHoldSeconds
            onLongPressed: KioskViewModel.staff.open()
        }
    }

    Shortcut {
        sequence: "Ctrl+Alt+Shift+S"
        onActivated: KioskViewModel.staff.open()
    }

    Loader {
        anchors.fill: parent
        active: KioskViewModel.staff.pinPadOpen
        sourceComponent: PinPad {}
    }

    Loader {
        anchors.fill: parent
        active: KioskViewModel.staff.panelOpen
        sourceComponent: StaffPanel {}
    }
}
