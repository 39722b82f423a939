<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi_FI">
<context>
    <name>Editor</name>
    <message>
        <source>Tietopisteen sisältö</source>
        <translation>Tietopiste content</translation>
    </message>
    <message>
        <source>content.json ei ole luettavissa</source>
        <translation>content.json cannot be read</translation>
    </message>
    <message>
        <source>Kioski näyttää edelleen viimeisintä toimivaa sisältöä. Korjaa alla näkyvä kohta tekstieditorilla ja avaa tiedosto uudelleen, tai palauta aiempi versio.</source>
        <translation>The kiosk still shows the last content that worked. Fix the place shown below in a text editor and open the file again, or restore an earlier version.</translation>
    </message>
    <message>
        <source>Avaa uudelleen</source>
        <translation>Open again</translation>
    </message>
    <message>
        <source>Palauta aiempi versio…</source>
        <translation>Restore an earlier version…</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aiheet</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Uusi aihe</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Kopioi</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Piilota</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Ylemmäs</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alemmas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (piilotettu)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Näytä</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Enintään %n merkkiä.</source>
        <translation>At most %n characters.</translation>
    </message>
    <message>
        <source>%1 (puuttuu)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>Lisää kappale</source>
        <translation>Add a paragraph</translation>
    </message>
    <message>
        <source>Siirrä ylemmäs</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Siirrä alemmas</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Poista kappale</source>
        <translation>Delete the paragraph</translation>
    </message>
    <message>
        <source>Siirrä kappale</source>
        <translation>Move the paragraph</translation>
    </message>
    <message>
        <source>Kioskin otsikko</source>
        <translation>The kiosk&apos;s title</translation>
    </message>
    <message>
        <source>Kielet, joista kävijä valitsee</source>
        <translation>Languages visitors choose from</translation>
    </message>
    <message>
        <source>Ensimmäinen kieli</source>
        <translation>First language</translation>
    </message>
    <message>
        <source>Palaa alkuun, kun näyttöä ei ole kosketettu (s)</source>
        <translation>Back to the start after no touch for (s)</translation>
    </message>
    <message>
        <source>Kuvaesitys alkaa (s)</source>
        <translation>Slideshow starts after (s)</translation>
    </message>
    <message>
        <source>Laske, mitä kävijät katsovat (ei sitä, keitä he ovat)</source>
        <translation>Count what visitors look at (not who they are)</translation>
    </message>
    <message>
        <source>Tilastot</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Kielet</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Tunniste</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Pienet kirjaimet a–z, numerot ja väliviivat. Näkyy tilastoissa ja komennoissa, ei kävijöille.</source>
        <translation>Lowercase letters a–z, digits and hyphens. Shown in the statistics and in commands, not to visitors.</translation>
    </message>
    <message>
        <source>Näytetään kävijöille</source>
        <translation>Shown to visitors</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lyhyt teksti aloitusnäytöllä</source>
        <translation>Short text on the home screen</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kuvat</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Lisää kuva…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <source>Linkit ja QR-koodit</source>
        <translation>Links and QR codes</translation>
    </message>
    <message>
        <source>Lisää linkki</source>
        <translation>Add a link</translation>
    </message>
    <message>
        <source>Näkyvyys</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Napsauta kuvan tärkeintä kohtaa: kioski pitää sen näkyvissä, kun se rajaa kuvaa.</source>
        <translation>Click the most important spot of the photo: the kiosk keeps it in view when it crops the photo.</translation>
    </message>
    <message>
        <source>Kuvan tärkein kohta</source>
        <translation>The photo&apos;s most important spot</translation>
    </message>
    <message>
        <source>Kuva %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Keskikohta</source>
        <translation>The middle</translation>
    </message>
    <message>
        <source>Käytetty luvalla</source>
        <translation>Used with permission</translation>
    </message>
    <message>
        <source>Lisenssi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Linkki %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Mihin linkki vie</source>
        <translation>Where the link leads</translation>
    </message>
    <message>
        <source>Verkko-osoite</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Linkit</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Tekijä</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Mitä kuvassa on (niille, jotka eivät näe kuvaa)</source>
        <translation>What the photo shows (for visitors who cannot see it)</translation>
    </message>
    <message>
        <source>✓ Koodi luettu: puhelin avaa tämän osoitteen.</source>
        <translation>✓ Code read back: a phone opens this address.</translation>
    </message>
    <message>
        <source>Koodia ei voitu lukea oikein; tarkista osoite.</source>
        <translation>The code could not be read back correctly; check the address.</translation>
    </message>
    <message>
        <source>Tämä kioski (%1)</source>
        <translation>This kiosk (%1)</translation>
    </message>
    <message>
        <source>Isompi teksti</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Suuri kontrasti</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Aloitusnäyttöön</source>
        <translation>To the home screen</translation>
    </message>
    <message>
        <source>Näyttö</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Esikatselu näyttää viimeisimmän virheettömän version: korjaa virheet, niin se näyttää muutoksesi.</source>
        <translation>The preview shows the last version without errors: fix the errors and it shows your changes.</translation>
    </message>
    <message>
        <source>Kuva</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Linkki</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Mitä kuvassa on</source>
        <translation>What the photo shows</translation>
    </message>
    <message>
        <source>Kuvatiedosto</source>
        <translation>Photo file</translation>
    </message>
    <message>
        <source>Järjestys</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Paluu alkuun</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Kuvaesitys</source>
        <translation>Slideshow</translation>
    </message>
    <message>
        <source>kappale %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>(nimetön aihe)</source>
        <translation>(category without a name)</translation>
    </message>
    <message>
        <source>Ongelmat</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Virhe</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Huomio</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ei ongelmia: sisältö on valmis tallennettavaksi.</source>
        <translation>No problems: the content is ready to save.</translation>
    </message>
    <message>
        <source>Palauta aiempi versio</source>
        <translation>Restore an earlier version</translation>
    </message>
    <message>
        <source>Ennen tallennusta %1</source>
        <translation>Before the save at %1</translation>
    </message>
    <message>
        <source>Kioskin viimeksi näyttämä toimiva sisältö</source>
        <translation>The working content the kiosk last showed</translation>
    </message>
    <message>
        <source>Valittu versio avataan muokattavaksi; se korvaa content.jsonin vasta, kun tallennat. Kumoa (Ctrl+Z) palauttaa nykyisen.</source>
        <translation>The chosen version opens for editing; it replaces content.json only when you save. Undo (Ctrl+Z) brings back the current one.</translation>
    </message>
    <message>
        <source>Aiempia versioita ei ole vielä: ne syntyvät tallennettaessa.</source>
        <translation>There are no earlier versions yet: one is kept each time you save.</translation>
    </message>
    <message>
        <source>content.json on muuttunut levyllä sen jälkeen, kun avasit sen (toinen käyttäjä tai synkronointi). Lataa se uudelleen ennen tallentamista.</source>
        <translation>content.json was changed on disk after you opened it (by someone else, or a sync). Load it again before saving.</translation>
    </message>
    <message>
        <source>Lataa uudelleen</source>
        <translation>Load again</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hylkää muutokset</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avaa</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kumoa</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Tee uudelleen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Kopioi aihe</source>
        <translation>Copy the category</translation>
    </message>
    <message>
        <source>Poista aihe</source>
        <translation>Delete the category</translation>
    </message>
    <message>
        <source>Aihe poistettu. Kumoa (Ctrl+Z) tuo sen takaisin.</source>
        <translation>Category deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Siirrä aihe</source>
        <translation>Move the category</translation>
    </message>
    <message>
        <source>Valitse kuva</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Kuvat (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Tuodaan kuvaa %1…</source>
        <translation>Importing the photo %1…</translation>
    </message>
    <message>
        <source>Lisää kuva</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Kuva tuotu (sijaintitiedot ja muut tiedot poistettu). Kirjoita tekijä, lisenssi ja kuvaus.</source>
        <translation>Photo imported (its location and other details removed). Write its credit, licence and description.</translation>
    </message>
    <message>
        <source>Kuvaa ei voitu tuoda</source>
        <translation>The photo could not be imported</translation>
    </message>
    <message>
        <source>Ei tallennettu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>content.json on muuttunut levyllä sen jälkeen, kun avasit sen. Tallentaminen korvaisi ne muutokset. Lataa tiedosto uudelleen ja tee muutoksesi sitten.</source>
        <translation>content.json was changed on disk after you opened it. Saving would replace those changes. Load the file again, then make your changes.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä (%n), joten sitä ei tallennettu: kioski ei voisi näyttää sitä. Virheet ovat luettelossa alhaalla; napsauta virhettä, niin pääset sen kenttään. Huomiot eivät estä tallentamista.</source>
        <translation>The content has errors (%n), so it was not saved: the kiosk could not show it. The errors are in the list below; click one to go to its field. Notes do not stop saving.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Ei voitu ladata</source>
        <translation>Could not be loaded</translation>
    </message>
    <message>
        <source>Palauta versio</source>
        <translation>Restore the version</translation>
    </message>
    <message>
        <source>Versio palautettu muokattavaksi. Tallenna, niin kioski näyttää sen.</source>
        <translation>Version restored for editing. Save, and the kiosk shows it.</translation>
    </message>
    <message>
        <source>Tallentamattomia muutoksia</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Muutoksiasi ei ole tallennettu. Hylätäänkö ne?</source>
        <translation>Your changes have not been saved. Discard them?</translation>
    </message>
    <message>
        <source>Tallennetaanko muutokset ennen sulkemista?</source>
        <translation>Save the changes before closing?</translation>
    </message>
</context>
</TS>
