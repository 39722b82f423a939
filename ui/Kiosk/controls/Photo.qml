import QtQuick

// Every image in the kiosk. It loads synchronously: photos come from the disk cache at the
// size shown, so the first frame already has them (no pop-in), and our image providers are
// Python, which must not be entered from Qt's image loader threads.
Image {
    id: root

    // Set this rather than `source`: loading waits until the item has its size, so that a
    // photo is decoded once, at the size it is shown, instead of first at full size.
    property string photoSource
    // Whether it is still loading, in a form Python can read (the status enum it cannot).
    readonly property bool busy: status === Image.Loading

    source: root.width > 0 && root.height > 0 ? root.photoSource : ""
    asynchronous: false
}
