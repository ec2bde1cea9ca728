// trialscope-cli entry point (skeleton; commands are added in app/cli/).
#include <cstdio>
#include <cstring>

#include "trialscope/version.h"

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("trialscope-cli %s\n", TRIALSCOPE_VERSION);
        return 0;
    }
    std::printf("usage: trialscope-cli [--db FILE] import|studies|km|labs|ae|delete|export ...\n");
    return 0;
}
