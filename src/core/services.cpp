#include "services.h"

#include "auditlog.h"
#include "authorizer.h"
#include "backupservice.h"
#include "deviceconfigservice.h"
#include "documentnumbers.h"
#include "journal.h"
#include "module.h"
#include "operatorservice.h"
#include "permissionservice.h"
#include "store.h"
#include "storeprofileservice.h"
#include "storesettings.h"
#include "taxclassservice.h"

namespace qtill {

Services::Services(const Options &options, std::unique_ptr<Store> store)
    : m_clock(options.clock)
    , m_modules(options.modules)
    , m_hasher(options.pinParams)
    , m_store(std::move(store))
    , m_settings(std::make_unique<StoreSettings>(*m_store))
    , m_audit(std::make_unique<AuditLog>(*m_store))
    , m_permissions(std::make_unique<PermissionService>(*m_store, *m_audit))
    , m_operators(std::make_unique<OperatorService>(*m_store, *m_audit, *m_permissions, m_hasher))
    , m_authorizer(std::make_unique<Authorizer>(*m_audit, *m_permissions, *m_operators))
    , m_storeProfile(std::make_unique<StoreProfileService>(*m_store, *m_settings, *m_permissions, *m_audit))
    , m_taxClasses(std::make_unique<TaxClassService>(*m_store, *m_permissions, *m_audit))
    , m_deviceConfig(std::make_unique<DeviceConfigService>(*m_store, *m_permissions, *m_audit))
    , m_documentNumbers(std::make_unique<DocumentNumbers>(*m_store, *m_storeProfile))
    , m_journal(std::make_unique<Journal>(*m_store))
    , m_backup(std::make_unique<BackupService>(*m_store, *m_permissions, *m_audit))
{
}

Services::~Services() = default;

QList<OperatorService::NewOperator> Services::firstRunOperators()
{
    return {
        {QStringLiteral("00"), QStringLiteral("店主"), Role::Owner, QStringLiteral("888888")},
        {QStringLiteral("01"), QStringLiteral("收银员01"), Role::Cashier, QStringLiteral("0000")},
        {QStringLiteral("99"), QStringLiteral("值班主管"), Role::Supervisor, QStringLiteral("123456")},
    };
}

QList<Schema> Services::foundationSchemas()
{
    return {StoreSettings::schema(), DocumentNumbers::schema(), OperatorService::schema(), AuditLog::schema(), TaxClassService::schema(),
            DeviceConfigService::schema(), Journal::schema()};
}

QList<Schema> Services::allSchemas() const
{
    QList<Schema> schemas = foundationSchemas();
    for (const DomainModule *module : m_modules)
        schemas += module->schemas();
    return schemas;
}

Result<std::unique_ptr<Services>> Services::open(const Options &options)
{
    Store::Options storeOptions;
    storeOptions.path = options.path.isEmpty() ? Store::defaultPath() : options.path;
    storeOptions.createIfMissing = options.createIfMissing;
    storeOptions.lockForApp = options.lockForApp;
    storeOptions.checkIntegrity = options.checkIntegrity;
    storeOptions.backupDir = options.backupDir;
    auto store = Store::open(storeOptions, options.clock);
    if (!store)
        return store.error();

    std::unique_ptr<Services> services(new Services(options, std::move(store.value())));
    // On a file opened without quick_check, a failure may be damage: then say so (the check's message).
    const auto diagnosed = [&](const Error &failed) -> Error {
        if (services->m_store->integrityChecked())
            return failed;
        const Status sound = services->m_store->quickCheck();
        return sound ? failed : sound.error();
    };
    if (Status migrated = services->m_store->migrate(services->allSchemas()); !migrated)
        return diagnosed(migrated.error());

    QList<PermissionDef> permissions = PermissionService::corePermissions();
    for (const DomainModule *module : options.modules)
        permissions += module->permissions();
    if (Status registered = services->m_permissions->registerPermissions(permissions); !registered)
        return diagnosed(registered.error());
    for (const DomainModule *module : options.modules) {
        if (auto owned = module->createServices(*services))
            services->m_moduleServices.push_back(std::move(owned));
    }
    return services;
}

} // namespace qtill
