// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <memory>
#include <string_view>

namespace keydesk {

// Secret material (API keys, S3 secrets, KEKs) in memory. Move-only, never implicitly shared,
// wiped with OPENSSL_cleanse when destroyed, cleared or grown.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size); // zero-filled
    static SecretBytes copyOf(std::string_view bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    char* data() { return m_data.get(); }
    const char* data() const { return m_data.get(); }
    unsigned char* bytes() { return reinterpret_cast<unsigned char*>(m_data.get()); }
    const unsigned char* bytes() const
    {
        return reinterpret_cast<const unsigned char*>(m_data.get());
    }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::string_view view() const { return {m_data.get(), static_cast<size_t>(m_size)}; }
    QByteArrayView byteView() const { return {m_data.get(), m_size}; }

    void append(std::string_view bytes);
    void resize(qsizetype size); // shrink or zero-extend; old buffer wiped
    void clear();

private:
    void reallocate(qsizetype capacity);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace keydesk
