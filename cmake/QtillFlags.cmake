# One INTERFACE target carries the flags every Qtill target shares.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(QTILL_CCACHE ccache)
if(QTILL_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${QTILL_CCACHE}")
endif()

add_library(qtill_flags INTERFACE)
add_library(Qtill::flags ALIAS qtill_flags)
target_compile_features(qtill_flags INTERFACE cxx_std_20)
target_compile_definitions(qtill_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
target_compile_options(qtill_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(QTILL_WERROR)
    target_compile_options(qtill_flags INTERFACE -Werror)
endif()
if(QTILL_SANITIZE)
    target_compile_options(qtill_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(qtill_flags INTERFACE -fsanitize=address,undefined)
endif()
