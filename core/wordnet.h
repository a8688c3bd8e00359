#pragma once

#include <QString>

#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

namespace Parallax {

// Read-only access to the WordNet 3.0 database as Debian's wordnet-base installs it. The index
// files are sorted, so a lookup is a binary search in a memory-mapped file: opening costs
// nothing and only the words looked up are ever read. Thread-safe once constructed.
class WordNet
{
public:
    static QString defaultDirectory(); // /usr/share/wordnet

    explicit WordNet(const QString &directory = defaultDirectory());
    ~WordNet();
    WordNet(const WordNet &) = delete;
    WordNet &operator=(const WordNet &) = delete;

    bool isAvailable() const;
    QString directory() const;

    // The synsets of a word (any inflected form: "ran", "geese", "better"), most frequent senses
    // first within each part of speech; at most maxSensesPerPos per part of speech. An id packs
    // the part of speech with the synset's offset, so equal ids mean the same synset.
    std::vector<quint64> synsets(const QString &word, int maxSensesPerPos = 1000) const;

    // The synsets one step more general than the given ones ("gun" for "handgun"). With
    // instances false, only classes count (WordNet's "@" pointers): "Peter" the apostle is an
    // instance ("@i") of apostle, not a kind of person, so a given name is no title.
    std::vector<quint64> hypernyms(const std::vector<quint64> &synsets,
                                   bool instances = true) const;
    // The synsets the given ones point to by any of the semantic pointers `symbols`
    // (wndb(5WN): "@" hypernym, "&" similar to, "*" entailment, ">" cause, ...), sorted.
    std::vector<quint64> semanticPointers(const std::vector<quint64> &synsets,
                                          std::initializer_list<std::string_view> symbols) const;

    // The synsets WordNet marks as antonyms of the word itself in the given synsets (its
    // lexical "!" pointers, wndb(5WN)): "fire" for "hire", "lose" for "win", "fall" for "rise".
    // Antonymy in WordNet is a relation between words, not synsets, so only the pointers whose
    // source is this word (in any of its base forms) count; the whole target synset is returned.
    std::vector<quint64> antonyms(const QString &word, const std::vector<quint64> &synsets) const;
    // The synsets an adjective pertains to, by its lexical "\\" pointers in the given synsets
    // (wndb(5WN)), as antonyms() reads "!": the noun "France" for "French", "Europe" for
    // "European".
    std::vector<quint64> pertainyms(const QString &word, const std::vector<quint64> &synsets) const;
    // antonyms() and the word's derivationally related forms (its lexical "+" pointers,
    // wndb(5WN): "criticism" for "criticize", "agree" for "agreement") in one reading of its
    // synsets.
    struct WordPointers
    {
        std::vector<quint64> antonyms;
        std::vector<quint64> derivations;
    };
    WordPointers antonymsAndDerivations(const QString &word,
                                        const std::vector<quint64> &synsets) const;

    // The dictionary forms WordNet knows for a word, by its morphology rules and exception lists.
    QStringList baseForms(const QString &word) const;

    // Whether a synset id (from synsets or hypernyms) is an adjective's.
    static bool isAdjective(quint64 synset);
    // Whether a synset id is a verb's.
    static bool isVerb(quint64 synset);

    // The words of a synset as WordNet writes them, case kept and "_" as a space: "United
    // Kingdom", "UK", "U.K.", "Britain", "Great Britain" for one of the synsets of "uk".
    QStringList lemmas(quint64 synset) const;

    // The lexicographer file a synset is filed in (its lex_filenum, lexnames(5WN)): 0 to 44,
    // e.g. VerbCommunication for "say", "tell", "warn"; -1 for an unknown id.
    int lexicalFile(quint64 synset) const;
    static constexpr int VerbCommunication = 32; // verb.communication

    // The shared instance for the default directory.
    static const WordNet &system();

private:
    // The targets of the kinds of lexical pointer `symbols` ("!", "\\", "+") whose source is the
    // word, one sorted list per symbol.
    std::vector<std::vector<quint64>>
    lexicalPointers(const QString &word, const std::vector<quint64> &synsets,
                    std::initializer_list<std::string_view> symbols) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
