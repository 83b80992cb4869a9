#pragma once

#include "document/problem.h"
#include "document/reviewdocument.h"
#include "validator.h"

#include <QList>
#include <QString>

#include <functional>

namespace Rubric {

// Checks of modules above lib/validate (tag rules in lib/edit, proofreading in lib/proof)
// join every validation, live in the editor, in the library's site check and in `rubric
// validate`, through this registry, so lib/validate never links them. A program registers
// what it wants once at start-up, before any validation runs: registration is not
// thread-safe, while the checks themselves run concurrently on the thread pool and must be.
// A check reads its own configuration from `input.schema` (siteDir(), overrideYaml()).
struct RegisteredChecks
{
    QString name;          // "tags", "proofreading": one registration per name
    QList<RuleInfo> rules; // their codes join Validator::rules()
    std::function<void(const ValidationInput &input, Problems &problems)> check;
    // For the fixable rules: what the fix does ("Use the canonical tag") and doing it
    // (through the document's undo stack, as the built-in fixes).
    std::function<QString(const Problem &problem)> describeFix;
    std::function<EditOutcome(ReviewDocument &document, const Problem &problem)> fix;
};

namespace CheckRegistry {

// Adds `checks`, replacing an earlier registration of the same name.
void add(RegisteredChecks checks);
// Removes the registration `name` (tests), if any.
void remove(const QString &name);
const QList<RegisteredChecks> &all();
// The registration whose rules include `code`, or null.
const RegisteredChecks *owner(const QString &code);

} // namespace CheckRegistry
} // namespace Rubric
