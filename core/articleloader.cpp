#include "articleloader.h"

#include "blockclassifier.h"
#include "datefinder.h"
#include "htmlextractor.h"
#include "languagedetector.h"
#include "lexicon.h"
#include "officereader.h"
#include "paragraphbuilder.h"
#include "parallel.h"
#include "pdfreader.h"
#include "quantity.h"
#include "sentencesplitter.h"
#include "similarity.h"
#include "textcleanup.h"
#include "textdecoder.h"
#include "tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace Parallax {

namespace {

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ArticleLoader)
};

bool hasBinaryControls(const QString &text)
{
    // Terminal colour codes in a saved terminal session are no sign of binary data.
    qsizetype controls = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const qsizetype escape = TextRules::terminalEscapeLength(text, i); escape > 1) {
            i += escape - 1;
            continue;
        }
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\f' && u != u'\v')
            ++controls;
    }
    return controls * 100 > text.size();
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url.trimmed(), QUrl::TolerantMode).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QStringList urlsIn(const QList<Paragraph> &paragraphs)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"'»”]+)"));
    QStringList urls;
    for (const Paragraph &p : paragraphs) {
        if (p.kind != BlockKind::Boilerplate && p.kind != BlockKind::Meta)
            continue;
        for (auto it = url.globalMatch(p.text); it.hasNext();)
            urls.append(it.next().captured());
    }
    return urls;
}

// "Headline | Site" and "Headline - Site": the part after the last separator names the site.
QString stripSiteSuffix(const QString &title, QString *site)
{
    static const QRegularExpression suffix(QStringLiteral(R"(\s+[|\-–—:]\s+([^|\-–—:]{2,40})$)"));
    const auto m = suffix.match(title);
    if (!m.hasMatch() || m.captured(1).split(u' ', Qt::SkipEmptyParts).size() > 4)
        return title;
    *site = m.captured(1).trimmed();
    return title.left(m.capturedStart()).trimmed();
}

constexpr int kDatelineParagraphs = 3;    // body paragraphs read for a dateline
constexpr qsizetype kDatelineLength = 80; // characters of a paragraph a dateline may take

// The date of a dateline at the start of a paragraph: an optional place in capitals or title
// case and a comma, the date, an optional agency in parentheses, then a dash ("KELMSBY, Aug.
// 20, 2025 (AP) —", "Berlin, 20. August 2025 –"). Invalid when the paragraph opens otherwise.
DateMatch datelineDate(const QString &text, const QString &language)
{
    const DateMatch date = findDate(text.left(kDatelineLength), language);
    if (!date.date.isValid())
        return {};
    static const QRegularExpression place(QStringLiteral(R"(^(\p{Lu}[^.!?,]{0,40},\s*)?$)"));
    static const QRegularExpression rest(
        QStringLiteral(R"(^\s*(\([^()]{1,30}\)\s*)?[\x{2014}\x{2013}-]\s)"));
    if (!place.match(text.left(date.begin)).hasMatch() ||
        !rest.match(text.mid(date.begin + date.length, 40)).hasMatch())
        return {};
    return date;
}

// The first date the text states, and the time stated right after it.
void readDateAndTime(const QString &text, DateOrigin origin, ArticleMetadata *meta)
{
    const DateMatch date = findDate(text, meta->language);
    meta->date = date.date;
    meta->dateOrigin = date.date.isValid() ? origin : DateOrigin::None;
    meta->time = date.date.isValid() ? timeAfterDate(text, date) : QTime();
}

void fillMetadata(Article &article, const HtmlDocument *html)
{
    ArticleMetadata &meta = article.metadata;
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (p.kind == BlockKind::Title && meta.title.isEmpty())
            meta.title = p.text;
        if (p.kind == BlockKind::Meta && !meta.date.isValid())
            readDateAndTime(p.text, DateOrigin::Byline, &meta);
    }
    // A dateline that opens one of the first paragraphs of the story ("KELMSBY, Aug. 20, 2025
    // (AP) — The bridge ..."), else a photo caption ("..., Aug. 20, 2025 (AP)"), dates the story
    // when no byline or date line does.
    int bodyParagraphs = 0;
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (meta.date.isValid() || bodyParagraphs >= kDatelineParagraphs)
            break;
        if (p.kind != BlockKind::Body)
            continue;
        ++bodyParagraphs;
        if (const DateMatch date = datelineDate(p.text, meta.language); date.date.isValid()) {
            meta.date = date.date;
            meta.dateOrigin = DateOrigin::Dateline;
            meta.time = timeAfterDate(p.text, date);
        }
    }
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (p.kind == BlockKind::Caption && !meta.date.isValid())
            readDateAndTime(p.text, DateOrigin::Caption, &meta);
    }
    QString siteFromTitle;
    if (html && !html->title.isEmpty()) {
        const QString pageTitle = stripSiteSuffix(html->title, &siteFromTitle);
        if (meta.title.isEmpty())
            meta.title = pageTitle;
    }
    if (html && !html->publishedTime.isEmpty()) {
        if (!meta.date.isValid()) {
            readDateAndTime(html->publishedTime, DateOrigin::PageMetadata, &meta);
        } else if (!meta.time.isValid()) {
            // A byline's "Aug. 20, 2025" and the page's time stamp of that day.
            ArticleMetadata stamp;
            readDateAndTime(html->publishedTime, DateOrigin::PageMetadata, &stamp);
            if (stamp.date == meta.date)
                meta.time = stamp.time;
        }
    }

    QStringList urls = urlsIn(article.paragraphs);
    if (html && !html->url.isEmpty())
        urls.prepend(html->url);
    for (const QString &url : std::as_const(urls)) {
        if (!meta.date.isValid()) {
            meta.date = dateFromUrlPath(url);
            meta.dateOrigin = meta.date.isValid() ? DateOrigin::WebAddress : DateOrigin::None;
        }
        if (meta.outlet.isEmpty())
            meta.outlet = hostOf(url);
    }
    if (html && meta.author.isEmpty())
        meta.author = html->author;
    if (html && !html->siteName.isEmpty())
        meta.outlet = html->siteName;
    else if (!siteFromTitle.isEmpty())
        meta.outlet = siteFromTitle;
}

void splitSentences(Article &article)
{
    const SentenceSplitter splitter(article.metadata.language);
    const Tokenizer tokenizer(article.metadata.language);
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const Paragraph &p = article.paragraphs.at(i);
        if (!isStoryText(p.kind)) {
            // Furniture stays whole: a caption or byline is one thing to a reader.
            article.sentences.append({i, 0, p.text.size(), p.text, p.kind});
            continue;
        }
        article.words += tokenizer.countWords(p.text);
        for (const SentenceSpan &span : splitter.split(p.text))
            article.sentences.append(
                {i, span.begin, span.length, p.text.mid(span.begin, span.length), p.kind});
    }
}

Article articleFromBlocks(const QList<RawBlock> &blocks, const HtmlDocument *html,
                          const QString &path, const QString &encoding)
{
    Article article;
    article.path = path;
    article.encoding = encoding;
    // One form of every character (NFC) and no invisible ones, so that a word matches and is
    // found however the file encoded its accents, soft hyphens or zero-width spaces.
    QList<RawBlock> normal = blocks;
    for (RawBlock &block : normal)
        block.text = TextRules::normalizedText(block.text);
    article.paragraphs = BlockClassifier::classify(normal);

    QString story;
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (isStoryText(p.kind))
            story += p.text + QLatin1Char('\n');
    }
    article.metadata.language = ArticleLoader::guessLanguage(story);
    fillMetadata(article, html);
    ArticleMetadata &meta = article.metadata;
    meta.title = TextRules::normalizedText(meta.title);
    meta.author = TextRules::normalizedText(meta.author);
    meta.outlet = TextRules::normalizedText(meta.outlet);
    splitSentences(article);
    return article;
}

// When a saved page says it was saved: the comment a saving tool puts at its top (SingleFile's
// "saved date: Wed Aug 20 2025 15:32:10 GMT+0300 (...)"), as written; empty when none does.
QString savedDateComment(const QString &html)
{
    const QString head = html.left(16384);
    const QString key = QStringLiteral("saved date:");
    const qsizetype at = head.indexOf(key, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    // Inside a comment: the last "<!--" before it is not closed before it.
    const qsizetype open = head.lastIndexOf(QStringLiteral("<!--"), at);
    if (open < 0 || head.lastIndexOf(QStringLiteral("-->"), at) > open)
        return {};
    qsizetype end = at + key.size();
    while (end < head.size() && head.at(end) != u'\n' && head.at(end) != u'\r' &&
           !QStringView(head).mid(end).startsWith(u"-->"))
        ++end;
    return head.mid(at + key.size(), end - at - key.size()).trimmed();
}

// An undated page whose byline says "15 hours ago" is dated by counting back from when it was
// saved, when the page says; never from the file's modification time, which may be anything.
void dateFromRelativeTime(Article &article, const QString &savedDate)
{
    ArticleMetadata &meta = article.metadata;
    if (meta.date.isValid() || savedDate.isEmpty())
        return;
    ArticleMetadata saved;
    readDateAndTime(savedDate, DateOrigin::RelativeTime, &saved);
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (p.kind == BlockKind::Meta && resolveRelativeTime(findRelativeTime(p.text), saved.date,
                                                             saved.time, &meta.date, &meta.time)) {
            meta.dateOrigin = DateOrigin::RelativeTime;
            return;
        }
    }
}

Article buildArticle(const QString &text, ArticleLoader::Format format, const QString &path,
                     const QString &encoding)
{
    if (format == ArticleLoader::Format::Html) {
        const HtmlDocument html = extractHtml(text);
        Article article = articleFromBlocks(ParagraphBuilder::repairSplitParagraphs(html.blocks),
                                            &html, path, encoding);
        dateFromRelativeTime(article, savedDateComment(text));
        return article;
    }
    return articleFromBlocks(
        ParagraphBuilder::build(text, format == ArticleLoader::Format::Markdown
                                          ? ParagraphBuilder::Syntax::Markdown
                                          : ParagraphBuilder::Syntax::PlainText),
        nullptr, path, encoding);
}

// PDF, DOCX and ODT: the reader gives the blocks, the document's properties fill what the text
// does not state.
bool buildDocument(const QByteArray &bytes, ArticleLoader::Format format, const QString &path,
                   Article *article, QString *error, const ArticleLoader::Progress &progress)
{
    DocumentText document;
    bool ok = false;
    QString encoding;
    switch (format) {
    case ArticleLoader::Format::Pdf: {
        PdfReader::Result pdf;
        PdfReader::Progress pages;
        if (progress)
            pages = [&progress](int done, int total) { return progress(double(done) / total); };
        ok = PdfReader::read(bytes, &pdf, error, pages);
        document.blocks = std::move(pdf.blocks);
        document.properties = pdf.properties;
        encoding = QStringLiteral("PDF");
        break;
    }
    case ArticleLoader::Format::Docx:
        ok = OfficeReader::readDocx(bytes, &document, error);
        encoding = QStringLiteral("DOCX");
        break;
    case ArticleLoader::Format::Odt:
        ok = OfficeReader::readOdt(bytes, &document, error);
        encoding = QStringLiteral("ODT");
        break;
    default:
        break;
    }
    if (!ok)
        return false;
    *article = articleFromBlocks(document.blocks, nullptr, path, encoding);
    ArticleMetadata &meta = article->metadata;
    const DocumentProperties &props = document.properties;
    if (meta.title.isEmpty())
        meta.title = props.title;
    if (meta.author.isEmpty())
        meta.author = props.author;
    if (!meta.date.isValid()) {
        meta.date = props.created.isValid() ? props.created : props.modified;
        meta.dateOrigin = meta.date.isValid() ? DateOrigin::DocumentProperties : DateOrigin::None;
        meta.time = props.created.isValid() ? props.createdTime : props.modifiedTime;
    }
    if (article->words == 0) {
        *error = format == ArticleLoader::Format::Pdf ? Tr::tr("has no text to compare (a scan?)")
                                                      : Tr::tr("contains no readable text");
        return false;
    }
    return true;
}

} // namespace

const QStringList &ArticleLoader::fileSuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("txt"),  QStringLiteral("md"),   QStringLiteral("markdown"),
        QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"),
        QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("odt")};
    return suffixes;
}

ArticleLoader::Format ArticleLoader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"docx")
        return Format::Docx;
    if (suffix == u"odt")
        return Format::Odt;
    return Format::PlainText;
}

QString ArticleLoader::guessLanguage(const QString &text)
{
    return LanguageDetector::detect(text);
}

Article ArticleLoader::fromText(const QString &text, Format format, const QString &name)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normal.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    Article article = buildArticle(normal, format, QString(), QStringLiteral("UTF-16"));
    if (article.metadata.title.isEmpty())
        article.metadata.title = name;
    article.givenText = text;
    article.givenFormat = format;
    return article;
}

bool ArticleLoader::load(const QString &path, Article *article, QString *error,
                         const Progress &progress)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = info.isSymLink() ? Tr::tr("is a broken link") : Tr::tr("does not exist");
        return false;
    }
    if (info.isDir()) {
        *error = Tr::tr("is a folder, not a file");
        return false;
    }
    if (!info.isFile()) {
        *error = Tr::tr("is not a regular file");
        return false;
    }
    if (info.size() > kMaxFileSize) {
        *error = Tr::tr("is %1 MB, larger than the %2 MB limit for an article")
                     .arg(info.size() / (1024 * 1024))
                     .arg(kMaxFileSize / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.error() == QFileDevice::PermissionsError
                     ? Tr::tr("cannot be read: permission denied")
                     : Tr::tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    file.close();
    if (bytes.size() > kMaxFileSize) {
        *error = Tr::tr("is larger than the %1 MB limit for an article")
                     .arg(kMaxFileSize / (1024 * 1024));
        return false;
    }
    if (bytes.isEmpty()) {
        *error = Tr::tr("is empty");
        return false;
    }

    Format format = formatForPath(path);
    // What the bytes are beats what the name says.
    if (bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        // An OLE compound file: Word encrypts a DOCX into one ("EncryptedPackage"); otherwise
        // it is a Word 97-2003 document.
        static const QByteArray encrypted = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0", 18);
        *error = bytes.contains(encrypted) || format == Format::Docx
                     ? Tr::tr("is password-protected")
                     : Tr::tr("is an Office 97-2003 document, which Parallax does not read: save "
                              "it as DOCX, ODT or PDF");
        return false;
    }
    if (bytes.startsWith("%PDF"))
        format = Format::Pdf;
    else if (bytes.startsWith("PK\x03\x04"))
        format = OfficeReader::isOdt(bytes) ? Format::Odt : Format::Docx;
    else if ((format == Format::Docx || format == Format::Odt) && !bytes.startsWith("PK")) {
        // No zip at all: text saved under the name is read as text; anything else is a damaged
        // document.
        const DecodedText decoded = decodeText(bytes, {});
        if (decoded.ok() && !hasBinaryControls(decoded.text))
            format = Format::PlainText;
    }
    if (format == Format::Pdf || format == Format::Docx || format == Format::Odt)
        return buildDocument(bytes, format, info.absoluteFilePath(), article, error, progress);

    const DecodedText decoded = decodeText(bytes, declaredHtmlCharset(bytes));
    if (!decoded.ok()) {
        *error = decoded.error;
        return false;
    }
    if (hasBinaryControls(decoded.text)) {
        *error = Tr::tr("holds control characters: it is a binary file, not text");
        return false;
    }
    if (decoded.text.trimmed().isEmpty()) {
        *error = Tr::tr("contains no text");
        return false;
    }
    if (format == Format::PlainText && looksLikeHtml(decoded.text))
        format = Format::Html;

    *article = buildArticle(decoded.text, format, info.absoluteFilePath(), decoded.encoding);
    if (article->paragraphs.isEmpty()) {
        *error = Tr::tr("contains no readable text");
        return false;
    }
    return true;
}

LoadResult ArticleLoader::loadAll(const QStringList &paths, const Progress &progress)
{
    // Files are read on up to one thread per core (the calling thread is one of them); what
    // comes out is put together in the order of `paths`, so it is the same for any number of
    // threads. Progress is only ever reported on the calling thread.
    struct Slot
    {
        Article article;
        QString error;
        bool done = false;   // read to the end, successfully or not
        bool loaded = false; // read successfully
        bool overLimit = false;
    };
    std::vector<Slot> slots(size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> finished{0};
    std::atomic<qsizetype> loadedCount{0};
    std::atomic<bool> stopped{false};
    std::mutex languagesMutex;
    QSet<QString> languages; // whose tables are built or being built

    // Takes files until none is left; `report` says how far the calling thread's own file is.
    auto work = [&](const std::function<bool(qsizetype, double)> &report) {
        for (;;) {
            if (stopped.load())
                return;
            const qsizetype i = next.fetch_add(1);
            if (i >= paths.size())
                return;
            Slot &slot = slots[size_t(i)];
            if (report && !report(i, 0.0)) {
                stopped.store(true); // this file and those after it are left out
                return;
            }
            if (loadedCount.load() >= kMaxSources) {
                slot.overLimit = true;
            } else {
                Progress within = [&](double done) {
                    if (!stopped.load() && report && !report(i, done))
                        stopped.store(true);
                    return !stopped.load();
                };
                slot.loaded = load(paths.at(i), &slot.article, &slot.error, within);
                if (stopped.load())
                    return; // this file and those after it are left out
                if (slot.loaded) {
                    ++loadedCount;
                    // The comparison will need the language's quantity tables (ICU locale
                    // data, tens of milliseconds to build): build them now, on this thread,
                    // while the other threads go on reading.
                    const QString &language = slot.article.metadata.language;
                    bool first = false;
                    {
                        const std::lock_guard lock(languagesMutex);
                        if (!languages.contains(language)) {
                            languages.insert(language);
                            first = true;
                        }
                    }
                    if (first) {
                        // And its spelling dictionary (Hunspell: as long again), on a thread
                        // of its own so that both are built at once; the comparison that
                        // follows waits for it only when it first needs it.
                        Lexicon::loadDictionaryInBackground(language);
                        QuantityReader warm(language);
                        SimilarityModel::readLanguageTables(language);
                    }
                }
            }
            slot.done = true;
            ++finished;
        }
    };

    const qsizetype threads = workerThreads();
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < std::min(threads, paths.size()); ++t)
        helpers.emplace_back(work, std::function<bool(qsizetype, double)>());
    const double total = std::max<double>(1, double(paths.size()));
    if (progress) {
        work([&](qsizetype, double done) {
            return progress(std::min(1.0, (double(finished.load()) + done) / total));
        });
    } else {
        work({});
    }
    for (std::thread &helper : helpers)
        helper.join();

    LoadResult result;
    for (size_t i = 0; i < slots.size(); ++i) {
        Slot &slot = slots[i];
        if (!slot.done)
            break; // stopped: this file and those after it are left out
        if (slot.overLimit || (slot.loaded && result.articles.size() >= kMaxSources))
            result.errors.append({paths.at(qsizetype(i)),
                                  Tr::tr("not read: %1 sources is the most Parallax compares "
                                         "at once")
                                      .arg(kMaxSources)});
        else if (slot.loaded)
            result.articles.append(std::move(slot.article));
        else
            result.errors.append({paths.at(qsizetype(i)), slot.error});
    }
    return result;
}

} // namespace Parallax
