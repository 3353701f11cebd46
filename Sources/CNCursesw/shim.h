#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags; without this, get_wch and the wide functions are hidden. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

/* Function-like macros and hidden libc functions, wrapped so Swift can call them. */
static inline int cn_maxy(WINDOW *w) { return getmaxy(w); }
static inline int cn_maxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t cn_color_pair(short n) { return COLOR_PAIR(n); }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* Globals Swift 6 will not read (mutable C globals are not concurrency-safe to it). */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_colors(void) { return COLORS; }

/* The terminal on standard input/output; NULL (no exit, no message) when TERM is unknown. */
static inline SCREEN *cn_newterm_stdio(const char *term) { return newterm(term, stdout, stdin); }

/* True when the terminal can move its cursor anywhere (terminfo `cup`); false for `dumb`. */
static inline int cn_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline int cn_wattr_set(WINDOW *w, attr_t attrs, short pair) { return wattr_set(w, attrs, pair, NULL); }
static inline int cn_mvwaddnwstr(WINDOW *w, int y, int x, const wchar_t *s, int n) {
    return mvwaddnwstr(w, y, x, s, n);
}

/* The terminal's line-drawing character for an `acsc` letter ('q' a horizontal line): with A_ALTCHARSET
   when the terminal has it (one byte a cell between smacs/rmacs), else ncurses' ASCII stand-in. */
static inline chtype cn_acs(unsigned char letter) { return acs_map[letter]; }
static inline int cn_acs_available(unsigned char letter) { return (acs_map[letter] & A_ALTCHARSET) != 0; }
static inline int cn_mvwaddch(WINDOW *w, int y, int x, chtype c) { return mvwaddch(w, y, x, c); }
static inline int cn_waddch(WINDOW *w, chtype c) { return waddch(w, c); }

/* 1 when the current locale's character set is UTF-8. */
static inline int cn_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/*
 * Termination signals as a flag. The handler only stores the signal number (async-signal-safe); the
 * app polls cn_take_signal() and tears down normally. Never call endwin() from a signal handler.
 * The flag is a weak symbol so every object file that includes this header shares one copy.
 */
__attribute__((weak)) volatile sig_atomic_t cn_pending_signal = 0;

static void cn_signal_flag_handler(int signo) { cn_pending_signal = signo; }

/* Installs the flag handler for SIGINT, SIGTERM and SIGHUP (no SA_RESTART, so a blocked read
 * returns), and ignores SIGPIPE. Returns 0 on success. */
static inline int cn_install_signal_flags(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_signal_flag_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
    if (sigaction(SIGHUP, &action, NULL) != 0) return -1;
    signal(SIGPIPE, SIG_IGN);
    /* A parent may have started us with these blocked (a blocked mask is inherited across exec);
       then a resize or a hang-up would never arrive. Unblock exactly the ones we rely on. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGTSTP);
    if (sigprocmask(SIG_UNBLOCK, &wanted, NULL) != 0) return -1;
    return 0;
}

/* Kiosk mode: Ctrl-C, Ctrl-\ and Ctrl-Z must neither end nor suspend the program, whether they
   come from the keyboard or from kill(1). Called before newterm, so ncurses sees SIG_IGN for SIGTSTP
   and installs no handler of its own, and again after it. */
static inline int cn_ignore_interactive_signals(void) {
    if (signal(SIGINT, SIG_IGN) == SIG_ERR) return -1;
    if (signal(SIGQUIT, SIG_IGN) == SIG_ERR) return -1;
    if (signal(SIGTSTP, SIG_IGN) == SIG_ERR) return -1;
    if (signal(SIGTTIN, SIG_IGN) == SIG_ERR) return -1;
    if (signal(SIGTTOU, SIG_IGN) == SIG_ERR) return -1;
    return 0;
}

/* The pending signal number (0 if none), clearing it. */
static inline int cn_take_signal(void) {
    int signo = cn_pending_signal;
    if (signo != 0) cn_pending_signal = 0;
    return signo;
}

/* Puts SIGINT, SIGTERM and SIGHUP back to their default actions. */
static inline void cn_restore_signal_defaults(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}
#endif
