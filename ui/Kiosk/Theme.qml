pragma Singleton
import QtQuick

// Colours, type scale, spacing and breakpoints. Sizes are designed for a 1080 px screen side
// and scale with `unit`, which Main sets from the window's shorter side.
QtObject {
    id: root

    property real unit: 1.0
    readonly property int referenceSide: 1080

    readonly property string fontFamily: "Inter"

    readonly property color background: "#F3F0E9"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1B1D1F"
    readonly property color mutedText: "#454D54"
    readonly property color accent: "#1D5B75"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color accentPressed: "#143F52"
    readonly property color divider: "#D8D2C6"
    readonly property color creditBackground: "#D91B1D1F"
    readonly property color creditText: "#FFFFFF"
    readonly property color pressShade: "#24000000"
    readonly property color promptShade: "#B31B1D1F"
    readonly property color attractBackground: "#1B1D1F"
    readonly property color attractBand: "#E61D5B75"
    readonly property color dotInactive: "#9AA4AB"
    readonly property color qrCardBorder: "#C9C2B5"
    // The QR card stays dark on light in every theme.
    readonly property color qrCardBackground: "#FFFFFF"
    readonly property color qrCardText: "#1B1D1F"
    readonly property color qrCardMutedText: "#454D54"

    readonly property int headerTitleSize: px(44)
    readonly property int tileTitleSize: px(30)
    readonly property int tileSummarySize: px(23)
    readonly property int detailTitleSize: px(52)
    readonly property int bodySize: px(28)
    readonly property int creditSize: px(19)
    readonly property int buttonSize: px(30)
    readonly property int qrLabelSize: px(22)
    readonly property int qrAddressSize: px(20)
    readonly property real bodyLineHeight: 1.35

    readonly property int gap: px(24)
    readonly property int margin: px(32)
    readonly property int padding: px(20)
    readonly property int radius: px(18)
    readonly property int headerHeight: px(112)
    readonly property int minimumTouchTarget: Math.max(64, px(80))
    readonly property int dotSize: px(16)
    readonly property real staffHoldSeconds: 5
    readonly property int scrollFadeHeight: px(72)
    // Below each gallery photo: room for a two-line credit.
    readonly property int captionSpace: Math.ceil(creditSize * 2.6 + px(6))
    readonly property int qrTextWidth: px(300)
    readonly property int minimumQrTextWidth: px(240)
    // QR codes: whole pixels per module, never under 6 so that phones read them from 50 cm.
    readonly property int qrModulePx: Math.max(6, Math.floor(6 * root.unit))

    // Home screen columns by logical width (window width divided by `unit`).
    readonly property int fiveColumnsFrom: 1700
    readonly property int threeColumnsFrom: 1250
    readonly property int minimumTileHeight: px(420)
    // A tile's photo is never flatter than this, however long its text.
    readonly property real minimumPhotoAspect: 0.45
    readonly property real maximumPhotoAspect: 1.1
    readonly property int tileMoreHeight: px(60)
    readonly property int accentBarHeight: px(6)
    readonly property real minimumFitScale: 0.75
    readonly property real galleryAspect: 1.9
    readonly property real readingShare: 0.55
    readonly property real pressedScale: 0.97

    function px(value: real): int {
        return Math.round(value * root.unit);
    }
}
