pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Item {
    id: root

    required property int index
    required property string categoryId
    required property string title
    required property string summary
    required property string photoSource
    required property string photoCredit
    required property string photoAlt
    required property point photoFocus
    required property string accentColor
    // Room for the tallest tile text on the screen; the photo takes what is left above it.
    property real textHeight: textPanel.implicitHeight

    signal activated(string categoryId)

    objectName: "tile-" + root.categoryId
    activeFocusOnTab: true
    Keys.onReturnPressed: root.activated(root.categoryId)
    Keys.onEnterPressed: root.activated(root.categoryId)
    Keys.onSpacePressed: root.activated(root.categoryId)
    Accessible.role: Accessible.Button
    Accessible.name: root.title
    Accessible.description: root.summary
    Accessible.onPressAction: root.activated(root.categoryId)

    Rectangle {
        id: card

        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.outlineWidth
        clip: true
        scale: tap.pressed ? Theme.pressedScale : 1.0

        Photo {
            id: photo

            objectName: "tilePhoto"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            // Never taller than wide: wide photos would lose too much at their sides.
            height: Math.max(0, Math.min(card.height - root.textHeight - Theme.tileMoreHeight, card.width * Theme.maximumPhotoAspect))
            photoSource: root.photoSource
            // The tallest the photo can be, whatever its height now: while the screen settles
            // (text measured, the visitor bar laid out) the height changes, and every new
            // size would decode the photo again.
            sourceSize.width: Math.ceil(width)
            sourceSize.height: Math.ceil(width * Theme.maximumPhotoAspect)
            focalPoint: root.photoFocus
        }

        Rectangle {
            anchors.top: photo.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            height: Theme.accentBarHeight
            color: root.accentColor.length > 0 ? root.accentColor : Theme.accent
        }

        TileText {
            id: textPanel

            anchors.top: photo.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            title: root.title
            summary: root.summary
            photoCredit: root.photoCredit
        }

        Row {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.padding
            spacing: Theme.smallGap

            Text {
                objectName: "tileMore"
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Lue lisää")
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.tileSummarySize
                font.weight: Font.DemiBold
            }

            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: "forward"
                color: Theme.accent
                side: Theme.tileSummarySize
            }
        }

        Rectangle {
            anchors.fill: parent
            color: Theme.pressShade
            visible: tap.pressed
        }
    }

    TapHandler {
        id: tap

        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: root.activated(root.categoryId)
    }

    FocusRing {
        target: root
        anchors.margins: Theme.gap / 2 - Theme.focusRingWidth
    }
}
