pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// What staff need to know and do: the content's state in plain language, reload, exit.
Rectangle {
    id: root

    // The staff view model: what the panel shows and offers.
    required property StaffViewModel viewModel

    objectName: "staffPanel"
    color: Theme.background
    // Modal for the keyboard too: Tab stays within the panel, and Escape closes it.
    focus: true
    Component.onCompleted: root.forceActiveFocus()
    Keys.onEscapePressed: root.viewModel.close()

    FocusTrap {
        id: trap

        scope: root
    }

    MouseArea {
        anchors.fill: parent
    }

    Flickable {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column

            width: parent.width
            spacing: Theme.gap

            Text {
                width: parent.width
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Henkilökunta")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.detailTitleSize
                font.weight: Font.Bold
            }

            Repeater {
                model: root.viewModel.statusLines

                delegate: Text {
                    required property string modelData

                    width: column.width
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.qrLabelSize
                }
            }

            Text {
                objectName: "staffUsageLine"
                width: parent.width
                visible: text !== ""
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: root.viewModel.usageLine
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrLabelSize
                font.weight: Font.Bold
            }

            Text {
                objectName: "staffExampleFigures"
                width: parent.width
                visible: root.viewModel.showsExamples
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Esimerkkiluvut: kuva näyttää, miltä paneeli näyttää, ei tämän kioskin käyntejä.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrLabelSize
                font.italic: true
            }

            UsageChart {
                objectName: "staffUsageChart"
                width: Math.min(parent.width, Theme.panelMaxWidth)
                visible: root.viewModel.week.count > 0
                days: root.viewModel.week
            }

            Text {
                width: parent.width
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Sisällön ongelmat")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.buttonSize
                font.weight: Font.Bold
            }

            Repeater {
                model: root.viewModel.problemLines

                delegate: Text {
                    required property string modelData

                    objectName: "staffProblem"
                    width: column.width
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.qrAddressSize
                }
            }
        }
    }

    // Always in view, however long the problem list grows: what staff came to do.
    Flow {
        id: actions

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ActionButton {
            objectName: "staffReload"
            label: qsTr("Lataa sisältö uudelleen")
            onClicked: root.viewModel.reloadContent()
        }

        ActionButton {
            objectName: "staffExit"
            label: qsTr("Sulje sovellus")
            active: root.viewModel.exitAllowed
            onClicked: root.viewModel.exitApp()
        }

        ActionButton {
            objectName: "staffClose"
            label: qsTr("Takaisin kioskiin")
            onClicked: root.viewModel.close()
        }
    }
}
