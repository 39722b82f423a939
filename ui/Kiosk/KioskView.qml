pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk

// Everything the kiosk shows, at the size it is given: the kiosk's window fills itself with
// it, and the content editor's preview shows the same item scaled to fit.
Item {
    id: root

    Binding {
        target: Theme
        property: "unit"
        value: Math.max(0.5, Math.min(root.width, root.height) / Theme.referenceSide)
    }

    Binding {
        target: Theme
        property: "portrait"
        value: root.height > root.width
    }

    Binding {
        target: Theme
        property: "textScale"
        value: KioskViewModel.access.textScale
    }

    Binding {
        target: Theme
        property: "highContrast"
        value: KioskViewModel.access.highContrast
    }

    Binding {
        target: Theme
        property: "reach"
        value: KioskViewModel.access.reach
    }

    // Reach mode: the screen's upper part is left empty and everything moves below it.
    Text {
        objectName: "reachNote"
        visible: Theme.reach
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: stage.top
        anchors.margins: Theme.margin
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        text: qsTr("Näkymä on siirretty alemmas. Palauta se painikkeella Alemmas.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
    }

    Item {
        id: stage

        objectName: "stage"
        // Keyboards and switch keypads: the arrows move along the same order as Tab, for
        // whatever the focused item does not use them for itself (the gallery does).
        focus: true
        Keys.onPressed: event => {
            const forward = event.key === Qt.Key_Right || event.key === Qt.Key_Down;
            const backward = event.key === Qt.Key_Left || event.key === Qt.Key_Up;
            if (!forward && !backward)
                return;
            const next = (root.Window.activeFocusItem ?? stage).nextItemInFocusChain(forward);
            if (next)
                next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
            event.accepted = true;
        }
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.reach ? Math.round(root.height * (1 - Theme.reachDrop)) : root.height

        HomeScreen {
            id: homeScreen

            objectName: "homeScreen"
            onOpenedByKeyboard: detailScreen.focusHeading()
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: visitorBar.top
            visible: KioskViewModel.screen === KioskViewModel.Home && !KioskViewModel.outOfOrder
        }

        DetailScreen {
            id: detailScreen

            objectName: "detailScreen"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: visitorBar.top
            visible: KioskViewModel.screen === KioskViewModel.Detail
        }

        VisitorBar {
            id: visitorBar

            languages: KioskViewModel.languages
            access: KioskViewModel.access
            speech: KioskViewModel.speech
            onLanguageChosen: code => KioskViewModel.setLanguage(code)
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
        }
    }

    Connections {
        target: KioskViewModel

        function onScreenChanged(): void {
            if (KioskViewModel.screen === KioskViewModel.Home && detailScreen.keyboardHere)
                homeScreen.focusLastTile();
        }
    }

    Shortcut {
        sequences: [StandardKey.Cancel, StandardKey.Back]
        // The PIN pad takes Escape itself: it cancels the pad.
        enabled: !KioskViewModel.staff.pinPadOpen
        onActivated: KioskViewModel.goHome()
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
            id: staffHold

            // Seconds held so far (the handler's own timeHeld changes only as frames are
            // drawn, and a still screen draws none).
            property real held: 0
            property real pressedAt: 0

            objectName: "staffHold"
            longPressThreshold: Theme.staffHoldSeconds
            onLongPressed: KioskViewModel.staff.open()
            onPressedChanged: {
                pressedAt = Date.now();
                held = 0;
            }
        }

        Timer {
            interval: Theme.staffHoldTickMs
            repeat: true
            running: staffHold.pressed
            onTriggered: staffHold.held = (Date.now() - staffHold.pressedAt) / 1000
        }

        // A quiet ring fills while the corner is held, from the first second on, so that
        // staff know the hold is being counted (and a child's brief touch shows nothing).
        Shape {
            id: ring

            readonly property real progress: staffHold.pressed ? Math.max(0, (staffHold.held - Theme.staffHoldFeedbackSeconds) / (Theme.staffHoldSeconds - Theme.staffHoldFeedbackSeconds)) : 0

            objectName: "staffHoldRing"
            anchors.centerIn: parent
            width: parent.width * 0.6
            height: width
            visible: progress > 0
            preferredRendererType: Shape.CurveRenderer

            ShapePath {
                strokeColor: Theme.mutedText
                strokeWidth: Theme.focusRingWidth
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap

                PathAngleArc {
                    centerX: ring.width / 2
                    centerY: ring.height / 2
                    radiusX: ring.width / 2 - Theme.focusRingWidth
                    radiusY: ring.width / 2 - Theme.focusRingWidth
                    startAngle: -90
                    sweepAngle: 360 * Math.min(1, ring.progress)
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Alt+Shift+S"
        onActivated: KioskViewModel.staff.open()
    }

    Loader {
        anchors.fill: parent
        // Typed digits go to the pad while it is open.
        focus: active
        active: KioskViewModel.staff.pinPadOpen
        sourceComponent: PinPad {
            viewModel: KioskViewModel.staff
        }
    }

    Loader {
        anchors.fill: parent
        // Keys go to the panel while it is open.
        focus: active
        active: KioskViewModel.staff.panelOpen
        sourceComponent: StaffPanel {
            viewModel: KioskViewModel.staff
        }
    }
}
