/* The file-system floor of the benchmark: writing a site's files and nothing else.
 *
 * write_floor MANIFEST OUTPUT  reads MANIFEST (one "size<TAB>relative path" per line,
 * written by bench/run.py from a tool's output folder), creates every folder a level
 * at a time, writes each file with that many bytes on one thread per core, and syncs
 * the file system once (syncfs), as beredskab does. It shows what the machine's disk
 * costs for an output tree of that shape, whoever renders it.
 *
 * Build: cc -O2 -pthread bench/write_floor.c -o bench/.build-floor/write_floor
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **paths;
static long *sizes;
static long count, next_file;
static char *content;
static const char *root;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void make_parents(const char *path) {
    char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", root, path);
    for (char *p = buf + strlen(root) + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(buf, 0755) != 0 && errno != EEXIST) { perror(buf); exit(1); }
        *p = '/';
    }
}

static void *writer(void *unused) {
    (void)unused;
    char buf[4096];
    for (;;) {
        pthread_mutex_lock(&lock);
        long i = next_file++;
        pthread_mutex_unlock(&lock);
        if (i >= count) return NULL;
        snprintf(buf, sizeof buf, "%s/%s", root, paths[i]);
        int fd = open(buf, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) { perror(buf); exit(1); }
        if (sizes[i] > 0 && write(fd, content, (size_t)sizes[i]) != sizes[i]) { perror(buf); exit(1); }
        if (close(fd) != 0) { perror(buf); exit(1); }
    }
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: write_floor MANIFEST OUTPUT\n"); return 2; }
    root = argv[2];
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    long capacity = 1024, largest = 1;
    paths = malloc(capacity * sizeof *paths);
    sizes = malloc(capacity * sizeof *sizes);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        line[strcspn(line, "\n")] = 0;
        if (count == capacity) {
            capacity *= 2;
            paths = realloc(paths, capacity * sizeof *paths);
            sizes = realloc(sizes, capacity * sizeof *sizes);
        }
        sizes[count] = atol(line);
        paths[count] = strdup(tab + 1);
        if (sizes[count] > largest) largest = sizes[count];
        count++;
    }
    fclose(f);
    content = malloc((size_t)largest);
    memset(content, 'x', (size_t)largest);
    if (mkdir(root, 0755) != 0 && errno != EEXIST) { perror(root); return 1; }
    /* The manifest lists files in sorted order, so parents come before children. */
    for (long i = 0; i < count; i++) make_parents(paths[i]);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1) cores = 1;
    pthread_t threads[64];
    for (long t = 0; t < cores && t < 64; t++) pthread_create(&threads[t], NULL, writer, NULL);
    for (long t = 0; t < cores && t < 64; t++) pthread_join(threads[t], NULL);
    int dir = open(root, O_RDONLY | O_DIRECTORY);
    if (dir < 0 || syncfs(dir) != 0) { perror(root); return 1; }
    close(dir);
    fprintf(stderr, "write_floor: %ld files\n", count);
    return 0;
}
