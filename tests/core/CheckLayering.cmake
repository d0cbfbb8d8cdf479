# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when core/ includes a GUI header or a ui/ header, or when a core-only binary needs
# libQt6Gui/libQt6Widgets.
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(violations "")
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" lines REGEX "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|ui/|Q(Widget|Application|Pixmap|Icon|Color|Font|Image|Painter|MainWindow|Dialog)[>\"])")
    foreach(line IN LISTS lines)
        list(APPEND violations "${file}: ${line}")
    endforeach()
endforeach()

execute_process(COMMAND readelf -d "${PROBE}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${PROBE}")
endif()
if(dynamic MATCHES "libQt6(Gui|Widgets)")
    list(APPEND violations "${PROBE} needs ${CMAKE_MATCH_0}")
endif()
if(NOT dynamic MATCHES "libQt6Core")
    message(FATAL_ERROR "the probe does not link QtCore; the check would prove nothing")
endif()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "core/ reaches the GUI layer:\n  ${text}")
endif()
message(STATUS "core/ is free of QtGui, QtWidgets and ui/ (${CMAKE_ARGC} args, ${PROBE})")
