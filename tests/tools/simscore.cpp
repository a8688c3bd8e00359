// parallax-simscore: sentence similarity from the command line, to evaluate it on any data.
//
//   parallax-simscore [--features] [--language CODE] < pairs.tsv
//
// Each input line holds two sentences separated by a tab (further columns are ignored). All
// pairs are read first: like the loaded articles in the application, they are the corpus the
// word weights are estimated from. Prints one score in [0, 1] per line, or with --features the
// score followed by the features it is made of.

#include "similarity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores tab-separated sentence pairs read from standard input."));
    parser.addHelpOption();
    const QCommandLineOption featuresOption(QStringLiteral("features"),
                                            QStringLiteral("Print the features after each score."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Language of the text (default en)."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    parser.addOptions({featuresOption, languageOption});
    parser.process(app);
    const QString language = parser.value(languageOption);

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        std::fprintf(stderr, "parallax-simscore: cannot read standard input\n");
        return 1;
    }
    SimilarityModel model;
    std::vector<std::pair<int, int>> pairs;
    QTextStream in(&input);
    QString line;
    int lineNumber = 0;
    while (in.readLineInto(&line)) {
        ++lineNumber;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2) {
            std::fprintf(stderr, "parallax-simscore: line %d has no tab; scored 0\n", lineNumber);
            pairs.emplace_back(-1, -1);
            continue;
        }
        const int a = model.add(columns.at(0), language);
        const int b = model.add(columns.at(1), language);
        pairs.emplace_back(a, b);
    }
    model.finalize();

    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return 1;
    QTextStream out(&output);
    for (const auto &[a, b] : pairs) {
        if (a < 0) {
            out << "0\n";
            continue;
        }
        const SimilarityFeatures f = model.features(a, b);
        out << QString::number(model.score(a, b), 'f', 4);
        if (parser.isSet(featuresOption)) {
            for (double value :
                 {f.minCoverage, f.maxCoverage, f.overlap, f.characters, f.sharedFacts,
                  f.conflictingNumbers, f.lengthRatio, f.exactOverlap, f.contentAligned,
                  f.conflictingNames, f.opposition, f.substitution})
                out << u'\t' << QString::number(value, 'f', 4);
        }
        out << u'\n';
    }
    return 0;
}
