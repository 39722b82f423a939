pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

Window {
    id: root

    required property string kioskTitle
    required property list<string> categoryTitles

    objectName: "mainWindow"
    color: Theme.background
    title: root.kioskTitle

    Column {
        objectName: "homeColumn"
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        Text {
            objectName: "kioskTitle"
            width: parent.width
            text: root.kioskTitle
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }

        Repeater {
            model: root.categoryTitles

            delegate: Text {
                required property string modelData

                width: parent.width
                text: modelData
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
