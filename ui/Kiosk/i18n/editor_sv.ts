<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi_FI">
<context>
    <name>Editor</name>
    <message>
        <source>Tietopisteen sisältö</source>
        <translation>Tietopistes innehåll</translation>
    </message>
    <message>
        <source>content.json ei ole luettavissa</source>
        <translation>content.json kan inte läsas</translation>
    </message>
    <message>
        <source>Kioski näyttää edelleen viimeisintä toimivaa sisältöä. Korjaa alla näkyvä kohta tekstieditorilla ja avaa tiedosto uudelleen, tai palauta aiempi versio.</source>
        <translation>Kiosken visar fortfarande det senaste fungerande innehållet. Rätta stället nedan i en textredigerare och öppna filen igen, eller återställ en tidigare version.</translation>
    </message>
    <message>
        <source>Avaa uudelleen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Palauta aiempi versio…</source>
        <translation>Återställ en tidigare version…</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Aiheet</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Uusi aihe</source>
        <translation>Nytt ämne</translation>
    </message>
    <message>
        <source>Kopioi</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Piilota</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Ylemmäs</source>
        <translation>Uppåt</translation>
    </message>
    <message>
        <source>Alemmas</source>
        <translation>Nedåt</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>%1 (piilotettu)</source>
        <translation>%1 (dold)</translation>
    </message>
    <message>
        <source>Näytä</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Enintään %n merkkiä.</source>
        <translation>Högst %n tecken.</translation>
    </message>
    <message>
        <source>%1 (puuttuu)</source>
        <translation>%1 (saknas)</translation>
    </message>
    <message>
        <source>Lisää kappale</source>
        <translation>Lägg till ett stycke</translation>
    </message>
    <message>
        <source>Siirrä ylemmäs</source>
        <translation>Flytta uppåt</translation>
    </message>
    <message>
        <source>Siirrä alemmas</source>
        <translation>Flytta nedåt</translation>
    </message>
    <message>
        <source>Poista kappale</source>
        <translation>Ta bort stycket</translation>
    </message>
    <message>
        <source>Siirrä kappale</source>
        <translation>Flytta stycket</translation>
    </message>
    <message>
        <source>Kioskin otsikko</source>
        <translation>Kioskens rubrik</translation>
    </message>
    <message>
        <source>Kielet, joista kävijä valitsee</source>
        <translation>Språk som besökaren väljer bland</translation>
    </message>
    <message>
        <source>Ensimmäinen kieli</source>
        <translation>Första språket</translation>
    </message>
    <message>
        <source>Palaa alkuun, kun näyttöä ei ole kosketettu (s)</source>
        <translation>Tillbaka till start efter (s) utan beröring</translation>
    </message>
    <message>
        <source>Kuvaesitys alkaa (s)</source>
        <translation>Bildspel efter (s)</translation>
    </message>
    <message>
        <source>Laske, mitä kävijät katsovat (ei sitä, keitä he ovat)</source>
        <translation>Räkna vad besökarna tittar på (inte vilka de är)</translation>
    </message>
    <message>
        <source>Tilastot</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Kielet</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tunniste</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Pienet kirjaimet a–z, numerot ja väliviivat. Näkyy tilastoissa ja komennoissa, ei kävijöille.</source>
        <translation>Små bokstäver a–z, siffror och bindestreck. Syns i statistiken och i kommandon, inte för besökarna.</translation>
    </message>
    <message>
        <source>Näytetään kävijöille</source>
        <translation>Visas för besökarna</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Lyhyt teksti aloitusnäytöllä</source>
        <translation>Kort text på startskärmen</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kuvat</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Lisää kuva…</source>
        <translation>Lägg till en bild…</translation>
    </message>
    <message>
        <source>Linkit ja QR-koodit</source>
        <translation>Länkar och QR-koder</translation>
    </message>
    <message>
        <source>Lisää linkki</source>
        <translation>Lägg till en länk</translation>
    </message>
    <message>
        <source>Näkyvyys</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <source>Napsauta kuvan tärkeintä kohtaa: kioski pitää sen näkyvissä, kun se rajaa kuvaa.</source>
        <translation>Klicka på det viktigaste stället i bilden: kiosken håller det synligt när den beskär bilden.</translation>
    </message>
    <message>
        <source>Kuvan tärkein kohta</source>
        <translation>Bildens viktigaste ställe</translation>
    </message>
    <message>
        <source>Kuva %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Keskikohta</source>
        <translation>Mitten</translation>
    </message>
    <message>
        <source>Käytetty luvalla</source>
        <translation>Används med tillstånd</translation>
    </message>
    <message>
        <source>Lisenssi</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Linkki %1</source>
        <translation>Länk %1</translation>
    </message>
    <message>
        <source>Mihin linkki vie</source>
        <translation>Vart länken leder</translation>
    </message>
    <message>
        <source>Verkko-osoite</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Linkit</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Tekijä</source>
        <translation>Upphov</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Mitä kuvassa on (niille, jotka eivät näe kuvaa)</source>
        <translation>Vad bilden visar (för dem som inte ser den)</translation>
    </message>
    <message>
        <source>✓ Koodi luettu: puhelin avaa tämän osoitteen.</source>
        <translation>✓ Koden lästes: telefonen öppnar den här adressen.</translation>
    </message>
    <message>
        <source>Koodia ei voitu lukea oikein; tarkista osoite.</source>
        <translation>Koden kunde inte läsas rätt; kontrollera adressen.</translation>
    </message>
    <message>
        <source>Tämä kioski (%1)</source>
        <translation>Den här kiosken (%1)</translation>
    </message>
    <message>
        <source>Isompi teksti</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Suuri kontrasti</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Aloitusnäyttöön</source>
        <translation>Till startskärmen</translation>
    </message>
    <message>
        <source>Näyttö</source>
        <translation>Skärm</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Esikatselu näyttää viimeisimmän virheettömän version: korjaa virheet, niin se näyttää muutoksesi.</source>
        <translation>Förhandsvisningen visar den senaste versionen utan fel: rätta felen, så visar den dina ändringar.</translation>
    </message>
    <message>
        <source>Kuva</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Linkki</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Mitä kuvassa on</source>
        <translation>Vad bilden visar</translation>
    </message>
    <message>
        <source>Kuvatiedosto</source>
        <translation>Bildfil</translation>
    </message>
    <message>
        <source>Järjestys</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Paluu alkuun</source>
        <translation>Tillbaka till start</translation>
    </message>
    <message>
        <source>Kuvaesitys</source>
        <translation>Bildspel</translation>
    </message>
    <message>
        <source>kappale %1</source>
        <translation>stycke %1</translation>
    </message>
    <message>
        <source>(nimetön aihe)</source>
        <translation>(ämne utan namn)</translation>
    </message>
    <message>
        <source>Ongelmat</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Virhe</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Huomio</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Ei ongelmia: sisältö on valmis tallennettavaksi.</source>
        <translation>Inga problem: innehållet kan sparas.</translation>
    </message>
    <message>
        <source>Palauta aiempi versio</source>
        <translation>Återställ en tidigare version</translation>
    </message>
    <message>
        <source>Ennen tallennusta %1</source>
        <translation>Före sparningen %1</translation>
    </message>
    <message>
        <source>Kioskin viimeksi näyttämä toimiva sisältö</source>
        <translation>Det fungerande innehåll som kiosken senast visade</translation>
    </message>
    <message>
        <source>Valittu versio avataan muokattavaksi; se korvaa content.jsonin vasta, kun tallennat. Kumoa (Ctrl+Z) palauttaa nykyisen.</source>
        <translation>Den valda versionen öppnas för redigering; den ersätter content.json först när du sparar. Ångra (Ctrl+Z) tar tillbaka den nuvarande.</translation>
    </message>
    <message>
        <source>Aiempia versioita ei ole vielä: ne syntyvät tallennettaessa.</source>
        <translation>Det finns inga tidigare versioner ännu: en version sparas varje gång du sparar.</translation>
    </message>
    <message>
        <source>content.json on muuttunut levyllä sen jälkeen, kun avasit sen (toinen käyttäjä tai synkronointi). Lataa se uudelleen ennen tallentamista.</source>
        <translation>content.json har ändrats på disken sedan du öppnade den (en annan användare eller en synkronisering). Läs in den igen innan du sparar.</translation>
    </message>
    <message>
        <source>Lataa uudelleen</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Toiminnot</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Tallenna</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Hylkää muutokset</source>
        <translation>Kasta ändringarna</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Avaa</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Kumoa</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Tee uudelleen</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Kopioi aihe</source>
        <translation>Kopiera ämnet</translation>
    </message>
    <message>
        <source>Poista aihe</source>
        <translation>Ta bort ämnet</translation>
    </message>
    <message>
        <source>Aihe poistettu. Kumoa (Ctrl+Z) tuo sen takaisin.</source>
        <translation>Ämnet togs bort. Ångra (Ctrl+Z) tar tillbaka det.</translation>
    </message>
    <message>
        <source>Siirrä aihe</source>
        <translation>Flytta ämnet</translation>
    </message>
    <message>
        <source>Valitse kuva</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <source>Kuvat (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Tuodaan kuvaa %1…</source>
        <translation>Bilden %1 importeras…</translation>
    </message>
    <message>
        <source>Lisää kuva</source>
        <translation>Lägg till en bild</translation>
    </message>
    <message>
        <source>Kuva tuotu (sijaintitiedot ja muut tiedot poistettu). Kirjoita tekijä, lisenssi ja kuvaus.</source>
        <translation>Bilden importerades (platsuppgifter och andra uppgifter togs bort). Skriv upphov, licens och beskrivning.</translation>
    </message>
    <message>
        <source>Kuvaa ei voitu tuoda</source>
        <translation>Bilden kunde inte importeras</translation>
    </message>
    <message>
        <source>Ei tallennettu</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>content.json on muuttunut levyllä sen jälkeen, kun avasit sen. Tallentaminen korvaisi ne muutokset. Lataa tiedosto uudelleen ja tee muutoksesi sitten.</source>
        <translation>content.json har ändrats på disken sedan du öppnade den. Att spara skulle ersätta de ändringarna. Läs in filen igen och gör sedan dina ändringar.</translation>
    </message>
    <message>
        <source>Sisällössä on virheitä (%n), joten sitä ei tallennettu: kioski ei voisi näyttää sitä. Virheet ovat luettelossa alhaalla; napsauta virhettä, niin pääset sen kenttään. Huomiot eivät estä tallentamista.</source>
        <translation>Innehållet har fel (%n) och sparades därför inte: kiosken kunde inte visa det. Felen finns i listan nederst; klicka på ett fel, så kommer du till dess fält. Anmärkningar hindrar inte att spara.</translation>
    </message>
    <message>
        <source>Tallennettu.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Ei voitu ladata</source>
        <translation>Kunde inte läsas in</translation>
    </message>
    <message>
        <source>Palauta versio</source>
        <translation>Återställ versionen</translation>
    </message>
    <message>
        <source>Versio palautettu muokattavaksi. Tallenna, niin kioski näyttää sen.</source>
        <translation>Versionen återställdes för redigering. Spara, så visar kiosken den.</translation>
    </message>
    <message>
        <source>Tallentamattomia muutoksia</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Muutoksiasi ei ole tallennettu. Hylätäänkö ne?</source>
        <translation>Dina ändringar har inte sparats. Ska de kastas?</translation>
    </message>
    <message>
        <source>Tallennetaanko muutokset ennen sulkemista?</source>
        <translation>Ska ändringarna sparas innan du stänger?</translation>
    </message>
</context>
</TS>
