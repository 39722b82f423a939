pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Item {
    id: root

    // Landscape: text beside the photos. Portrait: photos above the text, in one scroll.
    readonly property bool twoColumns: width > height

    function scrollToTop(): void {
        reading.contentY = 0;
    }

    onVisibleChanged: if (visible) root.scrollToTop()

    Connections {
        target: KioskViewModel.detail
        function onPageChanged(): void {
            root.scrollToTop();
        }
    }

    Header {
        id: header

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: KioskViewModel.title
        showBack: true
        onBack: KioskViewModel.goHome()
    }

    Item {
        id: body

        readonly property real readingWidth: root.twoColumns ? (width - Theme.gap) * Theme.readingShare : width

        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: links.visible ? links.top : parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin

        Flickable {
            id: reading

            objectName: "readingColumn"
            width: body.readingWidth
            height: body.height
            contentWidth: width
            contentHeight: readingContent.height
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: readingContent

                width: reading.width
                topPadding: Theme.margin
                bottomPadding: Theme.margin
                spacing: Theme.gap

                Gallery {
                    objectName: "gallery"
                    width: parent.width
                    visible: !root.twoColumns && count > 0
                    photos: KioskViewModel.detail.photos
                }

                Text {
                    objectName: "detailTitle"
                    width: parent.width
                    text: KioskViewModel.detail.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.detailTitleSize
                    font.weight: Font.Bold
                }

                Repeater {
                    model: KioskViewModel.detail.paragraphs

                    delegate: Text {
                        required property string modelData

                        objectName: "paragraph"
                        width: readingContent.width
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        lineHeight: Theme.bodyLineHeight
                    }
                }
            }

            SwipeBack {
                onBack: KioskViewModel.goHome()
            }
        }

        ScrollFade {
            anchors.left: reading.left
            anchors.right: reading.right
            anchors.bottom: reading.bottom
            more: !reading.atYEnd
            fadeTo: Theme.background
        }

        Gallery {
            objectName: "sideGallery"
            x: body.readingWidth + Theme.gap
            y: Theme.margin
            width: body.width - x
            maximumHeight: body.height - 2 * Theme.margin
            visible: root.twoColumns && count > 0
            photos: KioskViewModel.detail.photos
        }
    }

    LinkStrip {
        id: links

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        links: KioskViewModel.detail.links
        largestQrModules: KioskViewModel.detail.links.largestQrModules
    }
}
