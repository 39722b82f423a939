pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

FocusScope {
    id: root

    // Whether a keyboard user is on this page (its heading or a control has had the focus
    // since it opened): going back then returns the focus to the tile it came from.
    property bool keyboardHere: false

    // Landscape: text beside the photos. Portrait: photos above the text, in one scroll.
    readonly property bool twoColumns: width > height
    // Large text on a low screen: a strip of QR codes along the bottom would leave the text
    // too little room. Landscape: the codes go under the photo, beside the text, in view;
    // portrait (the photo is in the text's scroll): they follow the text in its scroll.
    readonly property bool linksTooTall: Theme.textScale > 1 && links.implicitHeight > (root.height - header.height) * 0.4
    // Under the photo only where every code fits side by side (a small screen's narrow
    // column would scroll them sideways, out of view).
    readonly property bool sideHoldsLinks: links.count * (links.largestCode + 2 * Theme.padding) + (links.count - 1) * Theme.gap <= body.width - body.readingWidth - Theme.gap
    readonly property bool linksBesideText: root.linksTooTall && root.twoColumns && root.sideHoldsLinks
    readonly property bool linksInReading: root.linksTooTall && !root.linksBesideText

    function scrollToTop(): void {
        reading.contentY = 0;
    }

    // Opened from a tile by the keyboard: the focus goes to the page's heading, once the
    // page is shown.
    function focusHeading(): void {
        Qt.callLater(() => heading.forceActiveFocus(Qt.TabFocusReason));
    }

    onVisibleChanged: if (visible) {
        root.scrollToTop();
        root.keyboardHere = false;
    }
    onActiveFocusChanged: if (activeFocus)
        root.keyboardHere = true

    Connections {
        target: KioskViewModel.detail
        function onPageChanged(): void {
            root.scrollToTop();
        }
    }

    Connections {
        target: KioskViewModel
        function onResetRequested(): void {
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
            height: body.height - (cue.needed ? cue.space : 0)
            contentWidth: width
            contentHeight: readingContent.height + (bottomBack.visible ? bottomBack.height + Theme.margin : 0)
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: readingContent

                width: reading.width
                topPadding: Theme.margin
                bottomPadding: Theme.margin
                spacing: Theme.gap

                // Only one gallery exists at a time: a hidden one would still load its photos.
                Loader {
                    width: parent.width
                    active: !root.twoColumns
                    visible: active
                    sourceComponent: galleryComponent
                }

                Text {
                    id: heading

                    objectName: "detailTitle"
                    width: parent.width
                    text: KioskViewModel.detail.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.detailTitleSize
                    font.weight: Font.Bold
                    // Where a keyboard user lands on opening the page: its name, read first.
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    onActiveFocusChanged: if (activeFocus)
                        reading.contentY = 0

                    FocusRing {
                        target: heading
                    }
                }

                Repeater {
                    model: KioskViewModel.detail.paragraphs

                    delegate: Text {
                        required property string modelData

                        objectName: "paragraph"
                        width: readingContent.width
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        lineHeight: Theme.bodyLineHeight
                    }
                }

                Loader {
                    width: parent.width
                    active: root.linksInReading
                    visible: active
                    sourceComponent: LinkStrip {
                        inColumn: true
                        links: KioskViewModel.detail.links
                        largestQrModules: KioskViewModel.detail.links.largestQrModules
                    }
                }
            }

            // A second way back at the end of a long text, within reach from a wheelchair.
            // A page that fits has only the header's: never two Back buttons in view.
            BackButton {
                id: bottomBack

                objectName: "bottomBackButton"
                y: readingContent.height
                visible: cue.needed
                onClicked: KioskViewModel.goHome()
                onActiveFocusChanged: if (activeFocus)
                    reading.contentY = Math.max(0, reading.contentHeight - reading.height)
            }

            SwipeBack {
                onBack: KioskViewModel.goHome()
            }
        }

        ScrollCue {
            id: cue

            target: reading
            needed: readingContent.height > body.height + 1
        }

        Column {
            id: side

            x: body.readingWidth + Theme.gap
            y: Theme.margin
            width: body.width - x
            spacing: Theme.gap
            visible: root.twoColumns

            Loader {
                width: parent.width
                active: root.twoColumns
                sourceComponent: galleryComponent
                // The photo takes what the codes under it leave.
                onLoaded: item.maximumHeight = Qt.binding(() => body.height - 2 * Theme.margin - (sideLinks.active ? sideLinks.height + side.spacing : 0))
            }

            Loader {
                id: sideLinks

                width: parent.width
                active: root.linksBesideText
                visible: active
                // The usual strip, as narrow as the photo: cards side by side, their text under
                // the codes where it cannot go beside them.
                sourceComponent: LinkStrip {
                    objectName: "sideLinks"
                    links: KioskViewModel.detail.links
                    largestQrModules: KioskViewModel.detail.links.largestQrModules
                }
            }
        }
    }

    Component {
        id: galleryComponent

        Gallery {
            objectName: "gallery"
            visible: count > 0
            photos: KioskViewModel.detail.photos
            // (The view model is gone while the window closes at exit.)
            onShown: index => KioskViewModel.detail && KioskViewModel.detail.photoShown(index)
        }
    }

    LinkStrip {
        id: links

        visible: count > 0 && !root.linksTooTall
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        links: KioskViewModel.detail.links
        largestQrModules: KioskViewModel.detail.links.largestQrModules
    }
}
