#include "pinyin.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>

namespace qtill::inventory {

namespace {

/// The transliterator and the per-character cache (a store has a few thousand distinct characters).
struct PinyinTable
{
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> transliterator;
    QHash<char32_t, QChar> cache;

    PinyinTable()
    {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }

    QChar initialOf(char32_t c)
    {
        QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(c); it != cache.constEnd())
            return *it;
        QChar initial;
        if (transliterator) {
            icu::UnicodeString text(static_cast<UChar32>(c));
            transliterator->transliterate(text);
            for (int32_t i = 0; i < text.length(); ++i) {
                const char16_t u = text.charAt(i);
                if (u >= u'a' && u <= u'z') {
                    initial = QChar(char16_t(u - u'a' + u'A'));
                    break;
                }
                if (u >= u'A' && u <= u'Z') {
                    initial = QChar(u);
                    break;
                }
            }
        }
        cache.insert(c, initial);
        return initial;
    }
};

PinyinTable &table()
{
    static PinyinTable instance;
    return instance;
}

bool isHan(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

} // namespace

QChar Pinyin::initialOf(char32_t hanCharacter)
{
    return table().initialOf(hanCharacter);
}

bool Pinyin::isAvailable()
{
    return table().transliterator != nullptr;
}

QString Pinyin::initials(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0; // full-width ASCII
        if (c >= U'a' && c <= U'z') {
            out += QChar(char16_t(c - U'a' + U'A'));
        } else if ((c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')) {
            out += QChar(char16_t(c));
        } else if (c >= 0x2E80 && isHan(c)) {
            if (const QChar initial = table().initialOf(c); !initial.isNull())
                out += initial;
        }
    }
    return out;
}

} // namespace qtill::inventory
