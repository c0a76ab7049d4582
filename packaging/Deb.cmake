# SPDX-License-Identifier: GPL-3.0-or-later
# CPack DEB: one package per install component. Shared libraries are found by dpkg-shlibdeps;
# Qt's plugins (SQL drivers, SVG icons) are not linked, so they are named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keydesk)
set(CPACK_PACKAGE_VENDOR "The KeyDesk developers")
set(CPACK_PACKAGE_CONTACT "${KEYDESK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# CPack's own default: CPackDeb then puts no shared first line above each component's text.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_PREFIX /usr) # the prefix under DESTDIR
set(CPACK_SET_DESTDIR ON) # the unit and /etc/default/keydesk-server have absolute destinations
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL console cli server)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SOURCE keydesk)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

set(sqlite_driver "libqt6sql6-sqlite")
set(psql_driver "libqt6sql6-psql")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME keydesk)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "${sqlite_driver}, libqt6svg6")
# qt6-translations-l10n: Qt's own dialog buttons in German and French (KeyDesk's are built in).
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS
    "${psql_driver}, gnome-keyring | libkf5wallet-bin, qt6-translations-l10n")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "keydeskctl")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION "desktop console for the API keys of file-sharing sites
KeyDesk manages the API keys of a multi-site file-sharing platform, modelled
on the Files.com API-key system. Site administrators keep per-site key
tables, users create their own keys when their site allows it, and help-desk
staff disable and revoke user keys.

This package contains the console: a site tree, the key table with filters
and search, the details and audit trail of each key, and a one-time reveal
of new keys. It works on a local SQLite store, on PostgreSQL or through a
KeyDesk server, and keeps its API keys in the desktop keychain.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME keydeskctl)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${sqlite_driver}")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "${psql_driver}, qt6-translations-l10n")
set(CPACK_DEBIAN_CLI_DESCRIPTION "command-line tool for KeyDesk API keys
KeyDesk manages the API keys of a multi-site file-sharing platform, modelled
on the Files.com API-key system.

This package contains keydeskctl, which initialises stores and creates,
lists, verifies, disables and revokes keys, sites and users from scripts,
with JSON output and stable exit codes. It works on SQLite and PostgreSQL
stores and through a KeyDesk server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME keydesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "${sqlite_driver}")
# keydeskctl initialises the store the server serves.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "keydeskctl (= ${PROJECT_VERSION}-1), ${psql_driver}")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Files.com-compatible REST server for KeyDesk API keys
KeyDesk manages the API keys of a multi-site file-sharing platform, modelled
on the Files.com API-key system.

This package contains keydesk-server, which serves a KeyDesk store (SQLite
or PostgreSQL) over a Files.com-compatible REST API with TLS, sites by host
name and rate-limited authentication, and its hardened systemd service. The
service is installed but not enabled: initialise its store first.")
set(server_scripts ${CMAKE_CURRENT_SOURCE_DIR}/debian/keydesk-server)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles "${KEYDESK_DEFAULTS_DIR}/keydesk-server\n")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${server_scripts}/postinst ${server_scripts}/prerm ${server_scripts}/postrm
    ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles)

include(CPack)
