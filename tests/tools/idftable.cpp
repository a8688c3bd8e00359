// parallax-idf-table: builds the background word-weight table shipped in resources/idf/.
//
//   parallax-idf-table [--language CODE] [--min-documents N] < documents.txt > table.tsv
//
// Each input line is one document. Prints "# documents N", then "stem<TAB>documents holding it"
// for every Snowball stem found in at least --min-documents documents, most frequent first.

#include "tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Language of the text (default en)."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption minimumOption(QStringLiteral("min-documents"),
                                           QStringLiteral("Leave out rarer stems (default 3)."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({languageOption, minimumOption});
    parser.process(app);
    const Tokenizer tokenizer(parser.value(languageOption));
    const int minimum = parser.value(minimumOption).toInt();

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 1;
    QTextStream in(&input);
    QHash<QString, int> frequency;
    qint64 documents = 0;
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        ++documents;
        QSet<QString> seen;
        for (const Token &token : tokenizer.tokenize(line)) {
            if (token.isWord())
                seen.insert(token.stem);
        }
        for (const QString &stem : seen)
            ++frequency[stem];
    }
    std::vector<std::pair<QString, int>> rows;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        if (it.value() >= minimum)
            rows.emplace_back(it.key(), it.value());
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return 1;
    QTextStream out(&output);
    out << "# documents " << documents << '\n';
    for (const auto &[stem, count] : rows)
        out << stem << '\t' << count << '\n';
    return 0;
}
