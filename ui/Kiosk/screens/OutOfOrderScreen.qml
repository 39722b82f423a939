pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shown only when there is no valid content and no good copy of it: calm, never a blank
// window or an error message. The log says exactly what is wrong.
Rectangle {
    id: root

    objectName: "outOfOrder"
    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.noticeMaxWidth)
        spacing: Theme.gap

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            text: qsTr("Palvelu on tilapäisesti poissa käytöstä.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.detailTitleSize
            font.weight: Font.Bold
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            text: qsTr("Tjänsten är tillfälligt ur bruk.") + "\n" + qsTr("Temporarily out of order.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
    }
}
