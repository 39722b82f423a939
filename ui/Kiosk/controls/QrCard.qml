pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A link as visitors use it without a browser: a QR code to scan, what it is, where it goes.
Rectangle {
    id: root

    required property int index
    required property string label
    required property string url
    required property string shortAddress
    required property string qrSource
    required property int qrModules
    readonly property int codeSide: root.qrModules * Theme.qrModulePx
    // Every card in a strip reserves the same square, so that the cards line up.
    property int codeBox: root.codeSide
    property real textWidth: Theme.qrTextWidth
    // Text beside the code, or below it where the strip is too narrow for that.
    property bool stacked: false

    objectName: "qrCard-" + root.index
    implicitWidth: layout.implicitWidth + 2 * Theme.padding
    implicitHeight: layout.implicitHeight + 2 * Theme.padding
    // Dark on light whatever the theme: phones read QR codes best that way. Flat, with no
    // border: it is not a button, and should not look like one.
    color: Theme.qrCardBackground
    // Not a button (there is no browser): focus only brings it into view, and names it.
    activeFocusOnTab: true
    Accessible.role: Accessible.Link
    Accessible.name: qsTr("QR-koodi: %1, %2").arg(root.label).arg(root.url)

    Grid {
        id: layout

        x: Theme.padding
        y: Theme.padding
        columns: root.stacked ? 1 : 2
        spacing: Theme.padding
        verticalItemAlignment: Grid.AlignVCenter

        Item {
            width: root.codeBox
            height: root.codeBox

            // Drawn pixel for pixel, never scaled: every module a whole number of pixels.
            Image {
                objectName: "qrCode"
                anchors.centerIn: parent
                width: root.codeSide
                height: root.codeSide
                source: root.codeSide > 0 ? root.qrSource : ""
                asynchronous: false
                sourceSize.width: root.codeSide
                sourceSize.height: root.codeSide
                fillMode: Image.Pad
                smooth: false
                mipmap: false
            }
        }

        Column {
            width: root.textWidth
            spacing: Theme.smallGap

            Text {
                objectName: "qrLabel"
                width: parent.width
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: root.label
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.qrCardText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrLabelSize
                font.weight: Font.DemiBold
            }

            Text {
                objectName: "qrAddress"
                width: parent.width
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: root.shortAddress
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.qrCardMutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrAddressSize
            }
        }
    }

    FocusRing {
        target: root
    }
}
