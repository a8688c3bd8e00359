#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Parallax {

// What the system's dictionaries know of one language: a Hunspell spelling dictionary (Debian
// `hunspell-*`, /usr/share/hunspell) tells common words from names and gives dictionary forms;
// a LibreOffice thesaurus (Debian `mythes-*`, /usr/share/mythes, read through libmythes) gives
// synonyms. A language with neither still works: every lookup then answers "unknown".
//
// Each language is loaded once, on first use, and shared by every thread; lookups lock a mutex
// (Hunspell and MyThes keep state) and callers cache what they asked.
class Lexicon
{
public:
    // The shared lexicon of a language (ISO 639-1 code).
    static const Lexicon &forLanguage(const QString &language);

    // Folders searched, overridable with PARALLAX_HUNSPELL_DIR and PARALLAX_MYTHES_DIR.
    static QString dictionaryDirectory();
    static QString thesaurusDirectory();
    // Languages Parallax reads best with a dictionary and a thesaurus, and the Debian packages
    // missing for them ("hunspell-de-de", "mythes-fr"), for --version.
    static QStringList missingPackages();

    // Whether the language writes its nouns with a capital letter (German, Luxembourgish):
    // there a capitalised word is no sign of a name.
    static bool capitalisesNouns(const QString &language);

    // Starts reading the language's dictionary on a thread of its own and returns at once: the
    // first call that needs the dictionary waits for the read to end (a lexicon's calls share
    // one mutex). For a caller that knows the dictionary will be needed and has other work to do
    // meanwhile. See waitForBackgroundReads() for the end of the process.
    static void loadDictionaryInBackground(const QString &language);
    // Returns when no dictionary is being read in the background. main() calls it before it
    // returns, so that no read is cut off while the process's statics are destroyed; it is also
    // registered with std::atexit by the first background read, for programs that do not.
    static void waitForBackgroundReads();

    bool hasDictionary() const;
    bool hasThesaurus() const;
    QString dictionaryFile() const; // the .dic read, or empty
    QString thesaurusFile() const;  // the .dat read, or empty

    // Whether the dictionary knows the word as a common word, written in lower case ("house") or,
    // in a language that capitalises its nouns, as written ("Bahnhof"). A capitalised word the
    // dictionary does not know this way is a name. Unknown without a dictionary: false.
    bool isCommonWord(const QString &word) const;
    // Whether the dictionary lists the word with a capital letter, as a name: "Berlin" (en_US
    // has "Berlin/SZMR" beside "berlin", a carriage), "Smith", "March". Such a word is a name
    // when it is written capitalised, even though isCommonWord is true of it. In a language that
    // capitalises its nouns (every noun is listed so there), whether WordNet knows the word as a
    // particular place or person (an instance: "Berlin", "Paris"; names are mostly written alike
    // across languages). False without a dictionary (or WordNet).
    bool isListedName(const QString &word) const;
    // Whether the language builds its past participle with "ge" (German, Dutch,
    // Luxembourgish): baseForms() then reads the infinitive out of a regular participle.
    static bool formsParticipleWithGe(const QString &language);

    // Dictionary forms of a word ("kosteten" -> "kosten"), and in a language whose participles
    // take "ge" the infinitive of a regular participle ("gekostet", "angekündigt" ->
    // "ankündigen"); empty when unknown. Hunspell's stems (Hunspell::stem) of the word as written.
    QStringList baseForms(const QString &word) const;
    // Single-word synonyms of a word in any of its meanings, in lower case; empty when the
    // thesaurus lacks the word. The word's dictionary forms are looked up too.
    QStringList synonyms(const QString &word) const;
    // Single-word antonyms of a word, in lower case: the entries the thesaurus marks
    // "(antonym)" (LibreOffice's English thesaurus does, from WordNet); empty when it marks none.
    QStringList antonyms(const QString &word) const;
    // Both in one lookup; either pointer may be null.
    void thesaurusEntries(const QString &word, QStringList *synonyms, QStringList *antonyms) const;

    Lexicon(const Lexicon &) = delete;
    Lexicon &operator=(const Lexicon &) = delete;
    ~Lexicon();

private:
    explicit Lexicon(const QString &language);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
