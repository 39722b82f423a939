<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Content</name>
    <message>
        <source>is nested more than {depth} levels deep; content never is</source>
        <translation>on sisäkkäin yli {depth} tasoa syvällä; kioskin sisällössä ei ole koskaan näin syviä rakenteita</translation>
    </message>
    <message>
        <source>{value} is not a number that can be used here</source>
        <translation>{value} ei ole luku, jota tässä voi käyttää</translation>
    </message>
    <message>
        <source>the number is far too large for any field</source>
        <translation>luku on aivan liian suuri mihinkään kenttään</translation>
    </message>
    <message>
        <source>the field name &apos;{name}&apos; holds an invisible character {character}; type the name again</source>
        <translation>kentän nimessä &apos;{name}&apos; on näkymätön merkki {character}; kirjoita nimi uudelleen</translation>
    </message>
    <message>
        <source>the text holds {character}, which shows the text backwards or out of order; delete it</source>
        <translation>tekstissä on merkki {character}, joka saa tekstin näkymään takaperin tai väärässä järjestyksessä; poista se</translation>
    </message>
    <message>
        <source>the field name holds U+{code}, half of a character (the text was cut or converted badly); type it again</source>
        <translation>kentän nimessä on U+{code}, puolikas merkki (teksti on katkaistu tai muunnettu huonosti); kirjoita nimi uudelleen</translation>
    </message>
    <message>
        <source>the text holds U+{code}, half of a character (the text was cut or converted badly); type the text around it again</source>
        <translation>tekstissä on U+{code}, puolikas merkki (teksti on katkaistu tai muunnettu huonosti); kirjoita sen ympärillä oleva teksti uudelleen</translation>
    </message>
    <message>
        <source>the field name holds the control character U+{code}, which cannot be shown and breaks file names and addresses; delete it</source>
        <translation>kentän nimessä on ohjausmerkki U+{code}, jota ei voi näyttää ja joka rikkoo tiedostonimet ja osoitteet; poista se</translation>
    </message>
    <message>
        <source>the text holds the control character U+{code}, which cannot be shown and breaks file names and addresses; delete it</source>
        <translation>tekstissä on ohjausmerkki U+{code}, jota ei voi näyttää ja joka rikkoo tiedostonimet ja osoitteet; poista se</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the languages ({listed}); add it there</source>
        <translation>&apos;{code}&apos; ei ole kielten ({listed}) joukossa; lisää se sinne</translation>
    </message>
    <message>
        <source>a language is listed twice</source>
        <translation>sama kieli on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>is shorter than idle_timeout_s, so the attract screen starts before the kiosk has reset for the next visitor</source>
        <translation>on lyhyempi kuin idle_timeout_s, joten kuvaesitys alkaa ennen kuin kioski on palannut alkuun seuraavaa kävijää varten</translation>
    </message>
    <message>
        <source>content.json no longer decides the staff PIN: each kiosk keeps its own (set it there with `kiosk set-pin`); a kiosk without one took this hash over the first time it started, so the line can be deleted</source>
        <translation>content.json ei enää määrää henkilökunnan PIN-koodia: jokainen kioski pitää omansa (aseta se kioskilla komennolla `kiosk set-pin`); kioski, jolla koodia ei ollut, otti tämän tiivisteen omakseen ensimmäisellä käynnistyksellä, joten rivin voi poistaa</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already the id of {first}; every category needs its own id</source>
        <translation>&apos;{id}&apos; on jo aiheen {first} tunnus; jokaisella aiheella pitää olla oma tunnus</translation>
    </message>
    <message>
        <source>{order} is also the order of {first}; these two are sorted by id</source>
        <translation>{order} on myös kohdan {first} järjestysnumero; nämä kaksi järjestetään tunnuksen mukaan</translation>
    </message>
    <message>
        <source>no image; the tile shows a plain background</source>
        <translation>ei kuvaa; laatassa näkyy pelkkä tausta</translation>
    </message>
    <message>
        <source>{file}: {fault}</source>
        <translation>{file}: {fault}</translation>
    </message>
    <message>
        <source>has no licence; say on what terms the photo is used: CC0 1.0, CC BY 4.0, CC BY-SA 4.0, &apos;used with permission&apos;, or the licence it has</source>
        <translation>lisenssi puuttuu; kerro, millä ehdoilla kuvaa käytetään: CC0 1.0, CC BY 4.0, CC BY-SA 4.0, &apos;käytetty luvalla&apos; tai kuvan oma lisenssi</translation>
    </message>
    <message>
        <source>starts with &apos;{word}&apos;, which the kiosk adds itself (it would show &apos;Kuva: {credit}&apos;); leave the word out</source>
        <translation>alkaa sanalla &apos;{word}&apos;, jonka kioski lisää itse (näkyisi &apos;Kuva: {credit}&apos;); jätä sana pois</translation>
    </message>
    <message>
        <source>{file} is only {width} pixels wide and will look blurry; use one about 1600 pixels wide</source>
        <translation>{file} on vain {width} pikseliä leveä ja näyttää sumealta; käytä noin 1600 pikseliä leveää kuvaa</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, square: the kiosk shows photos in a wide {frame} frame, so {cut} % of its height is cut off; use a landscape photo, or crop it wide</source>
        <translation>{file} on {width} × {height} pikseliä, neliö: kioski näyttää kuvat leveässä {frame}-kehyksessä, joten sen korkeudesta leikkautuu pois {cut} %; käytä vaakakuvaa tai rajaa kuva leveäksi</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, upright: the kiosk shows photos in a wide {frame} frame, so {cut} % of its height is cut off; use a landscape photo, or crop it wide</source>
        <translation>{file} on {width} × {height} pikseliä, pystykuva: kioski näyttää kuvat leveässä {frame}-kehyksessä, joten sen korkeudesta leikkautuu pois {cut} %; käytä vaakakuvaa tai rajaa kuva leveäksi</translation>
    </message>
    <message>
        <source>uses http://; phones may warn that the site is not secure, use https:// if the site supports it</source>
        <translation>alkaa http://; puhelimet voivat varoittaa, ettei sivusto ole turvallinen; käytä alkua https://, jos sivusto tukee sitä</translation>
    </message>
    <message>
        <source>is {length} characters long; a shorter address makes a QR code that is easier to scan</source>
        <translation>on {length} merkkiä pitkä; lyhyemmästä osoitteesta tulee QR-koodi, joka on helpompi lukea</translation>
    </message>
    <message>
        <source>the same address is already linked in this category</source>
        <translation>sama osoite on jo linkitetty tässä aiheessa</translation>
    </message>
    <message>
        <source>missing {language} text; every text needs the default language</source>
        <translation>teksti puuttuu kielellä {language}; jokaisesta tekstistä on oltava versio oletuskielellä</translation>
    </message>
    <message>
        <source>no {language} text; {default} is shown instead</source>
        <translation>ei tekstiä kielellä {language}; sen sijaan näytetään teksti kielellä {default}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the kiosk&apos;s languages, so this text would never be shown; did you mean &apos;{meant}&apos; ({language})?</source>
        <translation>&apos;{code}&apos; ei ole kioskin kielten joukossa, joten tätä tekstiä ei näytettäisi koskaan; tarkoititko &apos;{meant}&apos; ({language})?</translation>
    </message>
    <message>
        <source>{language} is not in settings languages, so this text is never shown</source>
        <translation>{language} puuttuu asetusten kieliluettelosta (languages), joten tätä tekstiä ei näytetä koskaan</translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>tiedostoa ei löydy: {file}</translation>
    </message>
    <message>
        <source>file not found: {file}; did you mean &apos;{guess}&apos;?</source>
        <translation>tiedostoa ei löydy: {file}; tarkoititko &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>{file} is outside the folder that holds content.json; put the image in resources/images/ there</source>
        <translation>{file} on content.json-tiedoston kansion ulkopuolella; laita kuva content.json-tiedoston vieressä olevaan kansioon resources/images/</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file</source>
        <translation>{file} on kansio eikä kuvatiedosto</translation>
    </message>
    <message>
        <source>{file}: the kiosk may not open the folder {folder}/ (permission denied); let the kiosk&apos;s user read it</source>
        <translation>{file}: kioski ei saa avata kansiota {folder}/ (ei käyttöoikeutta); anna kioskin käyttäjälle lukuoikeus</translation>
    </message>
    <message>
        <source>{file}: the folder {folder}/ cannot be read: {error}</source>
        <translation>{file}: kansiota {folder}/ ei voi lukea: {error}</translation>
    </message>
    <message>
        <source>file not found: {file}; the name on disk is &apos;{name}&apos; (letter case matters on the kiosk)</source>
        <translation>tiedostoa ei löydy: {file}; levyllä nimi on &apos;{name}&apos; (isoilla ja pienillä kirjaimilla on kioskilla väliä)</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>ei kelvollista JSONia: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: a comma , is missing between two items</source>
        <translation>ei kelvollista JSONia: kahden kohdan välistä puuttuu pilkku ,</translation>
    </message>
    <message>
        <source>not valid JSON: a colon : is missing after a field name</source>
        <translation>ei kelvollista JSONia: kentän nimen jälkeen puuttuu kaksoispiste :</translation>
    </message>
    <message>
        <source>not valid JSON: a value is missing here (or there is a comma too many just before)</source>
        <translation>ei kelvollista JSONia: tästä puuttuu arvo (tai juuri ennen tätä on pilkku liikaa)</translation>
    </message>
    <message>
        <source>not valid JSON: expected a field name in double quotes; a comma after the last item of an object is not allowed</source>
        <translation>ei kelvollista JSONia: tässä pitäisi olla kentän nimi lainausmerkeissä; pilkkua ei saa olla lohkon viimeisen kohdan jälkeen</translation>
    </message>
    <message>
        <source>not valid JSON: text in quotes is not closed: a &quot; is missing</source>
        <translation>ei kelvollista JSONia: lainausmerkeissä oleva teksti ei pääty: &quot; puuttuu</translation>
    </message>
    <message>
        <source>not valid JSON: a line break or tab inside quoted text; write a new paragraph as a new list item</source>
        <translation>ei kelvollista JSONia: rivinvaihto tai sarkain lainausmerkeissä olevassa tekstissä; kirjoita uusi kappale luettelon uudeksi kohdaksi</translation>
    </message>
    <message>
        <source>not valid JSON: a backslash \ must be written twice (\\) inside quoted text</source>
        <translation>ei kelvollista JSONia: kenoviiva \ on kirjoitettava lainausmerkeissä kahdesti (\\)</translation>
    </message>
    <message>
        <source>not valid JSON: there is more text after the end of the data; check the last }} </source>
        <translation>ei kelvollista JSONia: tietojen lopun jälkeen on vielä tekstiä; tarkista viimeinen }} </translation>
    </message>
    <message>
        <source>the file ends early (something is missing at its end); if it is still being copied, wait: it is read again once it changes</source>
        <translation>tiedosto loppuu kesken (sen lopusta puuttuu jotain); jos sitä kopioidaan vielä, odota: se luetaan uudelleen, kun se muuttuu</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early (something is missing at its end); if it is still being copied, wait: it is read again once it changes</source>
        <translation>ei kelvollista JSONia: tiedosto loppuu kesken (sen lopusta puuttuu jotain); jos sitä kopioidaan vielä, odota: se luetaan uudelleen, kun se muuttuu</translation>
    </message>
    <message>
        <source>the file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding</source>
        <translation>tiedostoa ei ole tallennettu UTF-8-tekstinä; tallenna se uudelleen ja valitse merkistöksi UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the content could not be checked ({error}); the kiosk keeps what it showed. Please send the kiosk&apos;s log to its makers</source>
        <translation>sisältöä ei voitu tarkistaa ({error}); kioski näyttää edelleen sen, mitä näytti. Lähetä kioskin loki sen tekijöille</translation>
    </message>
    <message>
        <source>every category is hidden (&quot;visible&quot;: false); the home screen would be empty</source>
        <translation>kaikki aiheet on piilotettu (&quot;visible&quot;: false); aloitusnäyttö olisi tyhjä</translation>
    </message>
    <message>
        <source>unknown table &apos;{name}&apos;; the file holds only the tables &apos;{a}&apos; and &apos;{b}&apos;</source>
        <translation>tuntematon taulu &apos;{name}&apos;; tiedostossa on vain taulut &apos;{a}&apos; ja &apos;{b}&apos;</translation>
    </message>
    <message>
        <source>the table &apos;{name}&apos; is missing</source>
        <translation>taulu &apos;{name}&apos; puuttuu</translation>
    </message>
    <message>
        <source>there are no categories; the home screen would be empty</source>
        <translation>aiheita ei ole; aloitusnäyttö olisi tyhjä</translation>
    </message>
    <message>
        <source>has {count} documents; keep exactly one</source>
        <translation>siinä on {count} dokumenttia; säilytä vain yksi</translation>
    </message>
    <message>
        <source>has no document; add one with the settings</source>
        <translation>siinä ei ole yhtään dokumenttia; lisää dokumentti, johon asetukset kirjoitetaan</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>pakollinen kenttä puuttuu</translation>
    </message>
    <message>
        <source>must be text in double quotes</source>
        <translation>pitää olla tekstiä lainausmerkeissä</translation>
    </message>
    <message>
        <source>must be a whole number without quotes, such as 60</source>
        <translation>pitää olla kokonaisluku ilman lainausmerkkejä, esimerkiksi 60</translation>
    </message>
    <message>
        <source>must be true or false, without quotes</source>
        <translation>pitää olla true tai false ilman lainausmerkkejä</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ … ]</source>
        <translation>pitää olla luettelo hakasuluissa [ … ]</translation>
    </message>
    <message>
        <source>must be an object in curly braces {{ … }}</source>
        <translation>pitää olla lohko aaltosuluissa {{ … }}</translation>
    </message>
    <message>
        <source>must be at least {least}</source>
        <translation>pitää olla vähintään {least}</translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>saa olla enintään {most}</translation>
    </message>
    <message>
        <source>must have at least {count} item(s)</source>
        <translation>kohtia pitää olla vähintään {count}</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{guess}&apos;?</source>
        <translation>tuntematon kenttä &apos;{name}&apos;; tarkoititko &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos;; the known fields here are {known}</source>
        <translation>tuntematon kenttä &apos;{name}&apos;; tässä sallitut kentät ovat {known}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>rivi {line}, sarake {column}</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code; did you mean &apos;{meant}&apos;?</source>
        <translation>&apos;{value}&apos; ei ole kielikoodi; tarkoititko &apos;{meant}&apos;?</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code; use lowercase codes such as fi, sv or en</source>
        <translation>&apos;{value}&apos; ei ole kielikoodi; käytä pienillä kirjaimilla kirjoitettua koodia, esimerkiksi fi, sv tai en</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid id; use lowercase letters a-z, digits and hyphens, such as &apos;tyopajat-ja-valmennukset&apos;</source>
        <translation>&apos;{value}&apos; ei kelpaa tunnukseksi; käytä pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä, esimerkiksi &apos;tyopajat-ja-valmennukset&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a colour; write it as #RRGGBB, such as #1F6F8B</source>
        <translation>&apos;{value}&apos; ei ole väri; kirjoita se muodossa #RRGGBB, esimerkiksi #1F6F8B</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>is empty; write who made the image, such as &apos;Vatesin kuvapankki / Jenny Salo&apos;</source>
        <translation>on tyhjä; kirjoita kuvan tekijä, esimerkiksi &apos;Vatesin kuvapankki / Jenny Salo&apos;</translation>
    </message>
    <message>
        <source>must be a full web address starting with https://</source>
        <translation>pitää olla koko verkko-osoite, jonka alussa on https://</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (scheme was {scheme})</source>
        <translation>pitää olla verkko-osoite, jonka alussa on https:// (nyt alussa on {scheme})</translation>
    </message>
    <message>
        <source>has no host name; write the full address, such as https://trimma.fi</source>
        <translation>osoitteesta puuttuu palvelimen nimi; kirjoita koko osoite, esimerkiksi https://trimma.fi</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>ei saa sisältää käyttäjätunnusta eikä salasanaa</translation>
    </message>
    <message>
        <source>holds an invisible character {character}: a phone cannot open the address; type it again</source>
        <translation>osoitteessa on näkymätön merkki {character}: puhelin ei voi avata osoitetta; kirjoita se uudelleen</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>ei saa sisältää välilyöntejä</translation>
    </message>
    <message>
        <source>the host {host} mixes letters of different scripts ({scripts}), as a look-alike of a known address does (a phone opens {encoded}); type it again in plain letters</source>
        <translation>palvelimen nimessä {host} on sekaisin kirjaimia eri kirjoitusjärjestelmistä ({scripts}), kuten tunnetun osoitteen jäljitelmässä (puhelin avaa osoitteen {encoded}); kirjoita se uudelleen tavallisin kirjaimin</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latinalainen</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrillinen</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>kreikkalainen</translation>
    </message>
    <message>
        <source>is not a PIN hash; set the staff PIN with `kiosk set-pin` instead</source>
        <translation>ei ole PIN-koodin tiiviste; aseta henkilökunnan PIN-koodi komennolla `kiosk set-pin`</translation>
    </message>
    <message>
        <source>must be relative to the folder that holds content.json, such as resources/images/photo.jpg</source>
        <translation>polun pitää alkaa content.json-tiedoston kansiosta, esimerkiksi resources/images/kuva.jpg</translation>
    </message>
    <message>
        <source>a number is far too long</source>
        <translation>luku on aivan liian pitkä</translation>
    </message>
    <message>
        <source>the brackets [ ] and braces {{ }} are nested thousands of levels deep: this is not a content file for the kiosk</source>
        <translation>hakasulut [ ] ja aaltosulut {{ }} ovat sisäkkäin tuhansia tasoja syvällä: tämä ei ole kioskin sisältötiedosto</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is written twice (lines {first} and {again}); the one with id &apos;{lost}&apos; would be lost: give each one its own number</source>
        <translation>&quot;{key}&quot; on kirjoitettu kahdesti (rivit {first} ja {again}); se, jonka tunnus on &apos;{lost}&apos;, katoaisi: anna kullekin oma numero</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is written twice (lines {first} and {again}): give each one its own number</source>
        <translation>&quot;{key}&quot; on kirjoitettu kahdesti (rivit {first} ja {again}): anna kullekin oma numero</translation>
    </message>
    <message>
        <source>is written twice in the same block (lines {first} and {again}); only the last would count: keep one</source>
        <translation>on kirjoitettu samaan lohkoon kahdesti (rivit {first} ja {again}); vain jälkimmäinen pätisi: jätä toinen pois</translation>
    </message>
    <message>
        <source>the file is {size} KB; content files can be at most {most} MB (is this the right file?)</source>
        <translation>tiedosto on {size} kt; sisältötiedosto saa olla enintään {most} Mt (onko tämä oikea tiedosto?)</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>tiedostoa ei löydy: {path}</translation>
    </message>
    <message>
        <source>this is a folder, not a file: {path}</source>
        <translation>tämä on kansio eikä tiedosto: {path}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>tiedostoa ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{ … }} with the tables &quot;settings&quot; and &quot;categories&quot;</source>
        <translation>tiedostossa pitää olla yksi JSON-lohko {{ … }}, jossa ovat taulut &quot;settings&quot; ja &quot;categories&quot;</translation>
    </message>
    <message>
        <source>a table must be an object {{ … }} of documents keyed by number, like {{&quot;1&quot;: {{ … }}, &quot;2&quot;: {{ … }}}}</source>
        <translation>taulun pitää olla lohko {{ … }}, jossa dokumentit ovat numeroiden alla, esimerkiksi {{&quot;1&quot;: {{ … }}, &quot;2&quot;: {{ … }}}}</translation>
    </message>
    <message>
        <source>documents are keyed by a number in quotes, like &quot;1&quot;, &quot;2&quot;, &quot;3&quot;</source>
        <translation>dokumenttien avaimina ovat numerot lainausmerkeissä, esimerkiksi &quot;1&quot;, &quot;2&quot;, &quot;3&quot;</translation>
    </message>
    <message>
        <source>a document must be an object {{ … }}</source>
        <translation>dokumentin pitää olla lohko {{ … }}</translation>
    </message>
    <message>
        <source>not valid JSON: {quote} is a curly quote (Word and web pages make them); JSON needs straight double quotes &quot; around field names and texts</source>
        <translation>ei kelvollista JSONia: {quote} on kaareva lainausmerkki (Word ja verkkosivut tekevät niitä); JSON vaatii kenttien nimien ja tekstien ympärille suorat lainausmerkit &quot;</translation>
    </message>
    <message>
        <source>not valid JSON: a &quot; inside a text ends the text too early; write it as \&quot; or use curly quotes “ ” inside texts</source>
        <translation>ei kelvollista JSONia: tekstin sisällä oleva &quot; lopettaa tekstin liian aikaisin; kirjoita se muodossa \&quot; tai käytä tekstin sisällä kaarevia lainausmerkkejä ” ”</translation>
    </message>
    <message>
        <source>not valid JSON: a comma after the last item of a block is not allowed; delete the , before {closing}</source>
        <translation>ei kelvollista JSONia: lohkon viimeisen kohdan jälkeen ei saa olla pilkkua; poista pilkku , merkin {closing} edestä</translation>
    </message>
    <message>
        <source>not valid JSON: this is text where a field name in double quotes belongs (a pasted line?); texts go inside quotes as the value of a field, such as &quot;fi&quot;: &quot;…&quot;</source>
        <translation>ei kelvollista JSONia: tässä on tekstiä, mutta tähän kuuluu kentän nimi lainausmerkeissä (liitetty rivi?); tekstit kirjoitetaan lainausmerkkeihin kentän arvoksi, esimerkiksi &quot;fi&quot;: &quot;…&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: a text must be in double quotes, such as &quot;Työpajat&quot;</source>
        <translation>ei kelvollista JSONia: tekstin pitää olla lainausmerkeissä, esimerkiksi &quot;Työpajat&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early: the block that begins with {opening} on line {line} (and {more} around it) is never closed, a {closing} is missing at the end (if the file is still being copied, wait: it is read again once it changes)</source>
        <translation>ei kelvollista JSONia: tiedosto loppuu kesken: rivillä {line} merkillä {opening} alkava lohko ei pääty (eivätkä sitä ympäröivät lohkot, {more} kpl), lopusta puuttuu {closing} (jos tiedostoa kopioidaan vielä, odota: se luetaan uudelleen, kun se muuttuu)</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early: the block that begins with {opening} on line {line} is never closed, a {closing} is missing at the end (if the file is still being copied, wait: it is read again once it changes)</source>
        <translation>ei kelvollista JSONia: tiedosto loppuu kesken: rivillä {line} merkillä {opening} alkava lohko ei pääty, lopusta puuttuu {closing} (jos tiedostoa kopioidaan vielä, odota: se luetaan uudelleen, kun se muuttuu)</translation>
    </message>
    <message>
        <source>holds an invisible character {character}, pasted with the text; delete it unless it is meant</source>
        <translation>tekstissä on näkymätön merkki {character}, joka on tullut tekstin mukana liitettäessä; poista se, ellei se ole tarkoituksellinen</translation>
    </message>
    <message>
        <source>holds {characters}, which the kiosk&apos;s font cannot draw (it would show as an empty box); write it in words instead</source>
        <translation>tekstissä on {characters}, jota kioskin kirjasin ei osaa piirtää (se näkyisi tyhjänä laatikkona); kirjoita se sanoin</translation>
    </message>
    <message>
        <source>holds {character}, which the kiosk&apos;s own font does not have; it is drawn with a font of the kiosk computer, if it has one</source>
        <translation>tekstissä on {character}, jota kioskin omassa kirjasimessa ei ole; se piirretään kioskitietokoneen kirjasimella, jos sellainen on</translation>
    </message>
    <message>
        <source>the word &apos;{word}&apos; is {length} letters long; at most {most} fit across a tile: put a hyphen or a space where it may break, as in Työmarkkina-palvelut</source>
        <translation>sana &apos;{word}&apos; on {length} merkkiä pitkä; laatan leveyteen mahtuu enintään {most}: lisää tavuviiva tai välilyönti kohtaan, josta sana saa katketa, esimerkiksi Työmarkkina-palvelut</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit where it is shown</source>
        <translation>on {length} merkkiä pitkä; näytölle mahtuu tässä enintään {most} merkkiä</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>easy-to-read Finnish</source>
        <translation>selkosuomi</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>pohjoissaame</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>viro</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraina</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabia</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persia</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 virhe</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} virhettä</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 varoitus</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} varoitusta</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 aihe</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} aihetta</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 kuva</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} kuvaa</translation>
    </message>
    <message>
        <source>{categories}, {images}</source>
        <translation>{categories}, {images}</translation>
    </message>
    <message>
        <source>{label}: {errors}, {warnings}. The kiosk will not show this content until the errors are fixed.</source>
        <translation>{label}: {errors}, {warnings}. Kioski ei näytä tätä sisältöä, ennen kuin virheet on korjattu.</translation>
    </message>
    <message>
        <source>OK with {warnings}: {label} ({summary})</source>
        <translation>Kunnossa, {warnings}: {label} ({summary})</translation>
    </message>
    <message>
        <source>OK: {label} ({summary})</source>
        <translation>Kunnossa: {label} ({summary})</translation>
    </message>
    <message>
        <source>Added {file} to {category} in {content}</source>
        <translation>Lisättiin {file} aiheeseen {category} tiedostossa {content}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>there is no category with the id &apos;{id}&apos;</source>
        <translation>aihetta, jonka tunnus on &apos;{id}&apos;, ei ole</translation>
    </message>
    <message>
        <source>removed an invisible character {character}</source>
        <translation>poistettiin näkymätön merkki {character}</translation>
    </message>
    <message>
        <source>removed spaces</source>
        <translation>poistettiin välilyönnit</translation>
    </message>
    <message>
        <source>added https:// to the beginning</source>
        <translation>alkuun lisättiin https://</translation>
    </message>
    <message>
        <source>{file} is a HEIC photo, which the kiosk cannot read; save it as JPEG first (on an iPhone: Settings → Camera → Formats → Most Compatible)</source>
        <translation>{file} on HEIC-kuva, jota kioski ei osaa lukea; tallenna se ensin JPEG-muodossa (iPhonessa: Asetukset → Kamera → Muodot → Yhteensopivin)</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, more than any camera makes; is it the right file?</source>
        <translation>{file} on {width} × {height} pikseliä, enemmän kuin mikään kamera tekee; onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>{file} is not a photo the kiosk can read (JPEG, PNG or WebP)</source>
        <translation>{file} ei ole kuva, jonka kioski osaa lukea (JPEG, PNG tai WebP)</translation>
    </message>
    <message>
        <source>content.json was changed on disk after it was opened (by someone else, or a sync); open it again before saving, or these changes would replace theirs</source>
        <translation>content.json-tiedostoa on muutettu levyllä sen avaamisen jälkeen (joku muu tai synkronointi); avaa se uudelleen ennen tallentamista, muuten nämä muutokset korvaisivat heidän muutoksensa</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Kirjoitettiin {file}</translation>
    </message>
</context>
</TS>
