#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "CFileSystem.h"

int beredskab_exchange(const char *from, const char *to) {
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int beredskab_syncfs(int fd) {
    return syncfs(fd);
}

int beredskab_contains(const void *haystack, unsigned long haystack_length, const void *needle, unsigned long needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length) != NULL;
}
