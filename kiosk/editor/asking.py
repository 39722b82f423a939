"""Questions to staff with the answers in the editor's own words: Qt's standard buttons
would say Save, Discard and Cancel in English (the editor does not carry Qt's own
translations), on the very question that decides whether work is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

translate = QCoreApplication.translate
Answer = QMessageBox.StandardButton


def answer_words() -> dict[Answer, str]:
    return {
        Answer.Save: translate("Editor", "Tallenna"),
        Answer.Discard: translate("Editor", "Hylkää muutokset"),
        Answer.Cancel: translate("Editor", "Peruuta"),
        Answer.Open: translate("Editor", "Avaa"),
    }


def ask(parent: QWidget, title: str, text: str, answers: list[Answer]) -> Answer:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    words = answer_words()
    for answer in answers:
        box.addButton(answer)
        button = box.button(answer)
        if button is not None and answer in words:
            button.setText(words[answer])
    box.setDefaultButton(answers[0])
    box.setEscapeButton(Answer.Cancel if Answer.Cancel in answers else answers[-1])
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Answer.Cancel


def name_buttons(buttons: QDialogButtonBox) -> None:
    """A dialog's standard buttons in the editor's words."""
    words = answer_words()
    for answer, text in words.items():
        button = buttons.button(QDialogButtonBox.StandardButton(answer.value))
        if button is not None:
            button.setText(text)
