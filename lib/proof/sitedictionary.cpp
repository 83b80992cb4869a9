#include "sitedictionary.h"

#include "document/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Rubric {

QString SiteDictionary::pathFor(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(fileName());
}

bool SiteDictionary::load(const QString &path, QString *error)
{
    m_path = path;
    m_words.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the site dictionary: %2").arg(path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const auto &line : QStringView(text).split(u'\n')) {
        const QString word = line.trimmed().toString();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            m_words.append(word);
    }
    // Kept sorted and unique in memory whatever a hand edit did to the file.
    std::sort(m_words.begin(), m_words.end());
    m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
    return true;
}

bool SiteDictionary::add(const QString &word, QString *error)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QRegularExpression(QStringLiteral("\\s")))) {
        if (error)
            *error = tr("\"%1\" is not a single word").arg(word);
        return false;
    }
    const auto at = std::lower_bound(m_words.cbegin(), m_words.cend(), trimmed);
    if (at != m_words.cend() && *at == trimmed)
        return true;
    const qsizetype index = at - m_words.cbegin();
    QStringList words = m_words;
    words.insert(index, trimmed);
    QString written;
    for (const auto &w : std::as_const(words)) {
        written += w;
        written += u'\n';
    }
    if (!writeFileAtomically(m_path, written.toUtf8(), error)) {
        if (error)
            *error = tr("%1: cannot write the site dictionary: %2").arg(m_path, *error);
        return false;
    }
    m_words = words;
    return true;
}

bool SiteDictionary::contains(const QString &word) const
{
    return std::binary_search(m_words.cbegin(), m_words.cend(), word);
}

} // namespace Rubric
