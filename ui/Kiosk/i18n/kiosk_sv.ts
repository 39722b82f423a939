<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi_FI">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Kosketa aloittaaksesi</source>
        <translation>Tryck för att börja</translation>
    </message>
    <message>
        <source>Kuva: %1</source>
        <translation>Bild: %1</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <source>Takaisin</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>CreditLabel</name>
    <message>
        <source>Kuva: %1</source>
        <translation>Bild: %1</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Kuva %1/%2: %3</source>
        <translation>Bild %1/%2: %3</translation>
    </message>
    <message>
        <source>Vaihda kuvaa pyyhkäisemällä tai nuolinäppäimillä.</source>
        <translation>Byt bild genom att svepa eller med piltangenterna.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Valitse aihe koskettamalla.</source>
        <translation>Tryck på ett ämne för att välja.</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Oletko vielä siellä?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Kosketa näyttöä jatkaaksesi. Muuten palataan alkuun.</source>
        <translation>Tryck på skärmen för att fortsätta. Annars börjar vi om från början.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Näkymä on siirretty alemmas. Palauta se painikkeella Alemmas.</source>
        <translation>Vyn har flyttats nedåt. Flytta tillbaka den med knappen Längre ned.</translation>
    </message>
</context>
<context>
    <name>LinkStrip</name>
    <message>
        <source>Lisätietoa puhelimeesi: osoita QR-koodia puhelimen kameralla.</source>
        <translation>Mer information till din telefon: rikta telefonens kamera mot QR-koden.</translation>
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
        <translation>Personalens PIN-kod</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>QR-koodi: %1, %2</source>
        <translation>QR-kod: %1, %2</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <source>Lisää alla</source>
        <translation>Mer nedan</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Henkilökunta</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Esimerkkiluvut: kuva näyttää, miltä paneeli näyttää, ei tämän kioskin käyntejä.</source>
        <translation>Exempelsiffror: bilden visar hur panelen ser ut, inte den här kioskens besök.</translation>
    </message>
    <message>
        <source>Sisällön ongelmat</source>
        <translation>Problem i innehållet</translation>
    </message>
    <message>
        <source>Lataa sisältö uudelleen</source>
        <translation>Läs in innehållet på nytt</translation>
    </message>
    <message>
        <source>Sulje sovellus</source>
        <translation>Stäng programmet</translation>
    </message>
    <message>
        <source>Takaisin kioskiin</source>
        <translation>Tillbaka till kiosken</translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message>
        <source>Sisältö ladattu.</source>
        <translation>Innehållet har lästs in.</translation>
    </message>
    <message>
        <source>Muutettu sisältö ladattu.</source>
        <translation>Det ändrade innehållet har lästs in.</translation>
    </message>
    <message>
        <source>Muutetussa sisällössä on virheitä: näytetään edellinen.</source>
        <translation>Det ändrade innehållet har fel: det föregående visas.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä: näytetään viimeisin hyvä kopio.</source>
        <translation>Innehållet har fel: den senaste fungerande kopian visas.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä eikä hyvää kopiota ole: näytetään huoltoilmoitus.</source>
        <translation>Innehållet har fel och det finns ingen fungerande kopia: ett servicemeddelande visas.</translation>
    </message>
    <message>
        <source>PIN-koodia ei voi lukea: aseta se uudelleen komennolla `kiosk set-pin`.</source>
        <translation>PIN-koden kan inte läsas: ange den på nytt med kommandot `kiosk set-pin`.</translation>
    </message>
    <message>
        <source>Liian monta väärää yritystä. Odota %1 min.</source>
        <translation>För många felaktiga försök. Vänta %1 min.</translation>
    </message>
    <message>
        <source>Väärä PIN. Yrityksiä jäljellä: %1</source>
        <translation>Fel PIN-kod. Försök kvar: %1</translation>
    </message>
    <message>
        <source>Käyttötilastot ovat pois päältä (asetus statistics: false).</source>
        <translation>Användningsstatistiken är avstängd (inställningen statistics: false).</translation>
    </message>
    <message>
        <source>Käyttötilastoja ei voitu lukea (katso loki).</source>
        <translation>Användningsstatistiken kunde inte läsas (se loggen).</translation>
    </message>
    <message>
        <source>Käyntejä 7 päivässä: %1, mediaanikesto %2</source>
        <translation>Besök under 7 dagar: %1, medianlängd %2</translation>
    </message>
    <message>
        <source>pysty</source>
        <translation>stående</translation>
    </message>
    <message>
        <source>vaaka</source>
        <translation>liggande</translation>
    </message>
    <message>
        <source>Sisältö: %1</source>
        <translation>Innehåll: %1</translation>
    </message>
    <message>
        <source>Sisällössä: %1 aihetta, %2 kuvaa</source>
        <translation>I innehållet: %1 ämnen, %2 bilder</translation>
    </message>
    <message>
        <source>Piilotetut aiheet: %1</source>
        <translation>Dolda ämnen: %1</translation>
    </message>
    <message>
        <source>Näyttö: %1 (%2)</source>
        <translation>Skärm: %1 (%2)</translation>
    </message>
    <message>
        <source>Versio: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Käynnissä: %1 h %2 min</source>
        <translation>I gång: %1 h %2 min</translation>
    </message>
    <message>
        <source>PIN-koodia ei ole asetettu: aseta se komennolla `kiosk set-pin`.</source>
        <translation>Ingen PIN-kod är inställd: ställ in den med kommandot `kiosk set-pin`.</translation>
    </message>
    <message>
        <source>Ei ongelmia.</source>
        <translation>Inga problem.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Lue lisää</source>
        <translation>Läs mer</translation>
    </message>
</context>
<context>
    <name>VisitorBar</name>
    <message>
        <source>Isompi teksti</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Kontrasti</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Alemmas</source>
        <translation>Längre ned</translation>
    </message>
    <message>
        <source>Lue ääneen</source>
        <translation>Läs högt</translation>
    </message>
    <message>
        <source>Lopeta</source>
        <translation>Sluta</translation>
    </message>
    <message>
        <source>Alusta</source>
        <translation>Från början</translation>
    </message>
</context>
</TS>
