#pragma once

#include "prooffinding.h"

#include "validate/validator.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Rubric {

// The proofreading rules that need only one review (spelling, notation, width, particles)
// as validation checks: registered with CheckRegistry, they run live in the editor's
// Problems, in the library's site check and in `rubric validate`, each file on its own.
//
// Notation variants there are those of the review itself (ドライバー and ドライバ in one
// file) and the forms the site prefers in its rubric-schema.yml; learning the variants of
// the whole site (what `rubric proof` does) would cost seconds per validation.
namespace ProofChecks {

// The `proofreading:` section of a site's rubric-schema.yml:
//   proofreading:
//     rules: {proof.spelling: on, proof.doubled-particle: off}
//     prefer: [ドライバー, カテゴリー]
struct Settings
{
    QSet<QString> enabled;      // the codes that run
    QStringList preferredForms; // one form per variant group
    QString error;              // the section did not read: the defaults apply
};
Settings settingsFrom(const QByteArray &overrideYaml);
// The codes of the rules that run per file (a subset of Proofreader::rules()).
QStringList fileRuleCodes();

// The findings of the per-file rules in a review's text (line and column set). Thread-safe:
// settings are cached per schema text, Hunspell is one handle per thread and site.
ProofFindings check(const ValidationInput &input);

// Adds the "proofreading" registration to CheckRegistry (once, at start-up).
void registerChecks();

} // namespace ProofChecks
} // namespace Rubric
