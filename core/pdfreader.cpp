#include "pdfreader.h"

#include "articleloader.h"
#include "lexicon.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QDateTime>

#include <poppler-qt6.h>

#include <mutex>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ArticleLoader)
};

void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Poppler reports every damaged object on stderr; the user gets one clear message.
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

QDate dateOf(const QDateTime &time)
{
    return time.isValid() ? time.date() : QDate();
}

} // namespace

bool PdfReader::read(const QByteArray &bytes, Result *result, QString *error,
                     const Progress &progress)
{
    quietPoppler();
    // ArticleLoader::loadAll reads files on several threads; Poppler's global state (fonts,
    // caches) is not documented as safe for concurrent documents, so PDFs are read one at a time.
    static std::mutex popplerMutex;
    const std::lock_guard popplerLock(popplerMutex);
    if (!bytes.startsWith("%PDF") && !bytes.left(1024).contains("%PDF")) {
        *error = Tr::tr("is not a PDF: it does not start like one");
        return false;
    }
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        *error = Tr::tr("is a damaged PDF: Poppler cannot open it");
        return false;
    }
    if (doc->isLocked()) {
        *error = Tr::tr("is password-protected");
        return false;
    }
    const int pageCount = std::min(doc->numPages(), kMaxPages);
    if (pageCount <= 0) {
        *error = Tr::tr("is a damaged PDF: it has no pages");
        return false;
    }

    QList<PositionedPage> pages;
    pages.reserve(pageCount);
    QString sample; // some text to guess the language from
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        PositionedPage positioned;
        if (page) {
            positioned.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
                positioned.words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
                if (sample.size() < 20000)
                    sample += box->text() + u' ';
            }
        }
        pages.append(std::move(positioned));
        if (progress && !progress(i + 1, pageCount)) {
            *error = Tr::tr("was not read: cancelled");
            return false;
        }
    }
    if (sample.trimmed().isEmpty()) {
        *error = Tr::tr("has no text to compare (a scan?)");
        return false;
    }

    result->language = ArticleLoader::guessLanguage(sample);
    const Lexicon &lexicon = Lexicon::forLanguage(result->language);
    PdfLayout::WordCheck isWord;
    if (lexicon.hasDictionary())
        isWord = [&lexicon](const QString &word) { return lexicon.isCommonWord(word.toLower()); };
    result->blocks = PdfLayout::paragraphs(pages, isWord);

    result->properties.title = doc->info(QStringLiteral("Title")).simplified();
    result->properties.author = doc->info(QStringLiteral("Author")).simplified();
    const QDateTime created = doc->creationDate();
    const QDateTime modified = doc->modificationDate();
    result->properties.created = dateOf(created);
    result->properties.modified = dateOf(modified);
    result->properties.createdTime = created.isValid() ? created.time() : QTime();
    result->properties.modifiedTime = modified.isValid() ? modified.time() : QTime();
    return true;
}

} // namespace Parallax
