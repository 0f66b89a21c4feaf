#include "storeinfo.h"

#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qtill {

Result<StoreInfo> StoreInfo::of(const Store &store)
{
    StoreInfo info{store.dialect().name(), store.engineVersion(), store.displayName(), 0};
    if (store.dialect().isPostgres()) {
        auto size = store.exec(QStringLiteral("SELECT pg_database_size(current_database())"), {},
                               QCoreApplication::translate("qtill::StoreInfo", "The size of the database could not be read."));
        if (!size)
            return size.error();
        if (size->next())
            info.sizeBytes = size->value(0).toLongLong();
        return info;
    }
    const QString file = store.address().filePath();
    info.sizeBytes = QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    return info;
}

} // namespace qtill
