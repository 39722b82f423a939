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

    KioskView {
        objectName: "kioskView"
        anchors.fill: parent
    }
}
