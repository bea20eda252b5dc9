/* Prints how many arguments it was given: one line per --exec-batch run. */
#include <stdio.h>

int main(int argc, char **argv) {
    (void)argv;
    printf("%d\n", argc - 1);
    return 0;
}
