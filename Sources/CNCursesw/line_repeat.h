#ifndef CNCURSESW_LINE_REPEAT_H
#define CNCURSESW_LINE_REPEAT_H
#include "shim.h"
#include <unistd.h>
#include <errno.h>

/*
 * Long box lines sent with the terminal's `rep` (repeat the last character, ECMA-48 REP, `ESC [ n b`):
 * a 76-cell line in the line-drawing set is `q ESC [ 7 5 b`, six bytes instead of 76. ncurses never
 * sends `rep` in a UTF-8 locale (tty_update.c refuses it for the whole screen because a repeated
 * multi-byte character is drawn differently by different terminals), so these runs are sent here, for
 * the one case that is safe: a single-byte letter of the line-drawing set, on a terminal whose terminfo
 * has `rep` and which the start-up probe saw repeat a character (NcursesTerminal+Probe.swift).
 *
 * How it stays in step with ncurses: after `wnoutrefresh` (so `newscr` holds the frame) and before
 * `doupdate`, every stretch of at least `minimum` equal line-drawing cells in `newscr` that differs
 * from `curscr` is written to the terminal here (its whole run of line-drawing cells of one style:
 * position, attributes, the cells, `rep` for the repeated middle), then copied into `curscr`, so
 * ncurses' own update finds those cells already right and leaves them alone. Afterwards the
 * attributes go back to normal through `vid_puts` (ncurses' own record of them stays true) and the
 * cursor goes back to where ncurses last left it (`curscr`'s cursor), so `doupdate` starts from the
 * state it believes in. Not used while a full clear is pending (the caller clears first), since
 * `doupdate` would then repaint every cell itself.
 */

/* The widest row looked at (wider terminals get the rest of each row from ncurses as before). */
#define CN_REPEAT_COLUMNS 512

/* The bytes for one frame's repeated runs, written in one `write`. A function's static (Swift emits no
   definition for a variable declared in a header, but does emit a function's own statics). */
struct cn_repeat_output {
    int length;
    char bytes[8192];
};

static inline struct cn_repeat_output *cn_repeat_output(void) {
    static struct cn_repeat_output output;
    return &output;
}

static inline int cn_repeat_putc(int c) {
    struct cn_repeat_output *out = cn_repeat_output();
    if (out->length < (int)sizeof out->bytes) out->bytes[out->length++] = (char)c;
    return c;
}

static inline void cn_repeat_puts(const char *s) {
    if (s == NULL) return;
    while (*s) cn_repeat_putc((unsigned char)*s++);
}

/* The terminal's `rep` string, or NULL when it has none. */
static inline const char *cn_repeat_capability(void) {
    char *rep = tigetstr("rep");
    return (rep == NULL || rep == (char *)-1) ? NULL : rep;
}

/* True when the next doupdate repaints everything (first frame, after wclear, after a resize). */
static inline int cn_clear_pending(void) {
    return is_cleared(stdscr) || is_cleared(curscr) || is_cleared(newscr);
}

/* True when cell is a line-drawing-set character (A_ALTCHARSET with a single-byte letter). */
static inline int cn_repeat_is_line(const cchar_t *cell) {
    return (cell->attr & A_ALTCHARSET) != 0 && cell->chars[0] > 0x20 && cell->chars[0] < 0x7F
        && cell->chars[1] == 0;
}

static inline int cn_repeat_same_style(const cchar_t *a, const cchar_t *b) {
    return a->attr == b->attr
#if NCURSES_EXT_COLORS
        && a->ext_color == b->ext_color
#endif
        ;
}

static inline int cn_repeat_same(const cchar_t *a, const cchar_t *b) {
    return memcmp(a, b, sizeof *a) == 0;
}

/* Row y of a window, one cell per column (`win_wchnstr` would leave out the right halves of wide
   characters, so indexes would stop being columns). */
static inline int cn_repeat_read_row(WINDOW *win, int y, int width, cchar_t *cells) {
    for (int x = 0; x < width; x++) {
        if (mvwin_wch(win, y, x, &cells[x]) == ERR) return 0;
    }
    return 1;
}

/*
 * Sends, before doupdate, every run of line-drawing cells in newscr that holds at least `minimum`
 * equal cells in a row and differs from curscr (see above). Returns the bytes written (0: nothing to
 * send, or the terminal has no `rep`). The bottom-right cell is never written here.
 */
static inline int cn_send_repeated_lines(int minimum) {
    const char *rep = cn_repeat_capability();
    const char *cup = tigetstr("cup");
    if (rep == NULL || cup == NULL || cup == (char *)-1 || minimum < 2) return 0;
    WINDOW *next = newscr, *shown = curscr;
    /* Reading and copying rows moves both windows' cursors: put them back afterwards. */
    int cursorY = getcury(shown), cursorX = getcurx(shown);
    int nextY = getcury(next), nextX = getcurx(next);
    int height = getmaxy(next), width = getmaxx(next);
    if (getmaxy(shown) < height) height = getmaxy(shown);
    if (getmaxx(shown) < width) width = getmaxx(shown);
    struct cn_repeat_output *out = cn_repeat_output();
    out->length = 0;
    int sent = 0;
    attr_t lastAttrs = A_NORMAL;
    short lastPair = 0;
    cchar_t want[CN_REPEAT_COLUMNS + 1], have[CN_REPEAT_COLUMNS + 1];
    if (width > CN_REPEAT_COLUMNS) width = CN_REPEAT_COLUMNS;
    for (int y = 0; y < height; y++) {
        if (!cn_repeat_read_row(next, y, width, want) || !cn_repeat_read_row(shown, y, width, have)) continue;
        int limit = (y == height - 1) ? width - 1 : width;
        int x = 0;
        while (x < limit) {
            if (!cn_repeat_is_line(&want[x])) { x++; continue; }
            /* The run of line-drawing cells of one style from x. */
            int end = x + 1;
            while (end < limit && cn_repeat_is_line(&want[end]) && cn_repeat_same_style(&want[end], &want[x])) end++;
            int longest = 1, current = 1, differs = !cn_repeat_same(&want[x], &have[x]);
            for (int i = x + 1; i < end; i++) {
                current = cn_repeat_same(&want[i], &want[i - 1]) ? current + 1 : 1;
                if (current > longest) longest = current;
                if (!cn_repeat_same(&want[i], &have[i])) differs = 1;
            }
            /* Room for the move, the attributes and every cell sent singly, or ncurses draws the run. */
            int fits = out->length + (end - x) + 128 < (int)sizeof out->bytes;
            if (longest >= minimum && differs && fits) {
                attr_t attrs = want[x].attr & (A_ATTRIBUTES & ~A_COLOR);
                short pair = (short)PAIR_NUMBER(want[x].attr);
#if NCURSES_EXT_COLORS
                if (want[x].ext_color) pair = (short)want[x].ext_color;
#endif
                cn_repeat_puts(tiparm(cup, y, x));
                if (!sent || attrs != lastAttrs || pair != lastPair) {
                    vid_puts(attrs, pair, NULL, cn_repeat_putc);
                    lastAttrs = attrs;
                    lastPair = pair;
                }
                int i = x;
                while (i < end) {
                    int same = 1;
                    while (i + same < end && cn_repeat_same(&want[i + same], &want[i])) same++;
                    char letter = (char)want[i].chars[0];
                    if (same >= minimum) {
                        cn_repeat_puts(tiparm(rep, letter, same));
                    } else {
                        for (int k = 0; k < same; k++) cn_repeat_putc(letter);
                    }
                    i += same;
                }
                mvwadd_wchnstr(shown, y, x, want + x, end - x);
                sent = 1;
            }
            x = end;
        }
    }
    wmove(next, nextY, nextX);
    wmove(shown, cursorY, cursorX);
    if (!sent) return 0;
    /* Back to what ncurses believes: normal attributes, the cursor where its last update left it. */
    vid_puts(A_NORMAL, 0, NULL, cn_repeat_putc);
    cn_repeat_puts(tiparm(cup, cursorY, cursorX));
    int offset = 0;
    while (offset < out->length) {
        ssize_t written = write(STDOUT_FILENO, out->bytes + offset, (size_t)(out->length - offset));
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;
        offset += (int)written;
    }
    return out->length;
}
#endif
