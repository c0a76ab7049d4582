# SPDX-License-Identifier: GPL-3.0-or-later
# Debian 12's hardening build flags (dpkg-buildflags, hardening=+all) for every target, so the
# packaged binaries get fortified libc calls, stack protection and full RELRO (PIE is GCC's
# default). No _FORTIFY_SOURCE in Debug builds: it needs optimisation.
option(KEYDESK_HARDENING "Build with Debian's hardening flags (fortify, stack protector, RELRO)" ON)
if(KEYDESK_HARDENING)
    add_compile_options(-fstack-protector-strong)
    add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
