pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Visits on each of the last seven days, for staff: a bar and its number per day.
Row {
    id: root

    required property UsageDayListModel days

    height: Theme.usageChartHeight
    spacing: Theme.padding

    Repeater {
        model: root.days

        delegate: Column {
            id: day

            required property string label
            required property int visits
            required property real fraction

            objectName: "usageDay"
            width: (root.width - root.spacing * (root.days.count - 1)) / root.days.count
            height: root.height
            spacing: Theme.chartBarGap
            Accessible.role: Accessible.StaticText
            Accessible.name: day.label + ": " + day.visits

            Text {
                id: count

                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: day.visits
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.qrAddressSize
                font.weight: Font.Bold
            }

            Item {
                width: parent.width
                height: root.height - count.height - name.height - 2 * day.spacing

                Rectangle {
                    objectName: "usageBar"
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Math.max(Theme.chartBarMinHeight, parent.height * day.fraction)
                    radius: Theme.chartBarRadius
                    color: Theme.accent
                }
            }

            Text {
                id: name

                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: day.label
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.creditSize
            }
        }
    }
}
