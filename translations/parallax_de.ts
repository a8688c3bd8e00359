<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Parallax::Article</name>
    <message>
        <source>Read from the article&apos;s byline or date line.</source>
        <translation>Aus der Autorenzeile oder Datumszeile des Artikels gelesen.</translation>
    </message>
    <message>
        <source>Read from the dateline that opens the story.</source>
        <translation>Aus der Ortsmarke am Anfang des Artikels gelesen.</translation>
    </message>
    <message>
        <source>Read from a photo caption: it dates the photo, which may not be the day the story was published.</source>
        <translation>Aus einer Bildunterschrift gelesen: Sie datiert das Foto, nicht unbedingt den Tag, an dem der Artikel erschien.</translation>
    </message>
    <message>
        <source>Read from the web page&apos;s publication date.</source>
        <translation>Aus dem Veröffentlichungsdatum der Webseite gelesen.</translation>
    </message>
    <message>
        <source>Counted back from the byline&apos;s relative time (&quot;15 hours ago&quot;) and the date the page was saved.</source>
        <translation>Aus der relativen Zeitangabe der Autorenzeile („vor 15 Stunden“) und dem Speicherdatum der Seite zurückgerechnet.</translation>
    </message>
    <message>
        <source>Read from the page&apos;s web address: it may not be the day the story was published.</source>
        <translation>Aus der Webadresse der Seite gelesen: Es muss nicht der Tag sein, an dem der Artikel erschien.</translation>
    </message>
    <message>
        <source>Read from the document&apos;s properties: the day the file was created or changed, which may not be the day the story was published.</source>
        <translation>Aus den Eigenschaften des Dokuments gelesen: der Tag, an dem die Datei erstellt oder geändert wurde, nicht unbedingt der Tag, an dem der Artikel erschien.</translation>
    </message>
    <message>
        <source>Entered by you.</source>
        <translation>Von Ihnen eingegeben.</translation>
    </message>
    <message>
        <source>date from a photo caption</source>
        <translation>Datum aus einer Bildunterschrift</translation>
    </message>
    <message>
        <source>date from the web address</source>
        <translation>Datum aus der Webadresse</translation>
    </message>
    <message>
        <source>date from the file&apos;s properties</source>
        <translation>Datum aus den Dateieigenschaften</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleLoader</name>
    <message>
        <source>is a broken link</source>
        <translation>ist ein defekter Link</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is %1 MB, larger than the %2 MB limit for an article</source>
        <translation>ist %1 MB groß und überschreitet die Grenze von %2 MB für einen Artikel</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit for an article</source>
        <translation>überschreitet die Grenze von %1 MB für einen Artikel</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>holds control characters: it is a binary file, not text</source>
        <translation>enthält Steuerzeichen: Es ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>enthält keinen Text</translation>
    </message>
    <message>
        <source>contains no readable text</source>
        <translation>enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <source>not read: %1 sources is the most Parallax compares at once</source>
        <translation>nicht gelesen: Parallax vergleicht höchstens %1 Quellen auf einmal</translation>
    </message>
    <message>
        <source>has no text to compare (a scan?)</source>
        <translation>enthält keinen Text zum Vergleichen (ein Scan?)</translation>
    </message>
    <message>
        <source>is damaged: %1 is not well-formed XML (line %2: %3)</source>
        <translation>ist beschädigt: %1 ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>is a zip container without a Word document in it</source>
        <translation>ist ein ZIP-Container ohne Word-Dokument</translation>
    </message>
    <message>
        <source>is password-protected</source>
        <translation>ist passwortgeschützt</translation>
    </message>
    <message>
        <source>is a zip container without an OpenDocument text in it</source>
        <translation>ist ein ZIP-Container ohne OpenDocument-Text</translation>
    </message>
    <message>
        <source>is not a PDF: it does not start like one</source>
        <translation>ist kein PDF: der Anfang passt nicht</translation>
    </message>
    <message>
        <source>is a damaged PDF: Poppler cannot open it</source>
        <translation>ist ein beschädigtes PDF: Poppler kann es nicht öffnen</translation>
    </message>
    <message>
        <source>is a damaged PDF: it has no pages</source>
        <translation>ist ein beschädigtes PDF: es hat keine Seiten</translation>
    </message>
    <message>
        <source>was not read: cancelled</source>
        <translation>wurde nicht gelesen: abgebrochen</translation>
    </message>
    <message>
        <source>is damaged: %1 is missing from it</source>
        <translation>ist beschädigt: %1 fehlt darin</translation>
    </message>
    <message>
        <source>is damaged: %1 cannot be unpacked</source>
        <translation>ist beschädigt: %1 lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB, the limit for a document (a zip bomb?)</source>
        <translation>ergibt entpackt mehr als %1 MB, die Grenze für ein Dokument (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>is an Office 97-2003 document, which Parallax does not read: save it as DOCX, ODT or PDF</source>
        <translation>ist ein Office-97-2003-Dokument, das Parallax nicht liest: Speichern Sie es als DOCX, ODT oder PDF</translation>
    </message>
    <message>
        <source>is damaged: not a readable zip container (%1)</source>
        <translation>ist beschädigt: kein lesbarer ZIP-Container (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleView</name>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>meta</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>page furniture</source>
        <translation>Seitenbeiwerk</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>Parallax::CommandLine</name>
    <message>
        <source>Write the analysis as JSON to &lt;file&gt; (&apos;-&apos; for standard output) and exit without opening a window.</source>
        <translation>Die Analyse als JSON in &lt;Datei&gt; schreiben („-“ für die Standardausgabe) und beenden, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write the comparison report as PDF to &lt;file&gt; and exit without opening a window.</source>
        <translation>Den Vergleichsbericht als PDF in &lt;Datei&gt; schreiben und beenden, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Paper size of the PDF report: A4, Letter, ... (default: from the locale).</source>
        <translation>Papierformat des PDF-Berichts: A4, Letter, ... (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Compare against &lt;file&gt;, one of the articles given (default: the earliest dated).</source>
        <translation>Mit &lt;Datei&gt; vergleichen, einem der angegebenen Artikel (Standard: der mit dem frühesten Datum).</translation>
    </message>
    <message>
        <source>Parallax compares several versions of one news story: what is the same, what was reworded, and which source added which detail.</source>
        <translation>Parallax vergleicht mehrere Versionen einer Nachricht: was gleich ist, was umformuliert wurde und welche Quelle welches Detail ergänzt hat.</translation>
    </message>
    <message>
        <source>Open the bundled sample story in the window.</source>
        <translation>Die mitgelieferte Beispielmeldung im Fenster öffnen.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <source>WordNet synonyms: on (%1)</source>
        <translation>WordNet-Synonyme: an (%1)</translation>
    </message>
    <message>
        <source>WordNet synonyms: off, %1 not found (install the wordnet-base package)</source>
        <translation>WordNet-Synonyme: aus, %1 nicht gefunden (installieren Sie das Paket wordnet-base)</translation>
    </message>
    <message>
        <source>parallax: %1</source>
        <translation>parallax: %1</translation>
    </message>
    <message>
        <source>Try &apos;parallax --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit „parallax --help“.</translation>
    </message>
    <message>
        <source>parallax: no input files: give the articles to compare.</source>
        <translation>parallax: keine Eingabedateien: Geben Sie die zu vergleichenden Artikel an.</translation>
    </message>
    <message>
        <source>parallax: %1: unknown page size (try A4 or Letter)</source>
        <translation>parallax: %1: unbekanntes Papierformat (versuchen Sie A4 oder Letter)</translation>
    </message>
    <message>
        <source>parallax: say where to write: --json FILE or --pdf FILE.</source>
        <translation>parallax: Geben Sie an, wohin geschrieben werden soll: --json DATEI oder --pdf DATEI.</translation>
    </message>
    <message>
        <source>parallax: %1: refusing to overwrite an input article</source>
        <translation>parallax: %1: ein Eingabeartikel wird nicht überschrieben</translation>
    </message>
    <message>
        <source>parallax: the PDF report needs a file name, not standard output</source>
        <translation>parallax: Der PDF-Bericht braucht einen Dateinamen, nicht die Standardausgabe</translation>
    </message>
    <message>
        <source>parallax: %1: the base does not exist</source>
        <translation>parallax: %1: die Basisquelle existiert nicht</translation>
    </message>
    <message>
        <source>parallax: %1: the base must be one of the articles given</source>
        <translation>parallax: %1: die Basisquelle muss einer der angegebenen Artikel sein</translation>
    </message>
    <message>
        <source>parallax: %1: %2</source>
        <translation>parallax: %1: %2</translation>
    </message>
    <message>
        <source>parallax: %1: the base could not be read; comparing against the earliest dated source</source>
        <translation>parallax: %1: die Basisquelle konnte nicht gelesen werden; verglichen wird mit der Quelle mit dem frühesten Datum</translation>
    </message>
    <message>
        <source>parallax: cannot write to standard output</source>
        <translation>parallax: in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>parallax: %1: cannot write: %2</source>
        <translation>parallax: %1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>parallax: %1: no article could be read, no report written</source>
        <translation>parallax: %1: kein Artikel konnte gelesen werden, kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>Language of the user interface: en, de or ru (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: en, de oder ru (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dictionaries and thesauri: all found (%1, %2)</source>
        <translation>Wörterbücher und Thesauri: alle gefunden (%1, %2)</translation>
    </message>
    <message>
        <source>Dictionaries and thesauri: missing %1 (install these packages for names and synonyms in those languages)</source>
        <translation>Wörterbücher und Thesauri: es fehlen %1 (installieren Sie diese Pakete für Namen und Synonyme in diesen Sprachen)</translation>
    </message>
    <message>
        <source>%1 %2
Qt %3, ICU %4
%5
%6</source>
        <translation>%1 %2
Qt %3, ICU %4
%5
%6</translation>
    </message>
    <message>
        <source>Articles to compare (.txt, .md, .html, .pdf, .docx, .odt).</source>
        <translation>Zu vergleichende Artikel (.txt, .md, .html, .pdf, .docx, .odt).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>the PDF report</source>
        <translation>den PDF-Bericht</translation>
    </message>
    <message>
        <source>parallax: %1: --json and --pdf name the same file; give each its own</source>
        <translation>parallax: %1: --json und --pdf nennen dieselbe Datei; geben Sie jeder eine eigene</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonController</name>
    <message>
        <source>The pasted or dropped text holds no words.</source>
        <translation>Der eingefügte oder abgelegte Text enthält keine Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>Reading articles: %n...</source>
        <translation>
            <numerusform>Artikel werden gelesen: %n...</numerusform>
            <numerusform>Artikel werden gelesen: %n...</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles could be read.</source>
        <translation>Es konnte kein Artikel gelesen werden.</translation>
    </message>
    <message>
        <source>All sources are hidden.</source>
        <translation>Alle Quellen sind ausgeblendet.</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n source(s)...</source>
        <translation>
            <numerusform>%n Quelle wird abgeglichen...</numerusform>
            <numerusform>%n Quellen werden abgeglichen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment cancelled.</source>
        <translation>Abgleich abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared.</source>
        <translation>
            <numerusform>%n Quelle verglichen.</numerusform>
            <numerusform>%n Quellen verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared. Looking for conflicts, quotations and details only some sources carry...</source>
        <translation>
            <numerusform>%n Quelle verglichen. Suche nach Widersprüchen, Zitaten und Details, die nur einige Quellen enthalten...</numerusform>
            <numerusform>%n Quellen verglichen. Suche nach Widersprüchen, Zitaten und Details, die nur einige Quellen enthalten...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonPage</name>
    <message>
        <source>S&amp;ynopsis</source>
        <translation>S&amp;ynopse</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Paar</translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation>Quell&amp;text</translation>
    </message>
    <message>
        <source>nothing the others lack</source>
        <translation>nichts, was den anderen fehlt</translation>
    </message>
    <message>
        <source>1 new detail</source>
        <translation>1 neues Detail</translation>
    </message>
    <message>
        <source>%1 new details</source>
        <translation>%1 neue Details</translation>
    </message>
    <message>
        <source>1 source added: %1</source>
        <translation>1 Quelle hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 sources added: %2</source>
        <translation>%1 Quellen hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Co&amp;nsensus</source>
        <translation>Ko&amp;nsens</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Beziehungen</translation>
    </message>
</context>
<context>
    <name>Parallax::ConflictsPanel</name>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>ein Wochentag</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>ein Prozentsatz</translation>
    </message>
    <message>
        <source>a rank</source>
        <translation>ein Rang</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ein Betrag</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>ein Maß</translation>
    </message>
    <message>
        <source>Conflicts between sources</source>
        <translation>Widersprüche zwischen Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): sources that state different values of one fact.</source>
        <translation>
            <numerusform>%n Widerspruch: Quellen nennen verschiedene Werte einer Tatsache.</numerusform>
            <numerusform>%n Widersprüche: Quellen nennen verschiedene Werte einer Tatsache.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <source>a negation</source>
        <translation>eine Verneinung</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>eine Uhrzeit</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>No source contradicts another on a number, an amount, a measure, a date, a weekday, a time of day, a name, a person&apos;s title or a negation.</source>
        <translation>Keine Quelle widerspricht einer anderen bei einer Zahl, einem Betrag, einem Maß, einem Datum, einem Wochentag, einer Uhrzeit, einem Namen, dem Titel einer Person oder einer Verneinung.</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>wer es gesagt hat</translation>
    </message>
</context>
<context>
    <name>Parallax::ConsensusModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 wording</source>
        <translation>1 Formulierung</translation>
    </message>
    <message numerus="yes">
        <source>%n wordings</source>
        <translation>
            <numerusform>%n Formulierung</numerusform>
            <numerusform>%n Formulierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Widerspruch: %1</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Ergänzt von %1</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <source>Most common wording</source>
        <translation>Häufigste Formulierung</translation>
    </message>
    <message>
        <source>Most Common Wording</source>
        <translation>Häufigste Formulierung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Rückhalt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Conflicts and Additions</source>
        <translation>Widersprüche und Ergänzungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::ConsensusView</name>
    <message>
        <source>Show only units that at least this many sources carry</source>
        <translation>Nur Einheiten zeigen, die mindestens so viele Quellen enthalten</translation>
    </message>
    <message>
        <source>Minimum &amp;support:</source>
        <translation>Mindest&amp;rückhalt:</translation>
    </message>
    <message>
        <source>Only with a&amp;dditions</source>
        <translation>Nur mit Er&amp;gänzungen</translation>
    </message>
    <message>
        <source>Show only units where a source adds something</source>
        <translation>Nur Einheiten zeigen, in denen eine Quelle etwas ergänzt</translation>
    </message>
    <message>
        <source>Only with con&amp;flicts</source>
        <translation>Nur mit &amp;Widersprüchen</translation>
    </message>
    <message>
        <source>Show only units where sources state different values</source>
        <translation>Nur Einheiten zeigen, in denen Quellen verschiedene Werte nennen</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1 of 1 unit shown</source>
        <translation>%1 von 1 Einheit angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n units shown</source>
        <translation>
            <numerusform>%1 von %n Einheit angezeigt</numerusform>
            <numerusform>%1 von %n Einheiten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Parallax::DetailsPanel</name>
    <message>
        <source>Who added what, relative to:</source>
        <translation>Wer hat was ergänzt, Vergleichsbasis:</translation>
    </message>
    <message>
        <source>All other sources</source>
        <translation>Alle anderen Quellen</translation>
    </message>
    <message>
        <source>The base source</source>
        <translation>Die Basisquelle</translation>
    </message>
    <message>
        <source>Additions relative to</source>
        <translation>Vergleichsbasis für Ergänzungen</translation>
    </message>
    <message>
        <source>Who added what</source>
        <translation>Wer hat was ergänzt</translation>
    </message>
    <message>
        <source>Select a row to see which sources carry it.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, welche Quellen sie enthalten.</translation>
    </message>
    <message>
        <source>Sources carrying the selected row</source>
        <translation>Quellen, die die ausgewählte Zeile enthalten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <source>%1: the base source</source>
        <translation>%1: die Basisquelle</translation>
    </message>
    <message>
        <source>Sentence: %1</source>
        <translation>Satz: %1</translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation>Ergänzt: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) only it carries</source>
        <translation>
            <numerusform>%n Satz, den nur sie enthält</numerusform>
            <numerusform>%n Sätze, die nur sie enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added phrase(s)</source>
        <translation>
            <numerusform>%n ergänzte Passage</numerusform>
            <numerusform>%n ergänzte Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 is carried by %n source(s).</source>
        <translation>
            <numerusform>Zeile %1 ist in %n Quelle enthalten.</numerusform>
            <numerusform>Zeile %1 ist in %n Quellen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>first</source>
        <translation>zuerst</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Status of the selected row</source>
        <translation>Status der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>Note on the selected row</source>
        <translation>Notiz zur ausgewählten Zeile</translation>
    </message>
    <message>
        <source>A short note (Enter keeps it)</source>
        <translation>Eine kurze Notiz (Eingabe übernimmt sie)</translation>
    </message>
    <message>
        <source>In time order:</source>
        <translation>In zeitlicher Reihenfolge:</translation>
    </message>
    <message>
        <source>First: %1, %2</source>
        <translation>Zuerst: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sources undated</source>
        <translation>
            <numerusform>%n von %1 Quellen ohne Datum</numerusform>
            <numerusform>%n von %1 Quellen ohne Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) the base lacks</source>
        <translation>
            <numerusform>%n Satz, der der Basis fehlt</numerusform>
            <numerusform>%n Sätze, die der Basis fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find in all sources</source>
        <translation>In allen Quellen suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s). %1</source>
        <translation>
            <numerusform>%n Treffer. %1</numerusform>
            <numerusform>%n Treffer. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>&amp;Hits</source>
        <translation>&amp;Treffer</translation>
    </message>
    <message>
        <source>List of hits by source</source>
        <translation>Liste der Treffer nach Quelle</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 more (F3)</source>
        <translation>%1 weitere (F3)</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsDocks</name>
    <message>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsListPanel</name>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>Looking for conflicts, quotations and details only some sources carry...</source>
        <translation>Suche nach Widersprüchen, Zitaten und Details, die nur einige Quellen enthalten...</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsPanel</name>
    <message>
        <source>Findings of the comparison</source>
        <translation>Befunde des Vergleichs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every source says the same: no source copies another, none contradicts another, and every name, number and quotation is in every source.</source>
        <translation>Alle Quellen sagen dasselbe: Keine Quelle übernimmt eine andere, keine widerspricht einer anderen, und jeder Name, jede Zahl und jedes Zitat steht in jeder Quelle.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) derived from another</source>
        <translation>
            <numerusform>%n Quelle von einer anderen abgeleitet</numerusform>
            <numerusform>%n Quellen von anderen abgeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>How the sources relate</source>
        <translation>Wie die Quellen zusammenhängen</translation>
    </message>
    <message>
        <source>No source shares most of its units with another.</source>
        <translation>Keine Quelle teilt die meisten ihrer Einheiten mit einer anderen.</translation>
    </message>
    <message>
        <source>%1 is a copy of %2: %3 of its units, %4 word for word</source>
        <translation>%1 ist eine Kopie von %2: %3 ihrer Einheiten, %4 wörtlich</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2: %3 of its units, %4 in the same order</source>
        <translation>%1 ist eine Umformulierung von %2: %3 ihrer Einheiten, %4 in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>%1 shares most with %2: %3 of its units</source>
        <translation>%1 teilt am meisten mit %2: %3 ihrer Einheiten</translation>
    </message>
    <message>
        <source>Click to compare the two side by side.</source>
        <translation>Klicken, um beide nebeneinander zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Widerspruch</numerusform>
            <numerusform>%n Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Widersprüche: %n</numerusform>
            <numerusform>Widersprüche: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) worded differently</source>
        <translation>
            <numerusform>%n Zitat anders formuliert</numerusform>
            <numerusform>%n Zitate anders formuliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations worded differently: %n</source>
        <translation>
            <numerusform>Anders formulierte Zitate: %n</numerusform>
            <numerusform>Anders formulierte Zitate: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>quoted in part</source>
        <translation>teilweise zitiert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1 · %2: %3</source>
        <translation>Zeile %1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notizen: %n</numerusform>
            <numerusform>Notizen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached · %1 · %2</source>
        <translation>Losgelöst · %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) only some sources carry</source>
        <translation>
            <numerusform>%n Detail, das nur manche Quellen haben</numerusform>
            <numerusform>%n Details, die nur manche Quellen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details only some sources carry: %n</source>
        <translation>
            <numerusform>Details, die nur manche Quellen haben: %n</numerusform>
            <numerusform>Details, die nur manche Quellen haben: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in %1: %n</source>
        <translation>
            <numerusform>Nur in %1: %n</numerusform>
            <numerusform>Nur in %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>In time order:</source>
        <translation>In zeitlicher Reihenfolge:</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>· first %1, %2</source>
        <translation>· zuerst %1, %2</translation>
    </message>
    <message>
        <source>%1 · row %2 in %3</source>
        <translation>%1 · Zeile %2 in %3</translation>
    </message>
    <message>
        <source>%1 and %2 are copies of each other: %3 of %1&apos;s units, %4 word for word; no date tells which came first</source>
        <translation>%1 und %2 sind Kopien voneinander: %3 der Einheiten von %1, %4 wörtlich; kein Datum sagt, welche zuerst erschien</translation>
    </message>
    <message>
        <source>%1 and %2 are rewordings of each other: %3 of %1&apos;s units, %4 in the same order; no date tells which came first</source>
        <translation>%1 und %2 sind Umformulierungen voneinander: %3 der Einheiten von %1, %4 in derselben Reihenfolge; kein Datum sagt, welche zuerst erschien</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 carries it; %2</source>
        <translation>%1 enthält es; %2</translation>
    </message>
    <message>
        <source>Expand it for the sources that carry it in time order.</source>
        <translation>Aufklappen für die Quellen, die es enthalten, in zeitlicher Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>Parallax::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Beispiel&amp;meldung öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste as New Source</source>
        <translation>Als neue Quelle &amp;einfügen</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n...</source>
        <translation>S&amp;itzung öffnen...</translation>
    </message>
    <message>
        <source>&amp;Export PDF Report...</source>
        <translation>PDF-Bericht e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Druck&amp;vorschau...</translation>
    </message>
    <message>
        <source>Report Paper Si&amp;ze</source>
        <translation>&amp;Papierformat des Berichts</translation>
    </message>
    <message>
        <source>From the Locale</source>
        <translation>Aus dem Gebietsschema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Highlight &amp;Added Information</source>
        <translation>&amp;Hinzugefügte Informationen hervorheben</translation>
    </message>
    <message>
        <source>Highlight All &amp;Wording Changes</source>
        <translation>Alle &amp;Formulierungsänderungen hervorheben</translation>
    </message>
    <message>
        <source>Additions Relative to the &amp;Base Source</source>
        <translation>Ergänzungen gegenüber der &amp;Basisquelle</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>Seitenbeiwerk &amp;einblenden</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>&amp;Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Art der &amp;Anführungszeichen ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Spelling Variants</source>
        <translation>Schreib&amp;varianten ignorieren</translation>
    </message>
    <message>
        <source>Similarity &amp;Threshold...</source>
        <translation>&amp;Ähnlichkeitsschwelle...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Added Detail</source>
        <translation>Nächste &amp;Ergänzung</translation>
    </message>
    <message>
        <source>Previous A&amp;dded Detail</source>
        <translation>Vorherige E&amp;rgänzung</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Use as &amp;Base</source>
        <translation>Als &amp;Basis verwenden</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Hide or Show</source>
        <translation>&amp;Aus- oder einblenden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach u&amp;nten verschieben</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Über Parallax</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used when Parallax is started again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Parallax verwendet.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>Compares several versions of one news story.</source>
        <translation>Vergleicht mehrere Versionen einer Nachricht.</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>Nächster &amp;Widerspruch</translation>
    </message>
    <message>
        <source>Previous C&amp;onflict</source>
        <translation>Vorheriger W&amp;iderspruch</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Consensus of All Sources</source>
        <translation>&amp;Konsens aller Quellen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Mark as &amp;Verified</source>
        <translation>Als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Disputed</source>
        <translation>Als &amp;umstritten markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;To Check</source>
        <translation>Als &amp;zu prüfen markieren</translation>
    </message>
    <message>
        <source>&amp;Edit Note...</source>
        <translation>Notiz &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Clear Note</source>
        <translation>Notiz &amp;entfernen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As...</source>
        <translation>Sitzung speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Co&amp;mpact Columns</source>
        <translation>Ko&amp;mpakte Spalten</translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Who Added What</source>
        <translation>Wer hat was ergänzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some articles could not be read</source>
        <translation>Einige Artikel konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read: %n. The others are loaded.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden. Die übrigen sind geladen.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden. Die übrigen sind geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Similarity Threshold</source>
        <translation>Ähnlichkeitsschwelle</translation>
    </message>
    <message>
        <source>Align two sentences when their similarity is at least (0.1 to 0.9; lower finds looser paraphrases):</source>
        <translation>Zwei Sätze einander zuordnen, wenn ihre Ähnlichkeit mindestens diesen Wert erreicht (0,1 bis 0,9; niedrigere Werte finden auch freiere Paraphrasen):</translation>
    </message>
    <message>
        <source>No more differences below.</source>
        <translation>Weiter unten gibt es keine Unterschiede mehr.</translation>
    </message>
    <message>
        <source>No more differences above.</source>
        <translation>Weiter oben gibt es keine Unterschiede mehr.</translation>
    </message>
    <message>
        <source>No more added details.</source>
        <translation>Keine weiteren Ergänzungen.</translation>
    </message>
    <message>
        <source>Where is %1? (it was at %2)</source>
        <translation>Wo ist %1? (zuvor unter %2)</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No more conflicts.</source>
        <translation>Keine weiteren Widersprüche.</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Keine Widersprüche gefunden.</translation>
    </message>
</context>
<context>
    <name>Parallax::NoteBook</name>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::NotesController</name>
    <message numerus="yes">
        <source>Notes not shown: %n. Their sentences are in no row of this comparison.</source>
        <translation>
            <numerusform>%n Notiz nicht angezeigt: Ihre Sätze stehen in keiner Zeile dieses Vergleichs.</numerusform>
            <numerusform>%n Notizen nicht angezeigt: Ihre Sätze stehen in keiner Zeile dieses Vergleichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on row %1 (%2):</source>
        <translation>Notiz zu Zeile %1 (%2):</translation>
    </message>
</context>
<context>
    <name>Parallax::OutputFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, which cannot be opened for writing</source>
        <translation>es ist ein Socket, der sich nicht zum Schreiben öffnen lässt</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>die Ausgabe wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was written</source>
        <translation>der Datenträger ist voll (%1); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the data could not all be written</source>
        <translation>die Daten konnten nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only file system</source>
        <translation>der Ordner %1 liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>no permission to write in the folder %1</source>
        <translation>keine Berechtigung, in den Ordner %1 zu schreiben</translation>
    </message>
    <message>
        <source>no permission to write to the file</source>
        <translation>keine Berechtigung, in die Datei zu schreiben</translation>
    </message>
</context>
<context>
    <name>Parallax::OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Rows by sources; click to go to a row</source>
        <translation>Zeilen nach Quellen; klicken, um zu einer Zeile zu springen</translation>
    </message>
</context>
<context>
    <name>Parallax::PairView</name>
    <message>
        <source>Connections between aligned sentences</source>
        <translation>Verbindungen zwischen zugeordneten Sätzen</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Linke Quelle</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Rechte Quelle</translation>
    </message>
    <message>
        <source>Left source text</source>
        <translation>Text der linken Quelle</translation>
    </message>
    <message>
        <source>Right source text</source>
        <translation>Text der rechten Quelle</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>What the highlights show</source>
        <translation>Was die Hervorhebungen zeigen</translation>
    </message>
    <message>
        <source>How the two sources compare</source>
        <translation>Wie die beiden Quellen sich unterscheiden</translation>
    </message>
    <message>
        <source>copies of each other; the dates do not tell which came first</source>
        <translation>Kopien voneinander; die Daten sagen nicht, welche zuerst kam</translation>
    </message>
    <message>
        <source>rewordings of each other; the dates do not tell which came first</source>
        <translation>Umformulierungen voneinander; die Daten sagen nicht, welche zuerst kam</translation>
    </message>
    <message>
        <source>%1 is a copy of %2</source>
        <translation>%1 ist eine Kopie von %2</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2</source>
        <translation>%1 ist eine Umformulierung von %2</translation>
    </message>
    <message>
        <source>left: %1 of %2 sentences matched on the right</source>
        <translation>links: %1 von %2 Sätzen rechts gefunden</translation>
    </message>
    <message>
        <source>right: %1 of %2 matched on the left</source>
        <translation>rechts: %1 von %2 links gefunden</translation>
    </message>
    <message>
        <source>The same source on both sides: choose another on the left or right.</source>
        <translation>Auf beiden Seiten dieselbe Quelle: wählen Sie links oder rechts eine andere.</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Words that differ between the two sources</source>
        <translation>Wörter, in denen sich die beiden Quellen unterscheiden</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>Ergänzungen</translation>
    </message>
    <message>
        <source>What each source adds relative to the base or all others, as in the synopsis</source>
        <translation>Was jede Quelle gegenüber der Basis oder allen anderen ergänzt, wie in der Synopse</translation>
    </message>
    <message>
        <source>highlighted: what each adds relative to the base</source>
        <translation>markiert: was jede gegenüber der Basis ergänzt</translation>
    </message>
    <message>
        <source>highlighted: what each adds relative to all other sources</source>
        <translation>markiert: was jede gegenüber allen anderen Quellen ergänzt</translation>
    </message>
</context>
<context>
    <name>Parallax::ProgressMeter</name>
    <message numerus="yes">
        <source>parallax: reading %n file(s), %1 %</source>
        <translation>
            <numerusform>parallax: lese %n Datei, %1 %</numerusform>
            <numerusform>parallax: lese %n Dateien, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>parallax: aligning %1 of %2 sources</source>
        <translation>parallax: richte %1 von %2 Quellen aus</translation>
    </message>
    <message numerus="yes">
        <source>parallax: comparing %n source(s)</source>
        <translation>
            <numerusform>parallax: vergleiche %n Quelle</numerusform>
            <numerusform>parallax: vergleiche %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>parallax: writing %1 to %2</source>
        <translation>parallax: schreibe %1 nach %2</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotationsPanel</name>
    <message>
        <source>Quotations compared across sources</source>
        <translation>Zitate im Vergleich der Quellen</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
    <message>
        <source>No quotation is worded differently between sources.</source>
        <translation>Kein Zitat ist in den Quellen anders formuliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotations are worded differently between sources, or printed in part.</source>
        <translation>
            <numerusform>%n Zitat ist in den Quellen anders formuliert oder nur teilweise wiedergegeben.</numerusform>
            <numerusform>%n Zitate sind in den Quellen anders formuliert oder nur teilweise wiedergegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>Sprecher nicht genannt</translation>
    </message>
    <message>
        <source>Row %1 · altered quotation · %2</source>
        <translation>Zeile %1 · verändertes Zitat · %2</translation>
    </message>
    <message>
        <source>Row %1 · quoted in part · %2</source>
        <translation>Zeile %1 · teilweise zitiert · %2</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed by one source only: %n</source>
        <translation>
            <numerusform>Nur in einer Quelle: %n</numerusform>
            <numerusform>Nur in einer Quelle: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed alike by several sources: %n</source>
        <translation>
            <numerusform>Gleich in mehreren Quellen: %n</numerusform>
            <numerusform>Gleich in mehreren Quellen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Recovery</name>
    <message>
        <source>Autosave failed: %1 cannot be created.</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Autosave failed: %1: %2</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>An autosave could not be read and was set aside as %1 (%2).</source>
        <translation>Eine automatische Sicherung war nicht lesbar und wurde als %1 beiseitegelegt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close properly last time. It autosaved the comparison at %1: %n source(s).</source>
        <translation>
            <numerusform>Parallax wurde zuletzt nicht ordnungsgemäß beendet. Der Vergleich wurde am %1 automatisch gesichert: %n Quelle.</numerusform>
            <numerusform>Parallax wurde zuletzt nicht ordnungsgemäß beendet. Der Vergleich wurde am %1 automatisch gesichert: %n Quellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Unsaved Comparison</source>
        <translation>Ungespeicherten Vergleich wiederherstellen</translation>
    </message>
    <message>
        <source>Restore opens it again. Discard deletes it for good.</source>
        <translation>Wiederherstellen öffnet ihn wieder. Verwerfen löscht ihn endgültig.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>Parallax::ReportExporter</name>
    <message>
        <source>Writing the report...</source>
        <translation>Bericht wird geschrieben...</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open some articles first.</source>
        <translation>Öffnen Sie zuerst einige Artikel.</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Parallax::ReportRenderer</name>
    <message>
        <source>Parallax report: %1</source>
        <translation>Parallax-Bericht: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>A comparison of %n version(s) of one story, made by Parallax on %1.</source>
        <translation>
            <numerusform>Ein Vergleich von %n Version derselben Nachricht, erstellt mit Parallax am %1.</numerusform>
            <numerusform>Ein Vergleich von %n Versionen derselben Nachricht, erstellt mit Parallax am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Support (units others carry)</source>
        <translation>Übereinstimmung (Einheiten, die auch andere enthalten)</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>So lesen Sie diesen Bericht</translation>
    </message>
    <message>
        <source>Parallax aligned the sentences of every source into units: sentences, from one or more sources, that say the same thing, even reworded, reordered, split or merged. Each unit is a row of the comparison; each source a column.</source>
        <translation>Parallax hat die Sätze aller Quellen zu Einheiten zusammengeführt: Sätze aus einer oder mehreren Quellen, die dasselbe aussagen, auch wenn sie umformuliert, umgestellt, geteilt oder zusammengefasst wurden. Jede Einheit ist eine Zeile des Vergleichs, jede Quelle eine Spalte.</translation>
    </message>
    <message>
        <source>Highlighted and underlined, in the source&apos;s colour: wording that differs from the base source.</source>
        <translation>Hervorgehoben und unterstrichen in der Farbe der Quelle: Formulierungen, die von der Basisquelle abweichen.</translation>
    </message>
    <message>
        <source>Highlighted and underlined, in the source&apos;s colour: information the source adds (names, numbers, quotations, content words no other source has).</source>
        <translation>Hervorgehoben und unterstrichen in der Farbe der Quelle: Informationen, die die Quelle ergänzt (Namen, Zahlen, Zitate, inhaltstragende Wörter, die keine andere Quelle enthält).</translation>
    </message>
    <message>
        <source>Hatched cell: the source does not carry this unit.</source>
        <translation>Schraffierte Zelle: Die Quelle enthält diese Einheit nicht.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>&quot;moved&quot;: the source tells this where the base source does not (a moved paragraph).</source>
        <translation>„verschoben“: Die Quelle bringt dies an anderer Stelle als die Basisquelle (ein verschobener Absatz).</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Only here: </source>
        <translation>Nur hier: </translation>
    </message>
    <message>
        <source>Who added what</source>
        <translation>Wer hat was ergänzt</translation>
    </message>
    <message>
        <source>Relative to all other sources:</source>
        <translation>Gegenüber allen anderen Quellen:</translation>
    </message>
    <message>
        <source>Relative to the base source (%1):</source>
        <translation>Gegenüber der Basisquelle (%1):</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Units (rows, in reading order) by sources (columns). The shade is how closely the best counterpart matches; full colour marks content only that source carries; blank means absent.</source>
        <translation>Einheiten (Zeilen, in Lesereihenfolge) nach Quellen (Spalten). Die Farbtiefe zeigt, wie genau die beste Entsprechung übereinstimmt; volle Farbe markiert Inhalte, die nur diese Quelle enthält; leer bedeutet: nicht vorhanden.</translation>
    </message>
    <message>
        <source>The comparison</source>
        <translation>Der Vergleich</translation>
    </message>
    <message>
        <source>The comparison, part %1 of %2: %3</source>
        <translation>Der Vergleich, Teil %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) beside the base</source>
        <translation>
            <numerusform>%n Quelle neben der Basisquelle</numerusform>
            <numerusform>%n Quellen neben der Basisquelle</numerusform>
        </translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(verschoben)</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 · carried by %2 of %n source(s)</source>
        <translation>
            <numerusform>Einheit %1 · in %2 von %n Quelle enthalten</numerusform>
            <numerusform>Einheit %1 · in %2 von %n Quellen enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Parallax user</source>
        <translation>Parallax-Benutzer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the report could not be laid out</source>
        <translation>das Layout des Berichts konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 shares most with %2: %3 of its units.</source>
        <translation>%1 hat am meisten mit %2 gemeinsam: %3 seiner Einheiten.</translation>
    </message>
    <message>
        <source>How the sources relate</source>
        <translation>Wie die Quellen zusammenhängen</translation>
    </message>
    <message>
        <source>No source shares most of its units with another.</source>
        <translation>Keine Quelle teilt den Großteil ihrer Einheiten mit einer anderen.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Altered quotation</source>
        <translation>Verändertes Zitat</translation>
    </message>
    <message>
        <source>Partial quotation</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No quotation is worded differently by two sources.</source>
        <translation>Keine zwei Quellen geben ein Zitat unterschiedlich wieder.</translation>
    </message>
    <message>
        <source>Quotations printed word for word by two or more sources: %1. Quotations only one source prints: %2.</source>
        <translation>Zitate, die zwei oder mehr Quellen wortgleich bringen: %1. Zitate, die nur eine Quelle bringt: %2.</translation>
    </message>
    <message>
        <source>Not in the base: </source>
        <translation>Nicht in der Basisquelle: </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>unit %1, page %2</source>
        <translation>Einheit %1, Seite %2</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>%1 is a copy of %2 (%3 of its units, %4 in the same order, %5 word for word).</source>
        <translation>%1 ist eine Kopie von %2 (%3 seiner Einheiten, %4 in derselben Reihenfolge, %5 wörtlich gleich).</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2 (%3 of its units, %4 in the same order, %5 word for word).</source>
        <translation>%1 ist eine Umformulierung von %2 (%3 seiner Einheiten, %4 in derselben Reihenfolge, %5 wörtlich gleich).</translation>
    </message>
    <message numerus="yes">
        <source>%n more in &quot;Conflicts&quot;.</source>
        <translation>
            <numerusform>%n weiterer unter „Widersprüche“.</numerusform>
            <numerusform>%n weitere unter „Widersprüche“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Altered quotations</source>
        <translation>Veränderte Zitate</translation>
    </message>
    <message numerus="yes">
        <source>%n more in &quot;Quotations&quot;.</source>
        <translation>
            <numerusform>%n weiteres unter „Zitate“.</numerusform>
            <numerusform>%n weitere unter „Zitate“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Details only some sources carry</source>
        <translation>Angaben, die nur einige Quellen enthalten</translation>
    </message>
    <message>
        <source>Every name, number and quotation is in every source.</source>
        <translation>Jeder Name, jede Zahl und jedes Zitat steht in jeder Quelle.</translation>
    </message>
    <message>
        <source>Only in %1: </source>
        <translation>Nur in %1: </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The page of each detail&apos;s row in brackets; %n more details in &quot;Who added what&quot;.</source>
        <translation>
            <numerusform>In Klammern die Seite der Zeile jeder Angabe; %n weitere Angabe unter „Wer hat was ergänzt“.</numerusform>
            <numerusform>In Klammern die Seite der Zeile jeder Angabe; %n weitere Angaben unter „Wer hat was ergänzt“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page of each detail&apos;s row in brackets.</source>
        <translation>In Klammern die Seite der Zeile jeder Angabe.</translation>
    </message>
    <message>
        <source>the report&apos;s links and bookmarks could not be written (%1)</source>
        <translation>die Verweise und Lesezeichen des Berichts konnten nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>No source contradicts another on a number, an amount, a measure, a date, a weekday, a time of day, a name, a person&apos;s title or a negation.</source>
        <translation>Keine Quelle widerspricht einer anderen bei einer Zahl, einem Betrag, einem Maß, einem Datum, einem Wochentag, einer Uhrzeit, einem Namen, dem Titel einer Person oder einer Verneinung.</translation>
    </message>
    <message>
        <source>%1 and %2 are copies of each other (%3 of %1&apos;s units, %4 in the same order, %5 word for word); no date tells which came first.</source>
        <translation>%1 und %2 sind Kopien voneinander (%3 der Einheiten von %1, %4 in derselben Reihenfolge, %5 wörtlich); kein Datum sagt, welche zuerst erschien.</translation>
    </message>
    <message>
        <source>%1 and %2 are rewordings of each other (%3 of %1&apos;s units, %4 in the same order, %5 word for word); no date tells which came first.</source>
        <translation>%1 und %2 sind Umformulierungen voneinander (%3 der Einheiten von %1, %4 in derselben Reihenfolge, %5 wörtlich); kein Datum sagt, welche zuerst erschien.</translation>
    </message>
    <message>
        <source>Said by different people: “%1”: %2</source>
        <translation>Verschiedenen Personen zugeschrieben: „%1“: %2</translation>
    </message>
    <message>
        <source>Adds %1 in: </source>
        <translation>Ergänzt %1 in: </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note: %1: %2</source>
        <translation>Notiz: %1: %2</translation>
    </message>
    <message>
        <source>Base source: %1. &quot;Added&quot; relative to the base means what a source carries and the base (%1) lacks.</source>
        <translation>Basisquelle: %1. „Ergänzt“ gegenüber der Basis heißt: was eine Quelle enthält und der Basis (%1) fehlt.</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
</context>
<context>
    <name>Parallax::Session</name>
    <message>
        <source>not a Parallax session (%1)</source>
        <translation>ist keine Parallax-Sitzung (%1)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
</context>
<context>
    <name>Parallax::SessionController</name>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Parallax-Sitzungen (*.parallax)</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Datei</numerusform>
            <numerusform>%1 und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (session)</source>
        <translation>%1 (Sitzung)</translation>
    </message>
    <message>
        <source>No recent comparisons</source>
        <translation>Keine zuletzt geöffneten Vergleiche</translation>
    </message>
</context>
<context>
    <name>Parallax::SessionDocument</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The comparison has changes that are not saved in a session.</source>
        <translation>Der Vergleich hat Änderungen, die in keiner Sitzung gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them in a session before going on?</source>
        <translation>Vorher in einer Sitzung speichern?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1[*] - Parallax</source>
        <translation>%1[*] – Parallax</translation>
    </message>
    <message>
        <source>Untitled[*] - Parallax</source>
        <translation>Unbenannt[*] - Parallax</translation>
    </message>
</context>
<context>
    <name>Parallax::SourceListModel</name>
    <message>
        <source>Untitled source %1</source>
        <translation>Unbenannte Quelle %1</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>rewording of %1</source>
        <translation>Umformulierung von %1</translation>
    </message>
    <message>
        <source>shares most with %1</source>
        <translation>am meisten gemeinsam mit %1</translation>
    </message>
    <message>
        <source>%1 of its units are in %2; %3 of those in the same order; %4 of the aligned sentences word for word. %5 of the units of %2 are in it.</source>
        <translation>%1 seiner Einheiten stehen in %2; davon %3 in derselben Reihenfolge; %4 der zugeordneten Sätze wörtlich gleich. %5 der Einheiten von %2 stehen in ihm.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>%1: entered by you; the file states none.</source>
        <translation>%1: von Ihnen eingegeben; die Datei nennt keinen Wert.</translation>
    </message>
    <message>
        <source>%1: entered by you; the file says %2.</source>
        <translation>%1: von Ihnen eingegeben; laut Datei %2.</translation>
    </message>
    <message>
        <source>copy of %1, or the reverse</source>
        <translation>Kopie von %1 oder umgekehrt</translation>
    </message>
    <message>
        <source>rewording of %1, or the reverse</source>
        <translation>Umformulierung von %1 oder umgekehrt</translation>
    </message>
    <message>
        <source>Each carries most of the other, and no date tells which came first.</source>
        <translation>Jede enthält das meiste der anderen, und kein Datum sagt, welche zuerst erschien.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>The file states no date: F2 enters one.</source>
        <translation>Die Datei nennt kein Datum: F2 trägt eines ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Parallax::SourceMatrixModel</name>
    <message numerus="yes">
        <source>%1 of the %n units of %2 are in %3.</source>
        <translation>
            <numerusform>%1 der %n Einheit von %2 steht in %3.</numerusform>
            <numerusform>%1 der %n Einheiten von %2 stehen in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a copy of %2.</source>
        <translation>%1 ist eine Kopie von %2.</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2.</source>
        <translation>%1 ist eine Umformulierung von %2.</translation>
    </message>
</context>
<context>
    <name>Parallax::SourceMatrixView</name>
    <message>
        <source>Each row is a source; each cell, the share of its units that the column&apos;s source carries too. A copy or a rewording is in bold. Click a cell to compare the two sources side by side.</source>
        <translation>Jede Zeile ist eine Quelle; jede Zelle der Anteil ihrer Einheiten, den auch die Quelle der Spalte enthält. Eine Kopie oder Umformulierung ist fett. Ein Klick auf eine Zelle vergleicht die beiden Quellen nebeneinander.</translation>
    </message>
    <message>
        <source>Shared units of every pair of sources</source>
        <translation>Gemeinsame Einheiten jedes Quellenpaars</translation>
    </message>
</context>
<context>
    <name>Parallax::SynopsisModel</name>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %n source(s)</source>
        <translation>
            <numerusform>In %n Quelle enthalten</numerusform>
            <numerusform>In %n Quellen enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Quellen widersprechen sich: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Parallax::SynopsisView</name>
    <message>
        <source>Synopsis</source>
        <translation>Synopse</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <source>contains NUL bytes: it is a binary file, not text</source>
        <translation>enthält NUL-Bytes: Es ist eine Binärdatei, kein Text</translation>
    </message>
</context>
<context>
    <name>Parallax::TimelineView</name>
    <message>
        <source>Sources carrying the selected row, in time order</source>
        <translation>Quellen der gewählten Zeile in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Ohne Datum (%n)</numerusform>
            <numerusform>Ohne Datum (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Translations</name>
    <message>
        <source>parallax: no translation for &quot;%1&quot; (there are: %2); the interface stays in English.</source>
        <translation>parallax: keine Übersetzung für „%1“ (vorhanden: %2); die Oberfläche bleibt englisch.</translation>
    </message>
</context>
<context>
    <name>Parallax::WelcomePage</name>
    <message>
        <source>Compare versions of a news story</source>
        <translation>Versionen einer Nachricht vergleichen</translation>
    </message>
    <message>
        <source>Drop articles, a folder, or text from a browser here, or:</source>
        <translation>Ziehen Sie Artikel, einen Ordner oder Text aus dem Browser hierher, oder:</translation>
    </message>
    <message>
        <source>&amp;Open Articles...</source>
        <translation>Artikel ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Beispiel&amp;meldung öffnen</translation>
    </message>
</context>
</TS>
