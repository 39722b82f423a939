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

    objectName: "visitorBar"
    implicitHeight: flow.implicitHeight + 2 * Theme.rowGap
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
            label: qsTr("Isompi teksti")
            iconName: "text"
            checkable: true
            checked: root.access.largeText
            fontSize: Theme.toolSize
            onClicked: root.access.toggleLargeText()
        }

        KioskButton {
            objectName: "contrastButton"
            label: qsTr("Kontrasti")
            iconName: "contrast"
            checkable: true
            checked: root.access.highContrast
            fontSize: Theme.toolSize
            onClicked: root.access.toggleHighContrast()
        }

        KioskButton {
            objectName: "reachButton"
            label: qsTr("Alemmas")
            iconName: "reach"
            checkable: true
            checked: root.access.reach
            fontSize: Theme.toolSize
            onClicked: root.access.toggleReach()
        }

        KioskButton {
            objectName: "readAloudButton"
            visible: root.speech.available && !root.speech.speaking
            label: qsTr("Lue ääneen")
            iconName: "read"
            filled: false
            fontSize: Theme.toolSize
            onClicked: root.speech.readScreen()
        }

        KioskButton {
            objectName: "stopSpeechButton"
            visible: root.speech.speaking
            label: qsTr("Lopeta")
            iconName: "stop"
            fontSize: Theme.toolSize
            onClicked: root.speech.stop()
        }

        KioskButton {
            objectName: "repeatSpeechButton"
            visible: root.speech.speaking
            label: qsTr("Alusta")
            iconName: "repeat"
            filled: false
            fontSize: Theme.toolSize
            onClicked: root.speech.repeat()
        }
    }
}
