#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace Parallax::Test {

// Points QSettings at an INI file in dir, under the organisation "ParallaxTest" and the given
// application name, so a test never reads or writes the user's settings. Call it from
// initTestCase, before anything reads a setting; dir must outlive the test.
inline void isolateSettings(const QTemporaryDir &dir, const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

} // namespace Parallax::Test
