#include "checkregistry.h"

#include <algorithm>

namespace Rubric::CheckRegistry {

namespace {

QList<RegisteredChecks> &registrations()
{
    static QList<RegisteredChecks> list;
    return list;
}

} // namespace

void add(RegisteredChecks checks)
{
    remove(checks.name);
    registrations().append(std::move(checks));
    Validator::catalogueChanged();
}

void remove(const QString &name)
{
    auto &list = registrations();
    const auto removed = std::remove_if(list.begin(), list.end(), [&](const RegisteredChecks &c) { return c.name == name; });
    if (removed == list.end())
        return;
    list.erase(removed, list.end());
    Validator::catalogueChanged();
}

const QList<RegisteredChecks> &all()
{
    return registrations();
}

const RegisteredChecks *owner(const QString &code)
{
    for (const auto &checks : registrations()) {
        if (std::any_of(checks.rules.cbegin(), checks.rules.cend(), [&](const RuleInfo &r) { return r.code == code; }))
            return &checks;
    }
    return nullptr;
}

} // namespace Rubric::CheckRegistry
