<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi_FI">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Kosketa aloittaaksesi</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Kuva: %1</source>
        <translation>Photo: %1</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <source>Takaisin</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CreditLabel</name>
    <message>
        <source>Kuva: %1</source>
        <translation>Photo: %1</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Kuva %1/%2: %3</source>
        <translation>Photo %1 of %2: %3</translation>
    </message>
    <message>
        <source>Vaihda kuvaa pyyhkäisemällä tai nuolinäppäimillä.</source>
        <translation>Swipe, or use the arrow keys, to change the photo.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Valitse aihe koskettamalla.</source>
        <translation>Touch a topic to choose it.</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Oletko vielä siellä?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Kosketa näyttöä jatkaaksesi. Muuten palataan alkuun.</source>
        <translation>Touch the screen to continue. Otherwise we start again from the beginning.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Näkymä on siirretty alemmas. Palauta se painikkeella Alemmas.</source>
        <translation>The screen has been moved down. Move it back with the Lower button.</translation>
    </message>
</context>
<context>
    <name>LinkStrip</name>
    <message>
        <source>Lisätietoa puhelimeesi: osoita QR-koodia puhelimen kameralla.</source>
        <translation>More on your phone: point your phone&apos;s camera at a QR code.</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Palvelu on tilapäisesti poissa käytöstä.</source>
        <translation>Palvelu on tilapäisesti poissa käytöstä.</translation>
    </message>
    <message>
        <source>Tjänsten är tillfälligt ur bruk.</source>
        <translation>Tjänsten är tillfälligt ur bruk.</translation>
    </message>
    <message>
        <source>Temporarily out of order.</source>
        <translation>Temporarily out of order.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Henkilökunnan PIN-koodi</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>QR-koodi: %1, %2</source>
        <translation>QR code: %1, %2</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <source>Lisää alla</source>
        <translation>More below</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Henkilökunta</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Esimerkkiluvut: kuva näyttää, miltä paneeli näyttää, ei tämän kioskin käyntejä.</source>
        <translation>Example figures: the picture shows how the panel looks, not this kiosk&apos;s visits.</translation>
    </message>
    <message>
        <source>Sisällön ongelmat</source>
        <translation>Problems in the content</translation>
    </message>
    <message>
        <source>Lataa sisältö uudelleen</source>
        <translation>Reload the content</translation>
    </message>
    <message>
        <source>Sulje sovellus</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <source>Takaisin kioskiin</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message>
        <source>Sisältö ladattu.</source>
        <translation>Content loaded.</translation>
    </message>
    <message>
        <source>Muutettu sisältö ladattu.</source>
        <translation>Changed content loaded.</translation>
    </message>
    <message>
        <source>Muutetussa sisällössä on virheitä: näytetään edellinen.</source>
        <translation>The changed content has errors: showing the previous content.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä: näytetään viimeisin hyvä kopio.</source>
        <translation>The content has errors: showing the last good copy.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä eikä hyvää kopiota ole: näytetään huoltoilmoitus.</source>
        <translation>The content has errors and there is no good copy: showing the out-of-order notice.</translation>
    </message>
    <message>
        <source>PIN-koodia ei voi lukea: aseta se uudelleen komennolla `kiosk set-pin`.</source>
        <translation>The PIN cannot be read: set it again with the command `kiosk set-pin`.</translation>
    </message>
    <message>
        <source>Liian monta väärää yritystä. Odota %1 min.</source>
        <translation>Too many wrong tries. Wait %1 min.</translation>
    </message>
    <message>
        <source>Väärä PIN. Yrityksiä jäljellä: %1</source>
        <translation>Wrong PIN. Tries left: %1</translation>
    </message>
    <message>
        <source>Käyttötilastot ovat pois päältä (asetus statistics: false).</source>
        <translation>Usage statistics are switched off (setting statistics: false).</translation>
    </message>
    <message>
        <source>Käyttötilastoja ei voitu lukea (katso loki).</source>
        <translation>The usage statistics could not be read (see the log).</translation>
    </message>
    <message>
        <source>Käyntejä 7 päivässä: %1, mediaanikesto %2</source>
        <translation>Visits in 7 days: %1, median length %2</translation>
    </message>
    <message>
        <source>pysty</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>vaaka</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>Sisältö: %1</source>
        <translation>Content: %1</translation>
    </message>
    <message>
        <source>Sisällössä: %1 aihetta, %2 kuvaa</source>
        <translation>In the content: %1 topics, %2 images</translation>
    </message>
    <message>
        <source>Piilotetut aiheet: %1</source>
        <translation>Hidden categories: %1</translation>
    </message>
    <message>
        <source>Näyttö: %1 (%2)</source>
        <translation>Screen: %1 (%2)</translation>
    </message>
    <message>
        <source>Versio: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Käynnissä: %1 h %2 min</source>
        <translation>Running for: %1 h %2 min</translation>
    </message>
    <message>
        <source>PIN-koodia ei ole asetettu: aseta se komennolla `kiosk set-pin`.</source>
        <translation>No PIN is set: set one with the command `kiosk set-pin`.</translation>
    </message>
    <message>
        <source>Ei ongelmia.</source>
        <translation>No problems.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Lue lisää</source>
        <translation>Read more</translation>
    </message>
</context>
<context>
    <name>VisitorBar</name>
    <message>
        <source>Isompi teksti</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Kontrasti</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Alemmas</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Lue ääneen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Lopeta</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Alusta</source>
        <translation>From the start</translation>
    </message>
</context>
</TS>
