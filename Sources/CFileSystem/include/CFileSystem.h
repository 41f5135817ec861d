#ifndef BEREDSKAB_CFILESYSTEM_H
#define BEREDSKAB_CFILESYSTEM_H

/* Linux calls that Swift's Glibc module does not import (they need _GNU_SOURCE). */

/* Swaps two paths in one step (renameat2 with RENAME_EXCHANGE): both exist before
   and after, so a reader never finds neither. Returns 0, or -1 with errno set
   (EINVAL or ENOSYS where the file system or kernel cannot exchange). */
int beredskab_exchange(const char *from, const char *to);

/* Flushes every written file and folder of the file system that holds fd to disk
   (syncfs): one call instead of an fsync per file. Returns 0, or -1 with errno. */
int beredskab_syncfs(int fd);

/* Whether `needle` occurs in `haystack` (memmem, vectorised in glibc): 1 or 0. */
int beredskab_contains(const void *haystack, unsigned long haystack_length, const void *needle, unsigned long needle_length);

#endif
