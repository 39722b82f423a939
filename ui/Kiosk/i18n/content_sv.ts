<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Content</name>
    <message>
        <source>is nested more than {depth} levels deep; content never is</source>
        <translation>är kapslat mer än {depth} nivåer djupt; så djupt kapslat är kioskens innehåll aldrig</translation>
    </message>
    <message>
        <source>{value} is not a number that can be used here</source>
        <translation>{value} är inte ett tal som kan användas här</translation>
    </message>
    <message>
        <source>the number is far too large for any field</source>
        <translation>talet är alldeles för stort för något fält</translation>
    </message>
    <message>
        <source>the field name &apos;{name}&apos; holds an invisible character {character}; type the name again</source>
        <translation>fältnamnet &apos;{name}&apos; innehåller ett osynligt tecken {character}; skriv namnet på nytt</translation>
    </message>
    <message>
        <source>the text holds {character}, which shows the text backwards or out of order; delete it</source>
        <translation>texten innehåller {character}, som får texten att visas baklänges eller i fel ordning; ta bort det</translation>
    </message>
    <message>
        <source>the field name holds U+{code}, half of a character (the text was cut or converted badly); type it again</source>
        <translation>fältnamnet innehåller U+{code}, ett halvt tecken (texten har klippts av eller konverterats fel); skriv namnet på nytt</translation>
    </message>
    <message>
        <source>the text holds U+{code}, half of a character (the text was cut or converted badly); type the text around it again</source>
        <translation>texten innehåller U+{code}, ett halvt tecken (texten har klippts av eller konverterats fel); skriv texten runt det på nytt</translation>
    </message>
    <message>
        <source>the field name holds the control character U+{code}, which cannot be shown and breaks file names and addresses; delete it</source>
        <translation>fältnamnet innehåller styrtecknet U+{code}, som inte kan visas och förstör filnamn och adresser; ta bort det</translation>
    </message>
    <message>
        <source>the text holds the control character U+{code}, which cannot be shown and breaks file names and addresses; delete it</source>
        <translation>texten innehåller styrtecknet U+{code}, som inte kan visas och förstör filnamn och adresser; ta bort det</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the languages ({listed}); add it there</source>
        <translation>&apos;{code}&apos; finns inte bland språken ({listed}); lägg till det där</translation>
    </message>
    <message>
        <source>a language is listed twice</source>
        <translation>ett språk finns två gånger i listan</translation>
    </message>
    <message>
        <source>is shorter than idle_timeout_s, so the attract screen starts before the kiosk has reset for the next visitor</source>
        <translation>är kortare än idle_timeout_s, så bildspelet börjar innan kiosken har återställts för nästa besökare</translation>
    </message>
    <message>
        <source>content.json no longer decides the staff PIN: each kiosk keeps its own (set it there with `kiosk set-pin`); a kiosk without one took this hash over the first time it started, so the line can be deleted</source>
        <translation>content.json bestämmer inte längre personalens PIN-kod: varje kiosk har sin egen (ange den där med `kiosk set-pin`); en kiosk utan kod tog över denna hash första gången den startade, så raden kan tas bort</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already the id of {first}; every category needs its own id</source>
        <translation>&apos;{id}&apos; är redan id för {first}; varje ämne behöver ett eget id</translation>
    </message>
    <message>
        <source>{order} is also the order of {first}; these two are sorted by id</source>
        <translation>{order} är också ordningsnumret för {first}; de två sorteras efter id</translation>
    </message>
    <message>
        <source>no image; the tile shows a plain background</source>
        <translation>ingen bild; rutan visar bara bakgrunden</translation>
    </message>
    <message>
        <source>{file}: {fault}</source>
        <translation>{file}: {fault}</translation>
    </message>
    <message>
        <source>has no licence; say on what terms the photo is used: CC0 1.0, CC BY 4.0, CC BY-SA 4.0, &apos;used with permission&apos;, or the licence it has</source>
        <translation>licens saknas; ange på vilka villkor bilden används: CC0 1.0, CC BY 4.0, CC BY-SA 4.0, &apos;används med tillstånd&apos; eller bildens egen licens</translation>
    </message>
    <message>
        <source>starts with &apos;{word}&apos;, which the kiosk adds itself (it would show &apos;Kuva: {credit}&apos;); leave the word out</source>
        <translation>börjar med &apos;{word}&apos;, som kiosken lägger till själv (då skulle det stå &apos;Bild: {credit}&apos;); ta bort ordet</translation>
    </message>
    <message>
        <source>{file} is only {width} pixels wide and will look blurry; use one about 1600 pixels wide</source>
        <translation>{file} är bara {width} pixlar bred och ser suddig ut; använd en bild som är ungefär 1600 pixlar bred</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, square: the kiosk shows photos in a wide {frame} frame, so {cut} % of its height is cut off; use a landscape photo, or crop it wide</source>
        <translation>{file} är {width} × {height} pixlar, kvadratisk: kiosken visar bilder i en bred {frame}-ram, så {cut} % av höjden skärs bort; använd en liggande bild eller beskär den bred</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, upright: the kiosk shows photos in a wide {frame} frame, so {cut} % of its height is cut off; use a landscape photo, or crop it wide</source>
        <translation>{file} är {width} × {height} pixlar, stående: kiosken visar bilder i en bred {frame}-ram, så {cut} % av höjden skärs bort; använd en liggande bild eller beskär den bred</translation>
    </message>
    <message>
        <source>uses http://; phones may warn that the site is not secure, use https:// if the site supports it</source>
        <translation>börjar med http://; telefoner kan varna för att webbplatsen inte är säker; använd https:// om webbplatsen stöder det</translation>
    </message>
    <message>
        <source>is {length} characters long; a shorter address makes a QR code that is easier to scan</source>
        <translation>är {length} tecken lång; en kortare adress ger en QR-kod som är lättare att skanna</translation>
    </message>
    <message>
        <source>the same address is already linked in this category</source>
        <translation>samma adress är redan länkad i det här ämnet</translation>
    </message>
    <message>
        <source>missing {language} text; every text needs the default language</source>
        <translation>text saknas på {language}; varje text måste finnas på standardspråket</translation>
    </message>
    <message>
        <source>no {language} text; {default} is shown instead</source>
        <translation>ingen text på {language}; i stället visas texten på {default}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the kiosk&apos;s languages, so this text would never be shown; did you mean &apos;{meant}&apos; ({language})?</source>
        <translation>&apos;{code}&apos; är inte ett av kioskens språk, så texten skulle aldrig visas; menade du &apos;{meant}&apos; ({language})?</translation>
    </message>
    <message>
        <source>{language} is not in settings languages, so this text is never shown</source>
        <translation>{language} finns inte i inställningarnas språklista (languages), så texten visas aldrig</translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>filen hittas inte: {file}</translation>
    </message>
    <message>
        <source>file not found: {file}; did you mean &apos;{guess}&apos;?</source>
        <translation>filen hittas inte: {file}; menade du &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>{file} is outside the folder that holds content.json; put the image in resources/images/ there</source>
        <translation>{file} ligger utanför mappen med content.json; lägg bilden i mappen resources/images/ bredvid content.json</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file</source>
        <translation>{file} är en mapp, inte en bildfil</translation>
    </message>
    <message>
        <source>{file}: the kiosk may not open the folder {folder}/ (permission denied); let the kiosk&apos;s user read it</source>
        <translation>{file}: kiosken får inte öppna mappen {folder}/ (åtkomst nekad); ge kioskens användare läsrätt</translation>
    </message>
    <message>
        <source>{file}: the folder {folder}/ cannot be read: {error}</source>
        <translation>{file}: mappen {folder}/ kan inte läsas: {error}</translation>
    </message>
    <message>
        <source>file not found: {file}; the name on disk is &apos;{name}&apos; (letter case matters on the kiosk)</source>
        <translation>filen hittas inte: {file}; namnet på disken är &apos;{name}&apos; (stora och små bokstäver spelar roll på kiosken)</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>inte giltig JSON: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: a comma , is missing between two items</source>
        <translation>inte giltig JSON: ett kommatecken , saknas mellan två poster</translation>
    </message>
    <message>
        <source>not valid JSON: a colon : is missing after a field name</source>
        <translation>inte giltig JSON: ett kolon : saknas efter ett fältnamn</translation>
    </message>
    <message>
        <source>not valid JSON: a value is missing here (or there is a comma too many just before)</source>
        <translation>inte giltig JSON: ett värde saknas här (eller så finns ett kommatecken för mycket strax före)</translation>
    </message>
    <message>
        <source>not valid JSON: expected a field name in double quotes; a comma after the last item of an object is not allowed</source>
        <translation>inte giltig JSON: här borde det stå ett fältnamn inom citattecken; ett kommatecken efter sista posten i ett block är inte tillåtet</translation>
    </message>
    <message>
        <source>not valid JSON: text in quotes is not closed: a &quot; is missing</source>
        <translation>inte giltig JSON: texten inom citattecken avslutas inte: ett &quot; saknas</translation>
    </message>
    <message>
        <source>not valid JSON: a line break or tab inside quoted text; write a new paragraph as a new list item</source>
        <translation>inte giltig JSON: en radbrytning eller tabb i text inom citattecken; skriv ett nytt stycke som en ny post i listan</translation>
    </message>
    <message>
        <source>not valid JSON: a backslash \ must be written twice (\\) inside quoted text</source>
        <translation>inte giltig JSON: ett omvänt snedstreck \ måste skrivas två gånger (\\) inom citattecken</translation>
    </message>
    <message>
        <source>not valid JSON: there is more text after the end of the data; check the last }} </source>
        <translation>inte giltig JSON: det finns mer text efter slutet av datan; kontrollera sista }} </translation>
    </message>
    <message>
        <source>the file ends early (something is missing at its end); if it is still being copied, wait: it is read again once it changes</source>
        <translation>filen tar slut för tidigt (något saknas i slutet); om den fortfarande kopieras, vänta: den läses på nytt när den ändras</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early (something is missing at its end); if it is still being copied, wait: it is read again once it changes</source>
        <translation>inte giltig JSON: filen tar slut för tidigt (något saknas i slutet); om den fortfarande kopieras, vänta: den läses på nytt när den ändras</translation>
    </message>
    <message>
        <source>the file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding</source>
        <translation>filen är inte sparad som UTF-8-text; spara den på nytt och välj kodningen UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the content could not be checked ({error}); the kiosk keeps what it showed. Please send the kiosk&apos;s log to its makers</source>
        <translation>innehållet kunde inte kontrolleras ({error}); kiosken fortsätter visa det den visade. Skicka kioskens logg till dess utvecklare</translation>
    </message>
    <message>
        <source>every category is hidden (&quot;visible&quot;: false); the home screen would be empty</source>
        <translation>alla ämnen är dolda (&quot;visible&quot;: false); startskärmen skulle vara tom</translation>
    </message>
    <message>
        <source>unknown table &apos;{name}&apos;; the file holds only the tables &apos;{a}&apos; and &apos;{b}&apos;</source>
        <translation>okänd tabell &apos;{name}&apos;; filen har bara tabellerna &apos;{a}&apos; och &apos;{b}&apos;</translation>
    </message>
    <message>
        <source>the table &apos;{name}&apos; is missing</source>
        <translation>tabellen &apos;{name}&apos; saknas</translation>
    </message>
    <message>
        <source>there are no categories; the home screen would be empty</source>
        <translation>det finns inga ämnen; startskärmen skulle vara tom</translation>
    </message>
    <message>
        <source>has {count} documents; keep exactly one</source>
        <translation>har {count} dokument; behåll bara ett</translation>
    </message>
    <message>
        <source>has no document; add one with the settings</source>
        <translation>har inget dokument; lägg till ett dokument med inställningarna</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>ett obligatoriskt fält saknas</translation>
    </message>
    <message>
        <source>must be text in double quotes</source>
        <translation>måste vara text inom citattecken</translation>
    </message>
    <message>
        <source>must be a whole number without quotes, such as 60</source>
        <translation>måste vara ett heltal utan citattecken, till exempel 60</translation>
    </message>
    <message>
        <source>must be true or false, without quotes</source>
        <translation>måste vara true eller false, utan citattecken</translation>
    </message>
    <message>
        <source>must be a list in square brackets [ … ]</source>
        <translation>måste vara en lista inom hakparenteser [ … ]</translation>
    </message>
    <message>
        <source>must be an object in curly braces {{ … }}</source>
        <translation>måste vara ett block inom klammerparenteser {{ … }}</translation>
    </message>
    <message>
        <source>must be at least {least}</source>
        <translation>måste vara minst {least}</translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>får vara högst {most}</translation>
    </message>
    <message>
        <source>must have at least {count} item(s)</source>
        <translation>antalet poster måste vara minst {count}</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{guess}&apos;?</source>
        <translation>okänt fält &apos;{name}&apos;; menade du &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos;; the known fields here are {known}</source>
        <translation>okänt fält &apos;{name}&apos;; här kan fälten {known} användas</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>rad {line}, kolumn {column}</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code; did you mean &apos;{meant}&apos;?</source>
        <translation>&apos;{value}&apos; är ingen språkkod; menade du &apos;{meant}&apos;?</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code; use lowercase codes such as fi, sv or en</source>
        <translation>&apos;{value}&apos; är ingen språkkod; använd en kod med små bokstäver, till exempel fi, sv eller en</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid id; use lowercase letters a-z, digits and hyphens, such as &apos;tyopajat-ja-valmennukset&apos;</source>
        <translation>&apos;{value}&apos; är inget giltigt id; använd små bokstäver a–z, siffror och bindestreck, till exempel &apos;tyopajat-ja-valmennukset&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a colour; write it as #RRGGBB, such as #1F6F8B</source>
        <translation>&apos;{value}&apos; är ingen färg; skriv den som #RRGGBB, till exempel #1F6F8B</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <source>is empty; write who made the image, such as &apos;Vatesin kuvapankki / Jenny Salo&apos;</source>
        <translation>är tom; skriv vem som gjort bilden, till exempel &apos;Vatesin kuvapankki / Jenny Salo&apos;</translation>
    </message>
    <message>
        <source>must be a full web address starting with https://</source>
        <translation>måste vara en fullständig webbadress som börjar med https://</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (scheme was {scheme})</source>
        <translation>måste vara en webbadress som börjar med https:// (nu börjar den med {scheme})</translation>
    </message>
    <message>
        <source>has no host name; write the full address, such as https://trimma.fi</source>
        <translation>adressen saknar värdnamn; skriv hela adressen, till exempel https://trimma.fi</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>får inte innehålla användarnamn eller lösenord</translation>
    </message>
    <message>
        <source>holds an invisible character {character}: a phone cannot open the address; type it again</source>
        <translation>adressen innehåller ett osynligt tecken {character}: en telefon kan inte öppna adressen; skriv den på nytt</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>får inte innehålla mellanslag</translation>
    </message>
    <message>
        <source>the host {host} mixes letters of different scripts ({scripts}), as a look-alike of a known address does (a phone opens {encoded}); type it again in plain letters</source>
        <translation>värdnamnet {host} blandar bokstäver från olika skriftsystem ({scripts}), som när en adress härmar en känd adress (en telefon öppnar {encoded}); skriv det på nytt med vanliga bokstäver</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latinska</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrilliska</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grekiska</translation>
    </message>
    <message>
        <source>is not a PIN hash; set the staff PIN with `kiosk set-pin` instead</source>
        <translation>är ingen hash av en PIN-kod; ange personalens PIN-kod med `kiosk set-pin` i stället</translation>
    </message>
    <message>
        <source>must be relative to the folder that holds content.json, such as resources/images/photo.jpg</source>
        <translation>sökvägen måste utgå från mappen med content.json, till exempel resources/images/bild.jpg</translation>
    </message>
    <message>
        <source>a number is far too long</source>
        <translation>ett tal är alldeles för långt</translation>
    </message>
    <message>
        <source>the brackets [ ] and braces {{ }} are nested thousands of levels deep: this is not a content file for the kiosk</source>
        <translation>hakparenteserna [ ] och klammerparenteserna {{ }} är kapslade tusentals nivåer djupt: detta är ingen innehållsfil för kiosken</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is written twice (lines {first} and {again}); the one with id &apos;{lost}&apos; would be lost: give each one its own number</source>
        <translation>&quot;{key}&quot; är skrivet två gånger (raderna {first} och {again}); det med id &apos;{lost}&apos; skulle gå förlorat: ge vart och ett sitt eget nummer</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is written twice (lines {first} and {again}): give each one its own number</source>
        <translation>&quot;{key}&quot; är skrivet två gånger (raderna {first} och {again}): ge vart och ett sitt eget nummer</translation>
    </message>
    <message>
        <source>is written twice in the same block (lines {first} and {again}); only the last would count: keep one</source>
        <translation>är skrivet två gånger i samma block (raderna {first} och {again}); bara det senare skulle gälla: behåll ett</translation>
    </message>
    <message>
        <source>the file is {size} KB; content files can be at most {most} MB (is this the right file?)</source>
        <translation>filen är {size} kB; innehållsfiler får vara högst {most} MB (är detta rätt fil?)</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>filen hittas inte: {path}</translation>
    </message>
    <message>
        <source>this is a folder, not a file: {path}</source>
        <translation>detta är en mapp, inte en fil: {path}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>filen kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{ … }} with the tables &quot;settings&quot; and &quot;categories&quot;</source>
        <translation>filen måste innehålla ett JSON-block {{ … }} med tabellerna &quot;settings&quot; och &quot;categories&quot;</translation>
    </message>
    <message>
        <source>a table must be an object {{ … }} of documents keyed by number, like {{&quot;1&quot;: {{ … }}, &quot;2&quot;: {{ … }}}}</source>
        <translation>en tabell måste vara ett block {{ … }} med dokument under nummer, till exempel {{&quot;1&quot;: {{ … }}, &quot;2&quot;: {{ … }}}}</translation>
    </message>
    <message>
        <source>documents are keyed by a number in quotes, like &quot;1&quot;, &quot;2&quot;, &quot;3&quot;</source>
        <translation>dokumentens nycklar är nummer inom citattecken, till exempel &quot;1&quot;, &quot;2&quot;, &quot;3&quot;</translation>
    </message>
    <message>
        <source>a document must be an object {{ … }}</source>
        <translation>ett dokument måste vara ett block {{ … }}</translation>
    </message>
    <message>
        <source>not valid JSON: {quote} is a curly quote (Word and web pages make them); JSON needs straight double quotes &quot; around field names and texts</source>
        <translation>inte giltig JSON: {quote} är ett typografiskt citattecken (Word och webbsidor gör sådana); JSON kräver raka citattecken &quot; runt fältnamn och texter</translation>
    </message>
    <message>
        <source>not valid JSON: a &quot; inside a text ends the text too early; write it as \&quot; or use curly quotes “ ” inside texts</source>
        <translation>inte giltig JSON: ett &quot; inne i en text avslutar texten för tidigt; skriv det som \&quot; eller använd typografiska citattecken ” ” inne i texter</translation>
    </message>
    <message>
        <source>not valid JSON: a comma after the last item of a block is not allowed; delete the , before {closing}</source>
        <translation>inte giltig JSON: ett kommatecken efter sista posten i ett block är inte tillåtet; ta bort kommatecknet , före {closing}</translation>
    </message>
    <message>
        <source>not valid JSON: this is text where a field name in double quotes belongs (a pasted line?); texts go inside quotes as the value of a field, such as &quot;fi&quot;: &quot;…&quot;</source>
        <translation>inte giltig JSON: här står text där ett fältnamn inom citattecken hör hemma (en inklistrad rad?); texter skrivs inom citattecken som ett fälts värde, till exempel &quot;fi&quot;: &quot;…&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: a text must be in double quotes, such as &quot;Työpajat&quot;</source>
        <translation>inte giltig JSON: en text måste stå inom citattecken, till exempel &quot;Verkstäder&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early: the block that begins with {opening} on line {line} (and {more} around it) is never closed, a {closing} is missing at the end (if the file is still being copied, wait: it is read again once it changes)</source>
        <translation>inte giltig JSON: filen tar slut för tidigt: blocket som börjar med {opening} på rad {line} (och {more} block runt det) avslutas aldrig, ett {closing} saknas i slutet (om filen fortfarande kopieras, vänta: den läses på nytt när den ändras)</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early: the block that begins with {opening} on line {line} is never closed, a {closing} is missing at the end (if the file is still being copied, wait: it is read again once it changes)</source>
        <translation>inte giltig JSON: filen tar slut för tidigt: blocket som börjar med {opening} på rad {line} avslutas aldrig, ett {closing} saknas i slutet (om filen fortfarande kopieras, vänta: den läses på nytt när den ändras)</translation>
    </message>
    <message>
        <source>holds an invisible character {character}, pasted with the text; delete it unless it is meant</source>
        <translation>texten innehåller ett osynligt tecken {character}, som följt med när texten klistrades in; ta bort det om det inte är avsiktligt</translation>
    </message>
    <message>
        <source>holds {characters}, which the kiosk&apos;s font cannot draw (it would show as an empty box); write it in words instead</source>
        <translation>texten innehåller {characters}, som kioskens typsnitt inte kan rita (det skulle visas som en tom fyrkant); skriv det med ord i stället</translation>
    </message>
    <message>
        <source>holds {character}, which the kiosk&apos;s own font does not have; it is drawn with a font of the kiosk computer, if it has one</source>
        <translation>texten innehåller {character}, som kioskens eget typsnitt saknar; det ritas med ett typsnitt i kioskdatorn, om det finns ett</translation>
    </message>
    <message>
        <source>the word &apos;{word}&apos; is {length} letters long; at most {most} fit across a tile: put a hyphen or a space where it may break, as in Työmarkkina-palvelut</source>
        <translation>ordet &apos;{word}&apos; är {length} tecken långt; högst {most} ryms på en rutas bredd: sätt ett bindestreck eller mellanslag där ordet får brytas, till exempel Arbetsmarknads-tjänster</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit where it is shown</source>
        <translation>är {length} tecken lång; högst {most} tecken ryms där den visas</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>easy-to-read Finnish</source>
        <translation>lättläst finska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>nordsamiska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estniska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somaliska</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persiska</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fel</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} fel</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 varning</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} varningar</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 ämne</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} ämnen</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 bild</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} bilder</translation>
    </message>
    <message>
        <source>{categories}, {images}</source>
        <translation>{categories}, {images}</translation>
    </message>
    <message>
        <source>{label}: {errors}, {warnings}. The kiosk will not show this content until the errors are fixed.</source>
        <translation>{label}: {errors}, {warnings}. Kiosken visar inte detta innehåll förrän felen är rättade.</translation>
    </message>
    <message>
        <source>OK with {warnings}: {label} ({summary})</source>
        <translation>OK med {warnings}: {label} ({summary})</translation>
    </message>
    <message>
        <source>OK: {label} ({summary})</source>
        <translation>OK: {label} ({summary})</translation>
    </message>
    <message>
        <source>Added {file} to {category} in {content}</source>
        <translation>{file} lades till i ämnet {category} i {content}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>there is no category with the id &apos;{id}&apos;</source>
        <translation>det finns inget ämne med id &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>removed an invisible character {character}</source>
        <translation>ett osynligt tecken {character} togs bort</translation>
    </message>
    <message>
        <source>removed spaces</source>
        <translation>mellanslagen togs bort</translation>
    </message>
    <message>
        <source>added https:// to the beginning</source>
        <translation>https:// lades till i början</translation>
    </message>
    <message>
        <source>{file} is a HEIC photo, which the kiosk cannot read; save it as JPEG first (on an iPhone: Settings → Camera → Formats → Most Compatible)</source>
        <translation>{file} är en HEIC-bild, som kiosken inte kan läsa; spara den först som JPEG (på en iPhone: Inställningar → Kamera → Format → Mest kompatibel)</translation>
    </message>
    <message>
        <source>{file} is {width} × {height} pixels, more than any camera makes; is it the right file?</source>
        <translation>{file} är {width} × {height} pixlar, mer än någon kamera gör; är detta rätt fil?</translation>
    </message>
    <message>
        <source>{file} is not a photo the kiosk can read (JPEG, PNG or WebP)</source>
        <translation>{file} är ingen bild som kiosken kan läsa (JPEG, PNG eller WebP)</translation>
    </message>
    <message>
        <source>content.json was changed on disk after it was opened (by someone else, or a sync); open it again before saving, or these changes would replace theirs</source>
        <translation>content.json har ändrats på disken efter att den öppnades (av någon annan eller en synkronisering); öppna den på nytt innan du sparar, annars skulle dessa ändringar ersätta deras</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Skrev {file}</translation>
    </message>
</context>
</TS>
