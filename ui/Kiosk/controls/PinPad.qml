pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The staff PIN pad: digits shown only as dots; the view model checks the PIN.
Rectangle {
    id: root

    // The staff view model: the PIN entered so far, and what to do with it.
    required property StaffViewModel viewModel

    // Every key as wide as the widest ("Poista" with its arrow).
    readonly property real keyWidth: Math.max(Theme.minimumTouchTarget * 1.5, backKey.implicitWidth)

    objectName: "pinPad"
    color: Theme.promptShade
    focus: true
    Component.onCompleted: root.forceActiveFocus()
    // A keyboard or a USB keypad works as the keys on screen do; keys a focused button
    // does not take (digits, Backspace, Escape) come here.
    Keys.onPressed: event => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9")
            root.viewModel.pressDigit(event.text);
        else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete)
            root.viewModel.backspace();
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            root.viewModel.submit();
        else if (event.key === Qt.Key_Escape)
            root.viewModel.close();
        else
            return;
        event.accepted = true;
    }

    // Modal for the keyboard too: Tab stays among the pad's keys.
    FocusTrap {
        id: trap

        scope: root
    }

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: pad.implicitWidth + 2 * Theme.margin
        height: pad.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.outlineWidth

        Column {
            id: pad

            anchors.centerIn: parent
            spacing: Theme.gap

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Henkilökunnan PIN-koodi")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.buttonSize
                font.weight: Font.Bold
            }

            Row {
                objectName: "pinDots"
                anchors.horizontalCenter: parent.horizontalCenter
                height: Theme.buttonSize
                spacing: Theme.iconGap

                Repeater {
                    model: root.viewModel.enteredLength

                    delegate: Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.pinDotSize
                        height: width
                        radius: width / 2
                        color: Theme.text
                    }
                }
            }

            Text {
                objectName: "pinMessage"
                width: grid.width
                horizontalAlignment: Text.AlignHCenter
                visible: root.viewModel.message.length > 0
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: root.viewModel.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrLabelSize
            }

            Grid {
                id: grid

                columns: 3
                spacing: Theme.rowGap

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                    delegate: ActionButton {
                        required property string modelData

                        objectName: "pinDigit-" + modelData
                        width: root.keyWidth
                        label: modelData
                        onClicked: root.viewModel.pressDigit(modelData)
                    }
                }

                ActionButton {
                    id: backKey

                    objectName: "pinBack"
                    width: root.keyWidth
                    label: qsTr("Poista")
                    iconName: "back"
                    onClicked: root.viewModel.backspace()
                }

                ActionButton {
                    objectName: "pinDigit-0"
                    width: root.keyWidth
                    label: "0"
                    onClicked: root.viewModel.pressDigit("0")
                }

                ActionButton {
                    objectName: "pinOk"
                    width: root.keyWidth
                    label: qsTr("OK")
                    onClicked: root.viewModel.submit()
                }
            }

            ActionButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                label: qsTr("Peruuta")
                onClicked: root.viewModel.close()
            }
        }
    }
}
