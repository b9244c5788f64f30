// A tiny helper for the REPL's pseudo-terminal tests: forkpty and a bounded wait.
#include "cpty.h"
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

pid_t cpty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory, int *master) {
    return cpty_spawn_sized(path, argv, envp, directory, 100, 30, master);
}

pid_t cpty_spawn_sized(const char *path, char *const argv[], char *const envp[], const char *directory,
                       unsigned short columns, unsigned short rows, int *master) {
    struct winsize size = {.ws_row = rows, .ws_col = columns};
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        if (directory != NULL && chdir(directory) != 0) _exit(126);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int cpty_wait(pid_t pid, int milliseconds) {
    for (int waited = 0; waited <= milliseconds; waited += 10) {
        int status = 0;
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            if (WIFEXITED(status)) return WEXITSTATUS(status);
            if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
            return -1;
        }
        struct timespec pause = {.tv_sec = 0, .tv_nsec = 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    return -1;
}
