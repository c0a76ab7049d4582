# SPDX-License-Identifier: GPL-3.0-or-later
# keydesk_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [TIMEOUT <s>] [LABELS <l...>]
#                  [LAUNCHER <script>])  LAUNCHER runs the suite as "<script> <suite binary>".
# The one way a Qt Test suite joins CTest: offscreen platform, a timeout, no user state.
function(keydesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT;LAUNCHER" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test keydesk_warnings ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_LAUNCHER} $<TARGET_FILE:${T_NAME}>)
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/config;${T_ENVIRONMENT}")
endfunction()
