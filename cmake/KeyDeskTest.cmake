# SPDX-License-Identifier: GPL-3.0-or-later
# Tests run in English whatever the machine speaks; tests/cli/tst_cli_l10n sets LANG itself.
set(KEYDESK_TEST_LOCALE "LANG=C.UTF-8;LC_ALL=;LC_MESSAGES=;LANGUAGE=")

# keydesk_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [TIMEOUT <s>] [LABELS <l...>]
#                  [LAUNCHER <script>] [EXECUTABLE <target>])
# LAUNCHER runs the suite as "<script> <suite binary>". EXECUTABLE runs an existing suite binary
# under another test name (one suite, several stores) instead of building one from SOURCES.
# The one way a Qt Test suite joins CTest: offscreen platform, a timeout, no user state.
function(keydesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT;LAUNCHER;EXECUTABLE" "SOURCES;LIBS;LABELS;ENVIRONMENT"
                          ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(target ${T_EXECUTABLE})
    if(NOT target)
        set(target ${T_NAME})
        add_executable(${target} ${T_SOURCES})
        target_link_libraries(${target} PRIVATE Qt6::Test keydesk_warnings ${T_LIBS})
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_LAUNCHER} $<TARGET_FILE:${target}>)
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${KEYDESK_TEST_LOCALE};XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/config;${T_ENVIRONMENT}")
endfunction()

# PostgreSQL for tests: tests/pg registers the CTest fixture "postgres" (pg_cluster_start and
# pg_cluster_stop), a throwaway cluster whose URL is written to ${KEYDESK_PG_URL_FILE}.
set(KEYDESK_PG_DIR "${CMAKE_BINARY_DIR}/pg")
set(KEYDESK_PG_URL_FILE "${KEYDESK_PG_DIR}/url")

# keydesk_require_postgres(<test> [RUN_SERIAL])  The test runs with the cluster up and finds its
# URL through KEYDESK_TEST_PG_URL_FILE. RUN_SERIAL for tests that stop the cluster.
function(keydesk_require_postgres test)
    cmake_parse_arguments(T "RUN_SERIAL" "" "" ${ARGN})
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
        "KEYDESK_TEST_PG_URL_FILE=${KEYDESK_PG_URL_FILE}")
    set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED postgres)
    set_property(TEST ${test} APPEND PROPERTY LABELS postgres)
    if(T_RUN_SERIAL)
        set_property(TEST ${test} PROPERTY RUN_SERIAL TRUE)
    endif()
endfunction()
