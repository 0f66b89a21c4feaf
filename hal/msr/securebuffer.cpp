#include "hal/msr/securebuffer.h"

#include <cstring>
#include <string.h>

namespace qtill::hal {

void secureWipe(void *data, size_t size)
{
    if (data && size)
        ::explicit_bzero(data, size);
}

SecureBuffer::SecureBuffer(qsizetype capacity)
    : m_data(new char[size_t(qMax<qsizetype>(capacity, 1))]()), m_capacity(qMax<qsizetype>(capacity, 1))
{
}

SecureBuffer::~SecureBuffer()
{
    if (m_data)
        secureWipe(m_data.get(), size_t(m_capacity));
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::move(other.m_data)), m_capacity(other.m_capacity), m_size(other.m_size)
{
    other.m_capacity = 0;
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            secureWipe(m_data.get(), size_t(m_capacity));
        m_data = std::move(other.m_data);
        m_capacity = other.m_capacity;
        m_size = other.m_size;
        other.m_capacity = 0;
        other.m_size = 0;
    }
    return *this;
}

bool SecureBuffer::append(char byte)
{
    if (!m_data || m_size >= m_capacity)
        return false;
    m_data[m_size++] = byte;
    return true;
}

bool SecureBuffer::append(std::string_view bytes)
{
    if (!m_data || qsizetype(bytes.size()) > m_capacity - m_size)
        return false;
    std::memcpy(m_data.get() + m_size, bytes.data(), bytes.size());
    m_size += qsizetype(bytes.size());
    return true;
}

void SecureBuffer::wipe()
{
    if (m_data)
        secureWipe(m_data.get(), size_t(m_capacity));
    m_size = 0;
}

bool SecureBuffer::isAllZero() const
{
    for (qsizetype i = 0; i < m_capacity; ++i) {
        if (m_data[i] != 0)
            return false;
    }
    return true;
}

} // namespace qtill::hal
