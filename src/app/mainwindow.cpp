#include "mainwindow.h"

#include "signinscreen.h"
#include "workspace.h"

#include <QStackedWidget>

namespace qtill::app {

MainWindow::MainWindow(SignInScreen *signIn, Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)), m_signIn(signIn), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Qtill"));
    setMinimumSize(1024, 640);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    showSignInPage();
}

void MainWindow::showSignInPage()
{
    m_pages->setCurrentWidget(m_signIn);
}

void MainWindow::showWorkspacePage()
{
    m_pages->setCurrentWidget(m_workspace);
}

bool MainWindow::isWorkspaceShown() const
{
    return m_pages->currentWidget() == m_workspace;
}

} // namespace qtill::app
