/* Sagsform: a small Win32 program of the kind a municipality still runs, the Windows demo's
 * program (`Opskrift.cmd demo`, with demo.yaml and cases.csv beside it) and the Wine tests'.
 *
 * Danish labels, edit fields (one for a password), a list, buttons and a confirmation window.
 * What it receives is written as UTF-8 lines to a file, so that a test or the demo shows what
 * the program got, not what the robot meant to send:
 *   login=ok|wrong         after "Log ind" (the password itself is never written)
 *   navn=..., cpr=..., afdeling=..., gemt=ja|nej   after "Gem" and the confirmation
 * The file is the one named by its first argument; without one, demo\sagsform_gemt.txt in
 * %WORKBENCH_HOME% (where the demo keeps its runs), else in %TEMP%\sagsform-demo. A case saved
 * ("Ja") empties the form for the next one, and "Gem" sets the status line anew, so that "Sagen
 * er gemt" always tells of the case just saved.
 * It is DPI aware the way a well-kept Win32 program is: at 125-200 % (Windows' display scale, Wine's
 * LogPixels) every size and place is scaled, and its text is drawn larger.
 * Built with Debian's gcc-mingw-w64-x86-64 (scripts/build_windows.py does this):
 *   x86_64-w64-mingw32-gcc -municode -mwindows -O2 -o Sagsform.exe sagsform.c
 */
#include <windows.h>
#include <stdio.h>

#define ID_NAME 101
#define ID_CPR 102
#define ID_LIST 103
#define ID_SAVE 104
#define ID_PASSWORD 105
#define ID_LOGIN 106
#define ID_STATUS 107
#define ID_YES 201
#define ID_NO 202

static const wchar_t *PASSWORD = L"Sommer2024!";
static const wchar_t *DEPARTMENTS[] = {L"Borgerservice", L"Løn og personale", L"IT-support",
                                       L"Økonomi", L"Sagsbehandling"};
static HWND main_window, confirm_window;
static HFONT font;
static FILE *out;
static int dpi = 96;
#define S(v) MulDiv((v), dpi, 96)

static void write_line(const wchar_t *key, const wchar_t *value) {
    char buf[2048];
    int n = WideCharToMultiByte(CP_UTF8, 0, value, -1, buf, sizeof buf, NULL, NULL);
    char k[64];
    WideCharToMultiByte(CP_UTF8, 0, key, -1, k, sizeof k, NULL, NULL);
    if (n > 0 && out) {
        fprintf(out, "%s=%s\n", k, buf);
        fflush(out);
    }
}

static HWND add(HWND parent, const wchar_t *cls, const wchar_t *text, DWORD style, int x, int y,
                int w, int h, int id) {
    HWND c = CreateWindowExW(!wcscmp(cls, L"EDIT") || !wcscmp(cls, L"LISTBOX") ? WS_EX_CLIENTEDGE : 0,
                             cls, text, WS_CHILD | WS_VISIBLE | style, S(x), S(y), S(w), S(h), parent,
                             (HMENU)(INT_PTR)id, GetModuleHandleW(NULL), NULL);
    SendMessageW(c, WM_SETFONT, (WPARAM)font, TRUE);
    return c;
}

static void status(const wchar_t *text) { SetDlgItemTextW(main_window, ID_STATUS, text); }

static LRESULT CALLBACK confirm_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp) {
    if (msg == WM_COMMAND && (LOWORD(wp) == ID_YES || LOWORD(wp) == ID_NO)) {
        wchar_t name[256], cpr[64], dept[64] = L"";
        GetDlgItemTextW(main_window, ID_NAME, name, 256);
        GetDlgItemTextW(main_window, ID_CPR, cpr, 64);
        LRESULT sel = SendDlgItemMessageW(main_window, ID_LIST, LB_GETCURSEL, 0, 0);
        if (sel != LB_ERR) SendDlgItemMessageW(main_window, ID_LIST, LB_GETTEXT, sel, (LPARAM)dept);
        write_line(L"navn", name);
        write_line(L"cpr", cpr);
        write_line(L"afdeling", dept);
        write_line(L"gemt", LOWORD(wp) == ID_YES ? L"ja" : L"nej");
        if (LOWORD(wp) == ID_YES) {  /* saved: the form is empty for the next case */
            SetDlgItemTextW(main_window, ID_NAME, L"");
            SetDlgItemTextW(main_window, ID_CPR, L"");
            SendDlgItemMessageW(main_window, ID_LIST, LB_SETCURSEL, (WPARAM)-1, 0);
        }
        status(LOWORD(wp) == ID_YES ? L"Sagen er gemt" : L"Sagen er ikke gemt");
        EnableWindow(main_window, TRUE);
        DestroyWindow(hwnd);
        confirm_window = NULL;
        SetForegroundWindow(main_window);
        return 0;
    }
    if (msg == WM_CLOSE) {
        EnableWindow(main_window, TRUE);
        DestroyWindow(hwnd);
        confirm_window = NULL;
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static void confirm(void) {
    wchar_t name[256], question[320];
    GetDlgItemTextW(main_window, ID_NAME, name, 256);
    swprintf(question, 320, L"Vil du gemme sagen for %ls?", name);
    RECT r;
    GetWindowRect(main_window, &r);
    confirm_window = CreateWindowExW(WS_EX_DLGMODALFRAME, L"SagsformBekraeft", L"Bekræft",
                                     WS_POPUP | WS_CAPTION | WS_SYSMENU | WS_VISIBLE,
                                     r.left + S(120), r.top + S(140), S(380), S(160), main_window, NULL,
                                     GetModuleHandleW(NULL), NULL);
    add(confirm_window, L"STATIC", question, 0, 20, 20, 340, 24, 0);
    add(confirm_window, L"BUTTON", L"Ja", BS_DEFPUSHBUTTON | WS_TABSTOP, 90, 70, 90, 30, ID_YES);
    add(confirm_window, L"BUTTON", L"Nej", BS_PUSHBUTTON | WS_TABSTOP, 200, 70, 90, 30, ID_NO);
    EnableWindow(main_window, FALSE);
    SetForegroundWindow(confirm_window);
}

static LRESULT CALLBACK main_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp) {
    switch (msg) {
    case WM_CREATE:
        main_window = hwnd;
        add(hwnd, L"STATIC", L"Adgangskode:", 0, 20, 22, 130, 24, 0);
        add(hwnd, L"EDIT", L"", ES_PASSWORD | ES_AUTOHSCROLL | WS_TABSTOP, 160, 18, 220, 28, ID_PASSWORD);
        add(hwnd, L"BUTTON", L"Log ind", BS_PUSHBUTTON | WS_TABSTOP, 400, 17, 110, 30, ID_LOGIN);
        add(hwnd, L"STATIC", L"Navn:", 0, 20, 82, 130, 24, 0);
        add(hwnd, L"EDIT", L"", ES_AUTOHSCROLL | WS_TABSTOP, 160, 78, 350, 28, ID_NAME);
        add(hwnd, L"STATIC", L"CPR-nummer:", 0, 20, 128, 130, 24, 0);
        add(hwnd, L"EDIT", L"", ES_AUTOHSCROLL | WS_TABSTOP, 160, 124, 200, 28, ID_CPR);
        add(hwnd, L"STATIC", L"Afdeling:", 0, 20, 174, 130, 24, 0);
        HWND list = add(hwnd, L"LISTBOX", L"", LBS_NOTIFY | WS_VSCROLL | WS_TABSTOP, 160, 170, 260, 130, ID_LIST);
        for (int i = 0; i < 5; i++) SendMessageW(list, LB_ADDSTRING, 0, (LPARAM)DEPARTMENTS[i]);
        add(hwnd, L"BUTTON", L"Gem", BS_PUSHBUTTON | WS_TABSTOP, 160, 320, 110, 32, ID_SAVE);
        add(hwnd, L"STATIC", L"Klar", 0, 300, 326, 260, 24, ID_STATUS);
        return 0;
    case WM_COMMAND:
        if (LOWORD(wp) == ID_LOGIN) {
            wchar_t typed[128];
            GetDlgItemTextW(hwnd, ID_PASSWORD, typed, 128);
            int ok = !wcscmp(typed, PASSWORD);
            write_line(L"login", ok ? L"ok" : L"wrong");
            status(ok ? L"Du er logget ind" : L"Forkert adgangskode");
        } else if (LOWORD(wp) == ID_SAVE && !confirm_window) {
            status(L"Venter på bekræftelse");
            confirm();
        }
        return 0;
    case WM_DESTROY:
        PostQuitMessage(0);
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

/* Without a file named on the command line: demo\sagsform_gemt.txt in %WORKBENCH_HOME%, else
 * in %TEMP%\sagsform-demo (the folder is made where missing). */
static FILE *open_default_store(void) {
    wchar_t path[MAX_PATH];
    const wchar_t *home = _wgetenv(L"WORKBENCH_HOME");
    if (home && *home) {
        _snwprintf(path, MAX_PATH, L"%ls\\demo", home);
    } else {
        wchar_t temp[MAX_PATH];
        if (!GetTempPathW(MAX_PATH, temp)) return NULL;
        _snwprintf(path, MAX_PATH, L"%lssagsform-demo", temp);
    }
    path[MAX_PATH - 1] = 0;
    CreateDirectoryW(path, NULL);  /* fails harmlessly where it is there */
    size_t n = wcslen(path);
    _snwprintf(path + n, MAX_PATH - n, L"\\sagsform_gemt.txt");
    path[MAX_PATH - 1] = 0;
    return _wfopen(path, L"a");
}

int WINAPI wWinMain(HINSTANCE inst, HINSTANCE prev, PWSTR cmd, int show) {
    int argc;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    out = argc > 1 ? _wfopen(argv[1], L"a") : open_default_store();
    SetProcessDPIAware();
    HDC screen = GetDC(NULL);
    dpi = GetDeviceCaps(screen, LOGPIXELSY);
    ReleaseDC(NULL, screen);
    font = CreateFontW(S(-15), 0, 0, 0, FW_NORMAL, 0, 0, 0, DEFAULT_CHARSET, 0, 0, CLEARTYPE_QUALITY,
                       0, L"Tahoma");
    WNDCLASSW wc = {0};
    wc.lpfnWndProc = main_proc;
    wc.hInstance = inst;
    wc.hCursor = LoadCursor(NULL, IDC_ARROW);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.lpszClassName = L"Sagsform";
    RegisterClassW(&wc);
    wc.lpfnWndProc = confirm_proc;
    wc.lpszClassName = L"SagsformBekraeft";
    RegisterClassW(&wc);
    CreateWindowExW(0, L"Sagsform", L"Sagsform – Registrering af sager",
                    WS_OVERLAPPEDWINDOW | WS_VISIBLE, S(60), S(60), S(600), S(420), NULL, NULL,
                    inst, NULL);
    MSG msg;
    while (GetMessageW(&msg, NULL, 0, 0) > 0) {
        if (!IsDialogMessageW(confirm_window ? confirm_window : main_window, &msg)) {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
    if (out) fclose(out);
    return 0;
}
