pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// What staff need to know and do: the content's state in plain language, reload, exit.
Rectangle {
    id: root

    objectName: "staffPanel"
    color: Theme.background

    MouseArea {
        anchors.fill: parent
    }

    Flickable {
        anchors.fill: parent
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
                text: qsTr("Henkilökunta")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.detailTitleSize
                font.weight: Font.Bold
            }

            Repeater {
                model: KioskViewModel.staff.statusLines

                delegate: Text {
                    required property string modelData

                    width: column.width
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
                text: KioskViewModel.staff.usageLine
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrLabelSize
                font.weight: Font.Bold
            }

            UsageChart {
                objectName: "staffUsageChart"
                width: Math.min(parent.width, Theme.panelMaxWidth)
                visible: KioskViewModel.staff.week.count > 0
                days: KioskViewModel.staff.week
            }

            Text {
                width: parent.width
                text: qsTr("Sisällön ongelmat")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.buttonSize
                font.weight: Font.Bold
            }

            Repeater {
                model: KioskViewModel.staff.problemLines

                delegate: Text {
                    required property string modelData

                    objectName: "staffProblem"
                    width: column.width
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.qrAddressSize
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.gap

                ActionButton {
                    objectName: "staffReload"
                    label: qsTr("Lataa sisältö uudelleen")
                    onClicked: KioskViewModel.staff.reloadContent()
                }

                ActionButton {
                    objectName: "staffExit"
                    label: qsTr("Sulje sovellus")
                    active: KioskViewModel.staff.exitAllowed
                    onClicked: KioskViewModel.staff.exitApp()
                }

                ActionButton {
                    objectName: "staffClose"
                    label: qsTr("Takaisin kioskiin")
                    onClicked: KioskViewModel.staff.close()
                }
            }
        }
    }
}
