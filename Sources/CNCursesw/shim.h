#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags; without this, get_wch and the wide functions are hidden. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
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
#endif
