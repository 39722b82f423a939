import QtQuick

// Every image in the kiosk. It loads synchronously: photos come from the disk cache at the
// size shown, so the first frame already has them (no pop-in), and our image providers are
// Python, which must not be entered from Qt's image loader threads.
Image {
    // Whether it is still loading, in a form Python can read (the status enum it cannot).
    readonly property bool busy: status === Image.Loading

    asynchronous: false
}
