/* Runs the command line argv[1] with its output on a pipe, sends Ctrl-C
   to the console after 1.5 s, and writes the child's exit status and the
   last 4 bytes it wrote, in hex, to the file ctrlc.out (the console's
   own output is full of Wine's terminal codes). */
#include <windows.h>
#include <stdio.h>
#include <string.h>

static BOOL WINAPI ignore(DWORD kind) {
    (void)kind;
    return TRUE;
}

int main(int argc, char **argv) {
    if (argc != 2) return 9;
    SetConsoleCtrlHandler(ignore, TRUE);
    SECURITY_ATTRIBUTES sa = {sizeof sa, NULL, TRUE};
    HANDLE rd, wr;
    CreatePipe(&rd, &wr, &sa, 1 << 20);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOA si = {sizeof si};
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = wr;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    PROCESS_INFORMATION pi;
    if (!CreateProcessA(NULL, argv[1], NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return 8;
    CloseHandle(wr);
    static char buf[1 << 16];
    unsigned char last[4] = {0};
    DWORD n, start = GetTickCount();
    BOOL sent = FALSE;
    for (;;) {
        DWORD avail = 0;
        if (!PeekNamedPipe(rd, NULL, 0, NULL, &avail, NULL)) break;
        if (avail) {
            if (!ReadFile(rd, buf, sizeof buf, &n, NULL) || !n) break;
            for (DWORD i = 0; i < n; i++) {
                memmove(last, last + 1, 3);
                last[3] = (unsigned char)buf[i];
            }
        } else {
            Sleep(10);
        }
        if (!sent && GetTickCount() - start > 1500) {
            sent = GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0);
            if (!sent) return 7;
        }
    }
    WaitForSingleObject(pi.hProcess, 10000);
    DWORD code;
    GetExitCodeProcess(pi.hProcess, &code);
    FILE *f = fopen("ctrlc.out", "w");
    fprintf(f, "exit 0x%08lX last %02x %02x %02x %02x\n", code, last[0], last[1], last[2], last[3]);
    fclose(f);
    return 0;
}
