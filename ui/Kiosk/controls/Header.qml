pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Rectangle {
    id: root

    required property string title
    property string subtitle: ""
    required property bool showBack

    signal back

    implicitHeight: Math.max(Theme.headerHeight, titles.implicitHeight + 2 * Theme.padding)
    color: Theme.surface

    BackButton {
        id: backButton

        objectName: "backButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        visible: root.showBack
        onClicked: root.back()
    }

    Column {
        id: titles

        anchors.left: root.showBack ? backButton.right : parent.left
        anchors.leftMargin: root.showBack ? Theme.gap : Theme.margin
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.lineGap

        Text {
            objectName: "headerTitle"
            width: parent.width
            Accessible.role: Accessible.Heading
            Accessible.name: text
            text: root.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headerTitleSize
            font.weight: Font.Bold
        }

        Text {
            objectName: "headerSubtitle"
            width: parent.width
            visible: root.subtitle.length > 0
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            text: root.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.tileSummarySize
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.hairline
        color: Theme.divider
    }
}
