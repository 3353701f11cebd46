/*
 * yibao-c-home: what Yibao must do from its start to its first Home screen, written in C with nothing
 * else, so the benchmark can say how much of Yibao's own start-up is the work itself and how much is
 * Swift, Foundation and GRDB doing it (docs/performance.md, round eight). Never part of the `yibao`
 * product; the bench measures it beside dialog and Yibao, each above its own floor.
 *
 *   yibao-c-home --store PATH [--date YYYY-MM-DD]      (other arguments are ignored)
 *   yibao-c-home --print-line     its floor: the same binary, SQLite and ncurses loaded, prints one line
 *                                 and waits for one, as the bench's Swift floor does for Yibao
 *
 * It keeps the promises Yibao keeps before anything is shown (docs/reliability.md, row 3): the header
 * read with read(2), then the same checks as Yibao's StoreInspector (application id, schema version,
 * migrations, every small table's quick_check, the format mark), on ONE connection, which Yibao does
 * not have (its inspection connection is read-only and separate, so that nothing is written before the
 * checks pass). Then the connection is set up as the store's (foreign keys, cache, WAL) and Home's
 * statements run in one read transaction, as Store.snapshot runs them (the SQL is the same text, at
 * round seven). Then ncurses draws a Home screen of the same shape: title, greeting, four boxed
 * entries, the hint bar. No terminal probe, no rules, no language files: a lower bound, not a port.
 */
#include <fcntl.h>
#include <locale.h>
#include <ncurses.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define YIBAO_APPLICATION_ID 0x59494241
#define YIBAO_SCHEMA_VERSION 5

static const char *store_path;

static void refuse(const char *why) {
    fprintf(stderr, "yibao-c-home: %s: %s\n", store_path, why);
    exit(1);
}

/* The first 100 bytes, as StoreInspector reads them: an SQLite file of Yibao's. */
static void check_header(void) {
    unsigned char header[100];
    int fd = open(store_path, O_RDONLY | O_NOFOLLOW);
    if (fd < 0 || read(fd, header, sizeof header) != (ssize_t)sizeof header) refuse("cannot read the header");
    close(fd);
    if (memcmp(header, "SQLite format 3", 16) != 0) refuse("not an SQLite file");
    unsigned id = (unsigned)header[68] << 24 | (unsigned)header[69] << 16 | (unsigned)header[70] << 8 | header[71];
    if (id != YIBAO_APPLICATION_ID) refuse("not a Yibao store");
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v3(db, sql, -1, 0, &statement, NULL) != SQLITE_OK) refuse(sqlite3_errmsg(db));
    return statement;
}

/* Runs `sql`, binding the texts in `arguments` (NULL-ended); calls `row` for each row. */
static void run(sqlite3 *db, const char *sql, const char *const *arguments, void (*row)(sqlite3_stmt *, void *),
                void *context) {
    sqlite3_stmt *statement = prepare(db, sql);
    for (int i = 0; arguments && arguments[i]; i++)
        sqlite3_bind_text(statement, i + 1, arguments[i], -1, SQLITE_STATIC);
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        if (row) row(statement, context);
    if (step != SQLITE_DONE) refuse(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
}

static void integer_of(sqlite3_stmt *s, void *out) { *(sqlite3_int64 *)out = sqlite3_column_int64(s, 0); }

static void text_of(sqlite3_stmt *s, void *out) {
    const unsigned char *text = sqlite3_column_text(s, 0);
    snprintf((char *)out, 64, "%s", text ? (const char *)text : "");
}

/* Every table but the ledger and the audit, as StoreInspector lists them. */
struct tables {
    int count;
    char names[32][64];
};

static void table_of(sqlite3_stmt *s, void *out) {
    struct tables *t = out;
    if (t->count < 32) text_of(s, t->names[t->count++]);
}

static void check_ok(sqlite3_stmt *s, void *unused) {
    (void)unused;
    const unsigned char *text = sqlite3_column_text(s, 0);
    if (!text || strcmp((const char *)text, "ok") != 0) refuse("damaged");
}

/* StoreInspector's checks, on the one connection. */
static void inspect(sqlite3 *db) {
    sqlite3_int64 value = 0;
    run(db, "PRAGMA application_id", NULL, integer_of, &value);
    if (value != YIBAO_APPLICATION_ID) refuse("not a Yibao store");
    run(db, "PRAGMA user_version", NULL, integer_of, &value);
    if (value > YIBAO_SCHEMA_VERSION) refuse("made by a newer Yibao");
    run(db, "SELECT identifier FROM grdb_migrations", NULL, NULL, NULL);
    struct tables tables = {0};
    run(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('ledger', 'audit')", NULL,
        table_of, &tables);
    for (int i = 0; i < tables.count; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "PRAGMA quick_check(\"%s\")", tables.names[i]);
        run(db, sql, NULL, check_ok, NULL);
    }
    char format[64] = "";
    run(db, "SELECT value FROM meta WHERE key = 'format'", NULL, text_of, format);
    if (strcmp(format, "yibao-store") != 0) refuse("damaged");
}

/* What Home shows: the owner's name and the last change. The other reads are Home's snapshot. */
struct home {
    char owner[64], owner_id[64], last_change[64];
    sqlite3_int64 rows;
};

static void person_of(sqlite3_stmt *s, void *out) {
    struct home *home = out;
    if (home->rows++ == 0 && sqlite3_column_int(s, 4) == 1) {
        snprintf(home->owner, sizeof home->owner, "%s", (const char *)sqlite3_column_text(s, 1));
        snprintf(home->owner_id, sizeof home->owner_id, "%s", (const char *)sqlite3_column_text(s, 0));
    }
}

static void count_row(sqlite3_stmt *s, void *out) {
    (void)s;
    ((struct home *)out)->rows++;
}

static void read_home(sqlite3 *db, const char *date, struct home *home) {
    char year[5], year_start[24], next_year[24];
    snprintf(year, sizeof year, "%.4s", date);
    snprintf(year_start, sizeof year_start, "%.4s-01-01", date);
    snprintf(next_year, sizeof next_year, "%04d-01-01", atoi(year) + 1);
    run(db, "PRAGMA query_only = 1", NULL, NULL, NULL);
    run(db, "BEGIN DEFERRED TRANSACTION", NULL, NULL, NULL);
    run(db,
        "SELECT id, name, scheme, region, is_owner, died_on, retired_on, contribution_base_fen FROM persons "
        "ORDER BY is_owner DESC, name, id",
        NULL, person_of, home);
    run(db, "SELECT payer, beneficiary, relation, form, quota_fen, since FROM bindings ORDER BY since, rowid", NULL,
        count_row, home);
    run(db, "SELECT beneficiary, payer FROM payer_orders ORDER BY beneficiary, position", NULL, count_row, home);
    const char *through_year[] = {year, NULL};
    run(db, "SELECT account, year, kind, counterparty, amount_fen, lines FROM ledger_totals WHERE year <= ?",
        through_year, count_row, home);
    run(db, "SELECT DISTINCT account FROM ledger_totals", NULL, count_row, home);
    const char *this_year[] = {year, date, next_year, NULL};
    run(db,
        "SELECT l.account, l.kind, COALESCE(l.counterparty, '') AS counterparty,\n"
        "       SUM(l.amount_fen) AS fen, COUNT(*) AS lines\n"
        "FROM (SELECT DISTINCT account FROM ledger_totals WHERE year = ?) AS a\n"
        "JOIN ledger AS l INDEXED BY ledger_by_account_date\n"
        "  ON l.account = a.account AND l.date > ? AND l.date < ?\n"
        "GROUP BY l.account, l.kind, l.counterparty",
        this_year, count_row, home);
    const char *spent[] = {home->owner_id, home->owner_id, year_start, date, NULL};
    run(db,
        "SELECT COALESCE(SUM(amount_fen), 0) FROM ledger\n"
        "WHERE account = ? AND counterparty = ? AND kind = 'relativeSpending' AND date >= ? AND date <= ?",
        spent, count_row, home);
    run(db, "SELECT person FROM pending_persons", NULL, count_row, home);
    run(db, "SELECT account, SUM(lines) FROM ledger_totals GROUP BY account", NULL, count_row, home);
    run(db,
        "SELECT payer, beneficiary, relation, form, quota_fen, since, ended_on, reason, quota_returned_fen "
        "FROM binding_ends\nORDER BY ended_on, id",
        NULL, count_row, home);
    const char *credit[] = {home->owner_id, date, NULL};
    run(db,
        "SELECT date FROM ledger INDEXED BY ledger_by_account_date\n"
        "WHERE account = ? AND date <= ? AND kind = 'credit' ORDER BY date DESC LIMIT 1",
        credit, count_row, home);
    const char *key[] = {"last_change", NULL};
    run(db, "SELECT value FROM meta WHERE key = ?", key, text_of, home->last_change);
    run(db, "COMMIT TRANSACTION", NULL, NULL, NULL);
    run(db, "PRAGMA query_only = 0", NULL, NULL, NULL);
}

static void entry(int top, int number, const char *name, const char *what, int chosen) {
    int width = COLS - 4;
    mvaddch(top, 2, ACS_ULCORNER);
    mvhline(top, 3, ACS_HLINE, width - 2);
    mvaddch(top, width + 1, ACS_URCORNER);
    mvaddch(top + 1, 2, ACS_VLINE);
    mvprintw(top + 1, 4, "%s [%d]  %-18s %s", chosen ? ">" : " ", number, name, what);
    mvaddch(top + 1, width + 1, ACS_VLINE);
    mvaddch(top + 2, 2, ACS_LLCORNER);
    mvhline(top + 2, 3, ACS_HLINE, width - 2);
    mvaddch(top + 2, width + 1, ACS_LRCORNER);
}

static void draw_home(const struct home *home) {
    mvprintw(0, 1, "Yibao | Home");
    mvprintw(0, COLS - 1 - (int)strlen(home->owner) - 20, "%s  updated %.10s", home->owner, home->last_change);
    mvprintw(2, 2, "Hello, %s", home->owner);
    entry(4, 1, "Balance", "Your account: balance, credits, ledger", 1);
    entry(8, 2, "Relatives", "Relatives who share your account", 0);
    entry(12, 3, "Payer order", "Whose account pays first for a relative", 0);
    entry(16, 4, "Withdrawal rules", "When the balance can be taken out or moved", 0);
    mvprintw(LINES - 1, 0, "[Q] Quit  [Enter] OK  [Up/Down] Choose  [?/F1] Help  [L] Chinese");
    refresh();
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--print-line") == 0) {
        char line[64];
        puts("ready");
        fflush(stdout);
        char *reply = fgets(line, sizeof line, stdin);
        (void)reply;
        return 0;
    }
    const char *date = "2026-06-30";
    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--store") == 0) store_path = argv[++i];
        else if (strcmp(argv[i], "--date") == 0) date = argv[++i];
    }
    if (!store_path || strlen(date) != 10) {
        fprintf(stderr, "usage: yibao-c-home --store PATH [--date YYYY-MM-DD]\n");
        return 2;
    }
    check_header();
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(store_path, &db, SQLITE_OPEN_READWRITE | 0x01000000 /* NOFOLLOW */, NULL) != SQLITE_OK)
        refuse("cannot open");
    sqlite3_busy_timeout(db, 5000);
    inspect(db);
    run(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    run(db, "PRAGMA cache_size = -16384", NULL, NULL, NULL);
    char mode[64] = "";
    run(db, "PRAGMA journal_mode = WAL", NULL, text_of, mode);
    if (strcmp(mode, "wal") != 0) refuse("could not put the store in WAL mode");
    run(db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
    struct home home = {0};
    read_home(db, date, &home);

    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    draw_home(&home);
    int key;
    while ((key = getch()) != 'q' && key != 'Q' && key != ERR) {
    }
    endwin();
    sqlite3_close(db);
    return 0;
}
