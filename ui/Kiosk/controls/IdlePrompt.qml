pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// "Still there?" over everything, with the seconds left before the kiosk starts afresh.
// A touch anywhere dismisses it; the input watcher (kiosk.viewmodels.idle) keeps that touch
// from reaching a tile underneath.
Rectangle {
    id: root

    required property int secondsLeft

    objectName: "idlePrompt"
    color: Theme.promptShade
    Accessible.role: Accessible.AlertMessage
    Accessible.name: question.text
    Accessible.description: hint.text
    // Said as well as shown (read aloud says it too, to a visitor who has been listening).
    Component.onCompleted: Accessible.announce(question.text + " " + hint.text, Accessible.Assertive)

    Rectangle {
        anchors.centerIn: parent
        // In reach mode, in the lowered part with everything else.
        anchors.verticalCenterOffset: Theme.reach ? root.height * Theme.reachDrop / 2 : 0
        width: Math.min(parent.width - 2 * Theme.margin, Theme.panelMaxWidth)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        border.width: Theme.outlineWidth

        Column {
            id: column

            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap

            Text {
                id: question

                objectName: "idleQuestion"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Oletko vielä siellä?")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.detailTitleSize
                font.weight: Font.Bold
            }

            Text {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: root.secondsLeft
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.detailTitleSize * 2
                font.weight: Font.Bold
            }

            Text {
                id: hint

                objectName: "idleHint"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: qsTr("Kosketa näyttöä jatkaaksesi. Muuten palataan alkuun.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
