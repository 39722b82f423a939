pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

FocusScope {
    id: root

    // The tile a keyboard user opened last, to come back to.
    property int keyboardIndex: -1

    // A tile was opened with the keyboard (Enter or Space on it).
    signal openedByKeyboard()

    // Back from a page the keyboard user was on: the focus on the tile they opened.
    function focusLastTile(): void {
        const index = root.keyboardIndex;
        if (index < 0)
            return;
        Qt.callLater(() => {
            grid.positionViewAtIndex(index, GridView.Contain);
            grid.itemAtIndex(index)?.forceActiveFocus(Qt.TabFocusReason);
        });
    }

    Connections {
        target: KioskViewModel

        function onResetRequested(): void {
            grid.positionViewAtBeginning();
        }
    }

    Header {
        id: header

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: KioskViewModel.title
        subtitle: qsTr("Valitse aihe koskettamalla.")
        showBack: false
    }

    GridView {
        id: grid

        // Larger text needs wider tiles: fewer columns.
        readonly property real logicalWidth: width / (Theme.unit * Theme.textScale)
        readonly property int columns: Math.max(1, Math.min(KioskViewModel.tiles.count, logicalWidth >= Theme.fiveColumnsFrom ? 5 : logicalWidth >= Theme.threeColumnsFrom ? 3 : 2))
        readonly property int rows: Math.ceil(KioskViewModel.tiles.count / columns)
        readonly property real tileWidth: cellWidth - Theme.gap
        readonly property real fillHeight: Math.floor(height / Math.max(1, rows))
        readonly property real smallestPhoto: tileWidth * Theme.minimumPhotoAspect
        // The least a row needs, whatever the room: its text, "Lue lisää" and the smallest photo.
        readonly property real neededCell: Math.ceil(Math.max(Theme.minimumTileHeight, measure.tallest + Theme.tileMoreHeight + smallestPhoto + Theme.gap))

        objectName: "tileGrid"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // Each cell carries half a gap on every side: together with these margins the outer
        // edge gets a full margin and neighbouring tiles a full gap.
        anchors.leftMargin: Theme.margin - Theme.gap / 2
        anchors.rightMargin: Theme.margin - Theme.gap / 2
        anchors.bottomMargin: Theme.margin - Theme.gap / 2 + (cue.needed ? cue.space : 0)
        anchors.topMargin: Theme.margin - Theme.gap / 2
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.max(fillHeight, neededCell)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: KioskViewModel.tiles

        delegate: Tile {
            width: grid.cellWidth
            height: grid.cellHeight
            textHeight: measure.tallest
            onActivated: categoryId => {
                const byKeyboard = activeFocus;
                root.keyboardIndex = byKeyboard ? index : -1;
                KioskViewModel.openCategory(categoryId);
                if (byKeyboard)
                    root.openedByKeyboard();
            }
            onActiveFocusChanged: if (activeFocus)
                grid.positionViewAtIndex(index, GridView.Contain)
        }
    }

    ScrollCue {
        id: cue

        target: grid
        // From what the rows need and the room without the cue (the grid's own height
        // shrinks when the cue shows, so it cannot be asked).
        needed: grid.rows * grid.neededCell > root.height - header.height - 2 * (Theme.margin - Theme.gap / 2) + 1
    }

    // Every tile's text laid out unseen at the tile width, to find the tallest.
    Item {
        id: measure

        readonly property real tallest: {
            let tallest = 0;
            for (let i = 0; i < measured.count; ++i) {
                const item = measured.itemAt(i);
                if (item)
                    tallest = Math.max(tallest, item.implicitHeight);
            }
            return tallest;
        }

        visible: false

        Repeater {
            id: measured

            // Not before the window has its size: laying 200 texts out twice costs a start.
            model: grid.tileWidth > 0 && grid.height > 0 ? KioskViewModel.tiles : null

            delegate: TileText {
                width: grid.tileWidth
            }
        }
    }
}
