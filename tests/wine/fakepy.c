/* Stands for python.exe: answers --version like Python 3, saves the
   bridge program it is given (to compare with bootstrap.py), and plays the
   bridge's side of the protocol on the two pipe handles named READ,WRITE:
   greets, prints each path, answers "1" (failed) for a path holding "X%",
   "0" otherwise, each with an empty text, and ends with status 5 at a path holding "exit". */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "--version")) {
        printf("Python 3.99.0\n");
        return 0;
    }
    if (argc != 6 || strcmp(argv[1], "-c")) return 9;
    FILE *f = fopen("bootstrap.seen", "wb");
    fwrite(argv[2], 1, strlen(argv[2]), f);
    fclose(f);
    char *comma = strchr(argv[3], ',');
    if (!comma) return 8;
    HANDLE rd = (HANDLE)(uintptr_t)_strtoui64(argv[3], NULL, 10);
    HANDLE wr = (HANDLE)(uintptr_t)_strtoui64(comma + 1, NULL, 10);
    DWORD n, m;
    if (!WriteFile(wr, "ffind-bridge 1\n", 15, &n, NULL)) return 7;
    static char buf[65536], path[65536];
    size_t len = 0;
    for (;;) {
        if (!ReadFile(rd, buf, sizeof buf, &n, NULL) || n == 0) break;
        for (DWORD i = 0; i < n; i++) {
            if (buf[i]) {
                path[len++] = buf[i];
                continue;
            }
            path[len] = 0;
            len = 0;
            printf("%s %s: [%s]\n", argv[4], argv[5], path);
            fflush(stdout);
            if (strstr(path, "exit")) return 5;
            /* The answer: one byte, then a 4-byte big-endian length (0). */
            char answer[5] = {strstr(path, "X%") ? '1' : '0', 0, 0, 0, 0};
            WriteFile(wr, answer, sizeof answer, &m, NULL);
        }
    }
    printf("end of input\n");
    return 0;
}
