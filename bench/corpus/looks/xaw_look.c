/*
 * The corpus screen in the Athena widgets (libXaw 7, core X fonts); reports where its texts are
 * drawn.
 *
 * Built by make.py (gcc xaw_look.c -lXaw -lXmu -lXt -lX11) and run as `xaw_look SPEC X Y SCALE`.
 * Xaw does not scale; SCALE picks the pixel size of the scalable core fonts (Helvetica, from
 * fonts-urw-base35: 12 px at 100 %, 9 px for the small label), as a program is set up for a larger
 * display through its resources. Once mapped it prints one JSON line with every text's box on the
 * screen, from the widgets' own state (LabelP.h, ListP.h) and the font's metrics, exactly as
 * Label.c and List.c draw:
 *
 *   Label, Command, MenuButton: the string is drawn at (label_x, label_y + max_bounds.ascent) in
 *     the widget's window; its logical box is label_width x label_height (max ascent + descent)
 *   List: item i at x = internal_width + column_space / 2, baseline
 *     y = row_height * i + internal_height + max_bounds.ascent + row_space / 2
 *   ink: XTextExtents of the string (lbearing, rbearing, ascent, descent) at that origin
 *
 * Window origins come from XTranslateCoordinates (the X server's answer). Strings are Latin-1
 * (the fonts are ISO 8859-1); Xaw has no mnemonics, so none are underlined.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <X11/IntrinsicP.h>
#include <X11/StringDefs.h>
#include <X11/Shell.h>
#include <X11/Xaw/Form.h>
#include <X11/Xaw/Box.h>
#include <X11/Xaw/Label.h>
#include <X11/Xaw/LabelP.h>
#include <X11/Xaw/Command.h>
#include <X11/Xaw/MenuButton.h>
#include <X11/Xaw/SimpleMenu.h>
#include <X11/Xaw/SmeBSB.h>
#include <X11/Xaw/List.h>
#include <X11/Xaw/ListP.h>

#define MAXN 64
static char role[MAXN][16], style[MAXN][16], utf8[MAXN][128], latin1[MAXN][128];
static int n;

typedef struct { Widget w; int i; const char *kind; const char *style; } Entry;
static Entry entries[MAXN];
static int nentries;
static Widget list, toplevel;
static const char *list_items[MAXN];
static int list_index[MAXN], nlist, selected = -1;
static char fontname[3][160];

static void to_latin1(const char *in, char *out) {
    const unsigned char *s = (const unsigned char *)in;
    while (*s) {
        if (*s < 0x80) *out++ = (char)*s++;
        else if ((*s & 0xe0) == 0xc0 && s[1]) { *out++ = (char)(((s[0] & 0x1f) << 6) | (s[1] & 0x3f)); s += 2; }
        else { *out++ = '?'; s++; while ((*s & 0xc0) == 0x80) s++; }
    }
    *out = 0;
}

static void read_spec(const char *path) {
    FILE *f = fopen(path, "r");
    char line[256];
    if (!f) { perror(path); exit(1); }
    while (fgets(line, sizeof line, f) && n < MAXN) {
        line[strcspn(line, "\n")] = 0;
        char *a = strtok(line, "\t"), *b = strtok(NULL, "\t"), *c = strtok(NULL, "\t");
        if (!a || !b || !c) continue;
        snprintf(role[n], 16, "%s", a); snprintf(style[n], 16, "%s", b);
        snprintf(utf8[n], 128, "%s", c); to_latin1(c, latin1[n]);
        n++;
    }
    fclose(f);
}

static void origin(Widget w, int *x, int *y) {
    Window child;
    XTranslateCoordinates(XtDisplay(w), XtWindow(w), RootWindowOfScreen(XtScreen(w)), 0, 0, x, y, &child);
}

static int first = 1;
static void put(const char *text, const char *kind, const char *st, int ox, int oy, XFontStruct *fs,
                int x, int baseline, int lw, const char *latin, const char *font) {
    int dir, asc, desc;
    XCharStruct ov;
    XTextExtents(fs, latin, (int)strlen(latin), &dir, &asc, &desc, &ov);
    printf("%s{\"text\": \"%s\", \"kind\": \"%s\", \"style\": \"%s\", "
           "\"text_box\": [%d, %d, %d, %d], \"ink\": [%d, %d, %d, %d], \"ink_from\": \"toolkit\", "
           "\"font\": \"%s\"}",
           first ? "" : ", ", text, kind, st,
           ox + x, oy + baseline - fs->max_bounds.ascent, lw, fs->max_bounds.ascent + fs->max_bounds.descent,
           ox + x + ov.lbearing, oy + baseline - ov.ascent, ov.rbearing - ov.lbearing, ov.ascent + ov.descent,
           font);
    first = 0;
}

static void report(XtPointer data, XtIntervalId *id) {
    int i, ox, oy;
    (void)data; (void)id;
    printf("{\"toolkit\": \"Xaw 7 (libXaw7, core fonts)\", ");
    origin(toplevel, &ox, &oy);
    printf("\"window\": [%d, %d, %d, %d], \"entries\": [", ox, oy, toplevel->core.width, toplevel->core.height);
    for (i = 0; i < nentries; i++) {
        LabelWidget lw = (LabelWidget)entries[i].w;
        XFontStruct *fs = lw->label.font;
        Atom a = XInternAtom(XtDisplay(lw), "FONT", False);
        unsigned long v; char *name = "";
        if (XGetFontProperty(fs, a, &v)) name = XGetAtomName(XtDisplay(lw), (Atom)v);
        origin(entries[i].w, &ox, &oy);
        put(utf8[entries[i].i], entries[i].kind, entries[i].style, ox, oy, fs, lw->label.label_x,
            lw->label.label_y + fs->max_bounds.ascent, lw->label.label_width, latin1[entries[i].i], name);
    }
    {
        ListWidget l = (ListWidget)list;
        XFontStruct *fs = l->list.font;
        origin(list, &ox, &oy);
        for (i = 0; i < nlist; i++) {
            int x = l->list.internal_width + (l->list.column_space >> 1);
            int base = l->list.row_height * i + l->list.internal_height + fs->max_bounds.ascent
                       + (l->list.row_space >> 1);
            int idx = list_index[i];
            put(utf8[idx], "list_row", i == selected ? "selected" : "normal", ox, oy, fs, x, base,
                XTextWidth(fs, latin1[idx], (int)strlen(latin1[idx])), latin1[idx], fontname[0]);
        }
    }
    printf("]}\n");
    fflush(stdout);
}

static XFontStruct *font(Display *d, int slot, const char *weight, int px) {
    XFontStruct *fs;
    snprintf(fontname[slot], sizeof fontname[slot],
             "-adobe-helvetica-%s-r-normal--%d-*-*-*-p-*-iso8859-1", weight, px);
    fs = XLoadQueryFont(d, fontname[slot]);
    if (!fs) { fprintf(stderr, "no font %s\n", fontname[slot]); exit(2); }
    return fs;
}

static void add(Widget w, int i, const char *kind, const char *st) {
    entries[nentries].w = w; entries[nentries].i = i;
    entries[nentries].kind = kind; entries[nentries].style = st;
    nentries++;
}

int main(int argc, char **argv) {
    XtAppContext app;
    Widget form, bar, above, w, buttons, table;
    int i, x, y, col, row, nhead = 0, ncell = 0, formrow = 0;
    double scale;
    XFontStruct *normal, *bold, *small;
    Pixel green, white;
    XColor c, exact;
    Arg args[20];
    int na;
    int argc0 = 1;
    char geom[64];
    static const char *cell_width[] = {"70", "130", "100"};

    if (argc < 5) { fprintf(stderr, "usage: xaw_look SPEC X Y SCALE\n"); return 2; }
    read_spec(argv[1]);
    x = atoi(argv[2]); y = atoi(argv[3]); scale = atof(argv[4]);
    toplevel = XtAppInitialize(&app, "Sagsoversigt", NULL, 0, &argc0, argv, NULL, NULL, 0);
    normal = font(XtDisplay(toplevel), 0, "medium", (int)(12 * scale + 0.5));
    bold = font(XtDisplay(toplevel), 1, "bold", (int)(12 * scale + 0.5));
    small = font(XtDisplay(toplevel), 2, "medium", (int)(9 * scale + 0.5));
    XAllocNamedColor(XtDisplay(toplevel), DefaultColormapOfScreen(XtScreen(toplevel)), "#2e7d32", &c, &exact);
    green = c.pixel;
    white = WhitePixelOfScreen(XtScreen(toplevel));
    snprintf(geom, sizeof geom, "+%d+%d", x, y);
    XtVaSetValues(toplevel, XtNgeometry, geom, XtNtitle, "Sagsoversigt", NULL);
    form = XtVaCreateManagedWidget("form", formWidgetClass, toplevel, XtNdefaultDistance, (int)(8 * scale), NULL);

    bar = XtVaCreateManagedWidget("bar", boxWidgetClass, form, XtNorientation, XtorientHorizontal,
                                  XtNborderWidth, 0, XtNhSpace, (int)(6 * scale), NULL);
    for (i = 0; i < n; i++) if (!strcmp(role[i], "menu")) {
        char menu_name[32];
        snprintf(menu_name, sizeof menu_name, "menu%d", i);
        w = XtVaCreateManagedWidget("m", menuButtonWidgetClass, bar, XtNlabel, latin1[i],
                                    XtNfont, normal, XtNmenuName, menu_name, NULL);
        {
            Widget m = XtVaCreatePopupShell(menu_name, simpleMenuWidgetClass, w, NULL);
            XtVaCreateManagedWidget("Luk", smeBSBObjectClass, m, XtNfont, normal, NULL);
        }
        add(w, i, "menu", "normal");
    }
    above = bar;
    /* The form: label pairs, then the free labels two by two. */
    {
        int labels[MAXN], values[MAXN], nl = 0, nv = 0, free_[MAXN], nf = 0;
        for (i = 0; i < n; i++) {
            if (!strcmp(role[i], "formlabel")) labels[nl++] = i;
            if (!strcmp(role[i], "formvalue")) values[nv++] = i;
            if (!strcmp(role[i], "label")) free_[nf++] = i;
        }
        Widget left_col[MAXN];
        int nrows = 0;
        for (row = 0; row < nl; row++) {
            Widget a = XtVaCreateManagedWidget("l", labelWidgetClass, form, XtNlabel, latin1[labels[row]],
                        XtNfont, normal, XtNborderWidth, 0, XtNfromVert, above, XtNjustify, XtJustifyLeft,
                        XtNwidth, (int)(110 * scale), NULL);
            Widget b = XtVaCreateManagedWidget("v", labelWidgetClass, form, XtNlabel, latin1[values[row]],
                        XtNfont, normal, XtNborderWidth, 0, XtNfromVert, above, XtNfromHoriz, a,
                        XtNjustify, XtJustifyLeft, NULL);
            add(a, labels[row], "label", "normal");
            add(b, values[row], "label", "normal");
            above = a; left_col[nrows++] = a;
            formrow++;
        }
        for (i = 0; i < nf; i += 2) {
            Widget a = NULL, b = NULL;
            int k;
            for (k = 0; k < 2 && i + k < nf; k++) {
                int idx = free_[i + k];
                XFontStruct *fs = !strcmp(style[idx], "bold") ? bold : !strcmp(style[idx], "small") ? small : normal;
                na = 0;
                XtSetArg(args[na], XtNlabel, latin1[idx]); na++;
                XtSetArg(args[na], XtNfont, fs); na++;
                XtSetArg(args[na], XtNborderWidth, 0); na++;
                XtSetArg(args[na], XtNfromVert, above); na++;
                XtSetArg(args[na], XtNjustify, XtJustifyLeft); na++;
                if (k == 0) { XtSetArg(args[na], XtNwidth, (int)(110 * scale)); na++; }
                else { XtSetArg(args[na], XtNfromHoriz, a); na++; }
                w = XtCreateManagedWidget("l", labelWidgetClass, form, args, na);
                if (!strcmp(style[idx], "disabled")) XtSetSensitive(w, False);
                add(w, idx, "label", style[idx]);
                if (k == 0) a = w; else b = w;
            }
            (void)b;
            above = a;
        }
        (void)left_col;
    }
    buttons = XtVaCreateManagedWidget("buttons", boxWidgetClass, form, XtNorientation, XtorientHorizontal,
                                      XtNborderWidth, 0, XtNfromVert, above, XtNhSpace, (int)(8 * scale), NULL);
    for (i = 0; i < n; i++) if (!strcmp(role[i], "button")) {
        na = 0;
        XtSetArg(args[na], XtNlabel, latin1[i]); na++;
        XtSetArg(args[na], XtNfont, normal); na++;
        XtSetArg(args[na], XtNinternalWidth, (int)(10 * scale)); na++;
        XtSetArg(args[na], XtNinternalHeight, (int)(3 * scale)); na++;
        if (!strcmp(style[i], "coloured")) {
            XtSetArg(args[na], XtNbackground, green); na++;
            XtSetArg(args[na], XtNforeground, white); na++;
        }
        w = XtCreateManagedWidget("b", commandWidgetClass, buttons, args, na);
        if (!strcmp(style[i], "disabled")) XtSetSensitive(w, False);
        add(w, i, "button", !strcmp(style[i], "mnemonic") ? "normal" : style[i]);
    }
    for (i = 0; i < n; i++) if (!strcmp(role[i], "list")) {
        if (!strcmp(style[i], "selected")) selected = nlist;
        list_index[nlist] = i;
        list_items[nlist++] = latin1[i];
    }
    list = XtVaCreateManagedWidget("list", listWidgetClass, form, XtNlist, list_items, XtNnumberStrings, nlist,
                                   XtNfont, normal, XtNforceColumns, True, XtNdefaultColumns, 1,
                                   XtNfromVert, buttons, XtNwidth, (int)(170 * scale), NULL);
    /* The table: a form of bordered labels, headings in bold. */
    table = XtVaCreateManagedWidget("table", formWidgetClass, form, XtNfromVert, buttons, XtNfromHoriz, list,
                                    XtNdefaultDistance, 0, NULL);
    {
        Widget head[8], cellw[MAXN];
        for (i = 0; i < n; i++) if (!strcmp(role[i], "header")) {
            w = XtVaCreateManagedWidget("h", labelWidgetClass, table, XtNlabel, latin1[i], XtNfont, bold,
                    XtNjustify, XtJustifyLeft, XtNwidth, (int)(atoi(cell_width[nhead]) * scale),
                    XtNinternalWidth, (int)(4 * scale), XtNinternalHeight, (int)(3 * scale),
                    XtNfromHoriz, nhead ? head[nhead - 1] : NULL, NULL);
            add(w, i, "table_header", "bold");
            head[nhead++] = w;
        }
        for (i = 0; i < n; i++) if (!strcmp(role[i], "cell")) {
            col = ncell % nhead;
            row = ncell / nhead;
            w = XtVaCreateManagedWidget("c", labelWidgetClass, table, XtNlabel, latin1[i], XtNfont, normal,
                    XtNjustify, XtJustifyLeft, XtNwidth, (int)(atoi(cell_width[col]) * scale),
                    XtNinternalWidth, (int)(4 * scale), XtNinternalHeight, (int)(3 * scale),
                    XtNfromHoriz, col ? cellw[ncell - 1] : NULL,
                    XtNfromVert, row ? cellw[ncell - nhead] : head[col], NULL);
            add(w, i, "table_cell", "normal");
            cellw[ncell++] = w;
        }
    }
    XtRealizeWidget(toplevel);
    if (selected >= 0) XawListHighlight(list, selected);
    XtAppAddTimeOut(app, 900, report, NULL);
    XtAppMainLoop(app);
    return 0;
}
