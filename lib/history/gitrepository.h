#pragma once

#include <QString>

#include <memory>

struct git_repository;

namespace Rubric {

// One opened repository. libgit2 objects are not shared between threads: open one
// GitRepository per thread (a history job opens its own), never pass it across.
class GitRepository final
{
public:
    // The repository the path (a file or folder) lies in, or null when it is in none:
    // then every history feature reports "no history" and nothing fails.
    static std::unique_ptr<GitRepository> discover(const QString &path, QString *error = nullptr);
    ~GitRepository();
    GitRepository(const GitRepository &) = delete;
    GitRepository &operator=(const GitRepository &) = delete;

    git_repository *handle() const { return m_repo; }
    QString workdir() const; // absolute, with a trailing '/'; empty for a bare repository
    // The path relative to the work tree ("_products/en/x.md"), empty when outside it.
    QString relativePath(const QString &path) const;

    // The last libgit2 error, for messages.
    static QString lastError();
    // Once per process; safe from any thread.
    static void ensureInitialized();

private:
    explicit GitRepository(git_repository *repo) : m_repo(repo) {}
    git_repository *m_repo = nullptr;
};

} // namespace Rubric
