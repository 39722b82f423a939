pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A swipe to the right goes back, as on a phone. Vertical drags stay with the Flickable.
DragHandler {
    id: root

    property real travelled: 0

    signal back

    target: null
    xAxis.enabled: true
    yAxis.enabled: false
    onActiveTranslationChanged: root.travelled = root.activeTranslation.x
    onActiveChanged: {
        if (!root.active && root.travelled > Theme.minimumTouchTarget * 2)
            root.back();
        root.travelled = 0;
    }
}
