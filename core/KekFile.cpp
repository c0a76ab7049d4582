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
    Kek kek = KekRing::generate();
    SecretBytes line = SecretBytes::copyOf(kek.id.toStdString());
    line.append(" ");
    SecretBytes encoded(45);
    EVP_EncodeBlock(encoded.bytes(), kek.key.bytes(), kKekBytes);
    line.append(std::string_view(encoded.data(), 44));
    line.append("\n");
    const QByteArray native = path.toLocal8Bit();
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return std::unexpected(
            kekError(QStringLiteral("Cannot create the key-encryption key file ") + path +
                     QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))));
    const bool written =
        ::write(fd, line.data(), static_cast<size_t>(line.size())) == line.size() &&
        ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        return std::unexpected(
            kekError(QStringLiteral("Cannot write the key-encryption key file ") + path));
    KekRing ring;
    ring.add(std::move(kek));
    return ring;
}

Result<KekRing> KekFile::fromEnvironment()
{
    const char* value = std::getenv("KEYDESK_KEK");
    KekRing ring;
    if (!value || !*value)
        return ring;
    auto kek = parseEntry(value, ':');
    if (!kek)
        return std::unexpected(kek.error());
    ring.add(std::move(*kek));
    return ring;
}

} // namespace keydesk
