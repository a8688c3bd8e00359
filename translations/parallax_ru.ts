<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Parallax::Article</name>
    <message>
        <source>Read from the article&apos;s byline or date line.</source>
        <translation>Взята из подписи автора или строки с датой.</translation>
    </message>
    <message>
        <source>Read from the dateline that opens the story.</source>
        <translation>Взята из датировки в начале статьи.</translation>
    </message>
    <message>
        <source>Read from a photo caption: it dates the photo, which may not be the day the story was published.</source>
        <translation>Взята из подписи к фото: это дата снимка, она может не совпадать с днём публикации.</translation>
    </message>
    <message>
        <source>Read from the web page&apos;s publication date.</source>
        <translation>Взята из даты публикации веб-страницы.</translation>
    </message>
    <message>
        <source>Counted back from the byline&apos;s relative time (&quot;15 hours ago&quot;) and the date the page was saved.</source>
        <translation>Отсчитана назад от относительного времени в подписи («15 часов назад») и даты сохранения страницы.</translation>
    </message>
    <message>
        <source>Read from the page&apos;s web address: it may not be the day the story was published.</source>
        <translation>Взята из веб-адреса страницы: это может быть не день публикации.</translation>
    </message>
    <message>
        <source>Read from the document&apos;s properties: the day the file was created or changed, which may not be the day the story was published.</source>
        <translation>Взята из свойств документа: день создания или изменения файла, он может не совпадать с днём публикации.</translation>
    </message>
    <message>
        <source>Entered by you.</source>
        <translation>Введена вами.</translation>
    </message>
    <message>
        <source>date from a photo caption</source>
        <translation>дата из подписи к фото</translation>
    </message>
    <message>
        <source>date from the web address</source>
        <translation>дата из веб-адреса</translation>
    </message>
    <message>
        <source>date from the file&apos;s properties</source>
        <translation>дата из свойств файла</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleLoader</name>
    <message>
        <source>is a broken link</source>
        <translation>битая ссылка</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не является обычным файлом</translation>
    </message>
    <message>
        <source>is %1 MB, larger than the %2 MB limit for an article</source>
        <translation>имеет размер %1 МБ, больше допустимых для статьи %2 МБ</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>не удаётся прочитать: доступ запрещён</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>is larger than the %1 MB limit for an article</source>
        <translation>больше допустимых для статьи %1 МБ</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пуст</translation>
    </message>
    <message>
        <source>holds control characters: it is a binary file, not text</source>
        <translation>содержит управляющие символы: это двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>contains no text</source>
        <translation>не содержит текста</translation>
    </message>
    <message>
        <source>contains no readable text</source>
        <translation>не содержит читаемого текста</translation>
    </message>
    <message>
        <source>not read: %1 sources is the most Parallax compares at once</source>
        <translation>не прочитан: Parallax сравнивает не более %1 источников за раз</translation>
    </message>
    <message>
        <source>has no text to compare (a scan?)</source>
        <translation>не содержит текста для сравнения (скан?)</translation>
    </message>
    <message>
        <source>is damaged: %1 is not well-formed XML (line %2: %3)</source>
        <translation>повреждён: %1 — некорректный XML (строка %2: %3)</translation>
    </message>
    <message>
        <source>is a zip container without a Word document in it</source>
        <translation>это zip-архив без документа Word</translation>
    </message>
    <message>
        <source>is password-protected</source>
        <translation>защищён паролем</translation>
    </message>
    <message>
        <source>is a zip container without an OpenDocument text in it</source>
        <translation>это zip-архив без текста OpenDocument</translation>
    </message>
    <message>
        <source>is not a PDF: it does not start like one</source>
        <translation>не является PDF: начало файла не похоже на PDF</translation>
    </message>
    <message>
        <source>is a damaged PDF: Poppler cannot open it</source>
        <translation>это повреждённый PDF: Poppler не может его открыть</translation>
    </message>
    <message>
        <source>is a damaged PDF: it has no pages</source>
        <translation>это повреждённый PDF: в нём нет страниц</translation>
    </message>
    <message>
        <source>was not read: cancelled</source>
        <translation>не прочитан: отменено</translation>
    </message>
    <message>
        <source>is damaged: %1 is missing from it</source>
        <translation>повреждён: в нём нет %1</translation>
    </message>
    <message>
        <source>is damaged: %1 cannot be unpacked</source>
        <translation>повреждён: %1 не удаётся распаковать</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB, the limit for a document (a zip bomb?)</source>
        <translation>распаковывается в более чем %1 МБ, больше допустимого для документа (zip-бомба?)</translation>
    </message>
    <message>
        <source>is an Office 97-2003 document, which Parallax does not read: save it as DOCX, ODT or PDF</source>
        <translation>— документ Office 97–2003, который Parallax не читает: сохраните его как DOCX, ODT или PDF</translation>
    </message>
    <message>
        <source>is damaged: not a readable zip container (%1)</source>
        <translation>повреждён: нечитаемый ZIP-контейнер (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleView</name>
    <message>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>meta</source>
        <translation>метаданные</translation>
    </message>
    <message>
        <source>page furniture</source>
        <translation>служебные элементы страницы</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>subheading</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <source>body</source>
        <translation>основной текст</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>Parallax::CommandLine</name>
    <message>
        <source>Write the analysis as JSON to &lt;file&gt; (&apos;-&apos; for standard output) and exit without opening a window.</source>
        <translation>Записать анализ в формате JSON в &lt;файл&gt; («-» — стандартный вывод) и завершить работу, не открывая окно.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the comparison report as PDF to &lt;file&gt; and exit without opening a window.</source>
        <translation>Записать отчёт о сравнении в формате PDF в &lt;файл&gt; и завершить работу, не открывая окно.</translation>
    </message>
    <message>
        <source>Paper size of the PDF report: A4, Letter, ... (default: from the locale).</source>
        <translation>Размер бумаги для отчёта PDF: A4, Letter, ... (по умолчанию — по региональным настройкам).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>Compare against &lt;file&gt;, one of the articles given (default: the earliest dated).</source>
        <translation>Сравнивать со статьёй &lt;файл&gt;, одной из указанных (по умолчанию — с самой ранней по дате).</translation>
    </message>
    <message>
        <source>Parallax compares several versions of one news story: what is the same, what was reworded, and which source added which detail.</source>
        <translation>Parallax сравнивает несколько версий одного новостного сюжета: что совпадает, что перефразировано и какой источник добавил какую деталь.</translation>
    </message>
    <message>
        <source>Open the bundled sample story in the window.</source>
        <translation>Открыть в окне прилагаемый пример новости.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ФАЙЛ...]</translation>
    </message>
    <message>
        <source>WordNet synonyms: on (%1)</source>
        <translation>Синонимы WordNet: включены (%1)</translation>
    </message>
    <message>
        <source>WordNet synonyms: off, %1 not found (install the wordnet-base package)</source>
        <translation>Синонимы WordNet: выключены, %1 не найден (установите пакет wordnet-base)</translation>
    </message>
    <message>
        <source>parallax: %1</source>
        <translation>parallax: %1</translation>
    </message>
    <message>
        <source>Try &apos;parallax --help&apos; for more information.</source>
        <translation>Подробнее см. «parallax --help».</translation>
    </message>
    <message>
        <source>parallax: no input files: give the articles to compare.</source>
        <translation>parallax: нет входных файлов: укажите статьи для сравнения.</translation>
    </message>
    <message>
        <source>parallax: %1: unknown page size (try A4 or Letter)</source>
        <translation>parallax: %1: неизвестный размер страницы (попробуйте A4 или Letter)</translation>
    </message>
    <message>
        <source>parallax: say where to write: --json FILE or --pdf FILE.</source>
        <translation>parallax: укажите, куда записать результат: --json ФАЙЛ или --pdf ФАЙЛ.</translation>
    </message>
    <message>
        <source>parallax: %1: refusing to overwrite an input article</source>
        <translation>parallax: %1: входная статья не будет перезаписана</translation>
    </message>
    <message>
        <source>parallax: the PDF report needs a file name, not standard output</source>
        <translation>parallax: для отчёта PDF нужно имя файла, а не стандартный вывод</translation>
    </message>
    <message>
        <source>parallax: %1: the base does not exist</source>
        <translation>parallax: %1: базовый источник не существует</translation>
    </message>
    <message>
        <source>parallax: %1: the base must be one of the articles given</source>
        <translation>parallax: %1: базовый источник должен быть одной из указанных статей</translation>
    </message>
    <message>
        <source>parallax: %1: %2</source>
        <translation>parallax: %1: %2</translation>
    </message>
    <message>
        <source>parallax: %1: the base could not be read; comparing against the earliest dated source</source>
        <translation>parallax: %1: не удалось прочитать базовый источник; сравнение идёт с самым ранним по дате источником</translation>
    </message>
    <message>
        <source>parallax: cannot write to standard output</source>
        <translation>parallax: не удаётся записать в стандартный вывод</translation>
    </message>
    <message>
        <source>parallax: %1: cannot write: %2</source>
        <translation>parallax: %1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>parallax: %1: no article could be read, no report written</source>
        <translation>parallax: %1: не удалось прочитать ни одной статьи, отчёт не записан</translation>
    </message>
    <message>
        <source>Language of the user interface: en, de or ru (default: the system&apos;s).</source>
        <translation>Язык интерфейса: en, de или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Dictionaries and thesauri: all found (%1, %2)</source>
        <translation>Словари и тезаурусы: все найдены (%1, %2)</translation>
    </message>
    <message>
        <source>Dictionaries and thesauri: missing %1 (install these packages for names and synonyms in those languages)</source>
        <translation>Словари и тезаурусы: отсутствуют %1 (установите эти пакеты для имён и синонимов на этих языках)</translation>
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
        <translation>Статьи для сравнения (.txt, .md, .html, .pdf, .docx, .odt).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>the PDF report</source>
        <translation>отчёта PDF</translation>
    </message>
    <message>
        <source>parallax: %1: --json and --pdf name the same file; give each its own</source>
        <translation>parallax: %1: --json и --pdf указывают один и тот же файл; задайте каждому свой</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonController</name>
    <message>
        <source>The pasted or dropped text holds no words.</source>
        <translation>Во вставленном или перетащенном тексте нет слов.</translation>
    </message>
    <message numerus="yes">
        <source>Reading articles: %n...</source>
        <translation>
            <numerusform>Чтение статей: %n...</numerusform>
            <numerusform>Чтение статей: %n...</numerusform>
            <numerusform>Чтение статей: %n...</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles could be read.</source>
        <translation>Не удалось прочитать ни одной статьи.</translation>
    </message>
    <message>
        <source>All sources are hidden.</source>
        <translation>Все источники скрыты.</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n source(s)...</source>
        <translation>
            <numerusform>Сопоставление %n источника...</numerusform>
            <numerusform>Сопоставление %n источников...</numerusform>
            <numerusform>Сопоставление %n источников...</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment cancelled.</source>
        <translation>Сопоставление отменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared.</source>
        <translation>
            <numerusform>Сравнён %n источник.</numerusform>
            <numerusform>Сравнено %n источника.</numerusform>
            <numerusform>Сравнено %n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared. Looking for conflicts, quotations and details only some sources carry...</source>
        <translation>
            <numerusform>Сравнён %n источник. Поиск противоречий, цитат и деталей, которые есть лишь в части источников...</numerusform>
            <numerusform>Сравнено %n источника. Поиск противоречий, цитат и деталей, которые есть лишь в части источников...</numerusform>
            <numerusform>Сравнено %n источников. Поиск противоречий, цитат и деталей, которые есть лишь в части источников...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonPage</name>
    <message>
        <source>S&amp;ynopsis</source>
        <translation>Си&amp;нопсис</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>П&amp;ара</translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation>&amp;Текст источника</translation>
    </message>
    <message>
        <source>nothing the others lack</source>
        <translation>ничего, чего нет у других</translation>
    </message>
    <message>
        <source>1 new detail</source>
        <translation>1 новая деталь</translation>
    </message>
    <message>
        <source>%1 new details</source>
        <translation>новых деталей: %1</translation>
    </message>
    <message>
        <source>1 source added: %1</source>
        <translation>Добавлен 1 источник: %1</translation>
    </message>
    <message>
        <source>%1 sources added: %2</source>
        <translation>Добавлено источников: %1; %2</translation>
    </message>
    <message>
        <source>Co&amp;nsensus</source>
        <translation>&amp;Консенсус</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Связи</translation>
    </message>
</context>
<context>
    <name>Parallax::ConflictsPanel</name>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>день недели</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>a rank</source>
        <translation>порядковый номер</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>длительность</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>мера</translation>
    </message>
    <message>
        <source>Conflicts between sources</source>
        <translation>Противоречия между источниками</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): sources that state different values of one fact.</source>
        <translation>
            <numerusform>%n противоречие: источники называют разные значения одного факта.</numerusform>
            <numerusform>%n противоречия: источники называют разные значения одного факта.</numerusform>
            <numerusform>%n противоречий: источники называют разные значения одного факта.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Строка %1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>a negation</source>
        <translation>отрицание</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>время суток</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>No source contradicts another on a number, an amount, a measure, a date, a weekday, a time of day, a name, a person&apos;s title or a negation.</source>
        <translation>Ни один источник не противоречит другому в числе, сумме, мере, дате, дне недели, времени суток, имени, звании человека или отрицании.</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>кто это сказал</translation>
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
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>1 wording</source>
        <translation>1 формулировка</translation>
    </message>
    <message numerus="yes">
        <source>%n wordings</source>
        <translation>
            <numerusform>%n формулировка</numerusform>
            <numerusform>%n формулировки</numerusform>
            <numerusform>%n формулировок</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Противоречие: %1</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Нет в источниках</translation>
    </message>
    <message>
        <source>Most common wording</source>
        <translation>Самая частая формулировка</translation>
    </message>
    <message>
        <source>Most Common Wording</source>
        <translation>Самая частая формулировка</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Conflicts and Additions</source>
        <translation>Противоречия и добавления</translation>
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
        <translation>Показывать только блоки, которые есть хотя бы в стольких источниках</translation>
    </message>
    <message>
        <source>Minimum &amp;support:</source>
        <translation>Минимальная &amp;поддержка:</translation>
    </message>
    <message>
        <source>Only with a&amp;dditions</source>
        <translation>Только с &amp;добавлениями</translation>
    </message>
    <message>
        <source>Show only units where a source adds something</source>
        <translation>Показывать только блоки, в которых источник что-то добавляет</translation>
    </message>
    <message>
        <source>Only with con&amp;flicts</source>
        <translation>Только с п&amp;ротиворечиями</translation>
    </message>
    <message>
        <source>Show only units where sources state different values</source>
        <translation>Показывать только блоки, в которых источники называют разные значения</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <source>%1 of 1 unit shown</source>
        <translation>Показано %1 из 1 блока</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n units shown</source>
        <translation>
            <numerusform>Показано %1 из %n блока</numerusform>
            <numerusform>Показано %1 из %n блоков</numerusform>
            <numerusform>Показано %1 из %n блоков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Parallax::DetailsPanel</name>
    <message>
        <source>Who added what, relative to:</source>
        <translation>Кто что добавил, точка отсчёта:</translation>
    </message>
    <message>
        <source>All other sources</source>
        <translation>Все остальные источники</translation>
    </message>
    <message>
        <source>The base source</source>
        <translation>Базовый источник</translation>
    </message>
    <message>
        <source>Additions relative to</source>
        <translation>Точка отсчёта для добавлений</translation>
    </message>
    <message>
        <source>Who added what</source>
        <translation>Кто что добавил</translation>
    </message>
    <message>
        <source>Select a row to see which sources carry it.</source>
        <translation>Выберите строку, чтобы увидеть, в каких источниках она есть.</translation>
    </message>
    <message>
        <source>Sources carrying the selected row</source>
        <translation>Источники, содержащие выбранную строку</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>%1: the base source</source>
        <translation>%1: базовый источник</translation>
    </message>
    <message>
        <source>Sentence: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation>Добавляет: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) only it carries</source>
        <translation>
            <numerusform>%n предложение, которого нет у других</numerusform>
            <numerusform>%n предложения, которых нет у других</numerusform>
            <numerusform>%n предложений, которых нет у других</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added phrase(s)</source>
        <translation>
            <numerusform>%n добавленная фраза</numerusform>
            <numerusform>%n добавленные фразы</numerusform>
            <numerusform>%n добавленных фраз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 is carried by %n source(s).</source>
        <translation>
            <numerusform>Строка %1 есть в %n источнике.</numerusform>
            <numerusform>Строка %1 есть в %n источниках.</numerusform>
            <numerusform>Строка %1 есть в %n источниках.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Status of the selected row</source>
        <translation>Статус выбранной строки</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Без заметки</translation>
    </message>
    <message>
        <source>Note on the selected row</source>
        <translation>Заметка к выбранной строке</translation>
    </message>
    <message>
        <source>A short note (Enter keeps it)</source>
        <translation>Короткая заметка (Enter сохраняет её)</translation>
    </message>
    <message>
        <source>In time order:</source>
        <translation>По времени:</translation>
    </message>
    <message>
        <source>First: %1, %2</source>
        <translation>Первым: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sources undated</source>
        <translation>
            <numerusform>%n из %1 источников без даты</numerusform>
            <numerusform>%n из %1 источников без даты</numerusform>
            <numerusform>%n из %1 источников без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) the base lacks</source>
        <translation>
            <numerusform>%n предложение, которого нет в базовом</numerusform>
            <numerusform>%n предложения, которых нет в базовом</numerusform>
            <numerusform>%n предложений, которых нет в базовом</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>Find in all sources</source>
        <translation>Поиск во всех источниках</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s). %1</source>
        <translation>
            <numerusform>%n совпадение. %1</numerusform>
            <numerusform>%n совпадения. %1</numerusform>
            <numerusform>%n совпадений. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>&amp;Hits</source>
        <translation>&amp;Совпадения</translation>
    </message>
    <message>
        <source>List of hits by source</source>
        <translation>Список совпадений по источникам</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>%1 more (F3)</source>
        <translation>ещё %1 (F3)</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsDocks</name>
    <message>
        <source>Conflicts</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsListPanel</name>
    <message>
        <source>No comparison yet.</source>
        <translation>Сравнения пока нет.</translation>
    </message>
    <message>
        <source>Looking for conflicts, quotations and details only some sources carry...</source>
        <translation>Поиск противоречий, цитат и деталей, которые есть лишь в части источников...</translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsPanel</name>
    <message>
        <source>Findings of the comparison</source>
        <translation>Выводы сравнения</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every source says the same: no source copies another, none contradicts another, and every name, number and quotation is in every source.</source>
        <translation>Все источники говорят одно и то же: ни один не копирует другой, ни один не противоречит другому, и каждое имя, число и цитата есть в каждом источнике.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Найдено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) derived from another</source>
        <translation>
            <numerusform>%n источник производен от другого</numerusform>
            <numerusform>%n источника производны от других</numerusform>
            <numerusform>%n источников производны от других</numerusform>
        </translation>
    </message>
    <message>
        <source>How the sources relate</source>
        <translation>Как связаны источники</translation>
    </message>
    <message>
        <source>No source shares most of its units with another.</source>
        <translation>Ни один источник не разделяет большую часть своих блоков с другим.</translation>
    </message>
    <message>
        <source>%1 is a copy of %2: %3 of its units, %4 word for word</source>
        <translation>%1 — копия %2: %3 его блоков, %4 дословно</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2: %3 of its units, %4 in the same order</source>
        <translation>%1 — пересказ %2: %3 его блоков, %4 в том же порядке</translation>
    </message>
    <message>
        <source>%1 shares most with %2: %3 of its units</source>
        <translation>%1 больше всего разделяет с %2: %3 его блоков</translation>
    </message>
    <message>
        <source>Click to compare the two side by side.</source>
        <translation>Щёлкните, чтобы сравнить их рядом.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n противоречие</numerusform>
            <numerusform>%n противоречия</numerusform>
            <numerusform>%n противоречий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Противоречия: %n</numerusform>
            <numerusform>Противоречия: %n</numerusform>
            <numerusform>Противоречия: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Строка %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) worded differently</source>
        <translation>
            <numerusform>%n цитата сформулирована иначе</numerusform>
            <numerusform>%n цитаты сформулированы иначе</numerusform>
            <numerusform>%n цитат сформулированы иначе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations worded differently: %n</source>
        <translation>
            <numerusform>Цитаты в разной формулировке: %n</numerusform>
            <numerusform>Цитаты в разной формулировке: %n</numerusform>
            <numerusform>Цитаты в разной формулировке: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>quoted in part</source>
        <translation>процитирована частично</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1 · %2: %3</source>
        <translation>Строка %1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Заметки: %n</numerusform>
            <numerusform>Заметки: %n</numerusform>
            <numerusform>Заметки: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached · %1 · %2</source>
        <translation>Отсоединена · %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) only some sources carry</source>
        <translation>
            <numerusform>%n деталь есть лишь в части источников</numerusform>
            <numerusform>%n детали есть лишь в части источников</numerusform>
            <numerusform>%n деталей есть лишь в части источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details only some sources carry: %n</source>
        <translation>
            <numerusform>Детали лишь части источников: %n</numerusform>
            <numerusform>Детали лишь части источников: %n</numerusform>
            <numerusform>Детали лишь части источников: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in %1: %n</source>
        <translation>
            <numerusform>Только в %1: %n</numerusform>
            <numerusform>Только в %1: %n</numerusform>
            <numerusform>Только в %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>In time order:</source>
        <translation>По времени:</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>· first %1, %2</source>
        <translation>· первым %1, %2</translation>
    </message>
    <message>
        <source>%1 · row %2 in %3</source>
        <translation>%1 · строка %2 в %3</translation>
    </message>
    <message>
        <source>%1 and %2 are copies of each other: %3 of %1&apos;s units, %4 word for word; no date tells which came first</source>
        <translation>%1 и %2 — копии друг друга: %3 блоков %1, %4 дословно; ни одна дата не говорит, что появилось раньше</translation>
    </message>
    <message>
        <source>%1 and %2 are rewordings of each other: %3 of %1&apos;s units, %4 in the same order; no date tells which came first</source>
        <translation>%1 и %2 — пересказы друг друга: %3 блоков %1, %4 в том же порядке; ни одна дата не говорит, что появилось раньше</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 carries it; %2</source>
        <translation>Есть в %1; %2</translation>
    </message>
    <message>
        <source>Expand it for the sources that carry it in time order.</source>
        <translation>Раскройте, чтобы увидеть источники, где это есть, в порядке времени.</translation>
    </message>
</context>
<context>
    <name>Parallax::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Открыть...</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние сравнения</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Открыть п&amp;ример новости</translation>
    </message>
    <message>
        <source>&amp;Paste as New Source</source>
        <translation>&amp;Вставить как новый источник</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n...</source>
        <translation>Открыть &amp;сеанс...</translation>
    </message>
    <message>
        <source>&amp;Export PDF Report...</source>
        <translation>&amp;Экспорт отчёта в PDF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Пе&amp;чать...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Предварительный прос&amp;мотр...</translation>
    </message>
    <message>
        <source>Report Paper Si&amp;ze</source>
        <translation>Размер &amp;бумаги для отчёта</translation>
    </message>
    <message>
        <source>From the Locale</source>
        <translation>По региональным настройкам</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Найти...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Highlight &amp;Added Information</source>
        <translation>Выделять &amp;добавленные сведения</translation>
    </message>
    <message>
        <source>Highlight All &amp;Wording Changes</source>
        <translation>Выделять &amp;все изменения формулировок</translation>
    </message>
    <message>
        <source>Additions Relative to the &amp;Base Source</source>
        <translation>Добавления относительно &amp;базового источника</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>Показывать служебные &amp;элементы страницы</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Не учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Не учитывать &amp;пунктуацию</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Не учитывать вид &amp;кавычек</translation>
    </message>
    <message>
        <source>Ignore &amp;Spelling Variants</source>
        <translation>Не учитывать варианты &amp;написания</translation>
    </message>
    <message>
        <source>Similarity &amp;Threshold...</source>
        <translation>Порог &amp;сходства...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Следующее различие</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Предыдущее различие</translation>
    </message>
    <message>
        <source>Next &amp;Added Detail</source>
        <translation>Следующее &amp;добавление</translation>
    </message>
    <message>
        <source>Previous A&amp;dded Detail</source>
        <translation>Предыдущее доба&amp;вление</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>Use as &amp;Base</source>
        <translation>Сделать &amp;базовым</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Hide or Show</source>
        <translation>&amp;Скрыть или показать</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;О программе Parallax</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used when Parallax is started again.</source>
        <translation>Новый язык будет применён при следующем запуске Parallax.</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>О программе Parallax</translation>
    </message>
    <message>
        <source>Compares several versions of one news story.</source>
        <translation>Сравнивает несколько версий одного новостного сюжета.</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>Следующее &amp;противоречие</translation>
    </message>
    <message>
        <source>Previous C&amp;onflict</source>
        <translation>Предыдущее п&amp;ротиворечие</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Consensus of All Sources</source>
        <translation>&amp;Консенсус всех источников</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Mark as &amp;Verified</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <source>Mark as &amp;Disputed</source>
        <translation>Отметить как &amp;спорное</translation>
    </message>
    <message>
        <source>Mark as &amp;To Check</source>
        <translation>Отметить как &amp;требующее проверки</translation>
    </message>
    <message>
        <source>&amp;Edit Note...</source>
        <translation>&amp;Изменить заметку...</translation>
    </message>
    <message>
        <source>&amp;Clear Note</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
    <message>
        <source>Sa&amp;ve Session</source>
        <translation>Со&amp;хранить сеанс</translation>
    </message>
    <message>
        <source>Save Session &amp;As...</source>
        <translation>Сохранить сеанс &amp;как...</translation>
    </message>
    <message>
        <source>Co&amp;mpact Columns</source>
        <translation>Ко&amp;мпактные столбцы</translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Who Added What</source>
        <translation>Кто что добавил</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some articles could not be read</source>
        <translation>Не удалось прочитать некоторые статьи</translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read: %n. The others are loaded.</source>
        <translation>
            <numerusform>Не удалось прочитать %n файл. Остальные загружены.</numerusform>
            <numerusform>Не удалось прочитать %n файла. Остальные загружены.</numerusform>
            <numerusform>Не удалось прочитать %n файлов. Остальные загружены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation>Добавить статьи</translation>
    </message>
    <message>
        <source>Similarity Threshold</source>
        <translation>Порог сходства</translation>
    </message>
    <message>
        <source>Align two sentences when their similarity is at least (0.1 to 0.9; lower finds looser paraphrases):</source>
        <translation>Сопоставлять два предложения, если их сходство не ниже (от 0,1 до 0,9; чем ниже порог, тем более вольные перефразирования находятся):</translation>
    </message>
    <message>
        <source>No more differences below.</source>
        <translation>Ниже различий больше нет.</translation>
    </message>
    <message>
        <source>No more differences above.</source>
        <translation>Выше различий больше нет.</translation>
    </message>
    <message>
        <source>No more added details.</source>
        <translation>Других добавлений нет.</translation>
    </message>
    <message>
        <source>Where is %1? (it was at %2)</source>
        <translation>Где файл %1? (раньше был здесь: %2)</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статьи (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No more conflicts.</source>
        <translation>Больше противоречий нет.</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Противоречий не найдено.</translation>
    </message>
</context>
<context>
    <name>Parallax::NoteBook</name>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Спорно</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Проверить</translation>
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
            <numerusform>%n заметка не показана: её предложений нет ни в одной строке этого сравнения.</numerusform>
            <numerusform>%n заметки не показаны: их предложений нет ни в одной строке этого сравнения.</numerusform>
            <numerusform>%n заметок не показано: их предложений нет ни в одной строке этого сравнения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note on row %1 (%2):</source>
        <translation>Заметка к строке %1 (%2):</translation>
    </message>
</context>
<context>
    <name>Parallax::OutputFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>it is a socket, which cannot be opened for writing</source>
        <translation>это сокет, его нельзя открыть для записи</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>вывод не был открыт</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>диск заполнен (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was written</source>
        <translation>диск заполнен (%1); ничего не записано</translation>
    </message>
    <message>
        <source>the data could not all be written</source>
        <translation>не удалось записать все данные</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; ничего не записано</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 — не папка</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only file system</source>
        <translation>папка %1 находится на файловой системе только для чтения</translation>
    </message>
    <message>
        <source>no permission to write in the folder %1</source>
        <translation>нет прав на запись в папку %1</translation>
    </message>
    <message>
        <source>no permission to write to the file</source>
        <translation>нет прав на запись в файл</translation>
    </message>
</context>
<context>
    <name>Parallax::OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Rows by sources; click to go to a row</source>
        <translation>Строки по источникам; щёлкните, чтобы перейти к строке</translation>
    </message>
</context>
<context>
    <name>Parallax::PairView</name>
    <message>
        <source>Connections between aligned sentences</source>
        <translation>Связи между сопоставленными предложениями</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>С&amp;лева:</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Левый источник</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>Сп&amp;рава:</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Правый источник</translation>
    </message>
    <message>
        <source>Left source text</source>
        <translation>Текст левого источника</translation>
    </message>
    <message>
        <source>Right source text</source>
        <translation>Текст правого источника</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>What the highlights show</source>
        <translation>Что показывают выделения</translation>
    </message>
    <message>
        <source>How the two sources compare</source>
        <translation>Как соотносятся два источника</translation>
    </message>
    <message>
        <source>copies of each other; the dates do not tell which came first</source>
        <translation>копии друг друга; по датам не понять, какая была первой</translation>
    </message>
    <message>
        <source>rewordings of each other; the dates do not tell which came first</source>
        <translation>пересказы друг друга; по датам не понять, какой был первым</translation>
    </message>
    <message>
        <source>%1 is a copy of %2</source>
        <translation>%1 — копия %2</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2</source>
        <translation>%1 — пересказ %2</translation>
    </message>
    <message>
        <source>left: %1 of %2 sentences matched on the right</source>
        <translation>слева: %1 из %2 предложений найдены справа</translation>
    </message>
    <message>
        <source>right: %1 of %2 matched on the left</source>
        <translation>справа: %1 из %2 найдены слева</translation>
    </message>
    <message>
        <source>The same source on both sides: choose another on the left or right.</source>
        <translation>С обеих сторон один и тот же источник: выберите другой слева или справа.</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>Words that differ between the two sources</source>
        <translation>Слова, которыми различаются два источника</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>Добавления</translation>
    </message>
    <message>
        <source>What each source adds relative to the base or all others, as in the synopsis</source>
        <translation>Что добавляет каждый источник относительно базового или всех остальных, как в синопсисе</translation>
    </message>
    <message>
        <source>highlighted: what each adds relative to the base</source>
        <translation>выделено: что каждый добавляет относительно базового</translation>
    </message>
    <message>
        <source>highlighted: what each adds relative to all other sources</source>
        <translation>выделено: что каждый добавляет относительно всех остальных источников</translation>
    </message>
</context>
<context>
    <name>Parallax::ProgressMeter</name>
    <message numerus="yes">
        <source>parallax: reading %n file(s), %1 %</source>
        <translation>
            <numerusform>parallax: чтение %n файла, %1 %</numerusform>
            <numerusform>parallax: чтение %n файлов, %1 %</numerusform>
            <numerusform>parallax: чтение %n файлов, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>parallax: aligning %1 of %2 sources</source>
        <translation>parallax: выравнивание %1 из %2 источников</translation>
    </message>
    <message numerus="yes">
        <source>parallax: comparing %n source(s)</source>
        <translation>
            <numerusform>parallax: сравнение %n источника</numerusform>
            <numerusform>parallax: сравнение %n источников</numerusform>
            <numerusform>parallax: сравнение %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>parallax: writing %1 to %2</source>
        <translation>parallax: запись %1 в %2</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 с)</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotationsPanel</name>
    <message>
        <source>Quotations compared across sources</source>
        <translation>Цитаты в сравнении источников</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>No quotation is worded differently between sources.</source>
        <translation>Ни одна цитата не передана в источниках по-разному.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotations are worded differently between sources, or printed in part.</source>
        <translation>
            <numerusform>%n цитата передана в источниках по-разному или частично.</numerusform>
            <numerusform>%n цитаты переданы в источниках по-разному или частично.</numerusform>
            <numerusform>%n цитат переданы в источниках по-разному или частично.</numerusform>
        </translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>говорящий не назван</translation>
    </message>
    <message>
        <source>Row %1 · altered quotation · %2</source>
        <translation>Строка %1 · изменённая цитата · %2</translation>
    </message>
    <message>
        <source>Row %1 · quoted in part · %2</source>
        <translation>Строка %1 · процитировано частично · %2</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Строка %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed by one source only: %n</source>
        <translation>
            <numerusform>Только в одном источнике: %n</numerusform>
            <numerusform>Только в одном источнике: %n</numerusform>
            <numerusform>Только в одном источнике: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed alike by several sources: %n</source>
        <translation>
            <numerusform>Одинаково в нескольких источниках: %n</numerusform>
            <numerusform>Одинаково в нескольких источниках: %n</numerusform>
            <numerusform>Одинаково в нескольких источниках: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Recovery</name>
    <message>
        <source>Autosave failed: %1 cannot be created.</source>
        <translation>Автосохранение не удалось: невозможно создать %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1: %2</source>
        <translation>Автосохранение не удалось: %1: %2</translation>
    </message>
    <message>
        <source>An autosave could not be read and was set aside as %1 (%2).</source>
        <translation>Не удалось прочитать автосохранение; оно отложено под именем %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close properly last time. It autosaved the comparison at %1: %n source(s).</source>
        <translation>
            <numerusform>В прошлый раз Parallax завершился некорректно. Сравнение было автоматически сохранено %1: %n источник.</numerusform>
            <numerusform>В прошлый раз Parallax завершился некорректно. Сравнение было автоматически сохранено %1: %n источника.</numerusform>
            <numerusform>В прошлый раз Parallax завершился некорректно. Сравнение было автоматически сохранено %1: %n источников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Unsaved Comparison</source>
        <translation>Восстановить несохранённое сравнение</translation>
    </message>
    <message>
        <source>Restore opens it again. Discard deletes it for good.</source>
        <translation>«Восстановить» откроет его снова. «Отбросить» удалит его навсегда.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
</context>
<context>
    <name>Parallax::ReportExporter</name>
    <message>
        <source>Writing the report...</source>
        <translation>Запись отчёта...</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Отчёт не был сохранён.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open some articles first.</source>
        <translation>Сначала откройте статьи.</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Parallax::ReportRenderer</name>
    <message>
        <source>Parallax report: %1</source>
        <translation>Отчёт Parallax: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>A comparison of %n version(s) of one story, made by Parallax on %1.</source>
        <translation>
            <numerusform>Сравнение %n версии одного сюжета, выполненное в Parallax %1.</numerusform>
            <numerusform>Сравнение %n версий одного сюжета, выполненное в Parallax %1.</numerusform>
            <numerusform>Сравнение %n версий одного сюжета, выполненное в Parallax %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слов</translation>
    </message>
    <message>
        <source>Support (units others carry)</source>
        <translation>Совпадение (блоки, которые есть и у других)</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (базовый)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Как читать этот отчёт</translation>
    </message>
    <message>
        <source>Parallax aligned the sentences of every source into units: sentences, from one or more sources, that say the same thing, even reworded, reordered, split or merged. Each unit is a row of the comparison; each source a column.</source>
        <translation>Parallax сопоставил предложения всех источников и объединил их в блоки: предложения из одного или нескольких источников, которые говорят одно и то же, даже если они перефразированы, переставлены, разделены или объединены. Каждый блок — строка сравнения, каждый источник — столбец.</translation>
    </message>
    <message>
        <source>Highlighted and underlined, in the source&apos;s colour: wording that differs from the base source.</source>
        <translation>Выделено и подчёркнуто цветом источника: формулировки, которые отличаются от базового источника.</translation>
    </message>
    <message>
        <source>Highlighted and underlined, in the source&apos;s colour: information the source adds (names, numbers, quotations, content words no other source has).</source>
        <translation>Выделено и подчёркнуто цветом источника: сведения, которые добавляет источник (имена, числа, цитаты, значимые слова, которых нет ни в одном другом источнике).</translation>
    </message>
    <message>
        <source>Hatched cell: the source does not carry this unit.</source>
        <translation>Заштрихованная ячейка: в источнике нет этого блока.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>&quot;moved&quot;: the source tells this where the base source does not (a moved paragraph).</source>
        <translation>«перемещено»: источник сообщает это в другом месте, чем базовый источник (перемещённый абзац).</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Ничего.</translation>
    </message>
    <message>
        <source>Only here: </source>
        <translation>Только здесь: </translation>
    </message>
    <message>
        <source>Who added what</source>
        <translation>Кто что добавил</translation>
    </message>
    <message>
        <source>Relative to all other sources:</source>
        <translation>Относительно всех остальных источников:</translation>
    </message>
    <message>
        <source>Relative to the base source (%1):</source>
        <translation>Относительно базового источника (%1):</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Units (rows, in reading order) by sources (columns). The shade is how closely the best counterpart matches; full colour marks content only that source carries; blank means absent.</source>
        <translation>Блоки (строки, в порядке чтения) по источникам (столбцы). Насыщенность цвета показывает, насколько близко совпадает лучшее соответствие; полный цвет отмечает содержание, которое есть только в этом источнике; пустая ячейка — блок отсутствует.</translation>
    </message>
    <message>
        <source>The comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>The comparison, part %1 of %2: %3</source>
        <translation>Сравнение, часть %1 из %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) beside the base</source>
        <translation>
            <numerusform>%n источник помимо базового</numerusform>
            <numerusform>%n источника помимо базового</numerusform>
            <numerusform>%n источников помимо базового</numerusform>
        </translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(перемещено)</translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 · carried by %2 of %n source(s)</source>
        <translation>
            <numerusform>Блок %1 · есть в %2 из %n источника</numerusform>
            <numerusform>Блок %1 · есть в %2 из %n источников</numerusform>
            <numerusform>Блок %1 · есть в %2 из %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Parallax user</source>
        <translation>Пользователь Parallax</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the report could not be laid out</source>
        <translation>не удалось сверстать отчёт</translation>
    </message>
    <message>
        <source>%1 shares most with %2: %3 of its units.</source>
        <translation>У %1 больше всего общего с %2: %3 его блоков.</translation>
    </message>
    <message>
        <source>How the sources relate</source>
        <translation>Как связаны источники</translation>
    </message>
    <message>
        <source>No source shares most of its units with another.</source>
        <translation>Ни один источник не разделяет большую часть своих блоков с другим.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Altered quotation</source>
        <translation>Изменённая цитата</translation>
    </message>
    <message>
        <source>Partial quotation</source>
        <translation>Неполная цитата</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No quotation is worded differently by two sources.</source>
        <translation>Ни одну цитату два источника не приводят по-разному.</translation>
    </message>
    <message>
        <source>Quotations printed word for word by two or more sources: %1. Quotations only one source prints: %2.</source>
        <translation>Цитаты, которые два источника или больше приводят дословно: %1. Цитаты, которые приводит только один источник: %2.</translation>
    </message>
    <message>
        <source>Not in the base: </source>
        <translation>Нет в базовом источнике: </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>unit %1, page %2</source>
        <translation>блок %1, стр. %2</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>блок %1</translation>
    </message>
    <message>
        <source>%1 is a copy of %2 (%3 of its units, %4 in the same order, %5 word for word).</source>
        <translation>%1 — копия %2 (%3 его блоков, %4 в том же порядке, %5 дословно).</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2 (%3 of its units, %4 in the same order, %5 word for word).</source>
        <translation>%1 — пересказ %2 (%3 его блоков, %4 в том же порядке, %5 дословно).</translation>
    </message>
    <message numerus="yes">
        <source>%n more in &quot;Conflicts&quot;.</source>
        <translation>
            <numerusform>Ещё %n в разделе «Противоречия».</numerusform>
            <numerusform>Ещё %n в разделе «Противоречия».</numerusform>
            <numerusform>Ещё %n в разделе «Противоречия».</numerusform>
        </translation>
    </message>
    <message>
        <source>Altered quotations</source>
        <translation>Изменённые цитаты</translation>
    </message>
    <message numerus="yes">
        <source>%n more in &quot;Quotations&quot;.</source>
        <translation>
            <numerusform>Ещё %n в разделе «Цитаты».</numerusform>
            <numerusform>Ещё %n в разделе «Цитаты».</numerusform>
            <numerusform>Ещё %n в разделе «Цитаты».</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Details only some sources carry</source>
        <translation>Сведения, которые есть лишь в части источников</translation>
    </message>
    <message>
        <source>Every name, number and quotation is in every source.</source>
        <translation>Каждое имя, число и цитата есть во всех источниках.</translation>
    </message>
    <message>
        <source>Only in %1: </source>
        <translation>Только в %1: </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The page of each detail&apos;s row in brackets; %n more details in &quot;Who added what&quot;.</source>
        <translation>
            <numerusform>В скобках — страница строки каждого сведения; ещё %n сведение в разделе «Кто что добавил».</numerusform>
            <numerusform>В скобках — страница строки каждого сведения; ещё %n сведения в разделе «Кто что добавил».</numerusform>
            <numerusform>В скобках — страница строки каждого сведения; ещё %n сведений в разделе «Кто что добавил».</numerusform>
        </translation>
    </message>
    <message>
        <source>The page of each detail&apos;s row in brackets.</source>
        <translation>В скобках — страница строки каждого сведения.</translation>
    </message>
    <message>
        <source>the report&apos;s links and bookmarks could not be written (%1)</source>
        <translation>не удалось записать ссылки и закладки отчёта (%1)</translation>
    </message>
    <message>
        <source>No source contradicts another on a number, an amount, a measure, a date, a weekday, a time of day, a name, a person&apos;s title or a negation.</source>
        <translation>Ни один источник не противоречит другому в числе, сумме, мере, дате, дне недели, времени суток, имени, звании человека или отрицании.</translation>
    </message>
    <message>
        <source>%1 and %2 are copies of each other (%3 of %1&apos;s units, %4 in the same order, %5 word for word); no date tells which came first.</source>
        <translation>%1 и %2 — копии друг друга (%3 блоков %1, %4 в том же порядке, %5 дословно); ни одна дата не говорит, что появилось раньше.</translation>
    </message>
    <message>
        <source>%1 and %2 are rewordings of each other (%3 of %1&apos;s units, %4 in the same order, %5 word for word); no date tells which came first.</source>
        <translation>%1 и %2 — пересказы друг друга (%3 блоков %1, %4 в том же порядке, %5 дословно); ни одна дата не говорит, что появилось раньше.</translation>
    </message>
    <message>
        <source>Said by different people: “%1”: %2</source>
        <translation>Приписано разным людям: «%1»: %2</translation>
    </message>
    <message>
        <source>Adds %1 in: </source>
        <translation>Добавляет %1 в: </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Note: %1: %2</source>
        <translation>Заметка: %1: %2</translation>
    </message>
    <message>
        <source>Base source: %1. &quot;Added&quot; relative to the base means what a source carries and the base (%1) lacks.</source>
        <translation>Базовый источник: %1. «Добавлено» относительно базового — то, что есть в источнике и чего нет в базовом (%1).</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Только здесь</translation>
    </message>
</context>
<context>
    <name>Parallax::Session</name>
    <message>
        <source>not a Parallax session (%1)</source>
        <translation>не является сеансом Parallax (%1)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>неизвестный формат</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пуст</translation>
    </message>
</context>
<context>
    <name>Parallax::SessionController</name>
    <message>
        <source>Save Session</source>
        <translation>Сохранить сеанс</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Сеансы Parallax (*.parallax)</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Сеанс не сохранён</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Сеанс не открыт</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Открыть сеанс</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n файл</numerusform>
            <numerusform>%1 и ещё %n файла</numerusform>
            <numerusform>%1 и ещё %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (session)</source>
        <translation>%1 (сеанс)</translation>
    </message>
    <message>
        <source>No recent comparisons</source>
        <translation>Нет недавних сравнений</translation>
    </message>
</context>
<context>
    <name>Parallax::SessionDocument</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The comparison has changes that are not saved in a session.</source>
        <translation>В сравнении есть изменения, не сохранённые в сеансе.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>В %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them in a session before going on?</source>
        <translation>Сохранить их в сеансе, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>%1[*] - Parallax</source>
        <translation>%1[*] — Parallax</translation>
    </message>
    <message>
        <source>Untitled[*] - Parallax</source>
        <translation>Без имени[*] - Parallax</translation>
    </message>
</context>
<context>
    <name>Parallax::SourceListModel</name>
    <message>
        <source>Untitled source %1</source>
        <translation>Источник без названия %1</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (базовый)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слов</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>копия %1</translation>
    </message>
    <message>
        <source>rewording of %1</source>
        <translation>пересказ %1</translation>
    </message>
    <message>
        <source>shares most with %1</source>
        <translation>больше всего общего с %1</translation>
    </message>
    <message>
        <source>%1 of its units are in %2; %3 of those in the same order; %4 of the aligned sentences word for word. %5 of the units of %2 are in it.</source>
        <translation>%1 его блоков есть в %2; из них %3 в том же порядке; %4 сопоставленных предложений совпадают дословно. %5 блоков %2 есть в нём.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>%1: entered by you; the file states none.</source>
        <translation>%1: введено вами; в файле значения нет.</translation>
    </message>
    <message>
        <source>%1: entered by you; the file says %2.</source>
        <translation>%1: введено вами; в файле указано %2.</translation>
    </message>
    <message>
        <source>copy of %1, or the reverse</source>
        <translation>копия %1 или наоборот</translation>
    </message>
    <message>
        <source>rewording of %1, or the reverse</source>
        <translation>пересказ %1 или наоборот</translation>
    </message>
    <message>
        <source>Each carries most of the other, and no date tells which came first.</source>
        <translation>Каждый содержит бо́льшую часть другого, и ни одна дата не говорит, что появилось раньше.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>The file states no date: F2 enters one.</source>
        <translation>В файле нет даты: F2 — ввести её.</translation>
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
            <numerusform>%1 из %n блока %2 есть в %3.</numerusform>
            <numerusform>%1 из %n блоков %2 есть в %3.</numerusform>
            <numerusform>%1 из %n блоков %2 есть в %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a copy of %2.</source>
        <translation>%1 — копия %2.</translation>
    </message>
    <message>
        <source>%1 is a rewording of %2.</source>
        <translation>%1 — пересказ %2.</translation>
    </message>
</context>
<context>
    <name>Parallax::SourceMatrixView</name>
    <message>
        <source>Each row is a source; each cell, the share of its units that the column&apos;s source carries too. A copy or a rewording is in bold. Click a cell to compare the two sources side by side.</source>
        <translation>Каждая строка — источник; каждая ячейка — доля его блоков, которые есть и в источнике столбца. Копия или пересказ выделены жирным. Щелчок по ячейке сравнивает два источника рядом.</translation>
    </message>
    <message>
        <source>Shared units of every pair of sources</source>
        <translation>Общие блоки каждой пары источников</translation>
    </message>
</context>
<context>
    <name>Parallax::SynopsisModel</name>
    <message>
        <source>Not in %1</source>
        <translation>Отсутствует в источнике %1</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (базовый)</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %n source(s)</source>
        <translation>
            <numerusform>Есть в %n источнике</numerusform>
            <numerusform>Есть в %n источниках</numerusform>
            <numerusform>Есть в %n источниках</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Источники расходятся: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
</context>
<context>
    <name>Parallax::SynopsisView</name>
    <message>
        <source>Synopsis</source>
        <translation>Синопсис</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <source>contains NUL bytes: it is a binary file, not text</source>
        <translation>содержит нулевые байты (NUL): это двоичный файл, а не текст</translation>
    </message>
</context>
<context>
    <name>Parallax::TimelineView</name>
    <message>
        <source>Sources carrying the selected row, in time order</source>
        <translation>Источники выбранной строки по времени</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Без даты (%n)</numerusform>
            <numerusform>Без даты (%n)</numerusform>
            <numerusform>Без даты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Translations</name>
    <message>
        <source>parallax: no translation for &quot;%1&quot; (there are: %2); the interface stays in English.</source>
        <translation>parallax: нет перевода для «%1» (есть: %2); интерфейс остаётся на английском.</translation>
    </message>
</context>
<context>
    <name>Parallax::WelcomePage</name>
    <message>
        <source>Compare versions of a news story</source>
        <translation>Сравните версии новостного сюжета</translation>
    </message>
    <message>
        <source>Drop articles, a folder, or text from a browser here, or:</source>
        <translation>Перетащите сюда статьи, папку или текст из браузера или:</translation>
    </message>
    <message>
        <source>&amp;Open Articles...</source>
        <translation>&amp;Открыть статьи...</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Открыть п&amp;ример новости</translation>
    </message>
</context>
</TS>
