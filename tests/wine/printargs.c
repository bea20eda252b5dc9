/* Prints each argument as the C runtime parsed it, in brackets, one a
   line, in UTF-8: what a program run by ffind --exec receives. */
#include <windows.h>

int wmain(int argc, wchar_t **argv) {
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    static char buf[1 << 16];
    DWORD n;
    for (int i = 1; i < argc; i++) {
        int len = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, buf + 1, sizeof buf - 3, NULL, NULL);
        if (len <= 0) return 2;
        buf[0] = '[';
        buf[len] = ']';
        buf[len + 1] = '\n';
        WriteFile(out, buf, len + 2, &n, NULL);
    }
    return 0;
}
