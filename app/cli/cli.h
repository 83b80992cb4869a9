#pragma once

#include <QStringList>

#include <functional>

namespace Rubric::Cli {

// Exit codes shared by every subcommand.
enum ExitCode { Success = 0, Refused = 1, Failure = 2 };

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run; // arguments after the subcommand
    bool needsGui = false; // paints (fonts, PDF): runs in a QGuiApplication, offscreen
};

// The headless subcommands, in the order `rubric --help` lists them.
const QList<Command> &commands();
const Command *find(const QString &name);
// The command `name` was most likely meant to be (a typo: edit distance at most 2), or null.
const Command *nearest(const QString &name);

int show(const QStringList &arguments);
int set(const QStringList &arguments);
int list(const QStringList &arguments);
int validate(const QStringList &arguments);
int newReview(const QStringList &arguments);
int translate(const QStringList &arguments);
int status(const QStringList &arguments);
int xliff(const QStringList &arguments);
int exportPdf(const QStringList &arguments);
int tags(const QStringList &arguments);
int edit(const QStringList &arguments);
int log(const QStringList &arguments);  // issue 19
int diff(const QStringList &arguments); // issue 19
int proof(const QStringList &arguments);
int search(const QStringList &arguments);

} // namespace Rubric::Cli
