# Project-wide compile settings, carried by INTERFACE targets that every target links.
add_library(trialscope_options INTERFACE)
target_compile_features(trialscope_options INTERFACE cxx_std_20)
target_include_directories(trialscope_options INTERFACE
  ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/generated)

add_library(trialscope_warnings INTERFACE)
target_compile_options(trialscope_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow
  # g++ 12 at -O3 reports false -Wrestrict overlaps inside std::string (GCC bug 105651).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  $<$<BOOL:${TRIALSCOPE_WERROR}>:-Werror>)

if(TRIALSCOPE_SANITIZE)
  target_compile_options(trialscope_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(trialscope_options INTERFACE -fsanitize=address,undefined)
endif()
