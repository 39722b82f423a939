pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The category's links along the bottom edge, in the same place on every page and at the
// height where visitors hold their phones. More cards than fit scroll sideways.
Rectangle {
    id: root

    required property LinkListModel links
    required property int largestQrModules
    // One card under another, in the text's own scroll (large text on a low screen).
    property bool inColumn: false

    readonly property int cardCount: root.inColumn ? 1 : Math.max(1, cards.count)
    readonly property int largestCode: root.largestQrModules * Theme.qrModulePx
    readonly property real gaps: (root.cardCount - 1) * Theme.gap
    // Cards share the width: text beside each code where that leaves it room enough,
    // otherwise text below the codes (portrait screens).
    readonly property real besideWidth: (column.width - root.gaps) / root.cardCount - root.largestCode - 3 * Theme.padding
    readonly property bool stacked: root.besideWidth < Theme.minimumQrTextWidth
    readonly property real cardTextWidth: root.stacked ? Math.max(root.largestCode, Math.min(Theme.qrTextWidth, (column.width - root.gaps) / root.cardCount - 2 * Theme.padding)) : Math.min(Theme.qrTextWidth, root.besideWidth)

    implicitHeight: column.implicitHeight + Theme.rowGap + Theme.margin
    color: Theme.surface
    readonly property alias count: cards.count

    visible: cards.count > 0

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.hairline
        color: Theme.divider
    }

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.rowGap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.smallGap

        Text {
            objectName: "scanHint"
            width: parent.width
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            text: qsTr("Lisätietoa puhelimeesi: osoita QR-koodia puhelimen kameralla.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.qrLabelSize
            font.weight: Font.DemiBold
        }

        Flickable {
            id: cardsView

            objectName: "linkCards"
            width: parent.width
            height: row.implicitHeight
            contentWidth: row.implicitWidth
            contentHeight: row.implicitHeight
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Grid {
                id: row

                columns: root.cardCount
                spacing: Theme.gap

                Repeater {
                    id: cards

                    model: root.links

                    delegate: QrCard {
                        onActiveFocusChanged: if (activeFocus)
                            cardsView.contentX = Math.max(0, Math.min(x, cardsView.contentWidth - cardsView.width))
                        textWidth: root.cardTextWidth
                        stacked: root.stacked
                        codeBox: root.largestCode
                    }
                }
            }
        }
    }
}
