#pragma once

#include "clirunner.h"

#include <QTemporaryDir>

#include <memory>

// `rubric show` is tested in tst_cli.cpp, `rubric set` in tst_cli_set.cpp: one executable,
// and a fresh temporary site for every test function.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void show_data();
    void show();
    void showJson_data();
    void showJson();
    void showFailsOnUnreadableFile_data();
    void showFailsOnUnreadableFile();

    void set_data();
    void set();
    void setKeepsLineBreaksAndByteOrderMark_data();
    void setKeepsLineBreaksAndByteOrderMark();
    void setNumberReadsTheSameOnTheSite_data();
    void setNumberReadsTheSameOnTheSite();
    void setRefusesInvalidValue_data();
    void setRefusesInvalidValue();
    void setSameValueDoesNotRewrite_data();
    void setSameValueDoesNotRewrite();
    void setSameValueNotesOtherProblems();
    void unknownCommandIsRefused_data();
    void unknownCommandIsRefused();
    void setFailsOnUnreadableFile_data();
    void setFailsOnUnreadableFile();
    void setFailsWhenSaveFails();
    void setUsesTheSiteSchema();

private:
    // A writable copy of a corpus file in a site folder of its own, dated in the past.
    QString copyOf(const QString &relative, const QByteArray &from = {}, const QByteArray &to = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lockedFolder; // made read-only by a test; unlocked again in cleanup()
};
