pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A tile's title and summary. The home screen also lays these out unseen to find the tallest,
// so that every tile's photo ends at the same height and no text is ever cut.
Column {
    id: root

    required property string title
    required property string summary

    padding: Theme.padding
    topPadding: Theme.padding + Theme.accentBarHeight
    spacing: Theme.px(8)

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
