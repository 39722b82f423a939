pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk

// A line icon drawn from a path, so that it follows the theme's colours at any size. The
// bundled font has no arrows or symbols, and a system fallback font may not exist.
Item {
    id: root

    required property string name
    property color color: Theme.text

    // 24 × 24 outlines, and the parts to fill.
    readonly property var strokes: ({
            "back": "M20 12H5M11 5l-7 7 7 7",
            "forward": "M4 12h15M13 5l7 7-7 7",
            "check": "M4 12.5l5 5L20 6.5",
            "read": "M3 9h4l5-4v14l-5-4H3zM16 8.5a5 5 0 0 1 0 7M19 5.5a9 9 0 0 1 0 13",
            "stop": "M6 6h12v12H6z",
            "repeat": "M20 12a8 8 0 1 1-2.3-5.7M20 3.5v5h-5",
            "contrast": "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z",
            "text": "M2 19l3.5-9 3.5 9M3.4 16h4.2M11 19l5-14 5 14M12.9 14.5h6.2",
            "reach": "M12 3v13M6 11l6 6 6-6M4 21h16",
            "down": "M12 4v15M5 12l7 7 7-7"
        })
    readonly property var fills: ({
            "stop": "M6 6h12v12H6z",
            "contrast": "M12 3a9 9 0 0 1 0 18z"
        })

    implicitWidth: Theme.textPx(34)
    implicitHeight: implicitWidth
    Accessible.ignored: true

    Shape {
        width: 24
        height: 24
        scale: root.width / 24
        transformOrigin: Item.TopLeft
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeColor: root.color
            strokeWidth: 2.2
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin

            PathSvg {
                path: root.strokes[root.name] ?? ""
            }
        }

        ShapePath {
            strokeColor: "transparent"
            fillColor: root.color

            PathSvg {
                path: root.fills[root.name] ?? ""
            }
        }
    }
}
