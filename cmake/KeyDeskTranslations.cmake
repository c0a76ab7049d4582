# SPDX-License-Identifier: GPL-3.0-or-later
# The console's and keydeskctl's translations (translations/keydesk_<lang>.ts, Qt Linguist).
# keydesk_embed_translations(<target>) compiles them with lrelease and embeds them in <target>
# as :/i18n/keydesk_<lang>.qm, where keydesk::Translations::install() looks.
# scripts/l10n-update (or `ninja update_translations`) runs lupdate over the sources.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(KEYDESK_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/keydesk_de.ts
    ${PROJECT_SOURCE_DIR}/translations/keydesk_fr.ts)

function(keydesk_embed_translations target)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_i18n)
    set_source_files_properties(${KEYDESK_TS_FILES} PROPERTIES OUTPUT_LOCATION ${out})
    qt_add_lrelease(${target} TS_FILES ${KEYDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm
                    NO_GLOBAL_TARGET)
    qt_add_resources(${target} ${target}_i18n PREFIX /i18n BASE ${out} FILES ${qm})
endfunction()

add_custom_target(update_translations
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/l10n-update
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "lupdate: translations/keydesk_*.ts from core, ui, app/keydesk and app/keydeskctl"
    VERBATIM)
