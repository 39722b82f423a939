pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// While nobody uses the kiosk: its photos, one after another, and a clear invitation. The
// invitation moves between the top and the bottom with each photo (no burn-in).
Rectangle {
    id: root

    readonly property bool atTop: KioskViewModel.idle.slide % 2 === 1

    objectName: "attract"
    color: Theme.attractBackground

    Photo {
        objectName: "attractPhoto"
        anchors.fill: parent
        photoSource: KioskViewModel.attractPhoto
        sourceSize.width: Math.ceil(width)
        sourceSize.height: Math.ceil(height)
        crop: false
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        y: root.atTop ? 0 : parent.height - height
        height: invitation.implicitHeight + 2 * Theme.margin
        color: Theme.attractBand

        Column {
            id: invitation

            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.smallGap

            Text {
                objectName: "attractInvitation"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: KioskViewModel.attractInvitations[0] ?? ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.attractText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.detailTitleSize
                font.weight: Font.Bold
            }

            Text {
                objectName: "attractOtherLanguages"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: text.length > 0
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: KioskViewModel.attractInvitations.slice(1).join("  ·  ")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.attractText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }

            Text {
                objectName: "attractCredit"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: KioskViewModel.attractCredit.length > 0
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                text: KioskViewModel.attractTitle + " · " + qsTr("Kuva: %1").arg(KioskViewModel.attractCredit)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.attractText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.creditSize
            }
        }
    }
}
