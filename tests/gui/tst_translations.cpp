// The Japanese UI translation is complete and its compiled form answers every message;
// the English one gives the plural forms of the source texts ("1 error", "2 errors").
#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // empty when unfinished
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (unfinished)
                    message.translations.clear();
                messages.append(message);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
            unfinished = false;
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            unfinished = type == QLatin1String("unfinished");
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(RUBRIC_TEST_DATA_DIR "/../../translations/rubric_") + QLatin1String(language)
           + QStringLiteral(".ts");
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseIsComplete()
    {
        const QList<Message> messages = readTs(tsPath("ja"));
        QVERIFY(messages.size() > 500);
        QStringList missing;
        for (const auto &message : messages) {
            if (message.translations.isEmpty() || message.translations.contains(QString()))
                missing << message.context + u": " + message.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void compiledJapaneseAnswersEveryMessage()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(RUBRIC_QM_DIR "/rubric_ja.qm")));
        for (const auto &message : readTs(tsPath("ja"))) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString translated = translator.translate(context.constData(), source.constData(),
                                                            comment.isEmpty() ? nullptr : comment.constData(),
                                                            message.numerus ? 2 : -1);
            QVERIFY2(!translated.isEmpty(), qPrintable(message.context + u": " + message.source));
        }
    }

    void englishHasItsPluralForms()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/rubric_en.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("Rubric::ProblemsView", "%n error(s)", nullptr, 1), QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("Rubric::ProblemsView", "%n error(s)", nullptr, 3), QStringLiteral("3 errors"));
        // Every plural message of the sources has both English forms.
        const QList<Message> messages = readTs(tsPath("en"));
        QVERIFY(!messages.isEmpty());
        for (const auto &message : messages) {
            QVERIFY2(message.numerus, qPrintable(message.source));
            QCOMPARE(message.translations.size(), 2);
            QVERIFY2(!message.translations.contains(QString()), qPrintable(message.source));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
