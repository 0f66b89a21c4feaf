#pragma once

#include "clock.h"
#include "moduleservices.h"
#include "operatorservice.h"
#include "pinhasher.h"
#include "result.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace qtill {

class AuditLog;
class BackupService;
class DeviceConfigService;
class DocumentNumbers;
class Journal;
class Authorizer;
class DomainModule;
class PermissionService;
class Store;
class StoreProfileService;
class StoreSettings;
class TaxClassService;
struct Schema;

/// The composition root shared by the app and qtillctl: opens the store, brings every schema up to
/// date, registers every permission and owns the foundation's services.
///
/// Order of open(): Store::open → migrate(core, documentnumbers, auth, audit, tax, devices, then each
/// module's schemas in the order given) → PermissionService::registerPermissions(core, then each
/// module's) → each module's createServices(), in order.
///
/// Ownership: Services owns the Store and the services; the Clock and the modules belong to the caller
/// and must outlive it. Threading: everything belongs to the thread that called open().
class Services
{
public:
    struct Options
    {
        const Clock &clock;
        QString path = {};                          ///< empty: Store::defaultPath() ($QTILL_DB or the app data folder)
        QList<const DomainModule *> modules = {};   ///< inventory, members, … in dependency order
        PinHasher::Params pinParams = PinHasher::Params::interactive();   ///< fastest() only in tests
        bool createIfMissing = true;                ///< false: a missing file is NotFound (qtillctl, except init)
        bool lockForApp = false;                    ///< the GUI app sets it (see Store::Options::lockForApp)
        /// false: no quick_check at open (see Store::Options::checkIntegrity); the app then runs
        /// Store::checkIntegrity on a worker. A failure while opening an unchecked file is diagnosed with
        /// quick_check, so a damaged file still reads as Corrupt.
        bool checkIntegrity = true;
        /// Where backups go (Store::Options::backupDir). Empty: "backups" beside a database file; for a
        /// server, "backups" in the user's app data folder. Tests give a temporary folder.
        QString backupDir = {};
    };

    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    /// Opens, migrates and wires everything. Errors are the Store's (missing, damaged, locked file) or
    /// a failed migration; nothing is left open on failure.
    static Result<std::unique_ptr<Services>> open(const Options &options);

    /// The operators a new store starts with (qtillctl init, the app's first run), to be changed at once:
    /// 00 owner "店主" PIN 888888, 01 cashier "收银员01" PIN 0000, 99 supervisor "值班主管" PIN 123456.
    static QList<OperatorService::NewOperator> firstRunOperators();

    /// The schemas the foundation owns: core, documentnumbers, auth, audit, tax, devices.
    static QList<Schema> foundationSchemas();
    /// Foundation schemas followed by every module's, in migration order.
    QList<Schema> allSchemas() const;
    const QList<const DomainModule *> &modules() const { return m_modules; }

    const Clock &clock() const { return m_clock; }
    Store &store() { return *m_store; }
    StoreSettings &settings() { return *m_settings; }
    AuditLog &auditLog() { return *m_audit; }
    PermissionService &permissions() { return *m_permissions; }
    const PinHasher &pinHasher() const { return m_hasher; }
    OperatorService &operators() { return *m_operators; }
    Authorizer &authorizer() { return *m_authorizer; }
    StoreProfileService &storeProfile() { return *m_storeProfile; }
    TaxClassService &taxClasses() { return *m_taxClasses; }
    DeviceConfigService &deviceConfig() { return *m_deviceConfig; }
    /// Document numbers (purchase orders, receipts, Z reports, …): one gapless counter per register
    /// and document kind, taken inside the transaction that writes the document.
    DocumentNumbers &documentNumbers() { return *m_documentNumbers; }
    Journal &journal() { return *m_journal; }
    BackupService &backup() { return *m_backup; }

    /// The services of the module whose owner object is a T (see DomainModule::createServices), or
    /// nullptr when no module built one. Modules wrap this in T::of(Services &).
    template <class T>
    T *moduleServices() const
    {
        for (const auto &owned : m_moduleServices) {
            if (auto *found = dynamic_cast<T *>(owned.get()))
                return found;
        }
        return nullptr;
    }

private:
    Services(const Options &options, std::unique_ptr<Store> store);

    const Clock &m_clock;
    QList<const DomainModule *> m_modules;
    PinHasher m_hasher;
    // Declaration order is construction order: each service is built after what it uses.
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreSettings> m_settings;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PermissionService> m_permissions;
    std::unique_ptr<OperatorService> m_operators;
    std::unique_ptr<Authorizer> m_authorizer;
    std::unique_ptr<StoreProfileService> m_storeProfile;
    std::unique_ptr<TaxClassService> m_taxClasses;
    std::unique_ptr<DeviceConfigService> m_deviceConfig;
    std::unique_ptr<DocumentNumbers> m_documentNumbers;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<BackupService> m_backup;
    // Last, so destroyed first: a module's services use the core services above.
    std::vector<std::unique_ptr<ModuleServices>> m_moduleServices;
};

} // namespace qtill
