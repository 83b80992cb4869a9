#include "spellchecker.h"

#include <QFile>

#include <hunspell/hunspell.hxx>

namespace Rubric {

SpellChecker::SpellChecker(const QString &dictionary)
{
    const QString aff = dictionary + QStringLiteral(".aff");
    const QString dic = dictionary + QStringLiteral(".dic");
    if (!QFile::exists(aff) || !QFile::exists(dic)) {
        m_error = tr("%1: no Hunspell dictionary there (install hunspell-en-us)").arg(dic);
        return;
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::defaultDictionary()
{
    return QStringLiteral("/usr/share/hunspell/en_US");
}

void SpellChecker::addKnownWords(const QStringList &words)
{
    for (const auto &word : words) {
        QString lower = word.toLower();
        lower.replace(u'\u2019', u'\'');
        m_known.insert(lower);
        // Cached answers are by spelling as written: drop the ones this word changes.
        m_cache.remove(word);
        m_cache.remove(lower);
        if (!lower.isEmpty())
            m_cache.remove(lower.at(0).toUpper() + lower.mid(1));
    }
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_hunspell)
        return true; // no dictionary: nothing is flagged (the caller reports error())
    QString key = word.toString();
    key.replace(u'\u2019', u'\'');
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;
    // en_US.aff declares SET UTF-8.
    const bool correct = m_known.contains(key.toLower()) || m_hunspell->spell(key.toStdString());
    m_cache.insert(key, correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word, int maximum) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    QString key = word.toString();
    key.replace(u'\u2019', u'\'');
    for (const auto &suggestion : m_hunspell->suggest(key.toStdString())) {
        if (result.size() >= maximum)
            break;
        result.append(QString::fromStdString(suggestion));
    }
    return result;
}

QList<SpellChecker::Misspelling> SpellChecker::check(QStringView text, const QList<Prose::Span> &spans) const
{
    QList<Misspelling> found;
    for (const auto &span : spans) {
        for (const auto &word : Prose::checkableWords(text, span)) {
            const QStringView w = text.mid(word.start, word.length);
            if (!isCorrect(w))
                found.append({word.start, word.length, w.toString()});
        }
    }
    return found;
}

QList<SpellChecker::Misspelling> SpellChecker::misspelledInBlock(QStringView block, int &blockState) const
{
    auto state = blockState < 0 ? Prose::State::Text : static_cast<Prose::State>(blockState);
    const QList<Prose::Span> spans = Prose::ofLine(block, state);
    blockState = static_cast<int>(state);
    return check(block, spans);
}

} // namespace Rubric
