pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// "Kuva: <credit>" as a caption beneath a photo, so that it never covers the picture.
Text {
    id: root

    required property string credit

    objectName: "photoCredit"
    visible: root.credit.length > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    text: qsTr("Kuva: %1").arg(root.credit)
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.mutedText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.creditSize
}
