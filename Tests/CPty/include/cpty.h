#ifndef CPTY_H
#define CPTY_H
#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (NULL-terminated) in `directory` on a new
/// pseudo-terminal of 100x30; returns the child's pid and stores the master side in
/// `*master`, or returns -1.
pid_t cpty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory, int *master);

/// The same on a pseudo-terminal of `columns` x `rows`.
pid_t cpty_spawn_sized(const char *path, char *const argv[], char *const envp[], const char *directory,
                       unsigned short columns, unsigned short rows, int *master);

/// Waits up to `milliseconds` for the child to exit; returns its exit status, 128+signal, or -1
/// when it is still running.
int cpty_wait(pid_t pid, int milliseconds);

#endif
