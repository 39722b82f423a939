pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The category's photos, swiped one at a time, each with its credit.
Item {
    id: root

    required property PhotoListModel photos
    property real maximumHeight: Number.POSITIVE_INFINITY
    readonly property alias count: list.count
    readonly property real dotsSpace: list.count > 1 ? Theme.dotSize + Theme.gap : 0

    // The photo now in view (a swipe, an arrow key, or back to the first for a new page).
    signal shown(int index)

    implicitHeight: list.height + root.dotsSpace
    activeFocusOnTab: list.count > 1
    Keys.onLeftPressed: list.decrementCurrentIndex()
    Keys.onRightPressed: list.incrementCurrentIndex()
    Accessible.role: Accessible.Graphic
    Accessible.name: list.currentItem ? qsTr("Kuva %1/%2: %3").arg(list.currentIndex + 1).arg(list.count).arg((list.currentItem as Slide)?.alt ?? "") : ""
    Accessible.description: qsTr("Vaihda kuvaa pyyhkäisemällä tai nuolinäppäimillä.")

    component Slide: Item {
        id: slide

        required property string source
        required property string credit
        required property string alt
        required property point focalPoint

        width: ListView.view.width
        height: ListView.view.height
        Accessible.role: Accessible.Graphic
        Accessible.name: slide.alt

        Photo {
            id: slidePhoto

            objectName: "galleryPhoto"
            width: parent.width
            height: parent.height - Theme.captionSpace
            photoSource: slide.source
            // The tallest it can be at this width, whatever the height now: the page
            // settles (QR codes, text) in several steps, and each new size would
            // decode the photo again.
            sourceSize.width: Math.ceil(width)
            sourceSize.height: Math.ceil(width / Theme.galleryAspect)
            focalPoint: slide.focalPoint
        }

        CreditLabel {
            anchors.top: slidePhoto.bottom
            anchors.topMargin: Theme.galleryDotsGap
            width: parent.width
            credit: slide.credit
        }
    }

    ListView {
        id: list

        objectName: "galleryList"
        width: root.width
        height: Math.round(Math.min(root.width / Theme.galleryAspect, root.maximumHeight - root.dotsSpace - Theme.captionSpace)) + Theme.captionSpace
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: root.photos
        onCurrentIndexChanged: root.shown(list.currentIndex)

        delegate: Slide {}
    }

    // Another category's photos: start again from the first.
    Connections {
        target: root.photos

        function onModelReset(): void {
            list.currentIndex = 0;
            list.positionViewAtBeginning();
        }
    }

    PageDots {
        anchors.top: list.bottom
        anchors.topMargin: Theme.gap
        anchors.horizontalCenter: parent.horizontalCenter
        count: list.count
        current: list.currentIndex
        visible: list.count > 1
    }

    FocusRing {
        target: root
    }
}
