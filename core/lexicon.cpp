#include "lexicon.h"

#include "icustring.h"
#include "wordnet.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <hunspell/hunspell.hxx>
#include <mythes.hxx>
#include <unicode/unistr.h>

#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>

namespace Parallax {

namespace {

// The languages Parallax has stemmers, number words and background data for, and which
// Debian ships dictionaries and thesauri for: what --version reports as missing.
const QStringList &coveredLanguages()
{
    static const QStringList languages{
        QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
        QStringLiteral("it"), QStringLiteral("pt"), QStringLiteral("ru")};
    return languages;
}

QByteArray encode(const QString &text, const std::string &encoding)
{
    if (encoding.empty() || encoding == "UTF-8")
        return text.toUtf8();
    const icu::UnicodeString u = icuView(text);
    const int32_t needed = u.extract(0, u.length(), nullptr, 0, encoding.c_str());
    QByteArray out(needed, '\0');
    u.extract(0, u.length(), out.data(), needed, encoding.c_str());
    return out;
}

QString decode(const char *bytes, int length, const std::string &encoding)
{
    if (encoding.empty() || encoding == "UTF-8")
        return QString::fromUtf8(bytes, length);
    return fromIcu(icu::UnicodeString(bytes, length, encoding.c_str()));
}

// The file for a language in a folder: the language's main country first (de_DE, fr_FR), then
// the bare language (fr), then any other country.
QString findFile(const QString &directory, const QString &language, const QString &prefix,
                 const QString &suffix)
{
    const QDir dir(directory);
    const QString main = language + u'_' + language.toUpper();
    const QStringList candidates{prefix + main + suffix, prefix + language + suffix};
    for (const QString &name : candidates) {
        if (dir.exists(name))
            return dir.filePath(name);
    }
    const QStringList others =
        dir.entryList({prefix + language + QStringLiteral("_*") + suffix}, QDir::Files, QDir::Name);
    return others.isEmpty() ? QString() : dir.filePath(others.first());
}

// Debian's package names: hunspell-en-us, hunspell-de-de, hunspell-fr, hunspell-pt-pt;
// mythes-de, mythes-fr, mythes-pt-pt.
QString debianPackage(const QString &kind, const QString &language)
{
    if (language == u"pt" || (kind == u"hunspell" && language == u"de"))
        return kind + u'-' + language + u'-' + language;
    if (language == u"en")
        return kind + QStringLiteral("-en-us");
    return kind + u'-' + language;
}

} // namespace

struct Lexicon::Private
{
    QString language;
    QString dictionaryFile;
    QString thesaurusFile;
    std::unique_ptr<Hunspell> hunspell;
    std::string hunspellEncoding;
    std::unique_ptr<MyThes> thesaurus;
    std::string thesaurusEncoding;
    bool dictionaryTried = false;
    bool thesaurusTried = false;
    std::mutex mutex;

    void loadDictionary(); // all under the mutex
    void loadThesaurus();
};

Lexicon::Lexicon(const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
}

// Each part is read on its first use: an English comparison never reads a thesaurus.
void Lexicon::Private::loadDictionary()
{
    if (dictionaryTried)
        return;
    dictionaryTried = true;
    const QString dic = findFile(dictionaryDirectory(), language, {}, QStringLiteral(".dic"));
    if (dic.isEmpty())
        return;
    const QString aff = dic.chopped(4) + QStringLiteral(".aff");
    if (!QFileInfo::exists(aff))
        return;
    hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                          QFile::encodeName(dic).constData());
    hunspellEncoding = hunspell->get_dict_encoding();
    dictionaryFile = dic;
}

void Lexicon::Private::loadThesaurus()
{
    if (thesaurusTried)
        return;
    thesaurusTried = true;
    QString dat =
        findFile(thesaurusDirectory(), language, QStringLiteral("th_"), QStringLiteral("_v2.dat"));
    if (dat.isEmpty())
        dat = findFile(thesaurusDirectory(), language, QStringLiteral("thes_"),
                       QStringLiteral(".dat"));
    if (dat.isEmpty())
        return;
    const QString idx = dat.chopped(4) + QStringLiteral(".idx");
    if (!QFileInfo::exists(idx))
        return;
    thesaurus = std::make_unique<MyThes>(QFile::encodeName(idx).constData(),
                                         QFile::encodeName(dat).constData());
    const char *encoding = thesaurus->get_th_encoding();
    thesaurusEncoding = encoding ? encoding : "";
    // Some files begin with a byte-order mark before the encoding's name.
    if (thesaurusEncoding.rfind("\xEF\xBB\xBF", 0) == 0)
        thesaurusEncoding.erase(0, 3);
    thesaurusFile = dat;
}

Lexicon::~Lexicon() = default;

const Lexicon &Lexicon::forLanguage(const QString &language)
{
    static std::mutex mutex;
    // Kept until the process ends and never destroyed: freeing a dictionary's hash tables at
    // exit costs as much as a tenth of a short comparison, for memory the system takes back.
    static auto *lexicons = new std::map<QString, std::unique_ptr<Lexicon>>;
    const std::lock_guard lock(mutex);
    auto &slot = (*lexicons)[language];
    if (!slot)
        slot.reset(new Lexicon(language));
    return *slot;
}

namespace {

// The dictionaries being read in the background, counted so that exit can wait for them.
struct BackgroundReads
{
    std::mutex mutex;
    std::condition_variable finished;
    int running = 0;
    bool waitAtExit = false;
};

BackgroundReads &backgroundReads()
{
    static auto *reads = new BackgroundReads; // never destroyed: threads may use it at exit
    return *reads;
}

} // namespace

void Lexicon::loadDictionaryInBackground(const QString &language)
{
    BackgroundReads &reads = backgroundReads();
    {
        const std::lock_guard lock(reads.mutex);
        if (!reads.waitAtExit) {
            reads.waitAtExit = true;
            std::atexit(&Lexicon::waitForBackgroundReads);
        }
        ++reads.running;
    }
    auto read = [language] {
        forLanguage(language).hasDictionary();
        BackgroundReads &all = backgroundReads();
        const std::lock_guard done(all.mutex);
        --all.running;
        all.finished.notify_all();
    };
    try {
        std::thread(read).detach();
    } catch (...) {
        const std::lock_guard lock(reads.mutex); // no thread started: none to wait for
        --reads.running;
        reads.finished.notify_all();
        throw;
    }
}

void Lexicon::waitForBackgroundReads()
{
    BackgroundReads &reads = backgroundReads();
    std::unique_lock waiting(reads.mutex);
    reads.finished.wait(waiting, [&] { return reads.running == 0; });
}

QString Lexicon::dictionaryDirectory()
{
    const QString custom = qEnvironmentVariable("PARALLAX_HUNSPELL_DIR");
    return custom.isEmpty() ? QStringLiteral("/usr/share/hunspell") : custom;
}

QString Lexicon::thesaurusDirectory()
{
    const QString custom = qEnvironmentVariable("PARALLAX_MYTHES_DIR");
    return custom.isEmpty() ? QStringLiteral("/usr/share/mythes") : custom;
}

QStringList Lexicon::missingPackages()
{
    QStringList missing;
    for (const QString &language : coveredLanguages()) {
        if (findFile(dictionaryDirectory(), language, {}, QStringLiteral(".dic")).isEmpty())
            missing.append(debianPackage(QStringLiteral("hunspell"), language));
        // English synonyms come from WordNet.
        if (language != u"en" &&
            findFile(thesaurusDirectory(), language, QStringLiteral("th_"),
                     QStringLiteral("_v2.dat"))
                .isEmpty() &&
            findFile(thesaurusDirectory(), language, QStringLiteral("thes_"),
                     QStringLiteral(".dat"))
                .isEmpty())
            missing.append(debianPackage(QStringLiteral("mythes"), language));
    }
    return missing;
}

bool Lexicon::capitalisesNouns(const QString &language)
{
    return language == u"de" || language == u"lb";
}

bool Lexicon::hasDictionary() const
{
    const std::lock_guard lock(d->mutex);
    d->loadDictionary();
    return d->hunspell != nullptr;
}

bool Lexicon::hasThesaurus() const
{
    const std::lock_guard lock(d->mutex);
    d->loadThesaurus();
    return d->thesaurus != nullptr;
}

QString Lexicon::dictionaryFile() const
{
    const std::lock_guard lock(d->mutex);
    d->loadDictionary();
    return d->dictionaryFile;
}

QString Lexicon::thesaurusFile() const
{
    const std::lock_guard lock(d->mutex);
    d->loadThesaurus();
    return d->thesaurusFile;
}

bool Lexicon::isCommonWord(const QString &word) const
{
    const std::lock_guard lock(d->mutex);
    d->loadDictionary();
    if (!d->hunspell || word.isEmpty())
        return false;
    const QString lower = word.toLower();
    if (d->hunspell->spell(std::string(encode(lower, d->hunspellEncoding).constData())))
        return true;
    if (!capitalisesNouns(d->language))
        return false;
    // A German noun: known capitalised, and not only as a name. Hunspell cannot tell the two
    // apart, so a capitalised word known to the dictionary counts as a noun.
    QString capitalised = lower;
    capitalised[0] = capitalised.at(0).toUpper();
    return d->hunspell->spell(std::string(encode(capitalised, d->hunspellEncoding).constData()));
}

bool Lexicon::isListedName(const QString &word) const
{
    if (word.isEmpty() || !word.front().isUpper())
        return false;
    if (capitalisesNouns(d->language)) {
        // The dictionary lists every noun capitalised: a particular place or person WordNet
        // knows ("Berlin", "Paris": instances of a class, its "@i" pointers) is a name.
        const WordNet &wordnet = WordNet::system();
        if (!wordnet.isAvailable())
            return false;
        const std::vector<quint64> senses = wordnet.synsets(word.toLower(), 3);
        return wordnet.hypernyms(senses, true).size() > wordnet.hypernyms(senses, false).size();
    }
    // "BERLIN" in a headline written in capitals, as listed.
    QString titled = word.toLower();
    titled[0] = titled.at(0).toUpper();
    const std::lock_guard lock(d->mutex);
    d->loadDictionary();
    if (!d->hunspell)
        return false;
    // Hunspell gives the entries a word comes from: "Berlin" and "berlin" for "Berlin", only
    // "cup" for "Cup".
    for (const std::string &stem :
         d->hunspell->stem(std::string(encode(titled, d->hunspellEncoding).constData()))) {
        const QString form = decode(stem.data(), int(stem.size()), d->hunspellEncoding);
        if (!form.isEmpty() && form.front().isUpper())
            return true;
    }
    return false;
}

bool Lexicon::formsParticipleWithGe(const QString &language)
{
    return language == u"de" || language == u"nl" || language == u"lb";
}

QStringList Lexicon::baseForms(const QString &word) const
{
    QStringList out;
    const std::lock_guard lock(d->mutex);
    d->loadDictionary();
    if (!d->hunspell || word.isEmpty())
        return out;
    auto stems = [&](const QString &text) {
        QStringList forms;
        for (const std::string &stem :
             d->hunspell->stem(std::string(encode(text, d->hunspellEncoding).constData()))) {
            const QString form = decode(stem.data(), int(stem.size()), d->hunspellEncoding);
            if (!form.isEmpty() && !forms.contains(form))
                forms.append(form);
        }
        return forms;
    };
    out = stems(word);
    // The dictionaries of German and Dutch list a past participle as a word of its own, so
    // Hunspell gives "gesagt" as its own stem. The regular participle is the verb's stem between
    // "ge" and "t", "et", "d" or "en", after a separable prefix if there is one ("gesagt",
    // "angekündigt", "gewerkt", "gelesen"): the infinitive is the prefix, the stem and "en" or
    // "n". A candidate counts only when the dictionary gives it as its own dictionary form; an
    // irregular participle ("gegangen") finds none and keeps its own stem. Capitalised words are
    // left alone where nouns are capitalised ("Gesetz", "Gebiet").
    if (formsParticipleWithGe(d->language) && word.at(0).isLower()) {
        static const QStringList endings{QStringLiteral("et"), QStringLiteral("t"),
                                         QStringLiteral("d"), QStringLiteral("en")};
        constexpr qsizetype kMinStem = 2;
        for (qsizetype at = word.indexOf(QLatin1String("ge")); at >= 0;
             at = word.indexOf(QLatin1String("ge"), at + 1)) {
            if (at == 1)
                continue; // a prefix has two letters at least
            const QString rest = word.mid(at + 2);
            for (const QString &ending : endings) {
                if (!rest.endsWith(ending) || rest.size() - ending.size() < kMinStem)
                    continue;
                const QString stem = word.left(at) + rest.chopped(ending.size());
                for (const QString &infinitive :
                     {QString(stem + QStringLiteral("en")), QString(stem + u'n')}) {
                    if (!out.contains(infinitive) && stems(infinitive).contains(infinitive))
                        out.append(infinitive);
                }
            }
        }
    }
    return out;
}

namespace {

// Entries of a thesaurus note "(antonym)" are opposites, never synonyms.
bool isAntonymEntry(const QString &entry)
{
    static const QRegularExpression antonym(QStringLiteral(R"(\(\s*antonym\s*\))"),
                                            QRegularExpression::CaseInsensitiveOption);
    return entry.contains(antonym);
}

} // namespace

QStringList Lexicon::synonyms(const QString &word) const
{
    QStringList out;
    thesaurusEntries(word, &out, nullptr);
    return out;
}

QStringList Lexicon::antonyms(const QString &word) const
{
    QStringList out;
    thesaurusEntries(word, nullptr, &out);
    return out;
}

void Lexicon::thesaurusEntries(const QString &word, QStringList *synonyms,
                               QStringList *antonyms) const
{
    if (word.isEmpty() || !hasThesaurus())
        return;
    QStringList keys{word.toLower()};
    for (const QString &form : baseForms(word)) {
        if (!keys.contains(form.toLower()))
            keys.append(form.toLower());
    }
    if (capitalisesNouns(d->language)) {
        for (const QString &form : baseForms(word.at(0).toUpper() + word.mid(1))) {
            if (!keys.contains(form.toLower()))
                keys.append(form.toLower());
        }
    }
    static const QRegularExpression notes(QStringLiteral(R"(\([^)]*\))"));
    const std::lock_guard lock(d->mutex);
    for (const QString &key : keys) {
        QByteArray bytes = encode(key, d->thesaurusEncoding);
        mentry *meanings = nullptr;
        const int count = d->thesaurus->Lookup(bytes.constData(), int(bytes.size()), &meanings);
        for (int m = 0; m < count; ++m) {
            for (int s = 0; s < meanings[m].count; ++s) {
                const char *raw = meanings[m].psyns[s];
                QString entry = decode(raw, int(qstrlen(raw)), d->thesaurusEncoding);
                QStringList *out = isAntonymEntry(entry) ? antonyms : synonyms;
                if (!out)
                    continue;
                entry.remove(notes);
                entry = entry.trimmed().toLower();
                if (entry.isEmpty() || entry.contains(u' ') || entry == key || out->contains(entry))
                    continue;
                out->append(entry);
            }
        }
        if (count > 0)
            d->thesaurus->CleanUpAfterLookup(&meanings, count);
    }
}

} // namespace Parallax
