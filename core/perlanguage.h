#pragma once

#include <QString>

#include <map>
#include <memory>

namespace Parallax {

// One T per language code ("en", "de"), made on first use as T(language) and kept while this
// lives: the tokenizers, quantity readers and speaker finders of a computation. References
// handed out stay valid. Not thread-safe: one per thread or per call.
template<typename T>
class PerLanguage
{
public:
    T &of(const QString &language)
    {
        std::unique_ptr<T> &made = m_byLanguage[language];
        if (!made)
            made = std::make_unique<T>(language);
        return *made;
    }

private:
    std::map<QString, std::unique_ptr<T>> m_byLanguage;
};

} // namespace Parallax
