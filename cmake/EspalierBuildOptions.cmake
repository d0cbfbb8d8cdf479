# SPDX-License-Identifier: GPL-3.0-or-later
# Compile flags shared by every Espalier target ride on this INTERFACE target.
add_library(espalier_build_options INTERFACE)

target_compile_definitions(espalier_build_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED)

target_compile_options(espalier_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual
    -Wnon-virtual-dtor -Wcast-qual -Wformat=2
    $<$<BOOL:${ESPALIER_WARNINGS_AS_ERRORS}>:-Werror>)

target_include_directories(espalier_build_options INTERFACE "${PROJECT_SOURCE_DIR}")

if(ESPALIER_SANITIZERS)
    list(JOIN ESPALIER_SANITIZERS "," _espalier_sanitizers)
    target_compile_options(espalier_build_options INTERFACE
        -fsanitize=${_espalier_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(espalier_build_options INTERFACE -fsanitize=${_espalier_sanitizers})
endif()

# tl-expected (Debian libexpected-dev) is one header; wrap it in a target so it is found once.
find_path(TL_EXPECTED_INCLUDE_DIR tl/expected.hpp REQUIRED)
add_library(espalier_tl_expected INTERFACE)
target_include_directories(espalier_tl_expected SYSTEM INTERFACE "${TL_EXPECTED_INCLUDE_DIR}")
