// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBytes.h"

#include <cstring>
#include <openssl/crypto.h>

namespace keydesk {

SecretBytes::SecretBytes(qsizetype size)
{
    resize(size);
}

SecretBytes SecretBytes::copyOf(std::string_view bytes)
{
    SecretBytes secret;
    secret.append(bytes);
    return secret;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
    , m_capacity(other.m_capacity)
{
    other.m_size = 0;
    other.m_capacity = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = 0;
    }
    return *this;
}

void SecretBytes::reallocate(qsizetype capacity)
{
    auto fresh = std::make_unique<char[]>(static_cast<size_t>(capacity));
    std::memset(fresh.get(), 0, static_cast<size_t>(capacity));
    if (m_data) {
        std::memcpy(fresh.get(), m_data.get(), static_cast<size_t>(qMin(m_size, capacity)));
        OPENSSL_cleanse(m_data.get(), static_cast<size_t>(m_capacity));
    }
    m_data = std::move(fresh);
    m_capacity = capacity;
}

void SecretBytes::append(std::string_view bytes)
{
    const qsizetype needed = m_size + static_cast<qsizetype>(bytes.size());
    if (needed > m_capacity)
        reallocate(qMax(needed, m_capacity * 2));
    if (!bytes.empty())
        std::memcpy(m_data.get() + m_size, bytes.data(), bytes.size());
    m_size = needed;
}

void SecretBytes::resize(qsizetype size)
{
    if (size > m_capacity)
        reallocate(size);
    else if (size < m_size)
        OPENSSL_cleanse(m_data.get() + size, static_cast<size_t>(m_size - size));
    m_size = size;
}

void SecretBytes::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), static_cast<size_t>(m_capacity));
    m_data.reset();
    m_size = 0;
    m_capacity = 0;
}

} // namespace keydesk
