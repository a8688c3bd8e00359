#include "wordnet.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string_view>

namespace Parallax {

namespace {

enum Pos { Noun, Verb, Adjective, Adverb, PosCount };

constexpr std::array<const char *, PosCount> kPosNames = {"noun", "verb", "adj", "adv"};

// One sorted WordNet file ("index.noun", "verb.exc", ...), mapped into memory.
class SortedFile
{
public:
    bool open(const QString &path)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
            return false;
        const uchar *data = file.map(0, file.size());
        if (!data)
            return false;
        text = std::string_view(reinterpret_cast<const char *>(data), size_t(file.size()));
        return true;
    }

    // The line starting at a byte offset (data files are addressed so).
    std::string_view lineAt(size_t offset) const
    {
        if (offset >= text.size())
            return {};
        const size_t end = lineEnd(offset);
        return text.substr(offset, end - offset);
    }

    // The line whose first field is key, without that field; empty when there is none.
    std::string_view find(std::string_view key) const
    {
        size_t low = 0;
        size_t high = text.size();
        while (low < high) {
            const size_t middle = low + (high - low) / 2;
            const size_t begin = lineStart(middle);
            const size_t end = lineEnd(begin);
            const std::string_view line = text.substr(begin, end - begin);
            const std::string_view field = line.substr(0, line.find(' '));
            // Licence lines start with a space and sort before every word.
            const int order = line.starts_with(' ') ? -1 : field.compare(key);
            if (order == 0)
                return line.substr(std::min(line.size(), field.size() + 1));
            if (order < 0)
                low = end + 1;
            else
                high = begin;
        }
        return {};
    }

private:
    size_t lineStart(size_t position) const
    {
        while (position > 0 && text[position - 1] != '\n')
            --position;
        return position;
    }
    size_t lineEnd(size_t position) const
    {
        const size_t end = text.find('\n', position);
        return end == std::string_view::npos ? text.size() : end;
    }

    QFile file;
    std::string_view text;
};

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> result;
    size_t position = 0;
    while (position < line.size()) {
        const size_t end = std::min(line.find(' ', position), line.size());
        if (end > position)
            result.push_back(line.substr(position, end - position));
        position = end + 1;
    }
    return result;
}

struct Detachment
{
    const char *suffix;
    const char *ending;
};

// WordNet's morphy rules (wninput(5WN)).
const std::vector<Detachment> &detachments(int pos)
{
    static const std::vector<Detachment> noun = {{"s", ""},      {"ses", "s"},   {"xes", "x"},
                                                 {"zes", "z"},   {"ches", "ch"}, {"shes", "sh"},
                                                 {"men", "man"}, {"ies", "y"}};
    static const std::vector<Detachment> verb = {{"s", ""},    {"ies", "y"}, {"es", "e"},
                                                 {"es", ""},   {"ed", "e"},  {"ed", ""},
                                                 {"ing", "e"}, {"ing", ""}};
    static const std::vector<Detachment> adjective = {
        {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
    static const std::vector<Detachment> none;
    switch (pos) {
    case Noun:
        return noun;
    case Verb:
        return verb;
    case Adjective:
        return adjective;
    default:
        return none;
    }
}

} // namespace

struct WordNet::Private
{
    QString directory;
    std::array<SortedFile, PosCount> index;
    std::array<SortedFile, PosCount> exceptions;
    std::array<SortedFile, PosCount> data;
    bool available = false;

    // Base forms of word for one part of speech, the word itself first when WordNet has it.
    std::vector<std::string> bases(const std::string &word, int pos) const
    {
        std::vector<std::string> result;
        auto add = [&](const std::string &candidate) {
            if (!candidate.empty() && !index[pos].find(candidate).empty() &&
                std::find(result.begin(), result.end(), candidate) == result.end())
                result.push_back(candidate);
        };
        add(word);
        for (std::string_view base : fields(exceptions[pos].find(word)))
            add(std::string(base));
        for (const Detachment &rule : detachments(pos)) {
            const size_t suffixLength = std::strlen(rule.suffix);
            if (word.size() > suffixLength + 1 && word.ends_with(rule.suffix))
                add(word.substr(0, word.size() - suffixLength) + rule.ending);
        }
        return result;
    }
};

QString WordNet::defaultDirectory()
{
    return QStringLiteral("/usr/share/wordnet");
}

WordNet::WordNet(const QString &directory)
    : d(std::make_unique<Private>())
{
    d->directory = directory;
    bool ok = true;
    for (int pos = 0; pos < PosCount; ++pos) {
        const QString name = QString::fromLatin1(kPosNames[size_t(pos)]);
        ok = d->index[size_t(pos)].open(directory + QStringLiteral("/index.") + name) && ok;
        // adv.exc is nearly empty and harmless to miss.
        d->exceptions[size_t(pos)].open(directory + u'/' + name + QStringLiteral(".exc"));
        d->data[size_t(pos)].open(directory + QStringLiteral("/data.") + name);
    }
    d->available = ok;
}

WordNet::~WordNet() = default;

bool WordNet::isAvailable() const
{
    return d->available;
}

QString WordNet::directory() const
{
    return d->directory;
}

std::vector<quint64> WordNet::synsets(const QString &word, int maxSensesPerPos) const
{
    std::vector<quint64> result;
    if (!d->available || word.isEmpty())
        return result;
    QString lemma = word.toLower();
    lemma.replace(u' ', u'_');
    const std::string key = lemma.toStdString();
    for (int pos = 0; pos < PosCount; ++pos) {
        for (const std::string &base : d->bases(key, pos)) {
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
            const std::vector<std::string_view> parts = fields(d->index[size_t(pos)].find(base));
            if (parts.size() < 4)
                continue;
            const size_t pointerCount = size_t(std::atoi(std::string(parts[2]).c_str()));
            const size_t firstOffset = 3 + pointerCount + 2;
            int taken = 0;
            for (size_t i = firstOffset; i < parts.size() && taken < maxSensesPerPos;
                 ++i, ++taken) {
                const quint64 offset = std::strtoull(std::string(parts[i]).c_str(), nullptr, 10);
                result.push_back((quint64(pos) << 32) | offset);
            }
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool WordNet::isAdjective(quint64 synset)
{
    return (synset >> 32) == Adjective;
}

bool WordNet::isVerb(quint64 synset)
{
    return (synset >> 32) == Verb;
}

int WordNet::lexicalFile(quint64 synset) const
{
    const size_t pos = size_t(synset >> 32);
    if (!d->available || pos >= PosCount)
        return -1;
    // offset lex_filenum ss_type ...
    const std::vector<std::string_view> parts =
        fields(d->data[pos].lineAt(size_t(synset & 0xffffffffu)));
    return parts.size() < 2 ? -1 : std::atoi(std::string(parts[1]).c_str());
}

std::vector<quint64> WordNet::hypernyms(const std::vector<quint64> &synsets, bool instances) const
{
    return instances ? semanticPointers(synsets, {"@", "@i"}) : semanticPointers(synsets, {"@"});
}

std::vector<quint64>
WordNet::semanticPointers(const std::vector<quint64> &synsets,
                          std::initializer_list<std::string_view> symbols) const
{
    std::vector<quint64> result;
    if (!d->available)
        return result;
    for (quint64 id : synsets) {
        const size_t pos = size_t(id >> 32);
        // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source)...
        const std::vector<std::string_view> parts =
            fields(d->data[pos].lineAt(size_t(id & 0xffffffffu)));
        if (parts.size() < 4)
            continue;
        const size_t wordCount = size_t(std::strtoul(std::string(parts[3]).c_str(), nullptr, 16));
        size_t i = 4 + 2 * wordCount;
        if (i >= parts.size())
            continue;
        const size_t pointerCount = size_t(std::atoi(std::string(parts[i]).c_str()));
        ++i;
        for (size_t p = 0; p < pointerCount && i + 3 < parts.size(); ++p, i += 4) {
            if (std::find(symbols.begin(), symbols.end(), parts[i]) == symbols.end())
                continue;
            int targetPos = Noun;
            switch (parts[i + 2].empty() ? 'n' : parts[i + 2][0]) {
            case 'v':
                targetPos = Verb;
                break;
            case 'a':
            case 's':
                targetPos = Adjective;
                break;
            case 'r':
                targetPos = Adverb;
                break;
            default:
                break;
            }
            const quint64 offset = std::strtoull(std::string(parts[i + 1]).c_str(), nullptr, 10);
            result.push_back((quint64(targetPos) << 32) | offset);
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

namespace {

int targetPos(char symbol)
{
    switch (symbol) {
    case 'v':
        return Verb;
    case 'a':
    case 's':
        return Adjective;
    case 'r':
        return Adverb;
    default:
        return Noun;
    }
}

// A word as a data file writes it, without an adjective's syntactic marker ("big(a)").
std::string_view withoutMarker(std::string_view word)
{
    const size_t paren = word.find('(');
    return paren == std::string_view::npos ? word : word.substr(0, paren);
}

bool equalsFolded(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(uchar(x)) == std::tolower(uchar(y));
           });
}

} // namespace

QStringList WordNet::lemmas(quint64 synset) const
{
    QStringList out;
    const size_t pos = size_t(synset >> 32);
    if (!d->available || pos >= PosCount)
        return out;
    // offset lex_filenum ss_type w_cnt (word lex_id)...
    const std::vector<std::string_view> parts =
        fields(d->data[pos].lineAt(size_t(synset & 0xffffffffu)));
    if (parts.size() < 4)
        return out;
    const size_t wordCount = size_t(std::strtoul(std::string(parts[3]).c_str(), nullptr, 16));
    for (size_t w = 0; w < wordCount && 4 + 2 * w < parts.size(); ++w) {
        const std::string_view word = withoutMarker(parts[4 + 2 * w]);
        out.append(QString::fromUtf8(word.data(), qsizetype(word.size())).replace(u'_', u' '));
    }
    return out;
}

std::vector<quint64> WordNet::antonyms(const QString &word,
                                       const std::vector<quint64> &synsets) const
{
    return lexicalPointers(word, synsets, {"!"}).front();
}

std::vector<quint64> WordNet::pertainyms(const QString &word,
                                         const std::vector<quint64> &synsets) const
{
    return lexicalPointers(word, synsets, {"\\"}).front();
}

WordNet::WordPointers WordNet::antonymsAndDerivations(const QString &word,
                                                      const std::vector<quint64> &synsets) const
{
    std::vector<std::vector<quint64>> found = lexicalPointers(word, synsets, {"!", "+"});
    return {std::move(found[0]), std::move(found[1])};
}

std::vector<std::vector<quint64>>
WordNet::lexicalPointers(const QString &word, const std::vector<quint64> &synsets,
                         std::initializer_list<std::string_view> symbols) const
{
    std::vector<std::vector<quint64>> result(symbols.size());
    if (!d->available || word.isEmpty() || synsets.empty())
        return result;
    QString lower = word.toLower();
    lower.replace(u' ', u'_');
    const std::string key = lower.toStdString();
    std::vector<std::string> forms;
    for (int pos = 0; pos < PosCount; ++pos) {
        for (std::string &base : d->bases(key, pos)) {
            if (std::find(forms.begin(), forms.end(), base) == forms.end())
                forms.push_back(std::move(base));
        }
    }
    for (quint64 id : synsets) {
        const size_t pos = size_t(id >> 32);
        // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source)...
        const std::string_view line = d->data[pos].lineAt(size_t(id & 0xffffffffu));
        if (std::none_of(symbols.begin(), symbols.end(), [&](std::string_view symbol) {
                return line.find(" " + std::string(symbol) + " ") != std::string_view::npos;
            }))
            continue; // no such pointer at all: most synsets
        const std::vector<std::string_view> parts = fields(line);
        if (parts.size() < 4)
            continue;
        const size_t wordCount = size_t(std::strtoul(std::string(parts[3]).c_str(), nullptr, 16));
        // The word's number in the synset (1-based), as the pointers' source/target field counts.
        size_t self = 0;
        for (size_t w = 0; w < wordCount && 4 + 2 * w < parts.size() && self == 0; ++w) {
            const std::string_view written = withoutMarker(parts[4 + 2 * w]);
            for (const std::string &form : forms) {
                if (equalsFolded(written, form)) {
                    self = w + 1;
                    break;
                }
            }
        }
        size_t i = 4 + 2 * wordCount;
        if (self == 0 || i >= parts.size())
            continue;
        const size_t pointerCount = size_t(std::atoi(std::string(parts[i]).c_str()));
        ++i;
        for (size_t p = 0; p < pointerCount && i + 3 < parts.size(); ++p, i += 4) {
            const auto symbol = std::find(symbols.begin(), symbols.end(), parts[i]);
            if (symbol == symbols.end() || parts[i + 3].size() != 4)
                continue;
            const size_t source =
                size_t(std::strtoul(std::string(parts[i + 3].substr(0, 2)).c_str(), nullptr, 16));
            if (source != self)
                continue;
            const quint64 offset = std::strtoull(std::string(parts[i + 1]).c_str(), nullptr, 10);
            result[size_t(symbol - symbols.begin())].push_back(
                (quint64(targetPos(parts[i + 2].empty() ? 'n' : parts[i + 2][0])) << 32) | offset);
        }
    }
    for (std::vector<quint64> &targets : result) {
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    }
    return result;
}

QStringList WordNet::baseForms(const QString &word) const
{
    QStringList result;
    if (!d->available)
        return result;
    const std::string key = word.toLower().toStdString();
    for (int pos = 0; pos < PosCount; ++pos) {
        for (const std::string &base : d->bases(key, pos)) {
            const QString form = QString::fromStdString(base).replace(u'_', u' ');
            if (!result.contains(form))
                result.append(form);
        }
    }
    return result;
}

const WordNet &WordNet::system()
{
    static const WordNet instance;
    return instance;
}

} // namespace Parallax
