pragma ComponentBehavior: Bound
import QtQuick

// Every image in the kiosk. It loads synchronously: photos come from the disk cache at the
// size shown, so the first frame already has them (no pop-in), and our image providers are
// Python, which must not be entered from Qt's image loader threads.
//
// A cropped photo keeps its focal point in view (the content's `focus`, set in the editor):
// the image covers the item and is shifted so that the point sits as near the middle as the
// photo's edges allow. Qt's own crop can only keep an edge or the centre.
Item {
    id: root

    // Set this rather than a source: loading waits until the item has its size, so that a
    // photo is decoded once, at the size it is shown, instead of first at full size.
    property string photoSource
    // Where the subject is, as fractions of the photo's width and height.
    property point focalPoint: Qt.point(0.5, 0.5)
    // Fill the item and crop what is outside (tiles, the gallery), or show it whole.
    property bool crop: true
    property alias sourceSize: image.sourceSize
    readonly property alias status: image.status
    readonly property alias progress: image.progress
    readonly property alias paintedWidth: image.paintedWidth
    readonly property alias paintedHeight: image.paintedHeight
    // Whether it is still loading, in a form Python can read (the status enum it cannot).
    readonly property bool busy: image.status === Image.Loading

    clip: root.crop

    Image {
        id: image

        readonly property real aspect: implicitHeight > 0 ? implicitWidth / implicitHeight : 1
        readonly property real coverWidth: Math.max(root.width, root.height * aspect)
        readonly property real coverHeight: Math.max(root.height, root.width / aspect)

        function placed(side: real, covered: real, point: real): real {
            return Math.round(Math.min(0, Math.max(side - covered, side / 2 - point * covered)));
        }

        objectName: "photoImage"
        width: root.crop ? coverWidth : root.width
        height: root.crop ? coverHeight : root.height
        x: root.crop ? placed(root.width, coverWidth, root.focalPoint.x) : 0
        y: root.crop ? placed(root.height, coverHeight, root.focalPoint.y) : 0
        fillMode: root.crop ? Image.Stretch : Image.PreserveAspectFit
        source: root.width > 0 && root.height > 0 ? root.photoSource : ""
        asynchronous: false
    }
}
