pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A tile's photo credit, title and summary. The home screen also lays these out unseen to
// find the tallest, so that every tile's photo ends at the same height and no text is cut.
Column {
    id: root

    required property string title
    required property string summary
    required property string photoCredit

    padding: Theme.padding
    topPadding: Theme.iconGap + Theme.accentBarHeight
    spacing: Theme.smallGap

    CreditLabel {
        width: root.width - 2 * root.padding
        credit: root.photoCredit
    }

    Text {
        objectName: "tileTitle"
        width: root.width - 2 * root.padding
        text: root.title
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.tileTitleSize
        font.weight: Font.Bold
    }

    Text {
        objectName: "tileSummary"
        width: root.width - 2 * root.padding
        text: root.summary
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.tileSummarySize
        lineHeight: Theme.bodyLineHeight
    }
}
