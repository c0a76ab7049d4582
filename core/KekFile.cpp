// SPDX-License-Identifier: GPL-3.0-or-later
#include "KekFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keydesk {

namespace {
constexpr int kKekBytes = 32;
constexpr qsizetype kMaxFileBytes = 64 * 1024;

Error kekError(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, QStringLiteral("bad-request/invalid-kek")};
}

// Decodes base64 straight into wiped memory; only an exact 32-byte key is accepted.
Result<SecretBytes> decodeKey(std::string_view text)
{
    if (text.size() != 44)
        return std::unexpected(
            kekError(QStringLiteral("A key-encryption key must be 32 bytes in base64")));
    SecretBytes raw(33);
    const int n = EVP_DecodeBlock(raw.bytes(), reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    if (n != 33 || text.back() != '=' || text[text.size() - 2] == '=')
        return std::unexpected(
            kekError(QStringLiteral("A key-encryption key is not valid base64")));
    raw.resize(kKekBytes);
    return raw;
}

Result<Kek> parseEntry(std::string_view line, char separator)
{
    const auto split = line.find(separator);
    if (split == std::string_view::npos)
        return std::unexpected(kekError(QStringLiteral("A key-encryption key entry has no id")));
    const QString id = QString::fromLatin1(line.data(), static_cast<qsizetype>(split));
    if (!KekRing::isValidId(id))
        return std::unexpected(kekError(QStringLiteral("A key-encryption key id is not valid")));
    auto key = decodeKey(line.substr(split + 1));
    if (!key)
        return std::unexpected(key.error());
    return Kek{id, std::move(*key)};
}

Result<SecretBytes> readPrivateFile(const QString& path)
{
    const QByteArray native = path.toLocal8Bit();
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return std::unexpected(kekError(QStringLiteral("Cannot open the key-encryption key file ") +
                                        path + QStringLiteral(": ") +
                                        QString::fromLocal8Bit(std::strerror(errno))));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & 077) != 0) {
        ::close(fd);
        return std::unexpected(
            kekError(QStringLiteral("The key-encryption key file ") + path +
                     QStringLiteral(" must not be readable by group or others (chmod 600)")));
    }
    SecretBytes content(kMaxFileBytes);
    const ssize_t n = ::read(fd, content.data(), kMaxFileBytes);
    ::close(fd);
    if (n < 0)
        return std::unexpected(
            kekError(QStringLiteral("Cannot read the key-encryption key file ") + path));
    content.resize(n);
    return content;
}

// "<id> <base64>\n" per KEK, current first, in wiped memory.
SecretBytes serialize(const KekRing& ring)
{
    SecretBytes out;
    SecretBytes encoded(45);
    for (const Kek& kek : ring.all()) {
        out.append(kek.id.toStdString());
        out.append(" ");
        EVP_EncodeBlock(encoded.bytes(), kek.key.bytes(), kKekBytes);
        out.append(std::string_view(encoded.data(), 44));
        out.append("\n");
    }
    return out;
}

bool writeAll(int fd, const SecretBytes& content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n =
            ::write(fd, content.data() + done, static_cast<size_t>(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// The replacement keeps the owner and group of the file it replaces (root rotating the file
// of a service account must not leave the service unable to read it).
bool sameOwner(int fd, const struct stat& old)
{
    struct stat now {};
    if (::fstat(fd, &now) != 0)
        return false;
    if (now.st_uid == old.st_uid && now.st_gid == old.st_gid)
        return true;
    return ::fchown(fd, old.st_uid, old.st_gid) == 0;
}

// Makes the rename durable; failure only weakens durability, so it is not an error.
void syncDirectoryOf(const QByteArray& path)
{
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray dir = slash < 0    ? QByteArray(".")
                           : slash == 0 ? QByteArray("/")
                                        : path.left(slash);
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

Result<KekRing> KekFile::load(const QString& path)
{
    auto content = readPrivateFile(path);
    if (!content)
        return std::unexpected(content.error());
    KekRing ring;
    std::string_view rest = content->view();
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        if (line.empty() || line.front() == '#')
            continue;
        auto kek = parseEntry(line, ' ');
        if (!kek)
            return std::unexpected(kek.error());
        ring.add(std::move(*kek));
    }
    if (ring.isEmpty())
        return std::unexpected(kekError(QStringLiteral("The key-encryption key file ") + path +
                                        QStringLiteral(" holds no key")));
    return ring;
}

Result<KekRing> KekFile::create(const QString& path)
{
    KekRing ring;
    ring.add(KekRing::generate());
    const SecretBytes content = serialize(ring);
    const QByteArray native = path.toLocal8Bit();
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return std::unexpected(
            kekError(QStringLiteral("Cannot create the key-encryption key file ") + path +
                     QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))));
    const bool written = writeAll(fd, content) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        return std::unexpected(
            kekError(QStringLiteral("Cannot write the key-encryption key file ") + path));
    return ring;
}

Result<void> KekFile::replace(const QString& path, const KekRing& ring)
{
    if (ring.isEmpty())
        return std::unexpected(kekError(QStringLiteral("A key-encryption key file needs a key")));
    const QByteArray native = path.toLocal8Bit();
    struct stat old {};
    if (::lstat(native.constData(), &old) != 0 || !S_ISREG(old.st_mode))
        return std::unexpected(
            kekError(QStringLiteral("The key-encryption key file ") + path +
                     QStringLiteral(" does not exist or is not a regular file")));
    QByteArray temp = native + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return std::unexpected(
            kekError(QStringLiteral("Cannot create a new key-encryption key file beside ") + path +
                     QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))));
    const bool written = sameOwner(fd, old) && writeAll(fd, serialize(ring)) && ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || ::rename(temp.constData(), native.constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temp.constData());
        return std::unexpected(
            kekError(QStringLiteral("Cannot write the key-encryption key file ") + path +
                     QStringLiteral(": ") + reason));
    }
    syncDirectoryOf(native);
    return {};
}

Result<KekRing> KekFile::fromEnvironment()
{
    const char* value = std::getenv("KEYDESK_KEK");
    KekRing ring;
    if (!value || !*value)
        return ring;
    std::string_view rest(value);
    while (true) { // ids and base64 never contain a comma or a space
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        const auto end = rest.find(',');
        auto kek = parseEntry(rest.substr(0, end), ':');
        if (!kek)
            return std::unexpected(kek.error());
        if (ring.find(kek->id))
            return std::unexpected(kekError(
                QStringLiteral("KEYDESK_KEK names the key-encryption key %1 twice").arg(kek->id)));
        ring.add(std::move(*kek));
        if (end == std::string_view::npos)
            break;
        rest = rest.substr(end + 1);
    }
    return ring;
}

} // namespace keydesk
