pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Along the bottom of every visitor screen, within reach: the languages, each named in
// itself, and the accessibility choices. Wraps onto more rows when text is large.
Rectangle {
    id: root

    required property LanguageListModel languages
    required property AccessViewModel access
    required property SpeechViewModel speech

    // A language button was tapped: the visitor's choice, for the kiosk to switch to.
    signal languageChosen(string code)

    // Where every button with its words would not fit in one row (a 1024-pixel-wide
    // screen, some languages), the accessibility buttons show their icons only, in every
    // language alike, so that the bar keeps to one row and the text above keeps its room.
    readonly property bool compact: labelled.implicitWidth > flow.width

    objectName: "visitorBar"
    implicitHeight: flow.implicitHeight + 2 * Theme.rowGap

    // The bar as it would be with every label, measured unseen.
    Row {
        id: labelled

        visible: false
        spacing: Theme.rowGap

        Repeater {
            model: root.languages

            delegate: KioskButton {
                required property string autonym

                label: autonym
                checkable: true
                checked: true
                fontSize: Theme.toolSize
            }
        }

        Repeater {
            model: [["Isompi teksti", "text"], ["Kontrasti", "contrast"], ["Alemmas", "reach"], ["Lue ääneen", "read"]]

            delegate: KioskButton {
                required property var modelData

                label: qsTr(modelData[0])
                iconName: modelData[1]
                checkable: true
                fontSize: Theme.toolSize
            }
        }
    }
    color: Theme.toolbarBackground

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.hairline
        color: Theme.divider
    }

    Flow {
        id: flow

        x: Theme.margin
        y: Theme.rowGap
        width: parent.width - 2 * Theme.margin
        spacing: Theme.rowGap

        Repeater {
            model: root.languages

            delegate: KioskButton {
                required property string code
                required property string autonym
                required property bool selected

                objectName: "language-" + code
                label: autonym
                checkable: true
                checked: selected
                fontSize: Theme.toolSize
                onClicked: root.languageChosen(code)
            }
        }

        KioskButton {
            objectName: "largeTextButton"
            iconOnly: root.compact
            label: qsTr("Isompi teksti")
            iconName: "text"
            checkable: true
            checked: root.access.largeText
            fontSize: Theme.toolSize
            onClicked: root.access.toggleLargeText()
        }

        KioskButton {
            objectName: "contrastButton"
            iconOnly: root.compact
            label: qsTr("Kontrasti")
            iconName: "contrast"
            checkable: true
            checked: root.access.highContrast
            fontSize: Theme.toolSize
            onClicked: root.access.toggleHighContrast()
        }

        KioskButton {
            objectName: "reachButton"
            iconOnly: root.compact
            label: qsTr("Alemmas")
            iconName: "reach"
            checkable: true
            checked: root.access.reach
            fontSize: Theme.toolSize
            onClicked: root.access.toggleReach()
        }

        KioskButton {
            objectName: "readAloudButton"
            iconOnly: root.compact
            visible: root.speech.available && !root.speech.speaking
            label: qsTr("Lue ääneen")
            iconName: "read"
            filled: false
            fontSize: Theme.toolSize
            onClicked: root.speech.readScreen()
        }

        KioskButton {
            objectName: "stopSpeechButton"
            iconOnly: root.compact
            visible: root.speech.speaking
            label: qsTr("Lopeta")
            iconName: "stop"
            fontSize: Theme.toolSize
            onClicked: root.speech.stop()
        }

        KioskButton {
            objectName: "repeatSpeechButton"
            iconOnly: root.compact
            visible: root.speech.speaking
            label: qsTr("Alusta")
            iconName: "repeat"
            filled: false
            fontSize: Theme.toolSize
            onClicked: root.speech.repeat()
        }
    }
}
