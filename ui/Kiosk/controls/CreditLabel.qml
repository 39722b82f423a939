pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// "Kuva: <credit>" on a dark band, legible on any photo.
Rectangle {
    id: root

    required property string credit
    property real maximumWidth: 0

    implicitWidth: Math.min(creditText.implicitWidth + 2 * Theme.px(10), root.maximumWidth)
    implicitHeight: creditText.implicitHeight + 2 * Theme.px(6)
    visible: root.credit.length > 0
    color: Theme.creditBackground
    radius: Theme.px(6)

    Text {
        id: creditText

        objectName: "photoCredit"
        anchors.fill: parent
        anchors.margins: Theme.px(6)
        anchors.leftMargin: Theme.px(10)
        anchors.rightMargin: Theme.px(10)
        text: qsTr("Kuva: %1").arg(root.credit)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.creditText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.creditSize
    }
}
