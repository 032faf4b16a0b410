// Bridges ncursesw to Swift. The wide-character API needs the two macros
// below before curses.h; curses globals and function-like macros are exposed
// as static inline functions because Swift cannot import them directly.
#ifndef ESSOR_CNCURSES_SHIM_H
#define ESSOR_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *essor_stdscr(void) { return stdscr; }
static inline WINDOW *essor_curscr(void) { return curscr; }
static inline int essor_lines(void) { return LINES; }
static inline int essor_cols(void) { return COLS; }
static inline int essor_colors(void) { return COLORS; }
static inline int essor_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t essor_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }

static inline attr_t essor_a_normal(void) { return A_NORMAL; }
static inline attr_t essor_a_bold(void) { return A_BOLD; }
static inline attr_t essor_a_dim(void) { return A_DIM; }
static inline attr_t essor_a_underline(void) { return A_UNDERLINE; }
static inline attr_t essor_a_reverse(void) { return A_REVERSE; }
static inline attr_t essor_a_italic(void) { return A_ITALIC; }

/// Sets one cell of stdscr: up to 5 code points (a base and its combining
/// marks) with attributes and colour pair.
static inline int essor_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK) {
        return ERR;
    }
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline FILE *essor_stdout(void) { return stdout; }
static inline FILE *essor_stdin(void) { return stdin; }
static inline int essor_key_f0(void) { return KEY_F0; }

/// The codeset of the current locale, to choose UTF-8 or ASCII line drawing.
static inline const char *essor_codeset(void) { return nl_langinfo(CODESET); }

#endif
