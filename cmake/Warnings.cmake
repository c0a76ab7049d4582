# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's warning flags and compile definitions; every
# KeyDesk target links it privately so nothing leaks to consumers.
add_library(keydesk_warnings INTERFACE)
target_compile_options(keydesk_warnings INTERFACE
    -Wall -Wextra -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Wpedantic
    $<$<BOOL:${KEYDESK_WERROR}>:-Werror>)
target_compile_definitions(keydesk_warnings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
