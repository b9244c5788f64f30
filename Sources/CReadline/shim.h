// GNU readline for the REPL's line editor (Debian: libreadline-dev).
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// readline's settings are C globals; Swift 6 treats those as shared mutable state, so the
// REPL reaches them through these functions, on its one thread.

static inline void rapport_rl_configure(const char *name, const char *word_breaks, rl_completion_func_t *complete) {
    rl_readline_name = name;
    rl_catch_signals = 0;
    rl_basic_word_break_characters = word_breaks;
    rl_attempted_completion_function = complete;
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    using_history();
}

static inline const char *rapport_rl_line_buffer(void) { return rl_line_buffer; }

static inline int rapport_rl_point(void) { return rl_point; }

static inline void rapport_rl_completion_settings(int append_character) {
    rl_attempted_completion_over = 1;
    rl_completion_append_character = append_character;
}
