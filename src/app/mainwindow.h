#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace qtill::app {

class SignInScreen;
class Workspace;

/// The one window: either the sign-in / lock screen or the workspace, never both, so nothing of a
/// locked session shows behind the lock. The Application decides which is shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Takes ownership of both pages.
    MainWindow(SignInScreen *signIn, Workspace *workspace, QWidget *parent = nullptr);

    SignInScreen *signInScreen() const { return m_signIn; }
    Workspace *workspace() const { return m_workspace; }

    void showSignInPage();
    void showWorkspacePage();
    bool isWorkspaceShown() const;

private:
    QStackedWidget *m_pages;
    SignInScreen *m_signIn;
    Workspace *m_workspace;
};

} // namespace qtill::app
