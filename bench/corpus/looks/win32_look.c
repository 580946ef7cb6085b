/*
 * The corpus screen in classic Win32 controls (USER32 STATIC, BUTTON, LISTBOX and a menu bar),
 * run under Wine; reports where its texts are drawn.
 *
 * Built by make.py (x86_64-w64-mingw32-gcc -municode -mwindows win32_look.c) and run under
 * wine64 as `win32_look SPEC X Y OUT` (SPEC and OUT as Windows paths). It is DPI aware
 * (SetProcessDPIAware): the scale is Windows' display scale, Wine's LogPixels (96 = 100 %), and
 * every size and place is scaled by it, the font being 8 pt "MS Shell Dlg" (Wine maps it to
 * Tahoma or its substitute). Once shown it writes one JSON line to OUT with every text's box in
 * screen coordinates, from the controls' client rects (GetClientRect + ClientToScreen) and the
 * font's metrics in the control's DC, as USER32 (Wine's user32/comctl32) draws them:
 *
 *   STATIC (SS_LEFT): DrawText(client rect, DT_LEFT | DT_WORDBREAK | DT_EXPANDTABS); the box is
 *     DrawText(DT_CALCRECT) at the client origin
 *   BUTTON (push button) and the owner-drawn green one: DrawText(DT_CENTER | DT_VCENTER |
 *     DT_SINGLELINE) in the client rect; the box is the DT_CALCRECT size centred in it
 *     (left + (width - cx) / 2, top + (height - cy) / 2); "&" marks the mnemonic
 *   LISTBOX: item i is drawn by ExtTextOut at (item rect left + 1, item rect top), LB_GETITEMRECT;
 *     the box is GetTextExtentPoint32 wide and the item high
 *   menu bar: the item's box, GetMenuItemRect (the text is centred in it)
 *
 * There is no ink box from the toolkit ("ink": null): make.py takes the letters' pixels inside
 * these boxes. The table is static cells.
 */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

#define MAXN 64
static wchar_t role[MAXN][16], style[MAXN][16], text[MAXN][128];
static HWND ctl[MAXN];
static int n, menu_pos[MAXN];
static HWND main_window;
static HMENU menubar;
static HFONT font, bold, small;
static HBRUSH green;
static int dpi = 96;
static wchar_t out_path[MAX_PATH];
#define S(v) MulDiv((v), dpi, 96)

static void read_spec(const wchar_t *path) {
    FILE *f = _wfopen(path, L"rb");
    char line[512];
    if (!f) ExitProcess(3);
    while (fgets(line, sizeof line, f) && n < MAXN) {
        wchar_t w[512], *a, *b, *c, *ctx;
        line[strcspn(line, "\r\n")] = 0;
        MultiByteToWideChar(CP_UTF8, 0, line, -1, w, 512);
        a = wcstok_s(w, L"\t", &ctx); b = wcstok_s(NULL, L"\t", &ctx); c = wcstok_s(NULL, L"\t", &ctx);
        if (!a || !b || !c) continue;
        wcsncpy(role[n], a, 15); wcsncpy(style[n], b, 15); wcsncpy(text[n], c, 127);
        n++;
    }
    fclose(f);
}

static const char *kind_of(const wchar_t *r) {
    if (!wcscmp(r, L"menu")) return "menu";
    if (!wcscmp(r, L"button")) return "button";
    if (!wcscmp(r, L"list")) return "list_row";
    if (!wcscmp(r, L"header")) return "table_header";
    if (!wcscmp(r, L"cell")) return "table_cell";
    return "label";
}

static HWND add(const wchar_t *cls, const wchar_t *label, DWORD st, DWORD ex, int x, int y, int w,
                int h, int id, HFONT f) {
    HWND c = CreateWindowExW(ex, cls, label, WS_CHILD | WS_VISIBLE | st, S(x), S(y), S(w), S(h),
                             main_window, (HMENU)(INT_PTR)id, GetModuleHandleW(NULL), NULL);
    SendMessageW(c, WM_SETFONT, (WPARAM)f, TRUE);
    return c;
}

static char buf[65536];
static int len, first = 1;

static void put(int i, int x, int y, int w, int h, const char *box_is, HFONT f) {
    char t[512], face[128], st[16];
    wchar_t wface[64] = L"";
    LOGFONTW lf;
    HDC dc = GetDC(NULL);
    HGDIOBJ old = SelectObject(dc, f);
    GetTextFaceW(dc, 64, wface);
    SelectObject(dc, old);
    ReleaseDC(NULL, dc);
    GetObjectW(f, sizeof lf, &lf);
    WideCharToMultiByte(CP_UTF8, 0, text[i], -1, t, sizeof t, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, wface, -1, face, sizeof face, NULL, NULL);
    WideCharToMultiByte(CP_UTF8, 0, style[i], -1, st, sizeof st, NULL, NULL);
    len += snprintf(buf + len, sizeof buf - len,
                    "%s{\"text\": \"%s\", \"kind\": \"%s\", \"style\": \"%s\", "
                    "\"text_box\": [%d, %d, %d, %d], \"ink\": null, \"ink_from\": null, "
                    "\"box_is\": \"%s\", \"font\": \"%s %d px%s\"}",
                    first ? "" : ", ", t, kind_of(role[i]), st, x, y, w, h, box_is, face,
                    (int)-lf.lfHeight, lf.lfWeight >= FW_BOLD ? " bold" : "");
    first = 0;
}

/* The box DrawText lays `s` out in, in control `c`'s DC with its font. */
static SIZE calc(HWND c, const wchar_t *s, UINT flags, int width) {
    HDC dc = GetDC(c);
    HFONT f = (HFONT)SendMessageW(c, WM_GETFONT, 0, 0);
    HGDIOBJ old = SelectObject(dc, f);
    RECT r = {0, 0, width, 0};
    SIZE sz;
    DrawTextW(dc, s, -1, &r, flags | DT_CALCRECT);
    SelectObject(dc, old);
    ReleaseDC(c, dc);
    sz.cx = r.right - r.left;
    sz.cy = r.bottom - r.top;
    return sz;
}

static void client_on_screen(HWND c, RECT *r) {
    POINT p = {0, 0};
    GetClientRect(c, r);
    ClientToScreen(c, &p);
    OffsetRect(r, p.x, p.y);
}

static void report(void) {
    RECT wr, r;
    int i;
    char ver[64] = "?";
    const char *(*wine_version)(void) =
        (const char *(*)(void))GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version");
    if (wine_version) snprintf(ver, sizeof ver, "%s", wine_version());
    GetWindowRect(main_window, &wr);
    len = snprintf(buf, sizeof buf, "{\"toolkit\": \"Win32 classic controls (Wine %s, %d dpi)\", "
                   "\"window\": [%ld, %ld, %ld, %ld], \"entries\": [", ver, dpi, wr.left, wr.top,
                   wr.right - wr.left, wr.bottom - wr.top);
    for (i = 0; i < n; i++) {
        HWND c = ctl[i];
        HFONT f = c ? (HFONT)SendMessageW(c, WM_GETFONT, 0, 0) : font;
        if (!wcscmp(role[i], L"menu")) {
            GetMenuItemRect(main_window, menubar, menu_pos[i], &r);
            put(i, r.left, r.top, r.right - r.left, r.bottom - r.top, "item", font);
        } else if (!wcscmp(role[i], L"list")) {
            HDC dc = GetDC(c);
            HGDIOBJ old = SelectObject(dc, f);
            SIZE sz;
            POINT p = {0, 0};
            SendMessageW(c, LB_GETITEMRECT, (WPARAM)menu_pos[i], (LPARAM)&r);
            GetTextExtentPoint32W(dc, text[i], (int)wcslen(text[i]), &sz);
            SelectObject(dc, old);
            ReleaseDC(c, dc);
            ClientToScreen(c, &p);
            put(i, p.x + r.left + 1, p.y + r.top, sz.cx, r.bottom - r.top, "text", f);
        } else if (!wcscmp(role[i], L"button")) {
            wchar_t label[132];
            SIZE sz;
            GetWindowTextW(c, label, 132);
            sz = calc(c, label, DT_CENTER | DT_VCENTER | DT_SINGLELINE, 0);
            client_on_screen(c, &r);
            put(i, r.left + (r.right - r.left - sz.cx) / 2, r.top + (r.bottom - r.top - sz.cy) / 2,
                sz.cx, sz.cy, "text", f);
        } else {
            SIZE sz;
            client_on_screen(c, &r);
            sz = calc(c, text[i], DT_LEFT | DT_WORDBREAK | DT_EXPANDTABS, r.right - r.left);
            put(i, r.left, r.top, sz.cx, sz.cy, "text", f);
        }
    }
    len += snprintf(buf + len, sizeof buf - len, "]}\n");
    {
        wchar_t tmp[MAX_PATH + 8];
        FILE *f;
        swprintf(tmp, MAX_PATH + 8, L"%ls.part", out_path);
        f = _wfopen(tmp, L"wb");
        if (f) {
            fwrite(buf, 1, (size_t)len, f);
            fclose(f);
            MoveFileExW(tmp, out_path, MOVEFILE_REPLACE_EXISTING);
        }
    }
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp) {
    switch (msg) {
    case WM_TIMER:
        KillTimer(hwnd, 1);
        report();
        return 0;
    case WM_DRAWITEM: {
        DRAWITEMSTRUCT *d = (DRAWITEMSTRUCT *)lp;
        wchar_t label[64];
        RECT r = d->rcItem;
        FillRect(d->hDC, &r, green);
        DrawEdge(d->hDC, &r, EDGE_RAISED, BF_RECT);
        GetWindowTextW(d->hwndItem, label, 64);
        SetBkMode(d->hDC, TRANSPARENT);
        SetTextColor(d->hDC, RGB(0xff, 0xff, 0xff));
        r = d->rcItem;
        DrawTextW(d->hDC, label, -1, &r, DT_CENTER | DT_VCENTER | DT_SINGLELINE);
        return TRUE;
    }
    case WM_DESTROY:
        PostQuitMessage(0);
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static HFONT make_font(int pt_tenths, int weight) {
    return CreateFontW(-MulDiv(pt_tenths, dpi, 720), 0, 0, 0, weight, 0, 0, 0, DEFAULT_CHARSET, 0, 0,
                       DEFAULT_QUALITY, 0, L"MS Shell Dlg");
}

int WINAPI wWinMain(HINSTANCE inst, HINSTANCE prev, PWSTR cmd, int show) {
    int argc, i, x, y, nmenu = 0, nlabel = 0, nbutton = 0, nlist = 0, nhead = 0, ncell = 0,
        formrow = 0, selected = -1;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    WNDCLASSW wc = {0};
    RECT want;
    HDC screen;
    HWND list = NULL;
    static const int col_x[] = {0, 56, 176}, col_w[] = {52, 116, 90};
    (void)prev; (void)cmd; (void)show;
    if (argc < 5) return 2;
    SetProcessDPIAware();
    screen = GetDC(NULL);
    dpi = GetDeviceCaps(screen, LOGPIXELSY);
    ReleaseDC(NULL, screen);
    read_spec(argv[1]);
    x = _wtoi(argv[2]);
    y = _wtoi(argv[3]);
    wcsncpy(out_path, argv[4], MAX_PATH - 1);
    font = make_font(80, FW_NORMAL);
    bold = make_font(80, FW_BOLD);
    small = CreateFontW(-S(9), 0, 0, 0, FW_NORMAL, 0, 0, 0, DEFAULT_CHARSET, 0, 0, DEFAULT_QUALITY,
                        0, L"MS Shell Dlg");
    green = CreateSolidBrush(RGB(0x2e, 0x7d, 0x32));

    wc.lpfnWndProc = proc;
    wc.hInstance = inst;
    wc.hCursor = LoadCursorW(NULL, (LPCWSTR)IDC_ARROW);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.lpszClassName = L"Sagsoversigt";
    RegisterClassW(&wc);

    menubar = CreateMenu();
    for (i = 0; i < n; i++) if (!wcscmp(role[i], L"menu")) {
        wchar_t label[132];
        HMENU sub = CreatePopupMenu();
        AppendMenuW(sub, MF_STRING, 1000 + i, L"Luk");
        swprintf(label, 132, L"&%ls", text[i]);
        AppendMenuW(menubar, MF_POPUP | MF_STRING, (UINT_PTR)sub, label);
        menu_pos[i] = nmenu++;
    }
    want.left = 0; want.top = 0; want.right = S(640); want.bottom = S(232);
    AdjustWindowRectEx(&want, WS_OVERLAPPED | WS_CAPTION | WS_SYSMENU | WS_MINIMIZEBOX, TRUE, 0);
    main_window = CreateWindowExW(0, L"Sagsoversigt", L"Sagsoversigt",
                                  WS_OVERLAPPED | WS_CAPTION | WS_SYSMENU | WS_MINIMIZEBOX, x, y,
                                  want.right - want.left, want.bottom - want.top, NULL, menubar,
                                  inst, NULL);

    for (i = 0; i < n; i++) {
        const wchar_t *r = role[i], *st = style[i];
        int id = 100 + i;
        if (!wcscmp(r, L"formlabel")) {
            ctl[i] = add(L"STATIC", text[i], SS_LEFT, 0, 12, 12 + 24 * formrow, 90, 18, id, font);
        } else if (!wcscmp(r, L"formvalue")) {
            ctl[i] = add(L"STATIC", text[i], SS_LEFT, 0, 106, 12 + 24 * formrow, 220, 18, id, font);
            formrow++;
        } else if (!wcscmp(r, L"label")) {
            HFONT f = !wcscmp(st, L"bold") ? bold : !wcscmp(st, L"small") ? small : font;
            ctl[i] = add(L"STATIC", text[i], SS_LEFT | SS_NOPREFIX |
                         (!wcscmp(st, L"disabled") ? WS_DISABLED : 0), 0, 12, 88 + 22 * nlabel,
                         300, 18, id, f);
            nlabel++;
        } else if (!wcscmp(r, L"button")) {
            wchar_t label[132];
            DWORD bs = BS_PUSHBUTTON;
            if (!wcscmp(st, L"mnemonic")) swprintf(label, 132, L"&%ls", text[i]);
            else wcscpy(label, text[i]);
            if (!wcscmp(st, L"coloured")) bs = BS_OWNERDRAW;
            if (!wcscmp(st, L"disabled")) bs |= WS_DISABLED;
            ctl[i] = add(L"BUTTON", label, bs | WS_TABSTOP, 0, 12 + 86 * nbutton, 190, 78, 26, id,
                         font);
            nbutton++;
        } else if (!wcscmp(r, L"list")) {
            if (!list) list = add(L"LISTBOX", L"", LBS_NOTIFY | LBS_NOINTEGRALHEIGHT | WS_VSCROLL,
                                  WS_EX_CLIENTEDGE, 350, 12, 190, 96, id, font);
            ctl[i] = list;
            SendMessageW(list, LB_ADDSTRING, 0, (LPARAM)text[i]);
            if (!wcscmp(st, L"selected")) selected = nlist;
            menu_pos[i] = nlist++;
        } else if (!wcscmp(r, L"header")) {
            ctl[i] = add(L"STATIC", text[i], SS_LEFT | SS_NOPREFIX, 0, 350 + col_x[nhead % 3], 122,
                         col_w[nhead % 3], 18, id, font);
            nhead++;
        } else if (!wcscmp(r, L"cell")) {
            ctl[i] = add(L"STATIC", text[i], SS_LEFT | SS_NOPREFIX, 0, 350 + col_x[ncell % 3],
                         144 + 22 * (ncell / 3), col_w[ncell % 3], 18, id, font);
            ncell++;
        }
    }
    if (list && selected >= 0) SendMessageW(list, LB_SETCURSEL, (WPARAM)selected, 0);
    ShowWindow(main_window, SW_SHOW);
    UpdateWindow(main_window);
    SetTimer(main_window, 1, 1200, NULL);
    {
        MSG m;
        while (GetMessageW(&m, NULL, 0, 0) > 0) {
            TranslateMessage(&m);
            DispatchMessageW(&m);
        }
    }
    return 0;
}
