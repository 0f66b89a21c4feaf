#pragma once

#include <QtGlobal>
#include <memory>
#include <string_view>

namespace qtill::hal {

/// A fixed-capacity byte buffer for sensitive data (raw magnetic-stripe tracks).
///
/// It never reallocates (so no stale copies are left in freed memory), cannot be copied, and wipes
/// its whole storage with explicit_bzero() on wipe() and on destruction. Nothing in this class logs
/// or converts the bytes to a QString.
class SecureBuffer
{
public:
    static constexpr qsizetype kDefaultCapacity = 512;

    explicit SecureBuffer(qsizetype capacity = kDefaultCapacity);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;

    /// Appends one byte; false (and nothing stored) when full.
    bool append(char byte);
    /// Appends bytes; false when they do not all fit (then nothing is stored).
    bool append(std::string_view bytes);
    /// Overwrites every byte of the storage with zeros and empties the buffer.
    void wipe();

    std::string_view view() const { return {m_data.get(), size_t(m_size)}; }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == m_capacity; }

    /// True when every byte of the storage (not just the used part) is zero. For tests that prove
    /// raw data is not retained.
    bool isAllZero() const;

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
};

/// Overwrites memory in a way the compiler may not optimise away.
void secureWipe(void *data, size_t size);

} // namespace qtill::hal
