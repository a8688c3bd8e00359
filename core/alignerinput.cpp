#include "aligner.h"

#include <QCryptographicHash>

#include <algorithm>
#include <numeric>
#include <unordered_map>

// Reading the sources into the aligner: the canonical order of the sources (by their story
// text, so that the order they were opened in changes nothing), the copies among them, and every
// story sentence added to the similarity model once per distinct text. The rest of the aligner
// is in aligner.cpp.

namespace Parallax {

void Aligner::readSentences()
{
    const qsizetype n = m_articles.size();
    // Segment ids follow the load order; everything else follows the canonical order.
    qsizetype segment = 0;
    for (const Article &article : m_articles) {
        m_firstSegment.push_back(segment);
        segment += article.sentences.size();
    }
    std::vector<QByteArray> keys(static_cast<size_t>(n));
    for (qsizetype s = 0; s < n; ++s) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const Article &article = m_articles.at(s);
        hash.addData(article.metadata.language.toUtf8());
        for (const Sentence &sentence : article.sentences) {
            if (!isStoryText(sentence.kind))
                continue;
            hash.addData(QByteArrayView(sentence.kind == BlockKind::Title ? "\x01" : "\x02"));
            hash.addData(sentence.text.toUtf8());
        }
        keys[size_t(s)] = hash.result();
    }
    m_byRank.resize(size_t(n));
    std::iota(m_byRank.begin(), m_byRank.end(), 0);
    // Sources with equal keys hold the same story text, so their relative order changes nothing.
    std::stable_sort(m_byRank.begin(), m_byRank.end(),
                     [&](qsizetype x, qsizetype y) { return keys[size_t(x)] < keys[size_t(y)]; });
    m_rankOf.resize(size_t(n));
    for (size_t r = 0; r < m_byRank.size(); ++r)
        m_rankOf[size_t(m_byRank[r])] = int(r);
    // Sources with the same story text (a copy): the first in canonical order is aligned, the
    // others take its units, so that a copy changes nothing but support.
    m_twinOf.assign(size_t(n), -1);
    for (size_t r = 1; r < m_byRank.size(); ++r) {
        if (keys[size_t(m_byRank[r])] == keys[size_t(m_byRank[r - 1])])
            m_twinOf[r] = m_twinOf[r - 1] >= 0 ? m_twinOf[r - 1] : int(r - 1);
    }

    m_sources.resize(size_t(n));
    // One source has nothing to be aligned with: its sentences are kept for their text (every
    // one is its own unit and a whole addition), their words are never compared.
    const bool alone = n == 1;
    if (!alone) {
        // Read the sentences' words on every core first; the adds below are in canonical order.
        std::vector<std::pair<QString, QString>> texts;
        for (qsizetype source : m_byRank) {
            const Article &article = m_articles.at(source);
            const QString language = article.metadata.language.isEmpty()
                                         ? QStringLiteral("en")
                                         : article.metadata.language;
            for (const Sentence &sentence : article.sentences) {
                if (isStoryText(sentence.kind))
                    texts.emplace_back(sentence.text, language);
            }
        }
        m_model.prepare(texts);
    }
    std::unordered_map<QString, int> typeOfText;
    for (qsizetype source : m_byRank) {
        const Article &article = m_articles.at(source);
        SourceSentences &out = m_sources[size_t(source)];
        const QString language =
            article.metadata.language.isEmpty() ? QStringLiteral("en") : article.metadata.language;
        for (qsizetype k = 0; k < article.sentences.size(); ++k) {
            const Sentence &sentence = article.sentences.at(k);
            if (!isStoryText(sentence.kind))
                continue;
            const QString key = (sentence.kind == BlockKind::Title ? u'T' : u'B') + language +
                                u'\x1f' + sentence.text.simplified();
            const auto [it, isNew] = typeOfText.try_emplace(key, int(m_typeMembers.size()));
            const int first = isNew ? -1 : m_typeMembers[size_t(it->second)].front();
            const int model = first >= 0 && m_model.text(first) == sentence.text
                                  ? m_model.addCopy(first)
                              : alone ? m_model.addTextOnly(sentence.text, language)
                                      : m_model.add(sentence.text, language, isNew);
            if (isNew)
                m_typeMembers.emplace_back();
            m_typeMembers[size_t(it->second)].push_back(model);
            m_typeOf.push_back(it->second);
            out.model.push_back(model);
            out.segment.push_back(m_firstSegment[size_t(source)] + k);
            m_segmentOfModel.push_back(m_firstSegment[size_t(source)] + k);
            m_sourceOfModel.push_back(source);
            m_indexOfModel.push_back(int(out.model.size()) - 1);
            m_kindOfModel.push_back(sentence.kind);
        }
    }
    m_model.finalize();
    m_storySentences = m_model.size();
    m_unitsOfModel.assign(size_t(m_storySentences), {});
    m_moved.assign(size_t(m_storySentences), 0);
}

} // namespace Parallax
