// main() for non-widget tests: a QCoreApplication so Qt's SQL drivers and translations work.
#include "testsupport.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    const qtill::test::PrivateDataHome dataHome; // backups of server stores, app data: never the user's
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
