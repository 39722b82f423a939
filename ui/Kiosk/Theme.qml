pragma Singleton
import QtQuick

// Colours, type scale, spacing and breakpoints. Sizes are designed for a 1080 px screen side
// and scale with `unit`, which Main sets from the window's shorter side.
QtObject {
    id: root

    property real unit: 1.0
    readonly property int referenceSide: 1080

    readonly property string fontFamily: "Inter"

    // The visitor's choices (kiosk.viewmodels.access), bound by Main.
    property real textScale: 1.0
    property bool highContrast: false
    property bool reach: false

    // Normal theme: at least 4.5:1 for text and 3:1 for controls; high contrast: at least
    // 7:1 for every text (tests/ui/test_contrast.py computes them).
    readonly property color background: highContrast ? "#000000" : "#F3F0E9"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#1B1D1F"
    readonly property color mutedText: highContrast ? "#F0F0F0" : "#454D54"
    readonly property color accent: highContrast ? "#FFE14D" : "#1D5B75"
    readonly property color textOnAccent: highContrast ? "#000000" : "#FFFFFF"
    readonly property color accentPressed: highContrast ? "#FFFFFF" : "#143F52"
    readonly property color divider: highContrast ? "#FFFFFF" : "#D8D2C6"
    // Edges of tiles and buttons: in high contrast every surface is outlined.
    readonly property color outline: highContrast ? "#FFFFFF" : "#78705F"
    readonly property int outlineWidth: highContrast ? Math.max(2, px(3)) : 0
    readonly property color focusRing: highContrast ? "#00E5FF" : "#B3261E"
    readonly property int focusRingWidth: Math.max(3, px(5))
    readonly property color pressShade: highContrast ? "#40FFFFFF" : "#24000000"
    readonly property color promptShade: highContrast ? "#E6000000" : "#B31B1D1F"
    readonly property color attractBackground: highContrast ? "#000000" : "#1B1D1F"
    readonly property color attractBand: highContrast ? "#F2000000" : "#E61D5B75"
    readonly property color attractText: highContrast ? "#FFE14D" : "#FFFFFF"
    readonly property color dotInactive: highContrast ? "#BDBDBD" : "#7C868D"
    readonly property color toolbarBackground: highContrast ? "#000000" : "#E6E1D6"
    // The QR card stays dark on light in every theme.
    readonly property color qrCardBackground: "#FFFFFF"
    readonly property color qrCardText: "#1B1D1F"
    readonly property color qrCardMutedText: "#454D54"

    readonly property int headerTitleSize: headingPx(44)
    readonly property int tileTitleSize: headingPx(30)
    readonly property int tileSummarySize: textPx(23)
    readonly property int detailTitleSize: headingPx(52)
    readonly property int bodySize: textPx(28)
    readonly property int creditSize: textPx(19)
    readonly property int buttonSize: textPx(30)
    readonly property int qrLabelSize: textPx(22)
    readonly property int qrAddressSize: textPx(20)
    // The visitor bar's own text is large already, and does not grow with larger text:
    // grown, it would take the screen it serves.
    readonly property int toolSize: textPx(26)
    readonly property real bodyLineHeight: 1.35

    readonly property int gap: px(24)
    readonly property int margin: px(32)
    readonly property int padding: px(20)
    readonly property int radius: px(18)
    readonly property int headerHeight: px(112)
    readonly property int minimumTouchTarget: Math.max(64, px(80))
    readonly property int dotSize: px(16)
    readonly property int usageChartHeight: px(200)
    readonly property real staffHoldSeconds: 5
    // Holding the staff corner shows its progress after this long.
    readonly property real staffHoldFeedbackSeconds: 1
    readonly property int staffHoldTickMs: 50
    readonly property int scrollFadeHeight: px(72)
    // How much of a screenful "more below" scrolls on.
    readonly property real scrollStep: 0.8
    // Below each gallery photo: room for a two-line credit.
    readonly property int captionSpace: Math.ceil(creditSize * 2.6 + px(6))
    readonly property int qrTextWidth: textPx(300)
    readonly property int minimumQrTextWidth: textPx(240)
    // QR codes: whole pixels per module, never under 6 so that phones read them from 50 cm.
    readonly property int qrModulePx: Math.max(6, Math.floor(6 * root.unit))

    // Home screen columns by logical width (window width divided by `unit`).
    readonly property int fiveColumnsFrom: 1700
    readonly property int threeColumnsFrom: 1250
    readonly property int minimumTileHeight: px(420)
    // A tile's photo is never flatter than this, however long its text.
    readonly property real minimumPhotoAspect: 0.45
    readonly property real maximumPhotoAspect: 1.1
    readonly property int tileMoreHeight: textPx(60)
    readonly property int accentBarHeight: px(6)

    // Smaller spaces, from the closest to the widest: between lines of one block (a title
    // and its subtitle), between the parts of a block, between an icon and its label, and
    // between controls in a row.
    readonly property int lineGap: px(4)
    readonly property int smallGap: px(8)
    readonly property int iconGap: px(10)
    readonly property int rowGap: px(12)
    // Dividers between the screen's parts.
    readonly property int hairline: Math.max(1, px(2))
    readonly property int buttonRadius: px(14)
    readonly property int buttonBorderWidth: Math.max(2, px(2))
    // Between the focus ring and what it marks.
    readonly property int focusRingGap: Math.max(2, px(3))
    // Panels over the screen: the prompt and the staff panel, and the out-of-order notice.
    readonly property int panelMaxWidth: px(900)
    readonly property int noticeMaxWidth: px(1200)
    readonly property int pinDotSize: px(20)
    // The staff panel's chart of a week's visits.
    readonly property int chartBarGap: px(6)
    readonly property int chartBarMinHeight: px(3)
    readonly property int chartBarRadius: px(4)
    // Between a photo and the dots that say which photo of the gallery it is.
    readonly property int galleryDotsGap: px(6)
    readonly property real galleryAspect: 1.9
    readonly property real readingShare: textScale > 1 ? 0.62 : 0.55
    readonly property real pressedScale: 0.97

    // How far reach mode lowers the whole UI: a share of the screen's height, less on a
    // landscape screen, which is low already. Main sets `portrait`.
    property bool portrait: false
    readonly property real reachDrop: portrait ? 0.35 : 0.25

    function px(value: real): int {
        return Math.round(value * root.unit);
    }

    // Type sizes follow the visitor's larger-text choice as well as the screen.
    function textPx(value: real): int {
        return Math.round(value * root.unit * root.textScale);
    }

    // Headings are large already: they grow less, so that their long words still fit.
    function headingPx(value: real): int {
        return Math.round(value * root.unit * Math.sqrt(root.textScale));
    }
}
