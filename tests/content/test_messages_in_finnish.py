"""The content checks speak the staff's language: the same problems, word for word, in Finnish
(and Swedish), and nothing in staff's own text can break a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.content.problems import problem
from kiosk.platform.i18n import content_messages_in
from tests.content.builders import IMAGE_FILE, changed, valid_data, write_content


def in_finnish(tmp_path: Path, data: object) -> list[str]:
    result = load_content(write_content(tmp_path, data))
    finnish = content_messages_in("fi")
    return [p.describe("content.json", finnish) for p in result.problems]


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (
            "categories/1/title",
            {"fi": "Maahanmuuttajapalvelukeskus"},
            "content.json: categories/1/title/fi: sana 'Maahanmuuttajapalvelukeskus' on 27 "
            "merkkiä pitkä; laatan leveyteen mahtuu enintään 20: lisää tavuviiva tai välilyönti "
            "kohtaan, josta sana saa katketa, esimerkiksi Työmarkkina-palvelut",
        ),
        (
            "categories/1/links",
            [{"label": {"fi": "Suomi.fi"}, "url": "https://www.suomi\u200b.fi/"}],
            "content.json: categories/1/links/0/url: osoitteessa on näkymätön merkki U+200B "
            "(zero width space): puhelin ei voi avata osoitetta; kirjoita se uudelleen",
        ),
        (
            "categories/1/images/0/file",
            "photo.jpg",
            f"content.json: categories/1/images/0/file: tiedostoa ei löydy: photo.jpg; "
            f"tarkoititko '{IMAGE_FILE}'?",
        ),
        (
            "categories/1/images/0/credit",
            "Kuva: Jenny Salo",
            "content.json: categories/1/images/0/credit: varoitus: alkaa sanalla 'Kuva:', jonka "
            "kioski lisää itse (näkyisi 'Kuva: Kuva: Jenny Salo'); jätä sana pois",
        ),
        (
            "categories/1/summary",
            {"fi": "Tervetuloa \u202etyöpajaan"},
            "content.json: categories/1/summary/fi: tekstissä on merkki U+202E (right-to-left "
            "override), joka saa tekstin näkymään takaperin tai väärässä järjestyksessä; poista "
            "se",
        ),
        (
            "categories/1/summary",
            {"fi": "Tervetuloa 😀 työpajaan!"},
            "content.json: categories/1/summary/fi: tekstissä on 😀 U+1F600 (grinning face), "
            "jota kioskin kirjasin ei osaa piirtää (se näkyisi tyhjänä laatikkona); kirjoita se "
            "sanoin",
        ),
        (
            "categories/1/links",
            [{"label": {"fi": "Kela"}, "url": "https://www.k\u0435la.fi/"}],
            "content.json: categories/1/links/0/url: palvelimen nimessä www.k\u0435la.fi on "
            "sekaisin kirjaimia eri kirjoitusjärjestelmistä (kyrillinen, latinalainen), kuten "
            "tunnetun osoitteen jäljitelmässä (puhelin avaa osoitteen www.xn--kla-rdd.fi); "
            "kirjoita se uudelleen tavallisin kirjaimin",
        ),
        (
            "categories/1/title",
            {"fi": "Työpajat", "se": "Verkstäder"},
            "content.json: categories/1/title/se: 'se' ei ole kioskin kielten joukossa, joten "
            "tätä tekstiä ei näytettäisi koskaan; tarkoititko 'sv' (ruotsi)?",
        ),
        (
            "settings/1/staff_pin_hash",
            "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0",
            "content.json: settings/1/staff_pin_hash: varoitus: content.json ei enää määrää "
            "henkilökunnan PIN-koodia: jokainen kioski pitää omansa (aseta se kioskilla "
            "komennolla `kiosk set-pin`); kioski, jolla koodia ei ollut, otti tämän tiivisteen "
            "omakseen ensimmäisellä käynnistyksellä, joten rivin voi poistaa",
        ),
        (
            "settings/1/languages",
            ["fi", "sv"],
            "content.json: categories/1/title/sv: varoitus: ei tekstiä kielellä ruotsi (sv); "
            "sen sijaan näytetään teksti kielellä suomi (fi)",
        ),
    ],
)
def test_a_problem_reads_the_same_in_finnish(
    qapp: QCoreApplication, tmp_path: Path, where: str, value: object, expected: str
) -> None:
    data = changed(valid_data(1), where, value)
    if where.endswith("/title") and "se" in str(value):
        data = changed(data, "settings/1/languages", ["fi", "sv"])
    assert expected in in_finnish(tmp_path, data)


def test_a_syntax_error_and_its_place_read_in_finnish(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    text = json.dumps(valid_data(1), ensure_ascii=False, indent=2).replace('"order"', "“order”")
    [message] = in_finnish(tmp_path, text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "“order”" in row)
    assert message == (
        f"content.json: rivi {line}, sarake 7: ei kelvollista JSONia: “ on kaareva "
        "lainausmerkki (Word ja verkkosivut tekevät niitä); JSON vaatii kenttien nimien ja "
        'tekstien ympärille suorat lainausmerkit "'
    )


def test_kiosk_validate_speaks_finnish_and_swedish_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, valid_data(2))
    assert main(["validate", str(path), "--lang", "fi"]) == 0
    assert capsys.readouterr().out.strip() == f"Kunnossa: {path} (2 aihetta, 2 kuvaa)"
    assert main(["validate", str(path), "--lang", "sv"]) == 0
    assert capsys.readouterr().out.strip() == f"OK: {path} (2 ämnen, 2 bilder)"


def test_staff_text_with_braces_and_percent_signs_is_shown_as_written(
    qapp: QCoreApplication,
) -> None:
    found = problem("x", "file not found: {file}", file="{0} 100 % {file}")
    assert found.message == "file not found: {0} 100 % {file}"
    assert found.text(content_messages_in("fi")) == "tiedostoa ei löydy: {0} 100 % {file}"


def test_a_broken_translation_falls_back_to_english() -> None:
    found = problem("x", "file not found: {file}", file="a.jpg")
    assert found.text(lambda _: "ei löydy: {tiedosto} {") == "file not found: a.jpg"


def test_a_key_written_twice_reads_in_finnish(qapp: QCoreApplication, tmp_path: Path) -> None:
    text = json.dumps(valid_data(1), ensure_ascii=False, indent=2)
    text = text.replace('"order": ', '"order": 9,\n      "order": ', 1)
    first = next(n for n, row in enumerate(text.splitlines(), 1) if '"order"' in row)
    assert in_finnish(tmp_path, text) == [
        f"content.json: categories/1/order: on kirjoitettu samaan lohkoon kahdesti (rivit "
        f"{first} ja {first + 1}); vain jälkimmäinen pätisi: jätä toinen pois"
    ]


def test_an_upright_photo_reads_in_finnish(qapp: QCoreApplication, tmp_path: Path) -> None:
    from PIL import Image

    path = write_content(tmp_path, valid_data(1))
    Image.new("RGB", (1200, 1600)).save(tmp_path / IMAGE_FILE, "JPEG")
    [problem_] = load_content(path).problems
    assert problem_.describe("content.json", content_messages_in("fi")) == (
        f"content.json: categories/1/images/0/file: varoitus: {IMAGE_FILE} on 1200 × 1600 "
        "pikseliä, pystykuva: kioski näyttää kuvat leveässä 19:10-kehyksessä, joten sen "
        "korkeudesta leikkautuu pois 61 %; käytä vaakakuvaa tai rajaa kuva leveäksi"
    )
