#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace qtill::shell {

class ShellContext;

/// Where a screen's work happens. The home screen shows the counter's tiles first, under their own
/// heading, then the back office's.
enum class ScreenArea {
    Counter,      ///< at the till, with a customer waiting: selling, price checks, after-sales
    BackOffice,   ///< stock, purchasing, reports, settings: the manager's side
};

/// One screen a module offers the shell: an entry in the navigation rail.
///
/// The shell shows the entry only to operators who hold `permission` (empty: everyone signed in),
/// creates the widget lazily with `create` the first time it is opened, and owns it afterwards.
/// The shell knows modules only through these descriptors.
struct ScreenDescriptor
{
    QString id;                 ///< stable, e.g. "inventory.products"; used by --screenshot file names
    QString title;              ///< translated, short (fits the rail: 2-4 Chinese characters)
    QIcon icon;
    QString permission;         ///< needed to see the screen; the screen's actions still check in the domain
    int order = 100;            ///< position in the rail, smaller first
    std::function<QWidget *(ShellContext &context, QWidget *parent)> create;
    /// Optional: the rail shows one entry for all screens of a group (kSettingsGroup: one "Settings"
    /// entry opening a page of tiles, one per screen, ordered by `order`). Empty: an entry of its own.
    QString group = {};
    /// Optional: one translated line saying what the screen is for, shown on its tile
    /// ("Name, address and receipt header of the store").
    QString description = {};
    /// Optional: where the screen's work happens (the home screen groups its tiles by it).
    ScreenArea area = ScreenArea::BackOffice;
    /// Optional: this is the till, where sales are taken. A cashier lands on it after signing in
    /// (everyone else on the home screen); while no module offers one, the home screen says so.
    bool till = false;
};

/// The group of the store's settings (store, taxes, operators, roles, audit, backup, devices).
inline constexpr const char *kSettingsGroup = "settings";

/// A card a module puts on the home screen (e.g. stock alerts for the manager), beside the session
/// card. Shown to operators who hold `permission` (empty: everyone), sorted by order; created afresh
/// each time the home screen is shown, so it can read the current state once in its constructor.
struct HomeCard
{
    QString id;                 ///< stable, also the card widget's objectName
    QString permission;
    int order = 100;
    std::function<QWidget *(ShellContext &context, QWidget *parent)> create;
};

/// What a module's _ui library registers with the shell. The application (src/app) creates one object
/// per module and hands it to the shell at start-up; the shell asks screens() once, after the services
/// are open, and keeps the descriptors. The module object must outlive the main window.
///
///     class InventoryUi final : public qtill::shell::UiModule {
///         QString name() const override { return QStringLiteral("inventory"); }
///         QList<ScreenDescriptor> screens() const override {
///             return {{QStringLiteral("inventory.products"), tr("Products"), Icons::navIcon(u"products"_s),
///                      inventory::Permissions::kProductsView, 20,
///                      [](ShellContext &ctx, QWidget *parent) { return new ProductsScreen(ctx, parent); }}};
///         }
///     };
class UiModule
{
public:
    virtual ~UiModule() = default;
    virtual QString name() const = 0;
    virtual QList<ScreenDescriptor> screens() const = 0;
    /// Cards for the home screen; none by default.
    virtual QList<HomeCard> homeCards() const { return {}; }
};

/// Optional interface for a screen widget: told when it becomes visible, so it can refresh.
/// Implement it with multiple inheritance beside QWidget. (A change of operator destroys the screens;
/// see ShellContext.)
class ShellScreen
{
public:
    virtual ~ShellScreen() = default;
    /// Called each time the screen is brought to the front.
    virtual void activated() {}
    /// For `qtill --screenshot`: fill the screen with what it should show in a screenshot (e.g. open a
    /// representative record). Default: nothing.
    virtual void prepareScreenshot() {}
    /// For `qtill --screenshot`: further states of the screen worth a picture of their own (the till's
    /// payment panel, a dialog the screen opens), each saved as "<screen id>.<state>". Default: none.
    virtual QStringList screenshotStates() const { return {}; }
    /// Puts the screen in `state` (one of screenshotStates()). Returns a dialog it opened for the shot
    /// (the shell grabs it over the window, then closes it), or nullptr when the screen itself shows it.
    virtual QWidget *prepareScreenshotState(const QString &state)
    {
        Q_UNUSED(state);
        return nullptr;
    }
};

} // namespace qtill::shell
