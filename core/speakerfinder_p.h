#pragma once

// Who said a quotation (quotations.cpp); not part of the engine's interface.

#include "article.h"
#include "quotationtext_p.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <unordered_map>
#include <vector>

namespace Parallax {

class Lexicon;

// Picks the speaker of a quotation among the capitalised runs around it. Without a parser, the
// places a report names its speaker: right after the quotation ("…," Lavrov said), else the
// subject, the first name before it, else the first name after it; a person before a place
// ("Moscow", for a minister's words about Moscow) unless only a place is there ("as Russia
// warned"). A sentence's first word is a name only when the dictionary does not know it as a common
// word ("Lavrov said", not "The"). Possessives ("Macron's remarks") and, in English, capitalised
// adjectives of nationality ("European leaders", which WordNet files as adjectives and the
// dictionary knows only capitalised) name no speaker. Places are what WordNet files under
// "location" (English).
class SpeakerFinder
{
public:
    explicit SpeakerFinder(const QString &language);

    enum class Rank : quint8 { FullName, Word, None };

    Rank rank(const NameRun &run);

    // Whether WordNet files the word (or words) under "location" (English): a place, not a
    // person; never a word the current article gives a person as their last name (see
    // setArticle()).
    bool isPlace(const QString &word);

    // The article the next runs come from, or null; it must outlive its use. Where it names
    // someone in full ("Anna Lund", "Piet Berg"), their last name alone is that person: "Lund
    // said" is the minister, not the Swedish city, and "Berg said" at a sentence's start is no
    // common word. Its names are read on first need, once per article.
    void setArticle(const Article *article) { m_article = article; }

    // The given name in a speaker's name, the word before the last ("Anna" in "Anna Lund"), or
    // empty where that is a title, a rank or a form of address ("Minister Lund", "observer";
    // WordNet's kinds of person in English, else the dictionary's common words) or an initial:
    // two speakers with one last name and different given names are two people.
    QString givenName(const QString &speaker);

    // Whether the words right after a quotation (its tag: up to kTagLength characters, before
    // any other quotation) name a speaker by a common noun: ", an official said" (a word
    // WordNet files as a kind of person), ", sagte ein Beamter" (a capitalised common noun in a
    // language that capitalises nouns). Such a quotation has an unnamed speaker; only a tag
    // without one (", he said") refers to someone named before.
    bool unnamedSpeakerAfter(const QString &text, const QList<QuotedRange> &quoted,
                             const QuotedRange &quote);

    // The runs with a common word that starts the sentence taken off ("Die Delegationen" is
    // "Delegationen"); in English only a function word, one WordNet lacks ("The"), so that
    // "Foreign Minister Piet Vandermeer" stays whole.
    QList<NameRun> trimmed(QList<NameRun> runs);

    // The speaker in the quotation's own sentence (text), or empty; weak: only a place before
    // the quotation, to use when the paragraph names nobody better; unnamed: set when the
    // sentence gives the words to someone it does not name ("a spokesman for Vandermeer said");
    // tagged: set when the speaker is named at the quotation beyond doubt: in the tag right
    // after it ("…," Berg said), by a verb of saying right after the name that follows it
    // ("…," the chief engineer, Ana Weiss, told reporters) or right after the quotation ("…,"
    // said agency spokesman Colin Reyes), or as the only name before it, which a verb of
    // saying follows ("Berg said: …"); outside English, where no lexicon says which verbs are
    // of saying, also as the one name of the sentence, before the quotation ("Katrin Vogel
    // sprach von „…“").
    QString inSentence(const QString &text, const QList<NameRun> &runs, const QuotedRange &quote,
                       QString *weak, bool *unnamed, bool *tagged);

    // A speaker named in a neighbouring sentence (text): one that a reporting verb follows
    // ("Lavrov told reporters"), else its first name, the subject a "he said" most often
    // refers to.
    QString nearby(const QString &text, const QList<NameRun> &runs);

private:
    // Whether the current article gives someone `word` as their last name: the last words of
    // the full names (two words or more, as a whole no place) of its story sentences, outside
    // their quotations.
    bool lastNameInArticle(const QString &word);

    // Whether the word names a weekday or a month in the language (ICU's calendar names).
    bool calendarName(const QString &word);

    // The person a run names by their role: the full name right after it and a kind of person
    // in lower case ("Health Ministry spokesman Tomas Berg", "Kremlin spokesman Dmitry
    // Peskov"; English, WordNet), else the run itself.
    const NameRun &spokespersonOf(const QString &text, const QList<NameRun> &runs,
                                  const NameRun &run);

    // The full name in apposition right after run: ", Erik Sand," or ", Erik Sand said" after
    // "a spokesman for Nordbank"; null if there is none.
    const NameRun *apposition(const QString &text, const QList<NameRun> &runs, const NameRun &run);
    // The speaker when a kind of person speaks for run ("a spokesman for Nordbank"): the name in
    // apposition (*tagged set), else none (*unnamed set).
    QString spokespersonFor(const QString &text, const QList<NameRun> &runs, const NameRun &run,
                            bool *unnamed, bool *tagged);

    // Whether the first word in text between from and to is a verb of saying: "…," said the
    // Ostrava Herald, where the name after it is the speaker, not the one spoken to.
    bool verbFirst(const QString &text, qsizetype from, qsizetype to);

    // Whether run, in a language that capitalises nouns, is the second word after `from` (the
    // closing mark): the verb, then the name, with no article between them.
    bool nounRightAfterVerb(const QString &text, qsizetype from, const NameRun &run) const;

    // Whether one of the word's three commonest senses (WordNet, English) is, or is a kind of,
    // one of `targets`; instances: whether a particular ("Russia" of country) counts.
    bool isKindOf(const QString &word, const std::vector<quint64> &targets, bool instances,
                  QHash<QString, bool> &cache);

    // Whether the word right after `at` in text (past one adverb: "Lavrov also said"; past a
    // comma and "as" when pastAnyWord: "quoted Vandermeer as saying", "quoted the director, Ana
    // Weiss, as saying", not "says Kiev security talks"; else not past a comma: "on Ukraine,
    // stating") is a verb of
    // saying: its commonest verb sense is filed under verb.communication in WordNet ("warned",
    // "told"; not "intends"). English only.
    bool reportsAfter(const QString &text, qsizetype at, bool pastAnyWord = false);

    // What stands right before a run in text (English, WordNet), through lower-case words
    // separated by spaces only: a verb of saying, also past a word WordNet lacks (an article),
    // makes the run the one spoken to, quoted or accused ("told the Ostrava Herald", "quoted
    // Vandermeer", "accused Berg"): the object, not the subject. A kind of person and a word
    // WordNet lacks (a preposition) make it the one someone else speaks for ("a spokesman for
    // Vandermeer", "an aide to Berg").
    enum class Before : quint8 { Nothing, Saying, SpeaksFor };
    Before before(const QString &text, qsizetype at);

    // Whether the run at `at` stands in apposition, after a comma, to the object of a verb of
    // saying, up to two words before its noun: "quoted the director, Ana Weiss", "told a senior
    // aide, Berg" (English, WordNet).
    bool objectBeforeComma(const QString &text, qsizetype at);

    // 0: neither, 1: a verb of saying (its commonest verb sense is filed under
    // verb.communication), 2: only an adverb. English, WordNet.
    int wordKind(const QString &word);

    const std::vector<quint64> &personSynsets();

    bool describes(const QString &word);

    bool common(const QString &word);

    static constexpr qsizetype kTagDistance = 12; // characters from the closing mark: "," said
    static constexpr int kAdverbFile = 2;         // adv.all, lexnames(5WN)
    static constexpr qsizetype kTagLength = 40;   // characters: ", an official told reporters"
    QHash<QString, int> m_reports;
    QString m_language;
    const Lexicon &m_lexicon;
    QHash<QString, Rank> m_rank;
    QHash<QString, bool> m_common;
    QHash<QString, bool> m_place;
    std::vector<quint64> m_location;
    std::vector<quint64> m_person;
    QHash<QString, bool> m_personWord;
    QHash<QString, bool> m_calendar;
    std::vector<quint64> m_formsOfAddress;
    QHash<QString, bool> m_titleWord;
    const Article *m_article = nullptr;
    std::unordered_map<const Article *, QSet<QString>> m_people;
};

} // namespace Parallax
